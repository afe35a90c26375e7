"""`docker events` output: docker's default line, and templates on events.Message."""

import time

from dockercli.errors import DockerCliError, StatusError
from dockercli.formatter.gotypes import Struct, decode_struct


class EventType(str):
    __slots__ = ()
    __gotype__ = "events.Type"


class EventAction(str):
    __slots__ = ()
    __gotype__ = "events.Action"


class EventActor(Struct):
    __gotype__ = "events.Actor"
    FIELDS = (
        ("ID", "ID", "string", False),
        ("Attributes", "Attributes", "map", False),
    )


class EventMessage(Struct):
    """events.Message as docker v28.2.2 vendors it: what --format templates run on.

    Status, ID and From are the fields of API 1.21 and before, which daemons
    still send for container and image events.
    """

    __gotype__ = "events.Message"
    FIELDS = (
        ("Status", "status", "string", True),
        ("ID", "id", "string", True),
        ("From", "from", "string", True),
        ("Type", "Type", EventType, False),
        ("Action", "Action", EventAction, False),
        ("Actor", "Actor", EventActor, False),
        ("Scope", "scope", "string", True),
        ("Time", "time", "int64", True),
        ("TimeNano", "timeNano", "int64", True),
    )


def decode_message(data):
    """The events.Message of one decoded JSON message."""
    return decode_struct(EventMessage, data)


def pretty_line(message):
    """docker's prettyPrintEvent: time, type, action, actor, and its attributes sorted."""
    if message.TimeNano:
        head = rfc3339_nano_fixed(message.TimeNano) + " "
    elif message.Time:
        head = rfc3339_nano_fixed(message.Time * 1000000000) + " "
    else:
        head = ""
    line = "%s%s %s %s" % (head, message.Type, message.Action, message.Actor.ID)
    attributes = message.Actor.Attributes
    if attributes:
        line += " (%s)" % ", ".join("%s=%s" % (key, attributes[key]) for key in sorted(attributes))
    return line + "\n"


def rfc3339_nano_fixed(unix_nanos):
    """Go's time.Unix(0, n).Format("2006-01-02T15:04:05.000000000Z07:00"), in the local zone."""
    seconds, nanos = divmod(unix_nanos, 1000000000)
    local = time.localtime(seconds)
    offset = local.tm_gmtoff
    if offset == 0:
        zone = "Z"
    else:
        minutes = abs(offset) // 60
        zone = "%s%02d:%02d" % ("-" if offset < 0 else "+", minutes // 60, minutes % 60)
    return "%s.%09d%s" % (time.strftime("%Y-%m-%dT%H:%M:%S", local), nanos, zone)


class EventFormatter:
    """docker's handleEvent: the default line, or a --format template, for each message."""

    def __init__(self, source):
        """Parse and check `source` as docker's makeTemplate does (exit status 64 if bad)."""
        self._template = None
        if source == "":
            return
        from dockercli.template import TemplateError, parse

        self._error = TemplateError
        text = "{{json .}}" if source == "json" else source
        try:
            self._template = parse(text).executor()
            # run once on an empty message, so that "{{.Bogus}}" fails before any event
            self._template(EventMessage.pointer()())
        except TemplateError as exc:
            raise StatusError("Error parsing format: %s" % exc, exit_code=64) from None

    def line(self, message):
        """The output for one message; a template failing on it writes what it made, then fails."""
        if self._template is None:
            return pretty_line(message)
        try:
            return self._template(message) + "\n"
        except self._error as exc:
            raise EventFormatError(getattr(exc, "partial_output", "") + "\n", str(exc)) from None


class EventFormatError(DockerCliError):
    """A template that failed on a message: `output` is what docker writes before the error."""

    def __init__(self, output, message):
        super().__init__(message)
        self.output = output
