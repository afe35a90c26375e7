"""The root command: global flags, and where every command and alias is registered."""

import sys

import click

from dockercli import VERSION_TEXT
from dockercli.cli.base import ArgsRule, DockerCommand, DockerGroup, flag
from dockercli.cli.session import Session


class RootGroup(DockerGroup):
    def main(self, args=None, prog_name=None, **extra):
        """click's entry point (CliRunner calls it too): exit with run()'s code."""
        from dockercli.__main__ import program_name, run

        argv = list(sys.argv[1:] if args is None else args)
        sys.exit(run(argv, prog_name or program_name(sys.argv[0])))

    def no_command(self, ctx):
        if ctx.params.get("version"):
            click.echo(VERSION_TEXT, nl=False)
            raise click.exceptions.Exit(0)
        super().no_command(ctx)

    def run_command_line(self, args, prog_name):
        """Parse and run one command line; every exception propagates to the caller.

        click's own main() is bypassed: it prints an empty line on Ctrl-C and exits 1
        on a broken pipe, where docker says nothing and the shell's statuses apply.
        """
        with self.make_context(prog_name, list(args)) as ctx:
            return self.invoke(ctx)


@click.group(cls=RootGroup, name="dockercli", help="A self-sufficient runtime for containers",
             usage_args="[OPTIONS] COMMAND [ARG...]")
@flag("--config", help="Location of client config files")
@flag("-c", "--context", help='Name of the context to use to connect to the daemon (overrides '
      'DOCKER_HOST env var and default context set with "docker context use")')
@flag("-D", "--debug", kind="bool", help="Enable debug mode")
@flag("-H", "--host", kind="list", help="Daemon socket to connect to")
@flag("-l", "--log-level", default="info",
      help='Set the logging level ("debug", "info", "warn", "error", "fatal")')
@flag("--tls", kind="bool", help="Use TLS; implied by --tlsverify")
@flag("--tlscacert", help="Trust certs signed only by this CA")
@flag("--tlscert", help="Path to TLS certificate file")
@flag("--tlskey", help="Path to TLS key file")
@flag("--tlsverify", kind="bool", help="Use TLS and verify the remote")
@flag("-v", "--version", kind="bool", help="Print version information and quit")
@click.pass_context
def root(ctx, **options):
    options["changed"] = ctx.meta.get("dockercli.changed", set())
    if options["log_level"] not in ("debug", "info", "warn", "warning", "error", "fatal", "panic",
                                    "trace"):
        from dockercli.errors import DockerCliError

        raise DockerCliError("Unable to parse logging level: " + options["log_level"])
    ctx.obj = Session(options)
    ctx.call_on_close(ctx.obj.close)


@click.command(cls=DockerCommand, help="Help about the command", hidden=True,
               usage_args="[command]", args_rule=ArgsRule(0, None))
@click.argument("topic", nargs=-1)
@click.pass_context
def help_command(ctx, topic):
    """`docker help ps`: the help of the command a path names."""
    from dockercli.cli.base import render_help
    from dockercli.errors import DockerCliError

    target = ctx.find_root()
    for word in topic:
        group = target.command
        command = group.get_command(target, word) if isinstance(group, DockerGroup) else None
        if command is None:
            raise DockerCliError("unknown help topic: " + word)
        name = group.aliases.get(word, word)
        target = click.Context(command, info_name=name, parent=target)
    click.echo(render_help(target), nl=False)


def _register():
    from dockercli.cli import containers, images, inspect, networks, system, volumes
    from dockercli.cli.events import events
    from dockercli.cli.stats import stats

    container_group = containers.group
    container_group.add(containers.ps, "ls", aliases=("list", "ps"))
    container_group.add(containers.inspect, "inspect")
    container_group.add(stats, "stats")
    image_group = images.group
    image_group.add(images.images, "ls", aliases=("list",))
    image_group.add(images.inspect, "inspect")
    image_group.add(images.history, "history")
    volumes.group.add(volumes.ls, "ls", aliases=("list",))
    volumes.group.add(volumes.inspect, "inspect")
    networks.group.add(networks.ls, "ls", aliases=("list",))
    networks.group.add(networks.inspect, "inspect")
    system.group.add(system.info, "info")
    system.group.add(events, "events")

    root.add(container_group, "container")
    root.add(image_group, "image")
    root.add(volumes.group, "volume")
    root.add(networks.group, "network")
    root.add(system.group, "system")
    root.add(containers.ps, "ps")
    root.add(images.images, "images")
    root.add(inspect.inspect, "inspect")
    root.add(images.history, "history")
    root.add(system.version, "version")
    root.add(system.info, "info")
    root.add(events, "events")
    root.add(stats, "stats")
    root.add(help_command, "help")

    containers.ps.top_rank = 3
    images.images.top_rank = 7
    system.version.top_rank = 10
    system.info.top_rank = 11
    containers.ps.alias_paths = ["container ls", "container list", "container ps", "ps"]
    images.images.alias_paths = ["image ls", "image list", "images"]
    system.info.alias_paths = ["system info", "info"]
    images.history.alias_paths = ["image history", "history"]
    volumes.ls.alias_paths = ["volume ls", "volume list"]
    networks.ls.alias_paths = ["network ls", "network list"]
    events.alias_paths = ["system events", "events"]
    stats.alias_paths = ["container stats", "stats"]


_register()
