"""`docker volume` commands."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.help import INSPECT_FORMAT_HELP


@click.group(cls=DockerGroup, help="Manage volumes", usage_args="COMMAND")
def group():
    pass


@click.command(cls=DockerCommand, help="Display detailed information on one or more volumes",
               usage_args="[OPTIONS] VOLUME [VOLUME...]", args_rule=ArgsRule(1, None))
@flag("-f", "--format", default="", help=INSPECT_FORMAT_HELP)
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, references):
    from dockercli.api import volumes as api
    from dockercli.cli.inspect import run_inspect

    client = ctx.obj.client
    run_inspect(ctx.obj, references, format, lambda ref: api.inspect_volume(client, ref),
                kind="volume")
