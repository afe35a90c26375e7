"""`docker system` commands and the top-level `version` and `info`."""

import click

from dockercli.cli.base import DockerCommand, DockerGroup
from dockercli.cli.options import inspect_format
from dockercli.errors import ConnectionFailed, DockerCliError, StatusError


@click.group(cls=DockerGroup, help="Manage Docker")
def group():
    pass


def _parse_template(text, name="", funcs=None):
    from dockercli.template import TemplateError, parse

    try:
        return parse(text, name=name, funcs=funcs)
    except TemplateError as exc:
        raise StatusError("template parsing error: %s" % exc, exit_code=64) from None


@click.command(cls=DockerCommand, help="Show the Docker version information")
@inspect_format
@click.pass_context
def version(ctx, format):
    from dockercli.api import system as api
    from dockercli.formatter import version as fmt
    from dockercli.formatter.tabwriter import format_table
    from dockercli.template import TemplateError

    session = ctx.obj
    template = _parse_template(fmt.template_text(format), name="version",
                               funcs=fmt.TEMPLATE_FUNCS)
    client = session.client
    server, error = None, None
    try:
        server = api.server_version(client)
    except DockerCliError as exc:
        error = exc
    # the version the requests used: negotiated, pinned, or the default when the ping failed
    data = fmt.version_data(session.context_name, client.api_version, server)
    try:
        text = template.execute(data)
        template_error = None
    except TemplateError as exc:
        text, template_error = exc.partial_output, exc
    session.write(format_table(text + "\n", minwidth=20, padding=1))
    if error is not None:
        raise error
    if template_error is not None:
        raise DockerCliError(str(template_error))


@click.command(cls=DockerCommand, help="Display system-wide information")
@inspect_format
@click.pass_context
def info(ctx, format):
    from dockercli.api import system as api
    from dockercli.formatter import info as fmt

    session = ctx.obj
    debug = bool(session.options.get("debug"))
    if format:
        return _formatted_info(session, format, debug)
    client = session.client
    session.write(fmt.client_section(_client_version(), session.context_name, debug))
    try:
        server = api.info(client)
    except ConnectionFailed:
        session.write("\nServer:\n")
        raise
    except DockerCliError as exc:
        session.write("\nServer:\n")
        session.warn("ERROR: " + exc.message)
        raise DockerCliError("errors pretty printing info") from None
    username = _hub_username(session.config)
    text, warnings, errors = fmt.server_section(server, username, debug)
    session.write("\nServer:\n" + text)
    for warning in warnings:
        session.warn(warning)
    for error in errors:
        session.warn("ERROR: " + error)
    if errors:
        raise DockerCliError("errors pretty printing info")


def _formatted_info(session, format, debug):
    """docker's runInfo with a format: ask the daemon only when the template needs it."""
    from dockercli.api import system as api
    from dockercli.formatter.info import info_data

    text = "{{json .}}" if format == "json" else format
    client_only = info_data(None, [], _client_version(), session.context_name, debug)
    server, server_errors, connection_error = None, [], None
    if _needs_server_info(text, client_only):
        try:
            server = api.info(session.client)
        except ConnectionFailed as exc:
            connection_error = exc
        except DockerCliError as exc:
            server_errors.append(exc.message)
            session.warn(exc.message)
    data = info_data(server, server_errors, _client_version(), session.context_name, debug)
    try:
        _write_info(session, text, data)
    except DockerCliError as exc:
        if connection_error is None:
            raise
        # docker joins both errors; the template's status code wins
        raise DockerCliError(connection_error.message + "\n" + exc.message,
                             exit_code=exc.exit_code) from None
    if connection_error is not None:
        raise connection_error


def _write_info(session, text, data):
    from dockercli.template import TemplateError

    template = _parse_template(text)
    try:
        session.write(template.execute(data) + "\n")
    except TemplateError as exc:
        session.write(exc.partial_output + "\n")
        raise DockerCliError(str(exc)) from None


def _needs_server_info(text, client_only):
    """docker's needsServerInfo: whether the template reads anything but the client's fields."""
    import re

    from dockercli.template import TemplateError, parse

    if text == "{{json .}}" or not re.search(r"\.[a-zA-Z]", text):
        return True
    try:
        parse(text).execute(_ClientFields(client_only))
    except TemplateError:
        return True
    return False


class _ClientFields:
    """docker's sparseInfo: only ClientInfo and ClientErrors."""

    __gotype__ = "system.sparseInfo"

    def __init__(self, info):
        self.ClientInfo = info.ClientInfo
        self.ClientErrors = info.ClientErrors


def _client_version():
    from dockercli import __version__

    return __version__


def _hub_username(config):
    auths = config.get("auths") or {}
    entry = auths.get("https://index.docker.io/v1/") or {}
    return entry.get("username", "") if isinstance(entry, dict) else ""
