"""`docker network` commands."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.options import filter_flag, inspect_format, list_format, list_format_choice


@click.group(cls=DockerGroup, help="Manage networks")
def group():
    pass


@click.command(cls=DockerCommand, help="List networks")
@filter_flag('Provide filter values (e.g. "driver=bridge")')
@list_format
@flag("--no-trunc", kind="bool", help="Do not truncate the output")
@flag("-q", "--quiet", kind="bool", help="Only display network IDs")
@click.pass_context
def ls(ctx, filters, format, no_trunc, quiet):
    from dockercli.api import networks as api
    from dockercli.formatter import networks as fmt
    from dockercli.formatter.listing import render
    from dockercli.formatter.sorting import natural_key

    session = ctx.obj
    summaries = api.list_networks(session.client, filters)
    
    format = list_format_choice(session, format, "networksFormat", quiet)
    summaries = sorted(summaries, key=lambda n: natural_key(n.get("Name", "")))
    rows = [fmt.NetworkRow(summary, trunc=not no_trunc) for summary in summaries]
    session.write(render(fmt.network_format(format, quiet), rows, fmt.HEADERS, fmt.TEXT_FIELDS))


@click.command(cls=DockerCommand, help="Display detailed information on one or more networks",
               usage_args="[OPTIONS] NETWORK [NETWORK...]", args_rule=ArgsRule(1, None))
@inspect_format
@flag("-v", "--verbose", kind="bool", help="Verbose output for diagnostics")
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, verbose, references):
    from dockercli.api import networks as api
    from dockercli.cli.inspect import run_inspect

    client = ctx.obj.client
    run_inspect(ctx.obj, references, format,
                lambda ref: api.inspect_network(client, ref, verbose=verbose), kind="network")
