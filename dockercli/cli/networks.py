"""`docker network` commands."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.help import INSPECT_FORMAT_HELP


@click.group(cls=DockerGroup, help="Manage networks")
def group():
    pass


@click.command(cls=DockerCommand, help="Display detailed information on one or more networks",
               usage_args="[OPTIONS] NETWORK [NETWORK...]", args_rule=ArgsRule(1, None))
@flag("-f", "--format", default="", help=INSPECT_FORMAT_HELP)
@flag("-v", "--verbose", kind="bool", help="Verbose output for diagnostics")
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, verbose, references):
    from dockercli.api import networks as api
    from dockercli.cli.inspect import run_inspect

    client = ctx.obj.client
    run_inspect(ctx.obj, references, format,
                lambda ref: api.inspect_network(client, ref, verbose=verbose), kind="network")
