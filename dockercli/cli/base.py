"""Click command and group classes that behave like docker's cobra commands.

Click holds the command tree (names, aliases, flags, help text, callbacks);
argv is parsed by `dockercli.cli.flags` with pflag's grammar, and usage
errors, argument-count errors and help are worded and laid out as docker's.
"""

import sys

import click

from dockercli.cli import flags
from dockercli.errors import DockerCliError, UsageError

KIND_VALUE_NAMES = {"bool": "", "int": "int", "string": "string", "list": "list",
                    "filter": "filter"}
KIND_ZERO_VALUES = {"bool": False, "int": 0, "string": "", "list": (), "filter": None}


class DockerOption(click.Option):
    """A flag with pflag's value kind (bool, int, string, list, filter).

    `min_api` is the API version the flag needs: using it against an older
    daemon is an error, as docker's flag annotations make it. `swarm_manager`
    flags are hidden from help when the daemon says it is no swarm manager.
    """

    def __init__(self, param_decls, kind="string", value_name=None, min_api=None,
                 swarm_manager=False, **attrs):
        self.kind = kind
        self.min_api = min_api
        self.swarm_manager = swarm_manager
        self.value_name = KIND_VALUE_NAMES[kind] if value_name is None else value_name
        if kind == "bool":
            attrs.setdefault("is_flag", True)
        # pflag flags always have a value: the declared default, else the kind's zero value
        self.flag_default = attrs.pop("default", KIND_ZERO_VALUES[kind])
        super().__init__(param_decls, **attrs)

    def flag_spec(self):
        longs = [decl[2:] for decl in self.opts if decl.startswith("--")]
        shorts = [decl[1:] for decl in self.opts if not decl.startswith("--")]
        return flags.FlagSpec(dest=self.name, long=longs[0], short=shorts[0] if shorts else None,
                              kind=self.kind, default=self.flag_default, help=self.help or "",
                              value_name=self.value_name, hidden=self.hidden)


def flag(*decls, **attrs):
    """Declare a docker flag on a command: `@flag("-a", "--all", kind="bool", help=...)`."""
    return click.option(*decls, cls=DockerOption, **attrs)


class ArgsRule:
    """How many positional arguments a command takes, with docker's complaint texts."""

    def __init__(self, minimum=0, maximum=0):
        self.minimum = minimum
        self.maximum = maximum   # None: no limit

    def check(self, ctx, args):
        count = len(args)
        if self.minimum <= count and (self.maximum is None or count <= self.maximum):
            return
        path = ctx.command_path
        program = ctx.find_root().info_name
        usage = "Usage:  " + use_line(ctx)
        if self.maximum == 0:
            text, run = "accepts no arguments", "Run"
        elif self.maximum is None:
            text, run = "requires at least %d %s" % (self.minimum, _plural(self.minimum)), "See"
        elif self.minimum == self.maximum:
            text, run = "requires %d %s" % (self.minimum, _plural(self.minimum)), "Run"
        elif self.minimum == 0:
            # "SRun" is docker's own typo in RequiresMaxArgs; scripts may match on it
            text, run = "requires at most %d %s" % (self.maximum, _plural(self.maximum)), "SRun"
        else:
            text, run = ("requires at least %d and at most %d %s"
                         % (self.minimum, self.maximum, _plural(self.maximum)), "Run")
        raise DockerCliError("%s: '%s' %s\n\n%s\n\n%s '%s --help' for more information"
                             % (program, path, text, usage, run, path))


def _plural(count):
    return "argument" if count == 1 else "arguments"


NO_ARGS = ArgsRule(0, 0)


def use_line(ctx):
    """cobra's UseLine, the "Usage:" of error messages: the path and the command's Use."""
    usage_args = ctx.command.usage_args
    return ctx.command_path + (" " + usage_args if usage_args else "")


def usage_error(ctx, message):
    """pflag's complaint, followed by the usage line, as docker's FlagErrorFunc words it."""
    return UsageError("%s\n\nUsage:  %s\n\nRun '%s --help' for more information"
                      % (message, use_line(ctx), ctx.command_path))


def _visible_flags(command):
    return [p for p in command.params if isinstance(p, DockerOption) and not p.hidden]


def parse_flags(ctx, command, args, interspersed):
    """pflag-parse `args` for `command`; fill ctx.params; answer the positional arguments."""
    specs = [p.flag_spec() for p in command.params if isinstance(p, DockerOption)]
    try:
        parsed = flags.parse(specs, args, interspersed=interspersed, notice=click.echo)
    except UsageError as exc:
        raise usage_error(ctx, exc.message) from None
    if parsed.values.get("help"):
        click.echo(render_help(ctx), nl=False)
        raise click.exceptions.Exit(0)
    for param in command.params:
        if isinstance(param, DockerOption):
            ctx.params[param.name] = parsed.values.get(param.name, param.flag_default)
    ctx.meta["dockercli.changed"] = parsed.changed
    return parsed.args


def check_flag_api_versions(ctx):
    """docker's isSupported: a flag given to a daemon too old for it fails the command."""
    changed = ctx.meta.get("dockercli.changed", ())
    needing = [p for p in ctx.command.params
               if isinstance(p, DockerOption) and p.min_api and p.name in changed]
    if not needing:
        return
    from dockercli.api.versions import version_tuple

    daemon = ctx.obj.client.api_version
    for param in needing:
        if version_tuple(daemon) < version_tuple(param.min_api):
            raise DockerCliError('"--%s" requires API version %s, but the Docker daemon API '
                                 "version is %s" % (param.flag_spec().long, param.min_api, daemon))


class DockerCommand(click.Command):
    """A leaf command. `usage_args` follows the name in "Usage:"; `args_rule` counts arguments."""

    def __init__(self, *args, usage_args="[OPTIONS]", args_rule=NO_ARGS, **kwargs):
        super().__init__(*args, **kwargs)
        self.usage_args = usage_args
        self.args_rule = args_rule
        self.alias_paths = []   # every "docker x y" path that reaches this command, for help

    def invoke(self, ctx):
        check_flag_api_versions(ctx)
        return super().invoke(ctx)

    def parse_args(self, ctx, args):
        positional = parse_flags(ctx, self, args, interspersed=True)
        self.args_rule.check(ctx, positional)
        for param in self.params:
            if isinstance(param, click.Argument):
                ctx.params[param.name] = tuple(positional)
        ctx.args = []
        return []


class DockerGroup(click.Group):
    """A command group: docker's management commands and the root command.

    `usage_args` follows the path in the "Usage:" line of errors (cobra's Use).
    """

    def __init__(self, *args, usage_args="", **kwargs):
        super().__init__(*args, **kwargs)
        self.usage_args = usage_args
        self.aliases = {}

    def add(self, command, name, aliases=()):
        """Register `command` as `name` (and `aliases`) in this group."""
        self.add_command(command, name)
        for alias in aliases:
            self.aliases[alias] = name
        return command

    def get_command(self, ctx, cmd_name):
        return self.commands.get(self.aliases.get(cmd_name, cmd_name))

    def resolve_command(self, ctx, args):
        name = self.aliases.get(args[0], args[0])
        command = self.commands.get(name)
        if command is None:
            program = ctx.find_root().info_name
            text = "%s: unknown command: %s %s" % (program, ctx.command_path, args[0])
            if ctx.parent is not None:
                text += "\n\nUsage:  %s" % use_line(ctx)
            raise DockerCliError(text + "\n\nRun '%s --help' for more information"
                                 % ctx.command_path)
        return name, command, args[1:]

    def parse_args(self, ctx, args):
        rest = parse_flags(ctx, self, args, interspersed=False)
        if not rest:
            self.no_command(ctx)
        saved = dict(ctx.params)
        super().parse_args(ctx, rest)   # click records the subcommand and its arguments
        ctx.params.update(saved)
        return ctx.args


    def no_command(self, ctx):
        # docker shows a group's help on stderr when no command is given
        sys.stderr.write(render_help(ctx))
        sys.stderr.flush()
        raise click.exceptions.Exit(0)


def render_help(ctx):
    """docker's usage template for a command or group."""
    from dockercli.cli.helptext import render

    return render(ctx)
