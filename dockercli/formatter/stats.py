"""`docker stats`: the figures docker derives from a stats sample, and its table.

The arithmetic is docker's (cli/command/container/stats_helpers.go), done in
the same float64 steps, so that the percentages round as docker's do.
"""

from dockercli import reference
from dockercli.formatter.units import human_size

WINDOWS = "windows"
DEFAULT_TABLE_FORMAT = ("table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t"
                        "{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}")
WINDOWS_TABLE_FORMAT = ("table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.NetIO}}\t"
                        "{{.BlockIO}}")

HEADERS = {
    "Container": "CONTAINER",
    "Name": "NAME",
    "ID": "CONTAINER ID",
    "CPUPerc": "CPU %",
    "MemUsage": "MEM USAGE / LIMIT",
    "MemPerc": "MEM %",
    "NetIO": "NET I/O",
    "BlockIO": "BLOCK I/O",
    "PIDs": "PIDS",
}
WINDOWS_HEADERS = dict(HEADERS, MemUsage="PRIV WORKING SET")
TEXT_FIELDS = frozenset(HEADERS)

NO_VALUE = "--"
_UINT64 = 1 << 64


def stats_format(source, os_type):
    """docker's NewStatsFormat: the format string for a --format value."""
    if source == "table":
        return WINDOWS_TABLE_FORMAT if os_type == WINDOWS else DEFAULT_TABLE_FORMAT
    return source


class StatsEntry:
    """docker's StatsEntry: one container's figures, as the table shows them."""

    __slots__ = ("container", "name", "id", "cpu_percentage", "memory", "memory_limit",
                 "memory_percentage", "network_rx", "network_tx", "block_read", "block_write",
                 "pids_current", "is_invalid")

    def __init__(self, container="", name="", id="", cpu_percentage=0.0, memory=0.0,
                 memory_limit=0.0, memory_percentage=0.0, network_rx=0.0, network_tx=0.0,
                 block_read=0.0, block_write=0.0, pids_current=0, is_invalid=False):
        self.container = container
        self.name = name
        self.id = id
        self.cpu_percentage = cpu_percentage
        self.memory = memory
        self.memory_limit = memory_limit
        self.memory_percentage = memory_percentage
        self.network_rx = network_rx
        self.network_tx = network_tx
        self.block_read = block_read
        self.block_write = block_write
        self.pids_current = pids_current
        self.is_invalid = is_invalid

    def copy(self, **changes):
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return StatsEntry(**values)

    def reset(self):
        """docker's SetErrorAndReset: figures zeroed, the entry marked invalid."""
        return StatsEntry(self.container, self.name, self.id, is_invalid=True)


def entry_from_sample(sample, os_type, container=""):
    """The StatsEntry of one decoded container.StatsResponse, as docker's collect computes it."""
    networks = _dict(sample.get("networks"))
    net_rx = net_tx = 0.0
    for network in networks.values():
        network = _dict(network)
        net_rx += float(_uint(network.get("rx_bytes")))
        net_tx += float(_uint(network.get("tx_bytes")))
    memory_stats = _dict(sample.get("memory_stats"))
    entry = StatsEntry(container, name=_str(sample.get("name")), id=_str(sample.get("id")),
                       network_rx=net_rx, network_tx=net_tx)
    if os_type != WINDOWS:
        precpu = _dict(sample.get("precpu_stats"))
        entry.cpu_percentage = cpu_percent_unix(_uint(_dict(precpu.get("cpu_usage")).get(
            "total_usage")), _uint(precpu.get("system_cpu_usage")), sample)
        read, write = block_io(_dict(sample.get("blkio_stats")))
        entry.block_read, entry.block_write = float(read), float(write)
        entry.memory = memory_usage_no_cache(memory_stats)
        entry.memory_limit = float(_uint(memory_stats.get("limit")))
        entry.memory_percentage = memory_percent(entry.memory_limit, entry.memory)
        entry.pids_current = _uint(_dict(sample.get("pids_stats")).get("current"))
    else:
        entry.cpu_percentage = cpu_percent_windows(sample)
        storage = _dict(sample.get("storage_stats"))
        entry.block_read = float(_uint(storage.get("read_size_bytes")))
        entry.block_write = float(_uint(storage.get("write_size_bytes")))
        entry.memory = float(_uint(memory_stats.get("privateworkingset")))
    return entry


def cpu_percent_unix(previous_cpu, previous_system, sample):
    """docker's calculateCPUPercentUnix: the container's share of the host's CPU time, x CPUs."""
    cpu_stats = _dict(sample.get("cpu_stats"))
    cpu_usage = _dict(cpu_stats.get("cpu_usage"))
    cpu_delta = float(_uint(cpu_usage.get("total_usage"))) - float(previous_cpu)
    system_delta = float(_uint(cpu_stats.get("system_cpu_usage"))) - float(previous_system)
    online_cpus = float(_uint(cpu_stats.get("online_cpus")))
    if online_cpus == 0.0:
        online_cpus = float(len(cpu_usage.get("percpu_usage") or []))
    if system_delta > 0.0 and cpu_delta > 0.0:
        return (cpu_delta / system_delta) * online_cpus * 100.0
    return 0.0


def cpu_percent_windows(sample):
    """docker's calculateCPUPercentWindows: 100 ns intervals used of those the CPUs had."""
    from dockercli.formatter.gotypes import Time

    def unix_nanos(field):
        moment = Time.parse(sample.get(field)) or Time()
        return int(moment.Unix()) * 1000000000 + int(moment.Nanosecond())

    elapsed = max(-(1 << 63), min((1 << 63) - 1, unix_nanos("read") - unix_nanos("preread")))
    possible = (elapsed % _UINT64) // 100 * _uint(sample.get("num_procs")) % _UINT64
    used = (_uint(_dict(_dict(sample.get("cpu_stats")).get("cpu_usage")).get("total_usage"))
            - _uint(_dict(_dict(sample.get("precpu_stats")).get("cpu_usage")).get("total_usage"))
            ) % _UINT64
    if possible > 0:
        return float(used) / float(possible) * 100.0
    return 0.0


def block_io(blkio_stats):
    """docker's calculateBlockIO: bytes read and written, from io_service_bytes_recursive."""
    read = write = 0
    for entry in blkio_stats.get("io_service_bytes_recursive") or []:
        entry = _dict(entry)
        op = _str(entry.get("op"))
        if op[:1] in ("r", "R"):
            read = (read + _uint(entry.get("value"))) % _UINT64
        elif op[:1] in ("w", "W"):
            write = (write + _uint(entry.get("value"))) % _UINT64
    return read, write


def memory_usage_no_cache(memory_stats):
    """docker's calculateMemUsageUnixNoCache: usage less the inactive file cache.

    cgroup v1 reports the cache as total_inactive_file, cgroup v2 as inactive_file.
    """
    usage = _uint(memory_stats.get("usage"))
    stats = _dict(memory_stats.get("stats"))
    if "total_inactive_file" in stats and _uint(stats["total_inactive_file"]) < usage:
        return float(usage - _uint(stats["total_inactive_file"]))
    inactive = _uint(stats.get("inactive_file"))
    if inactive < usage:
        return float(usage - inactive)
    return float(usage)


def memory_percent(limit, used):
    """docker's calculateMemPercentUnixNoCache."""
    if limit != 0:
        return used / limit * 100.0
    return 0.0


def _dict(value):
    return value if isinstance(value, dict) else {}


def _str(value):
    return value if isinstance(value, str) else ""


def _uint(value):
    """A uint64 field as encoding/json fills it: absent, null or not a number is 0."""
    if isinstance(value, bool) or not isinstance(value, int):
        return 0
    return value % _UINT64


# --- the table --------------------------------------------------------------------

class StatsRow:
    """One entry as docker's templates see it (its statsContext)."""

    __gotype__ = "*container.statsContext"

    JSON_FIELDS = tuple(sorted(HEADERS))

    def __init__(self, entry, os_type="", trunc=True):
        self._s = entry
        self._os = os_type
        self._trunc = trunc

    def Container(self):
        return self._s.container

    def Name(self):
        name = self._s.name
        return name[1:] if len(name) > 1 else NO_VALUE

    def ID(self):
        return reference.truncate_id(self._s.id) if self._trunc else self._s.id

    def CPUPerc(self):
        if self._s.is_invalid:
            return NO_VALUE
        return format_percentage(self._s.cpu_percentage)

    def MemUsage(self):
        if self._s.is_invalid:
            return "-- / --"
        if self._os == WINDOWS:
            return bytes_size(self._s.memory)
        return bytes_size(self._s.memory) + " / " + bytes_size(self._s.memory_limit)

    def MemPerc(self):
        if self._s.is_invalid or self._os == WINDOWS:
            return NO_VALUE
        return format_percentage(self._s.memory_percentage)

    def NetIO(self):
        if self._s.is_invalid:
            return NO_VALUE
        return human_size(self._s.network_rx, 3) + " / " + human_size(self._s.network_tx, 3)

    def BlockIO(self):
        if self._s.is_invalid:
            return NO_VALUE
        return human_size(self._s.block_read, 3) + " / " + human_size(self._s.block_write, 3)

    def PIDs(self):
        if self._s.is_invalid or self._os == WINDOWS:
            return NO_VALUE
        return str(self._s.pids_current)

    def __json__(self):
        from dockercli.formatter.containers import marshal_row

        return marshal_row(self)


def render_stats(fmt, entries, os_type, trunc):
    """docker's statsFormatWrite: the text of one table (or one line per container)."""
    from dockercli.formatter.listing import render

    headers = WINDOWS_HEADERS if os_type == WINDOWS else HEADERS
    rows = [StatsRow(entry, os_type, trunc) for entry in entries]
    return render(stats_format(fmt, os_type), rows, headers, TEXT_FIELDS)


def redraw_frame(text):
    """What docker writes for each refresh of a live stats stream.

    docker moves the cursor home and writes the table; then, meaning to end each
    line with "erase to end of line", it appends each line of what it wrote so
    far again, plus " \\x1b[K"; then "erase below". The table thus goes out twice
    per refresh (the second copy over the first on a terminal): docker v28.2.2
    does so whether or not the output is a terminal, and so does this.
    """
    buffer = "\x1b[H" + text
    return buffer + "".join(line + " \x1b[K\n" for line in buffer.split("\n")) + "\x1b[J"


_BINARY_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB")


def bytes_size(size):
    """go-units BytesSize: binary units, 4 significant digits ("332KiB", "23.54GiB")."""
    unit = 0
    while size >= 1024.0 and unit < len(_BINARY_UNITS) - 1:
        size /= 1024.0
        unit += 1
    return "%.4g%s" % (size, _BINARY_UNITS[unit])


def format_percentage(value):
    return "%.2f%%" % value
