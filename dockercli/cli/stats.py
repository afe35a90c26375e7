"""`docker stats` (and `docker container stats`): containers' resource usage, once or live.

As docker's RunStats: one collector thread per container reads its stats
stream (or its one sample, with --no-stream) and keeps the latest figures;
without container arguments an events subscription adds the containers that
start (and, with -a, those created) and drops those that die (without -a).
The table is written every half second, each time with docker's cursor
sequences; with --no-stream once, as soon as every container has a sample.
"""

import threading
import time

import click

from dockercli.cli.base import ArgsRule, DockerCommand, flag
from dockercli.cli.options import FORMAT_HELP

REFRESH_SECONDS = 0.5    # docker's ticker
SAMPLE_TIMEOUT = 2.0     # docker shows a container as "--" when no sample came for this long


@click.command(cls=DockerCommand,
               help="Display a live stream of container(s) resource usage statistics",
               usage_args="[OPTIONS] [CONTAINER...]", args_rule=ArgsRule(0, None))
@flag("-a", "--all", kind="bool", help="Show all containers (default shows just running)")
@flag("--format", default="", help=FORMAT_HELP)
@flag("--no-stream", kind="bool", help="Disable streaming stats and only pull the first result")
@flag("--no-trunc", kind="bool", help="Do not truncate output")
@click.argument("containers", nargs=-1)
@click.pass_context
def stats(ctx, all, format, no_stream, no_trunc, containers):
    from dockercli.formatter.stats import redraw_frame, render_stats

    session = ctx.obj
    client = session.client
    board = Board(client, stream=not no_stream)
    try:
        if containers:
            board.watch_containers(containers)
        else:
            board.watch_all(all)
        fmt = format or session.config.get("statsFormat") or "table"
        next_refresh = time.monotonic()
        while True:
            if not no_stream:
                next_refresh = _sleep_until_next(next_refresh)
            text = render_stats(fmt, board.entries(), board.os_type(), not no_trunc)
            session.write(text if no_stream else redraw_frame(text))
            session.stdout.flush()
            if no_stream or board.events_ended():
                return
    finally:
        board.close()


def _sleep_until_next(previous):
    """Go's ticker: the next tick after `previous`, skipping those missed while busy."""
    now = time.monotonic()
    ticks = max(1, int((now - previous) // REFRESH_SECONDS) + 1)
    following = previous + ticks * REFRESH_SECONDS
    time.sleep(max(0.0, following - now))
    return following


class Board:
    """The containers shown, each with its collector: docker's `stats` list."""

    def __init__(self, client, stream):
        self.client = client
        self.stream = stream
        self._lock = threading.Lock()
        self._containers = []
        self._streams = []
        self._os_type = ""
        self._events_error = None
        self._closed = False

    def watch_containers(self, names):
        """The containers named on the command line; their errors end the command, joined."""
        self.client.api_version   # negotiated once, before the collectors ask concurrently
        for name in names:
            self.add(name)
        self.wait_first()
        self.entries()   # those still waiting have now timed out, as docker's collectors have
        errors = [stats.error for stats in self.snapshot() if stats.error is not None]
        if errors:
            from dockercli.errors import DockerCliError

            raise DockerCliError("\n".join(error.message for error in errors))

    def watch_all(self, all):
        """Every running container (all with -a), kept current from container events."""
        from dockercli.api import containers as containers_api
        from dockercli.api import events as events_api

        # subscribed before listing, so that no container starting in between is missed
        events = events_api.stream_events(self.client, filters={"type": ["container"]})
        self._track(events)
        watcher = threading.Thread(target=self._follow_events, args=(events, all), daemon=True)
        watcher.start()
        for summary in containers_api.list_containers(self.client, all=all):
            self.add(summary["Id"][:12])
        self.wait_first()

    def _follow_events(self, events, all):
        from dockercli.errors import DockerCliError

        try:
            for message in events:
                action = message.get("Action")
                container = ((message.get("Actor") or {}).get("ID") or "")[:12]
                if action == "start" or (all and action == "create"):
                    self.add(container)
                elif action == "die" and not all:
                    self.remove(container)
        except DockerCliError as exc:
            self._events_error = exc
            return
        if not self._closed:
            # docker reports the end of its events stream as an error, Go's io.EOF
            self._events_error = DockerCliError("EOF")

    def events_ended(self):
        """Whether a live stats should end: docker ends it when its events stream fails,
        quietly when the connection was cut (the daemon restarting), else with the error."""
        error = self._events_error
        if error is None:
            return False
        if error.message == "unexpected EOF":
            return True
        raise error

    def add(self, container):
        with self._lock:
            if self._closed or any(s.container == container for s in self._containers):
                return
            stats = ContainerStats(container)
            self._containers.append(stats)
        threading.Thread(target=self._collect, args=(stats,), daemon=True).start()

    def remove(self, container):
        with self._lock:
            self._containers = [s for s in self._containers if s.container != container]

    def snapshot(self):
        with self._lock:
            return list(self._containers)

    def entries(self):
        now = time.monotonic()
        return [stats.entry(now, self.stream) for stats in self.snapshot()]

    def wait_first(self):
        """Until each container has its first sample, its error, or docker's time limit
        (which runs once the engine has answered the request)."""
        for stats in self.snapshot():
            while not stats.first.wait(0.05):
                if stats.deadline is not None and time.monotonic() >= stats.deadline:
                    break

    def os_type(self):
        """The daemon's OS, from its stats answers, else from its ping (for the table's layout)."""
        if self._os_type:
            return self._os_type
        headers = self.client.ping_headers or {}
        return headers.get("Ostype", "")

    def _collect(self, stats):
        from dockercli.api.stats import container_stats
        from dockercli.errors import DockerCliError
        from dockercli.formatter.stats import entry_from_sample

        try:
            os_type, samples = container_stats(self.client, stats.container, self.stream)
            stats.answered()
            if not self._track(samples):
                return
            for sample in samples:
                self._os_type = os_type
                stats.set_entry(entry_from_sample(sample, os_type, stats.container))
                if not self.stream:
                    return
            stats.set_error(DockerCliError("EOF"))
        except DockerCliError as exc:
            stats.set_error(exc)

    def _track(self, stream):
        """Keep `stream` to close at the end; False (and closed) if the end came already."""
        with self._lock:
            if not self._closed:
                self._streams.append(stream)
                return True
        stream.close()
        return False

    def close(self):
        """End every stream, so that no collector outlives the command."""
        with self._lock:
            self._closed = True
            streams, self._streams = self._streams, []
        for stream in streams:
            stream.close()


class ContainerStats:
    """docker's Stats: the latest figures of one container, written by its collector."""

    def __init__(self, container):
        from dockercli.formatter.stats import StatsEntry

        self.container = container
        self.first = threading.Event()
        self.error = None
        self.deadline = None   # when the figures are too old: unset until the engine answers
        self._lock = threading.Lock()
        self._entry = StatsEntry(container)
        self._sampled = False

    def answered(self):
        """The engine answered the request: samples are due from now on."""
        with self._lock:
            self.deadline = time.monotonic() + SAMPLE_TIMEOUT

    def set_entry(self, entry):
        with self._lock:
            entry.container = self.container
            self._entry = entry
            self.error = None
            self._sampled = True
            self.deadline = time.monotonic() + SAMPLE_TIMEOUT
        self.first.set()

    def set_error(self, error):
        with self._lock:
            self.error = error
            self._entry = self._entry.copy(is_invalid=True)
        self.first.set()

    def entry(self, now, stream):
        """The figures to show now: zeroed and invalid once docker would have timed out.

        A live collector times out whenever a sample is late; a --no-stream one
        only while it waits for its single sample.
        """
        from dockercli.errors import DockerCliError

        with self._lock:
            watching = (stream or not self._sampled) and self.deadline is not None
            if watching and now >= self.deadline and self.error is None:
                self.error = DockerCliError("timeout waiting for stats")
                self._entry = self._entry.reset()
            return self._entry
