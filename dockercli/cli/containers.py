"""`docker container` commands: ls (ps) and inspect."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.options import filter_flag, inspect_format, list_format
from dockercli.errors import DockerCliError


@click.group(cls=DockerGroup, help="Manage containers")
def group():
    pass


def list_params(all, last, latest, size, filters, format_uses_size, size_changed, quiet):
    """docker's buildContainerListOptions: the query of GET /containers/json."""
    limit = last
    if latest and last == -1:
        limit = 1
    if format_uses_size and not quiet and not size and not size_changed:
        # .Size in a template asks for sizes, unless --size was given explicitly
        size = True
    return {"all": all, "limit": limit, "size": size, "filters": filters or {}}


def template_uses_size(fmt):
    """Run the template once on an empty row, as docker does to validate it and spot .Size."""
    from dockercli.formatter.containers import TEXT_FIELDS, ContainerRow
    from dockercli.formatter.listing import SimpleFormat

    simple = SimpleFormat.compile(fmt, TEXT_FIELDS)
    if simple is not None:
        return "Size" in simple.fields
    from dockercli.template import TemplateError, parse

    try:
        template = parse(fmt)
    except TemplateError as exc:
        raise DockerCliError("failed to parse template: %s" % exc) from None
    probe = ContainerRow({}, trunc=False)
    try:
        template.execute(probe)
    except TemplateError as exc:
        raise DockerCliError("failed to execute template: %s" % exc) from None
    return "Size" in probe.fields_used


@click.command(cls=DockerCommand, help="List containers")
@flag("-a", "--all", kind="bool", help="Show all containers (default shows just running)")
@filter_flag()
@list_format
@flag("-n", "--last", kind="int", default=-1,
      help="Show n last created containers (includes all states)")
@flag("-l", "--latest", kind="bool",
      help="Show the latest created container (includes all states)")
@flag("--no-trunc", kind="bool", help="Don't truncate output")
@flag("-q", "--quiet", kind="bool", help="Only display container IDs")
@flag("-s", "--size", kind="bool", help="Display total file sizes")
@click.pass_context
def ps(ctx, all, filters, format, last, latest, no_trunc, quiet, size):
    from dockercli.api import containers as api
    from dockercli.formatter import containers as fmt
    from dockercli.formatter.listing import render

    session = ctx.obj
    if not format:
        format = session.config.get("psFormat") or ""
    elif quiet:
        session.warn("WARNING: Ignoring custom format, because both --format and --quiet are set.")
    uses_size = template_uses_size(format) if format else False
    params = list_params(all, last, latest, size, filters, uses_size,
                         "size" in ctx.meta["dockercli.changed"], quiet)
    summaries = api.list_containers(session.client, **params)
    rows = [fmt.ContainerRow(summary, trunc=not no_trunc) for summary in summaries]
    session.write(render(fmt.container_format(format, quiet, params["size"]), rows, fmt.HEADERS,
                         fmt.TEXT_FIELDS))


@click.command(cls=DockerCommand, help="Display detailed information on one or more containers",
               usage_args="[OPTIONS] CONTAINER [CONTAINER...]", args_rule=ArgsRule(1, None))
@inspect_format
@flag("-s", "--size", kind="bool", help="Display total file sizes")
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, size, references):
    from dockercli.api import containers as api
    from dockercli.cli.inspect import run_inspect

    client = ctx.obj.client
    run_inspect(ctx.obj, references, format, lambda ref: api.inspect_container(client, ref, size),
                kind="container")
