"""`events` and `stats` through the docker CLI and through dockercli, outputs compared.

Events: a container and a volume live and die between two past times, so that
`events --since T0 --until T1` ends by itself and both CLIs read the same
events from the engine. Stats: figures move from one moment to the next, so
the digits of figures are masked ("332KiB" and "336KiB" both read "000KiB");
headings, names, IDs, "--" and the layout are compared as they are.
"""

import os
import re
import subprocess
import sys
import time
from datetime import datetime, timezone

import pytest
from support import objects
from support.cli import DOCKER

from compare import assert_conforms, case_ids

# --- events --------------------------------------------------------------------------------------

_windows = {}


def _window(engine):
    """(since, until) around a container's and a volume's life on this engine, made once."""
    if engine.host not in _windows:
        client = objects.client_for(engine)
        try:
            since = int(time.time())
            objects.create_container(client, "dctest-ev", ["true"], start=True, wait=True,
                                     labels={"note": 'a<b&c é "q"'})
            objects.remove_container(client, "dctest-ev")
            client.post_json("/volumes/create", body={"Name": "dctest-ev-vol",
                                                      "Labels": objects.LABEL})
            client.request("DELETE", "/volumes/dctest-ev-vol")
            until = int(time.time()) + 1
        finally:
            client.close()
        while time.time() <= until:   # --until in the past: the engine ends the stream
            time.sleep(0.1)
        _windows[engine.host] = (since, until)
    return _windows[engine.host]


def _in_window(engine, args):
    since, until = _window(engine)
    utc = datetime.fromtimestamp(since, timezone.utc)
    times = {"since": since, "until": until, "since_utc": utc.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "until_utc": datetime.fromtimestamp(until, timezone.utc).strftime(
                 "%Y-%m-%dT%H:%M:%S.000000001+00:00"),
             "until_local": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(until))}
    return [arg.format(**times) for arg in args]


WINDOW = ["events", "--since", "{since}", "--until", "{until}"]
MINE = ["-f", "container=dctest-ev"]

EVENT_FORMATS = [
    "", "json", "{{json .}}", "{{.Type}} {{.Action}} {{.Actor.ID}}",
    "{{.Status}}|{{.ID}}|{{.From}}|{{.Scope}}|{{.Time}}|{{.TimeNano}}",
    "{{json .Actor.Attributes}}", "table {{.Type}}\\t{{.Action}}",
    '{{printf "%T %T %T %v" .Actor .Type .Time .Actor}}', "{{.Actor.Attributes.name}}",
    '{{index .Actor.Attributes "note"}} {{len .Actor.Attributes}}',
    '{{if eq .Action "start"}}{{.Bogus}}{{end}}',
]

EVENT_FILTERS = [
    [], ["-f", "type=container"], ["--filter", "event=start"], ["-f", "container=dctest-ev"],
    ["-f", "label=note"], ["-f", "type=volume"], ["-f", "volume=dctest-ev-vol"],
    ["-f", "type=container", "-f", "event=die", "-f", "event=create"], ["-f", "image=busybox"],
    ["-f", "type=network"], ["-f", "type=bogus"], ["-f", "label=dctest=1", "-f", "type=volume"],
]

EVENT_TIMES = [
    ["events", "--since", "{since_utc}", "--until", "{until_utc}"] + MINE,
    ["events", "--since", "{since}.000000000", "--until", "{until}.5"] + MINE,
    ["events", "--since", "10m", "--until", "{until}"] + MINE,
    ["system", "events", "--since", "{since}", "--until", "{until_local}"] + MINE,
]

EVENT_ERRORS = [
    ["events", "--format", "{{.Foo}}"], ["events", "--format", "{{"],
    ["events", "--format", "{{.Time.Foo}}"], ["events", "--since", "bogus"],
    ["events", "--until", "2020-13-01"], ["events", "--since", "2020-01-01T25:00"],
    ["events", "--since", "20201-01-01"], ["events", "--since", "1.5Z"], ["events", "x"],
    ["events", "--bogus"], ["events", "-f", "bogus"], ["events", "--since"],
    ["events", "--since", "2s", "--until", "1h"], ["events", "--help"],
    ["system", "events", "--help"], ["system", "events", "x"],
]


@pytest.mark.tls
@pytest.mark.parametrize("fmt", EVENT_FORMATS)
def test_events_formats(engine, fmt):
    assert_conforms(engine, _in_window(engine, WINDOW + MINE + ["--format", fmt]))


@pytest.mark.parametrize("filters", EVENT_FILTERS, ids=case_ids(EVENT_FILTERS))
def test_events_filters(engine, filters):
    assert_conforms(engine, _in_window(engine, WINDOW + filters))


@pytest.mark.parametrize("args", EVENT_TIMES, ids=case_ids(EVENT_TIMES))
def test_events_since_until(engine, args):
    assert_conforms(engine, _in_window(engine, args))


@pytest.mark.parametrize("args", EVENT_ERRORS, ids=case_ids(EVENT_ERRORS))
def test_events_errors(engine, args):
    assert_conforms(engine, args)


@pytest.fixture(params=["Asia/Kolkata", "America/New_York"])
def zone(request):
    """A local time zone for both CLIs (docker reads TZ, this process needs tzset)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_events_in_local_time(engine, zone):
    assert_conforms(engine, _in_window(engine, WINDOW))
    assert_conforms(engine, _in_window(engine, [
        "events", "--since", "{since}", "--until", "{until_local}"] + MINE))


# --- stats ---------------------------------------------------------------------------------------

_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:e[+-]\d+)?(?:%|B|kB|MB|GB|TB|KiB|MiB|GiB|TiB)")


def mask_figures(text):
    """Figures with their digits masked; IDs (lowercase hex) and names are left alone."""
    return _FIGURE.sub(lambda m: re.sub(r"\d", "0", m.group()), text)


STATS = [
    ["stats", "--no-stream", "dctest-running", "dctest-exited"],
    ["stats", "--no-stream", "--format", "json", "dctest-running", "dctest-exited",
     "dctest-created"],
    ["stats", "--no-stream", "--no-trunc", "dctest-running", "dctest-failed"],
    ["stats", "--no-stream", "--format", "table {{.Container}}\\t{{.Name}}\\t{{.PIDs}}",
     "dctest-running", "dctest-exited"],
    ["stats", "--no-stream", "--format", "{{.ID}} {{.Name}} {{.MemPerc}} {{.BlockIO}} {{.NetIO}}",
     "dctest-exited"],
    ["stats", "--no-stream", "--format", "{{json .}}", "dctest-exited"],
    ["stats", "--no-stream", "--format", "table", "dctest-exited"],
    ["stats", "--no-stream", "--format", "{{.MemUsage}}|{{.CPUPerc}}", "dctest-running"],
    ["container", "stats", "--no-stream", "dctest-exited", "dctest-exited"],
    ["stats", "--no-stream"], ["stats", "--no-stream", "-a"],
    ["stats", "--no-stream", "--all=true"],
    ["stats", "--no-stream", "-a", "--format", "{{.Container}} {{.Name}}"],
]

STATS_ERRORS = [
    ["stats", "--no-stream", "nosuch"],
    ["stats", "--no-stream", "dctest-running", "nosuch", "dctest-exited", "nosuch2"],
    ["stats", "--no-stream", "--format", "{{.Foo}}", "dctest-exited"],
    ["stats", "--no-stream", "--format", "{{", "dctest-exited"],
    ["stats", "--no-stream", "--format", "{{.Name}}", " "],
    ["stats", "--bogus"], ["stats", "--no-stream=maybe"], ["stats", "--help"],
    ["container", "stats", "--help"], ["stats", "-h"],
]


@pytest.mark.tls
@pytest.mark.parametrize("args", STATS, ids=case_ids(STATS))
def test_stats_no_stream(engine, args):
    assert_conforms(engine, args, normalize=mask_figures)


@pytest.mark.parametrize("args", STATS_ERRORS, ids=case_ids(STATS_ERRORS))
def test_stats_errors(engine, args):
    assert_conforms(engine, args)


def _first_frames(command, engine, count=2):
    """The first `count` refreshes a live `stats` writes (each ends with "erase below")."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DOCKER_")}
    env.update(engine.env())
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = b""
    try:
        deadline = time.monotonic() + 20
        while out.count(b"\x1b[J") < count and time.monotonic() < deadline:
            data = os.read(proc.stdout.fileno(), 65536)
            if not data:
                break
            out += data
    finally:
        proc.kill()   # docker stats does not end on SIGTERM or a first SIGINT
        proc.wait()
    return b"\x1b[J".join(out.split(b"\x1b[J")[:count]).decode()


LIVE = [
    ["stats", "dctest-running", "dctest-exited"],
    ["stats", "--format", "table {{.Name}}\\t{{.PIDs}}\\t{{.MemPerc}}", "dctest-exited",
     "dctest-running"],
    ["stats", "-a", "--format", "{{.Container}}: {{.Name}}"],
]


@pytest.mark.parametrize("args", LIVE, ids=case_ids(LIVE))
def test_live_stats_refreshes(engine, args):
    for _ in range(3):
        theirs = mask_figures(_first_frames([DOCKER] + args, engine))
        ours = mask_figures(_first_frames([sys.executable, "-m", "dockercli"] + args, engine))
        if ours == theirs:
            break
    assert ours == theirs
