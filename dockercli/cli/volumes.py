"""`docker volume` commands."""

import click

from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.options import filter_flag, inspect_format, list_format, list_format_choice


@click.group(cls=DockerGroup, help="Manage volumes", usage_args="COMMAND")
def group():
    pass


@click.command(cls=DockerCommand, help="List volumes")
@flag("--cluster", kind="bool", min_api="1.42", swarm_manager=True,
      help="Display only cluster volumes, and use cluster volume list formatting")
@filter_flag('Provide filter values (e.g. "dangling=true")')
@list_format
@flag("-q", "--quiet", kind="bool", help="Only display volume names")
@click.pass_context
def ls(ctx, cluster, filters, format, quiet):
    from dockercli.api import volumes as api
    from dockercli.formatter import volumes as fmt
    from dockercli.formatter.listing import render
    from dockercli.formatter.sorting import natural_key

    session = ctx.obj
    answer = api.list_volumes(session.client, filters)
    volumes = answer.get("Volumes") or []
    if cluster:
        volumes = [v for v in volumes if v.get("ClusterVolume") is not None]
        format = "table" if quiet else fmt.CLUSTER_TABLE_FORMAT
    else:
        format = list_format_choice(session, format, "volumesFormat", quiet)
    volumes = sorted(volumes, key=lambda v: natural_key(v.get("Name", "")))
    session.write(render(fmt.volume_format(format, quiet), [fmt.VolumeRow(v) for v in volumes],
                         fmt.HEADERS, fmt.TEXT_FIELDS))


@click.command(cls=DockerCommand, help="Display detailed information on one or more volumes",
               usage_args="[OPTIONS] VOLUME [VOLUME...]", args_rule=ArgsRule(1, None))
@inspect_format
@click.argument("references", nargs=-1)
@click.pass_context
def inspect(ctx, format, references):
    from dockercli.api import volumes as api
    from dockercli.cli.inspect import run_inspect

    client = ctx.obj.client
    # docker's `volume inspect` keeps no raw JSON: templates run on the typed value only
    run_inspect(ctx.obj, references, format, lambda ref: api.inspect_volume(client, ref),
                kind="volume", raw_fallback=False)
