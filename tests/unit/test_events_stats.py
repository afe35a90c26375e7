"""`docker events` and `docker stats` without a daemon.

Expected outputs are docker 28.2.2's: for --since/--until values, what docker
sent the engine (read back from the engine's "since cannot be after until"
complaint) or the error it printed; for whole commands, what it printed for the
recorded answers of data/stats-events/fakedaemon.py (record.sh made
data/stats-events/expected/). The stats samples come from Engine 20.10 and
26.1 on cgroup v1, plus made-up cgroup v2, Windows and odd ones.
"""

import json
import os
import threading
import time
from pathlib import Path

import pytest
from support.cli import runner as cli_runner

from dockercli.api.timestamps import get_timestamp, parse_duration, parse_time
from dockercli.cli.root import root
from dockercli.errors import DockerCliError
from dockercli.formatter import events as events_fmt
from dockercli.formatter import stats as stats_fmt
from unit_fakes import Reply, fake_transport  # noqa: F401  (fixture)

DATA = Path(__file__).parent / "data" / "stats-events"
HELP = Path(__file__).parent / "data" / "docker-28.2.2-help"
SAMPLES = json.loads((DATA / "stats-samples.json").read_text())
EVENTS = (DATA / "events.jsonl").read_bytes()
NOW_NS = 1795742779 * 10 ** 9 + 123456789   # 2026-11-27T01:26:19.123456789Z
HOST = "unix:///fake/docker.sock"


def expected(name):
    """(exit code, stdout, stderr) docker printed, from expected/NAME.txt."""
    text = (DATA / "expected" / (name + ".txt")).read_text()
    body, _, code = text.rpartition("--- exit ")
    out, _, err = body.partition("--- stderr\n")
    return int(code), out, err


@pytest.fixture
def local_zone(monkeypatch):
    """Set this process's time zone (Go reads TZ the same way)."""

    def set_zone(name):
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


# --- --since / --until: docker's timetypes.GetTimestamp ------------------------------------------

DOCKER_TIMESTAMPS = [
    # value, what docker sent (TZ=UTC, now 2026-11-27T01:26:19Z)
    ("2026-11-27", "1795737600.000000000"), ("2026-07-01T10", "1782900000.000000000"),
    ("2026-07-01T10:30", "1782901800.000000000"), ("2026-07-01T10:30:15", "1782901815.000000000"),
    ("2026-07-01T10:30:15.25", "1782901815.250000000"), ("2026-07-01Z", "1782864000.000000000"),
    ("2026-07-01T10:30:15-03:00", "1782912615.000000000"),
    ("2020-01-01T00:00:00.5Z", "1577836800.500000000"),
    ("2020-01-01T00:00:01+01:00", "1577833201.000000000"),
    ("2020-01-01T00:00:00.1234567891", "1577836800.123456789"),
    ("2020-01-01Z", "1577836800.000000000"), ("2020-02-29", "1582934400.000000000"),
    ("2020-01-01T01:02:03,5", "1577840523.500000000"),
    ("0000-01-01", "-62167219200.000000000"),
    # Unix timestamps go as they are
    ("1.5", "1.5"), ("1700000000.123", "1700000000.123"), ("0", "0"), ("+5", "+5"),
    ("00", "00"), ("1", "1"),
    # durations are now minus the duration, in whole seconds
    ("10m", "1795742179"), ("1h30m", "1795737379"), ("-10m", "1795743379"), ("1.5h", "1795737379"),
    (".5s", "1795742778"), ("1µs", "1795742779"), ("1μs", "1795742779"), ("0s", "1795742779"),
    ("-0", "1795742779"), ("1.s", "1795742778"),
]

DOCKER_TIMESTAMP_ERRORS = [
    ("bogus", 'failed to parse value as time or duration: "bogus"'),
    ("1.5Z", 'failed to parse value as time or duration: "1.5Z"'),
    ("1..s", 'failed to parse value as time or duration: "1..s"'),
    ("1d", 'failed to parse value as time or duration: "1d"'),
    ("1e3", 'failed to parse value as time or duration: "1e3"'),
    ("é", 'failed to parse value as time or duration: "é"'),
    ("9223372037s", 'failed to parse value as time or duration: "9223372037s"'),
    ("2020-13-01", 'parsing time "2020-13-01": month out of range'),
    ("2020-02-30", 'parsing time "2020-02-30": day out of range'),
    ("2020-00-10", 'parsing time "2020-00-10": month out of range'),
    ("2020-01-00", 'parsing time "2020-01-00": day out of range'),
    ("2020-01-01T25:00", 'parsing time "2020-01-01T25:00": hour out of range'),
    ("2020-01-01T24:00", 'parsing time "2020-01-01T24:00": hour out of range'),
    ("2020-01-01T10:61", 'parsing time "2020-01-01T10:61": minute out of range'),
    ("2020-01-01T00:00:60", 'parsing time "2020-01-01T00:00:60": second out of range'),
    ("2020-01-01T00:00:00+25:00",
     'parsing time "2020-01-01T00:00:00+25:00": time zone offset hour out of range'),
    ("2020-01-01x", 'parsing time "2020-01-01x": extra text: "x"'),
    ("2020-01", 'parsing time "2020-01" as "2006-01-02": cannot parse "" as "-"'),
    ("2020-01-01T", 'parsing time "2020-01-01T" as "2006-01-02T15": cannot parse "" as "15"'),
    ("2020-1-01", 'parsing time "2020-1-01" as "2006-01-02": cannot parse "1-01" as "01"'),
    ("20201-01-01", 'parsing time "20201-01-01" as "2006-01-02": cannot parse "1-01-01" as "-"'),
    ("é-1", 'parsing time "\\xc3\\xa9-1" as "2006-01-02": cannot parse "\\xc3\\xa9-1" as "2006"'),
    ("1h-", 'parsing time "1h-" as "2006-01-02": cannot parse "1h-" as "2006"'),
    ("-5", 'parsing time "-5" as "2006-01-02": cannot parse "-5" as "2006"'),
]


@pytest.mark.parametrize("value, sent", DOCKER_TIMESTAMPS)
def test_timestamps_are_docker_s(local_zone, value, sent):
    local_zone("UTC0")
    assert get_timestamp(value, NOW_NS) == sent


@pytest.mark.parametrize("value, message", DOCKER_TIMESTAMP_ERRORS)
def test_timestamp_errors_are_docker_s(local_zone, value, message):
    local_zone("UTC0")
    with pytest.raises(DockerCliError) as caught:
        get_timestamp(value, NOW_NS)
    assert caught.value.message == message


ZONED = {   # docker with TZ set; a value without a zone takes the zone's offset of now (November)
    "Europe/Paris": ["1795734000", "1782896400", "1782898200", "1774747800"],
    "America/New_York": ["1795755600", "1782918000", "1782919800", "1774769400"],
    "Asia/Kolkata": ["1795717800", "1782880200", "1782882000", "1774731600"],
}


@pytest.mark.parametrize("zone", sorted(ZONED))
def test_timestamps_without_zone_are_local(local_zone, zone):
    local_zone(zone)
    values = ["2026-11-27", "2026-07-01T10", "2026-07-01T10:30", "2026-03-29T02:30"]
    assert [get_timestamp(v, NOW_NS) for v in values] == [s + ".000000000" for s in ZONED[zone]]
    assert get_timestamp("2026-07-01T10:30:15-03:00", NOW_NS) == "1782912615.000000000"


@pytest.mark.parametrize("text, nanos", [
    ("0", 0), ("-0", 0), ("1ns", 1), ("1.5h", 5400 * 10 ** 9), ("1h2m3.5s", 3723500000000),
    (".5s", 500000000), ("1.s", 10 ** 9), ("-1.5ms", -1500000), ("+2us", 2000),
    ("9223372036854775807ns", 2 ** 63 - 1), ("-9223372036854775808ns", -2 ** 63),
    ("2562047h", 2562047 * 3600 * 10 ** 9),
    ("", None), ("1", None), ("s", None), (".s", None), ("1d", None), ("1h-", None),
    ("9223372036854775808ns", None), ("2562048h", None), ("1m1", None), ("--1s", None),
])
def test_parse_duration_is_go_s(text, nanos):
    assert parse_duration(text) == nanos


def test_parse_time_reads_fractions_the_layout_does_not_mention():
    assert parse_time("2006-01-02T15:04:05Z07:00", "2020-01-01T00:00:00.25+01:00") == (
        1577833200, 250000000)


# --- events --------------------------------------------------------------------------------------

@pytest.fixture
def daemon(fake_transport, tmp_path, monkeypatch):  # noqa: F811
    """The fake daemon (an engine speaking API 1.45) and `run` for command lines."""
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=1: (_ for _ in ()).throw(OSError()))
    fake_transport.routes["GET /_ping"] = Reply(200, b"OK", headers={"Api-Version": "1.45",
                                                                      "Ostype": "linux"})
    fake_transport.routes["GET /v1.45/events"] = Reply(200, EVENTS)
    fake_transport.routes["*"] = lambda request: Reply(404, json={
        "message": "No such container: " + request.path_url.split("/")[3]})
    for name, sample in SAMPLES.items():
        server = "Docker/26.1.5 (%s)" % ("windows" if name == "windows" else "linux")
        fake_transport.routes["GET /v1.45/containers/%s/stats" % name] = Reply(
            200, json=sample, headers={"Server": server})
    config = tmp_path / "config"
    config.mkdir()

    def run(*args, **env):
        environment = {"DOCKER_HOST": HOST, "DOCKER_CONFIG": str(config), "DOCKER_CONTEXT": None,
                       "DOCKER_API_VERSION": None, "DOCKER_TLS_VERIFY": None, "DOCKER_TLS": None,
                       "DOCKER_CERT_PATH": None, "TZ": "UTC0"}
        environment.update(env)
        old_tz = os.environ.get("TZ")
        os.environ["TZ"] = environment["TZ"]
        time.tzset()
        try:
            result = cli_runner().invoke(root, list(args), prog_name="docker", env=environment)
        finally:
            if old_tz is None:
                del os.environ["TZ"]
            else:
                os.environ["TZ"] = old_tz
            time.tzset()
        return result.exit_code, result.stdout, result.stderr

    fake_transport.run = run
    fake_transport.config_dir = config
    return fake_transport


EVENT_CASES = [
    ("events-default-utc", ("events",), {"TZ": "UTC0"}),
    ("events-default-kolkata", ("events",), {"TZ": "Asia/Kolkata"}),
    ("events-default-new-york", ("system", "events"), {"TZ": "America/New_York"}),
    ("events-json", ("events", "--format", "json"), {}),
    ("events-fields", ("events", "--format", "{{.Type}}|{{.Action}}|{{.Actor.ID}}|"
                       "{{.Actor.Attributes}}|{{.Time}}|{{.TimeNano}}|{{.Status}}|{{.ID}}|"
                       "{{.From}}|{{.Scope}}"), {}),
    ("events-actor", ("events", "--format", '{{json .Actor}} {{printf "%T %T" .Type .Action}}'),
     {}),
    ("events-late-error", ("events", "--format",
                           '{{if eq .Action "pull"}}{{.Actor.ID}} {{.Bogus}}{{end}}'), {}),
]


@pytest.mark.parametrize("name, args, env", EVENT_CASES, ids=[case[0] for case in EVENT_CASES])
def test_events_print_as_docker(daemon, name, args, env):
    assert daemon.run(*args, **env) == expected(name)


def test_events_query_since_until_and_filters(daemon, monkeypatch):
    monkeypatch.setattr(time, "time_ns", lambda: NOW_NS)
    daemon.run("events", "--since", "10m", "--until", "2026-11-27T01:30:00Z", "-f",
               "type=container", "--filter", "event=start", "-f", "event=die")
    assert daemon.query() == {"since": ["1795742179"], "until": ["1795743000.000000000"],
                              "filters": ['{"event":{"die":true,"start":true},'
                                          '"type":{"container":true}}']}
    daemon.run("events", "-f", "type=image", DOCKER_API_VERSION="1.21")
    assert daemon.paths[-1] == "/v1.21/events"
    assert daemon.query() == {"filters": ['{"type":["image"]}']}
    daemon.run("events")
    assert daemon.query() == {}


@pytest.mark.parametrize("fmt, message", [
    ("{{.Foo}}", 'Error parsing format: template: :1:2: executing "" at <.Foo>: '
                 "can't evaluate field Foo in type *events.Message"),
    ("{{.Time.Foo}}", 'Error parsing format: template: :1:7: executing "" at <.Time.Foo>: '
                      "can't evaluate field Foo in type int64"),
    ("{{", "Error parsing format: template: :1: unclosed action"),
])
def test_events_bad_template_exits_64_before_asking(daemon, fmt, message):
    assert daemon.run("events", "--format", fmt) == (64, "", message + "\n")
    assert "/v1.45/events" not in daemon.paths


def test_events_bad_times_fail_before_asking(daemon):
    assert daemon.run("events", "--since", "2020-13-01") == (
        1, "", 'parsing time "2020-13-01": month out of range\n')
    assert daemon.run("events", "--until", "soon") == (
        1, "", 'failed to parse value as time or duration: "soon"\n')
    assert daemon.paths == []


def test_events_daemon_error(daemon):
    daemon.routes["GET /v1.45/events"] = Reply(
        400, json={"message": "`since` time (10) cannot be after `until` time (1)"})
    assert daemon.run("events", "--since", "10", "--until", "1") == (
        1, "", "Error response from daemon: `since` time (10) cannot be after `until` time (1)\n")


def test_events_cut_stream_prints_what_came_then_fails(daemon):
    daemon.routes["GET /v1.45/events"] = Reply(200, EVENTS.split(b"\n")[0] + b'\n{"Type":"con')
    code, out, err = daemon.run("events", "--format", "{{.Action}}")
    assert (code, out, err) == (1, "create\n", "unexpected EOF\n")


def test_events_extra_arguments(daemon):
    assert daemon.run("events", "x") == (1, "", (
        "docker: 'docker events' accepts no arguments\n\nUsage:  docker events [OPTIONS]\n\n"
        "Run 'docker events --help' for more information\n"))


def test_event_line_without_times_or_attributes():
    message = events_fmt.decode_message({"Type": "daemon", "Action": "reload",
                                         "Actor": {"ID": "x"}})
    assert events_fmt.pretty_line(message) == "daemon reload x\n"
    message = events_fmt.decode_message({"Type": "t", "Action": "a", "Actor": {"ID": "i"},
                                         "time": 1})
    assert events_fmt.pretty_line(message).startswith("1970-01-01T")


# --- stats ---------------------------------------------------------------------------------------

LINUX = ["e20-busy", "e20-cache", "e20-exited", "e26-busy", "e26-cache", "e26-exited", "cgroup2",
         "cgroup1-cache-over-usage", "odd"]

STATS_CASES = [
    ("stats-json", ["--format", "json"] + LINUX),
    ("stats-table", ["e20-busy", "e26-cache", "cgroup2", "odd"]),
    ("stats-fields", ["--format", "{{.Container}}:{{.Name}}:{{.ID}}:{{.CPUPerc}}:{{.MemUsage}}:"
                      "{{.MemPerc}}:{{.NetIO}}:{{.BlockIO}}:{{.PIDs}}"] + LINUX),
    ("stats-custom-table", ["--format", "table {{.Container}}\\t{{.MemPerc}}\\t{{.PIDs}}",
                            "cgroup2", "e20-busy"]),
    ("stats-no-trunc", ["--no-trunc", "cgroup2", "e26-busy"]),
    ("stats-windows", ["windows"]),
    ("stats-windows-json", ["--format", "json", "windows"]),
    ("stats-errors", ["nosuch", "e20-busy", "nosuch2"]),
]


@pytest.mark.parametrize("name, args", STATS_CASES, ids=[case[0] for case in STATS_CASES])
def test_stats_no_stream_prints_as_docker(daemon, name, args):
    assert daemon.run("stats", "--no-stream", *args) == expected(name)


def test_stats_asks_one_sample_without_one_shot(daemon):
    daemon.run("container", "stats", "--no-stream", "cgroup2")
    assert daemon.paths[-1] == "/v1.45/containers/cgroup2/stats"
    assert daemon.query() == {"stream": ["0"]}


def test_stats_shows_each_container_once(daemon):
    code, out, _ = daemon.run("stats", "--no-stream", "--format", "{{.Container}}", "cgroup2",
                              "odd", "cgroup2")
    assert (code, out) == (0, "cgroup2\nodd\n")


def test_stats_without_arguments_lists_then_follows_events(daemon):
    daemon.routes["GET /v1.45/containers/json"] = Reply(200, json=[
        {"Id": "c2" * 32}, {"Id": "e2" * 32}])
    daemon.routes["GET /v1.45/containers/c2c2c2c2c2c2/stats"] = Reply(200, json=SAMPLES["cgroup2"])
    daemon.routes["GET /v1.45/containers/e2e2e2e2e2e2/stats"] = Reply(
        200, json=SAMPLES["e26-exited"])
    daemon.routes["GET /v1.45/events"] = Reply(200, b"")
    code, out, err = daemon.run("stats", "--no-stream", "-a", "--format",
                                "{{.Container}} {{.Name}} {{.CPUPerc}}")
    assert (code, out, err) == (0, "c2c2c2c2c2c2 cgroup2-web 163.75%\n"
                                   "e2e2e2e2e2e2 dctest-exited 0.00%\n", "")
    events_query = daemon.query(daemon.paths.index("/v1.45/events"))
    assert events_query == {"filters": ['{"type":{"container":true}}']}
    assert daemon.query(daemon.paths.index("/v1.45/containers/json")) == {"all": ["1"]}


def test_stats_with_no_container_prints_the_heading(daemon):
    daemon.routes["GET /v1.45/containers/json"] = Reply(200, json=[])
    daemon.routes["GET /v1.45/events"] = Reply(200, b"")
    assert daemon.run("stats", "--no-stream") == (0, (
        "CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   "
        "PIDS\n"), "")


def test_stats_format_from_the_config_file(daemon):
    (daemon.config_dir / "config.json").write_text('{"statsFormat": "{{.Name}}: {{.PIDs}}"}')
    assert daemon.run("stats", "--no-stream", "cgroup2") == (0, "cgroup2-web: 17\n", "")
    assert daemon.run("stats", "--no-stream", "--format", "{{.ID}}", "cgroup2") == (
        0, "7f3c9a2b1d4e\n", "")


@pytest.mark.parametrize("fmt, message", [
    ("{{.Foo}}", 'template parsing error: template: :1:2: executing "" at <.Foo>: '
                 "can't evaluate field Foo in type *container.statsContext"),
    ("{{", "template parsing error: template: :1: unclosed action"),
])
def test_stats_bad_template(daemon, fmt, message):
    assert daemon.run("stats", "--no-stream", "--format", fmt, "cgroup2") == (1, "", message + "\n")


def test_stats_late_sample_times_out_as_docker(daemon, monkeypatch):
    """docker waits 2 s for a sample once the engine has answered, however long that took."""
    from dockercli.api import stats as stats_api
    from dockercli.cli import stats as stats_cli

    monkeypatch.setattr(stats_cli, "SAMPLE_TIMEOUT", 0.3)
    answer = stats_api.container_stats

    class Late:
        def __init__(self, stream, delay):
            self.stream, self.delay = stream, delay

        def __iter__(self):
            time.sleep(self.delay)
            return iter(self.stream)

        def close(self):
            self.stream.close()

    def container_stats(client, container, stream):
        time.sleep(0.5)   # the engine's answer comes late: that is not what times out
        os_type, samples = answer(client, container, stream)
        return os_type, Late(samples, 1.0 if container == "odd" else 0.0)

    monkeypatch.setattr(stats_api, "container_stats", container_stats)
    assert daemon.run("stats", "--no-stream", "--format", "{{.Name}}", "cgroup2") == (
        0, "cgroup2-web\n", "")
    assert daemon.run("stats", "--no-stream", "cgroup2", "odd") == (
        1, "", "timeout waiting for stats\n")


def test_stats_of_an_empty_answer(daemon):
    daemon.routes["GET /v1.45/containers/cgroup2/stats"] = Reply(200, b"")
    assert daemon.run("stats", "--no-stream", "cgroup2") == (1, "", "EOF\n")


def test_live_stats_redraws_and_ends_when_the_events_connection_is_cut(daemon):
    daemon.routes["GET /v1.45/containers/json"] = Reply(200, json=[{"Id": "c2" * 32}])
    samples = json.dumps(SAMPLES["cgroup2"]).encode() * 2
    daemon.routes["GET /v1.45/containers/c2c2c2c2c2c2/stats"] = Reply(200, samples)
    daemon.routes["GET /v1.45/events"] = Reply(200, b'{"Type":"contai')
    code, out, err = daemon.run("stats", "--format", "{{.Name}} {{.PIDs}}")
    assert (code, err) == (0, "")
    # the stream of samples ended: docker shows the container as "--" from then on
    assert out == "\x1b[Hcgroup2-web --\n\x1b[Hcgroup2-web -- \x1b[K\n \x1b[K\n\x1b[J"
    assert daemon.query(daemon.paths.index("/v1.45/containers/c2c2c2c2c2c2/stats")) == {
        "stream": ["1"]}


def test_live_stats_fails_when_the_events_stream_ends(daemon):
    daemon.routes["GET /v1.45/containers/json"] = Reply(200, json=[])
    daemon.routes["GET /v1.45/events"] = Reply(200, b"")
    code, out, err = daemon.run("stats", "--format", "{{.Name}}")
    assert (code, out, err) == (1, "\x1b[H\x1b[H \x1b[K\n\x1b[J", "EOF\n")


def test_redraw_frame_is_docker_s():
    # bytes docker 28.2.2 wrote for one refresh (od -c of `docker stats dctest-running | cat`)
    table = ("CONTAINER ID   NAME   CPU %\n"
             "93b76399fbdf   web    0.00%\n")
    assert stats_fmt.redraw_frame(table) == (
        "\x1b[HCONTAINER ID   NAME   CPU %\n93b76399fbdf   web    0.00%\n"
        "\x1b[HCONTAINER ID   NAME   CPU % \x1b[K\n93b76399fbdf   web    0.00% \x1b[K\n \x1b[K\n"
        "\x1b[J")


def test_memory_usage_rules():
    usage = {"usage": 1000, "stats": {}}
    assert stats_fmt.memory_usage_no_cache(usage) == 1000.0
    v1 = {"usage": 1000, "stats": {"total_inactive_file": 300, "inactive_file": 100}}
    assert stats_fmt.memory_usage_no_cache(v1) == 700.0
    v1_over = {"usage": 1000, "stats": {"total_inactive_file": 1000, "inactive_file": 100}}
    assert stats_fmt.memory_usage_no_cache(v1_over) == 900.0
    v2 = {"usage": 1000, "stats": {"inactive_file": 1000}}
    assert stats_fmt.memory_usage_no_cache(v2) == 1000.0


def test_cpu_percent_needs_both_deltas_positive():
    sample = {"cpu_stats": {"cpu_usage": {"total_usage": 300, "percpu_usage": [1, 2, 3]},
                            "system_cpu_usage": 2000},
              "precpu_stats": {}}
    assert stats_fmt.cpu_percent_unix(100, 1000, sample) == 200 / 1000 * 3 * 100
    assert stats_fmt.cpu_percent_unix(300, 1000, sample) == 0.0
    assert stats_fmt.cpu_percent_unix(100, 2000, sample) == 0.0


@pytest.mark.parametrize("command", [("events",), ("system", "events"), ("stats",),
                                     ("container", "stats")], ids=" ".join)
def test_help_is_byte_identical_to_docker(daemon, command):
    expected_help = (HELP / ("_".join(command) + ".txt")).read_text()
    assert daemon.run(*command, "--help") == (0, expected_help, "")


def test_closing_a_stream_ends_a_blocked_reader():
    """A live stats ends its collectors by closing their streams from the main thread."""
    import socket

    from dockercli.api.streams import JSONStream

    class Response:
        def __init__(self, sock):
            self.raw = type("Raw", (), {"_connection": type("Conn", (), {"sock": sock})()})()
            self._file = sock.makefile("rb")

        def iter_content(self, chunk_size=None):
            while True:
                data = self._file.read1(65536)
                if not data:
                    return
                yield data

        def close(self):
            self._file.close()

    ours, theirs = socket.socketpair()
    theirs.sendall(b'{"a": 1}\n')
    stream = JSONStream(Response(ours))
    seen = []
    reader = threading.Thread(target=lambda: seen.extend(stream))
    reader.start()
    time.sleep(0.2)
    stream.close()
    reader.join(2)
    assert not reader.is_alive() and seen == [{"a": 1}]
    theirs.close()
    ours.close()
