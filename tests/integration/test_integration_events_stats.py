"""`events` and `stats` against real engines: the events and figures the engine has."""

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest
from support import objects
from support.cli import dockercli


def run(engine, *args, env=None):
    return dockercli(list(args), env=dict(engine.env(), **(env or {})))


@pytest.fixture
def api(engine):
    client = objects.client_for(engine)
    yield client
    client.close()


class Background:
    """dockercli in a process of its own, for what never ends by itself; read as it writes."""

    def __init__(self, engine, *args):
        env = {key: value for key, value in os.environ.items() if not key.startswith("DOCKER_")}
        env.update(engine.env())
        self.proc = subprocess.Popen([sys.executable, "-m", "dockercli"] + list(args), env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._chunks = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        self.out = b""

    def _pump(self):
        while True:
            data = os.read(self.proc.stdout.fileno(), 65536)
            self._chunks.put(data)
            if not data:
                return

    def read_until(self, done, timeout=20):
        """Read until done(everything read so far) is true; fail after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not done(self.out):
            try:
                self.out += self._chunks.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError("timed out; read so far: %r" % self.out) from None
        return self.out

    def interrupt(self):
        """Ctrl-C: answer (exit code, stderr)."""
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(10)
        finally:
            self.proc.kill()
        return self.proc.returncode, self.proc.stderr.read().decode()


def _past_window(api, name, cmd=("true",)):
    """A container made, run and removed between two Unix times: (since, until, its ID)."""
    since = int(time.time())
    container = objects.create_container(api, name, list(cmd), start=True, wait=True)
    objects.remove_container(api, name)
    until = int(time.time()) + 1
    while time.time() <= until:   # --until must be past for the stream to end by itself
        time.sleep(0.1)
    return str(since), str(until), container


@pytest.mark.tls
def test_events_of_a_past_window(engine, api):
    name = "dctest-events-" + engine.name
    since, until, container = _past_window(api, name)
    code, out, err = run(engine, "events", "--since", since, "--until", until,
                         "-f", "type=container", "-f", "container=" + name, "--format",
                         "{{.Type}} {{.Action}} {{.Actor.ID}} {{.Actor.Attributes.name}}")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["container %s %s %s" % (action, container, name)
                                for action in ("create", "start", "die", "destroy")]

    code, out, err = run(engine, "system", "events", "--since", since, "--until", until,
                         "--filter", "container=" + name, "--filter", "event=start")
    assert (code, err) == (0, "")
    assert out.endswith(" container start %s (dctest=1, image=busybox, name=%s)\n"
                        % (container, name))
    assert out.count("\n") == 1 and out[:4].isdigit()

    code, out, _ = run(engine, "events", "--since", since, "--until", until, "-f",
                       "container=" + name, "-f", "event=destroy", "--format", "json")
    message = json.loads(out)
    assert (code, message["Action"], message["Actor"]["ID"]) == (0, "destroy", container)
    assert list(message)[-2:] == ["time", "timeNano"]


def test_events_stream_live_until_interrupted(engine, api):
    name = "dctest-live-events-" + engine.name
    background = Background(engine, "events", "--since", str(int(time.time())), "-f",
                            "container=" + name, "--format", "{{.Action}}")
    try:
        objects.create_container(api, name, ["true"], start=True, wait=True)
        objects.remove_container(api, name)
        out = background.read_until(lambda text: b"destroy\n" in text)
        assert background.proc.poll() is None   # still streaming: each event was flushed
    finally:
        code, err = background.interrupt()
        objects.remove_container(api, name)
    assert out.split() == [b"create", b"start", b"die", b"destroy"]
    assert (code, err) == (130, "")


def test_events_refuses_bad_times_and_templates(engine):
    assert tuple(run(engine, "events", "--since", "yesterday")) == (
        1, "", 'failed to parse value as time or duration: "yesterday"\n')
    code, out, err = run(engine, "events", "--format", "{{.Nope}}")
    assert (code, out) == (64, "") and err.startswith("Error parsing format: template: ")


@pytest.mark.tls
def test_stats_no_stream_reads_the_engine_s_figures(engine, api):
    name = "dctest-busy-" + engine.name
    objects.create_container(api, name, ["sh", "-c", "while :; do :; done"], start=True)
    try:
        # the engine's first figures of a container just started can take longer than the 2 s
        # docker (and dockercli) wait for them
        api.get_json("/containers/%s/stats" % name, {"stream": "0"})
        code, out, err = run(engine, "stats", "--no-stream", "--format",
                             "{{.Name}} {{.PIDs}} {{.CPUPerc}} {{.NetIO}}", name, "dctest-running",
                             "dctest-exited")
        assert (code, err) == (0, "")
        busy, running, exited = [line.split(" ", 3) for line in out.splitlines()]
        assert busy[:2] == [name, "1"] and float(busy[2].rstrip("%")) > 20
        assert running[:2] == ["dctest-running", "1"]
        assert exited == ["dctest-exited", "0", "0.00%", "0B / 0B"]
    finally:
        objects.remove_container(api, name)

    code, out, err = run(engine, "container", "stats", "--no-stream", "-a", "--no-trunc",
                         "--format", "json")
    rows = {row["Name"]: row for row in map(json.loads, out.splitlines())}
    assert (code, err) == (0, "")
    expected = {c["Names"][0][1:]: c["Id"] for c in api.get_json(
        "/containers/json", {"all": "1", "filters": json.dumps({"label": ["dctest=1"]})})}
    assert {n: rows[n]["ID"] for n in expected} == expected
    assert rows["dctest-created"]["MemUsage"] == "0B / 0B"
    assert list(rows["dctest-running"]) == ["BlockIO", "CPUPerc", "Container", "ID", "MemPerc",
                                            "MemUsage", "Name", "NetIO", "PIDs"]

    assert tuple(run(engine, "stats", "--no-stream", "dctest-running", "dctest-nosuch")) == (
        1, "", "Error response from daemon: No such container: dctest-nosuch\n")


def test_live_stats_follow_containers_as_they_start_and_die(engine, api):
    name = "dctest-live-stats-" + engine.name
    background = Background(engine, "stats", "--format", "{{.Name}} {{.PIDs}}")

    def last_frame(text):
        frames = text.split(b"\x1b[J")
        return frames[-2] if len(frames) > 1 else b""

    try:
        background.read_until(lambda text: b"dctest-running 1 \x1b[K" in last_frame(text))
        objects.create_container(api, name, ["sleep", "60"], start=True)
        background.read_until(lambda text: name.encode() + b" 1 \x1b[K" in last_frame(text))
        api.request("POST", "/containers/%s/kill" % name)
        background.read_until(lambda text: b"dctest-running" in last_frame(text)
                              and name.encode() not in last_frame(text))
        assert background.proc.poll() is None
    finally:
        code, err = background.interrupt()
        objects.remove_container(api, name)
    frame = last_frame(background.out)
    assert frame.startswith(b"\x1b[H") and frame.endswith(b" \x1b[K\n \x1b[K\n")
    assert (code, err) == (130, "")


def test_live_stats_ends_quietly_when_its_reader_goes_away(engine):
    env = {key: value for key, value in os.environ.items() if not key.startswith("DOCKER_")}
    env.update(engine.env())
    proc = subprocess.Popen([sys.executable, "-m", "dockercli", "stats", "--format", "{{.Name}}"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out = b""
        while b"\x1b[J" not in out:
            out += os.read(proc.stdout.fileno(), 65536)
        proc.stdout.close()   # as `dockercli stats | head -c 10` does
        code = proc.wait(10)
    finally:
        proc.kill()
    assert (code, proc.stderr.read()) == (141, b"")
