"""`docker events` (and `docker system events`): the daemon's events as they happen."""

import click

from dockercli.cli.base import DockerCommand, flag
from dockercli.cli.options import INSPECT_FORMAT_HELP, filter_flag


@click.command(cls=DockerCommand, help="Get real time events from the server")
@filter_flag()
@flag("--format", default="", help=INSPECT_FORMAT_HELP)
@flag("--since", help="Show all events created since timestamp")
@flag("--until", help="Stream events until this timestamp")
@click.pass_context
def events(ctx, filters, format, since, until):
    """Print each event as it arrives; the stream ends at --until, or at Ctrl-C (exit 130)."""
    from dockercli.api import events as api
    from dockercli.formatter.events import EventFormatError, EventFormatter, decode_message

    session = ctx.obj
    formatter = EventFormatter(format)
    messages = api.stream_events(session.client, since, until, filters)
    out = session.stdout
    try:
        for data in messages:
            try:
                out.write(formatter.line(decode_message(data)))
            except EventFormatError as exc:
                out.write(exc.output)
                raise
            out.flush()
    finally:
        messages.close()
