"""Container rows for `ps`: the placeholders of docker's ContainerContext."""

from dockercli import reference
from dockercli.formatter.units import go_time_string, human_size, since
from dockercli.template.signatures import go_params

DEFAULT_TABLE_FORMAT = ("table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t"
                        "{{.Status}}\t{{.Ports}}\t{{.Names}}")
RAW_FORMAT = """container_id: {{.ID}}
image: {{.Image}}
command: {{.Command}}
created_at: {{.CreatedAt}}
state: {{- pad .State 1 0}}
status: {{- pad .Status 1 0}}
names: {{.Names}}
labels: {{- pad .Labels 1 0}}
ports: {{- pad .Ports 1 0}}
"""

HEADERS = {
    "ID": "CONTAINER ID",
    "Names": "NAMES",
    "Image": "IMAGE",
    "Command": "COMMAND",
    "CreatedAt": "CREATED AT",
    "RunningFor": "CREATED",
    "Ports": "PORTS",
    "State": "STATE",
    "Status": "STATUS",
    "Size": "SIZE",
    "Labels": "LABELS",
    "Mounts": "MOUNTS",
    "LocalVolumes": "LOCAL VOLUMES",
    "Networks": "NETWORKS",
    "Platform": "PLATFORM",
}


# placeholders answering plain strings: the ones a format may use without the template engine
TEXT_FIELDS = frozenset(HEADERS) - {"Platform"}


def container_format(source, quiet, size):
    """docker's NewContainerFormat: the format string for a --format value."""
    if source in ("table", ""):
        if quiet:
            return "{{.ID}}"
        return DEFAULT_TABLE_FORMAT + ("\\t{{.Size}}" if size else "")
    if source == "raw":
        if quiet:
            return "container_id: {{.ID}}"
        return RAW_FORMAT + ("size: {{.Size}}\\n" if size else "")
    return "{{.ID}}" if quiet else source


class Platform:
    """An image platform: prints as containerd's FormatAll, marshals as ocispec.Platform."""

    __gotype__ = "*formatter.Platform"

    def __init__(self, fields):
        self._fields = fields

    def String(self):
        fields = self._fields
        if not fields.get("os"):
            return "unknown"
        head = fields["os"]
        if fields.get("os.version"):
            head = "%s(%s)" % (head, fields["os.version"])
        return "/".join(part for part in (head, fields.get("architecture"), fields.get("variant"))
                        if part)

    __str__ = String

    def __json__(self):
        from dockercli.template.gojson import JSONObject

        # ocispec.Platform's fields in declared order; only the last three are omitempty
        pairs = [("architecture", self._fields.get("architecture", "")),
                 ("os", self._fields.get("os", ""))]
        pairs += [(key, self._fields[key]) for key in ("os.version", "os.features", "variant")
                  if self._fields.get(key)]
        return JSONObject(pairs)


class ContainerRow:
    """One container summary as docker's templates see it (methods are the placeholders)."""

    __gotype__ = "*formatter.ContainerContext"

    JSON_FIELDS = tuple(sorted(HEADERS))

    def __init__(self, summary, trunc=True, now=None):
        self._c = summary
        self._trunc = trunc
        self._now = now
        self.fields_used = set()

    def ID(self):
        container_id = self._c.get("Id", "")
        return reference.truncate_id(container_id) if self._trunc else container_id

    def Names(self):
        names = [name[1:] for name in self._c.get("Names") or []]
        if self._trunc:
            # extra names come from legacy links ("other/alias"); show the container's own
            for name in names:
                if "/" not in name:
                    names = [name]
                    break
        return ",".join(names)

    def Image(self):
        image = self._c.get("Image", "")
        if not image:
            return "<no image>"
        if self._trunc:
            short = reference.truncate_id(self._c.get("ImageID", ""))
            if short == reference.truncate_id(image):
                return short
            if "/" not in image and "@" not in image:
                # a bare "name[:tag]" is its own familiar form, or not a reference at all
                return image
            try:
                ref = reference.parse_normalized(image)
            except reference.ReferenceError:
                return image
            return ref.familiar_name() + (":" + ref.tag if ref.tag else "")
        return image

    def Command(self):
        command = self._c.get("Command", "")
        if self._trunc:
            command = ellipsis(command, 20)
        from dockercli.template.strconv import quote

        return quote(command)

    def CreatedAt(self):
        return go_time_string(self._c.get("Created", 0))

    def RunningFor(self):
        return since(self._c.get("Created", 0), self._now)

    def Platform(self):
        descriptor = self._c.get("ImageManifestDescriptor") or {}
        platform = descriptor.get("platform")
        return None if platform is None else Platform(platform)

    def Ports(self):
        return displayable_ports(self._c.get("Ports") or [])

    def State(self):
        return self._c.get("State", "")

    def Status(self):
        return self._c.get("Status", "")

    def Size(self):
        self.fields_used.add("Size")
        size_rw = self._c.get("SizeRw") or 0
        size_root = self._c.get("SizeRootFs") or 0
        text = human_size(size_rw, 3)
        if size_root > 0:
            text += " (virtual %s)" % human_size(size_root, 3)
        return text

    def Labels(self):
        labels = self._c.get("Labels") or {}
        return ",".join(sorted("%s=%s" % item for item in labels.items()))

    @go_params("string")   # Go's Label(name string)
    def Label(self, name):
        return (self._c.get("Labels") or {}).get(name, "")

    def Mounts(self):
        names = []
        for mount in self._c.get("Mounts") or []:
            name = mount.get("Name") or mount.get("Source", "")
            names.append(ellipsis(name, 15) if self._trunc else name)
        return ",".join(names)

    def LocalVolumes(self):
        return str(sum(1 for m in self._c.get("Mounts") or [] if m.get("Driver") == "local"))

    def Networks(self):
        settings = self._c.get("NetworkSettings") or {}
        return ",".join(settings.get("Networks") or {})

    def __json__(self):
        return marshal_row(self)


def marshal_row(row):
    """docker's MarshalJSON of a row: the map of its argument-less placeholders.

    It is encoded with encoding/json's default HTML escaping ("<none>" becomes
    "\\u003cnone\\u003e"), which docker's `json` function then embeds as is.
    """
    from dockercli.template.gojson import RawJSON, marshal

    return RawJSON(marshal({name: getattr(row, name)() for name in type(row).JSON_FIELDS},
                           escape_html=True))


def ellipsis(text, max_width):
    """docker's formatter.Ellipsis: cut to `max_width` display columns, ending in "…"."""
    if max_width <= 0:
        return ""
    if max_width == 1:
        return text[:1]
    if text.isascii():
        return text if len(text) <= max_width else text[:max_width - 1] + "…"
    import unicodedata

    # docker measures with golang.org/x/text/width: wide and fullwidth count 2, all else 1
    widths = [2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text]
    if sum(widths) <= max_width:
        return text
    total = 0
    for index, width in enumerate(widths):
        if total + width > max_width - 1:
            return text[:index] + "…"
        total += width
    return text


def displayable_ports(ports):
    """docker's DisplayablePorts: "0.0.0.0:80->80/tcp, 9000-9001/tcp" with ranges grouped."""
    ports = sorted(ports, key=lambda p: (p.get("PrivatePort", 0), p.get("IP", ""),
                                         p.get("PublicPort", 0), p.get("Type", "")))
    groups = {}
    order = []
    result = []
    host_mappings = []
    for port in ports:
        current = port.get("PrivatePort", 0)
        key = port.get("Type", "")
        ip = port.get("IP", "")
        if ip:
            public = port.get("PublicPort", 0)
            if public != current:
                host_mappings.append("%s->%d/%s" % (_join_host_port(ip, public), current,
                                                     port.get("Type", "")))
                continue
            key = ip + "/" + key
        group = groups.get(key)
        if group is None:
            groups[key] = [current, current]
            order.append(key)
            continue
        if current == group[1] + 1:
            group[1] = current
            continue
        result.append(_form_group(key, *group))
        groups[key] = [current, current]
    result.extend(_form_group(key, *groups[key]) for key in order)
    return ", ".join(result + host_mappings)


def _form_group(key, first, last):
    parts = key.split("/")
    group_type, ip = parts[0], ""
    if len(parts) > 1:
        ip, group_type = parts[0], parts[1]
    group = str(first) if first == last else "%d-%d" % (first, last)
    if ip:
        group = "%s->%s" % (_join_host_port(ip, group), group)
    return group + "/" + group_type


def _join_host_port(host, port):
    return ("[%s]:%s" if ":" in host else "%s:%s") % (host, port)
