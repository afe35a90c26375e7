"""Help output in docker's layout (cobra's usage template, pflag's flag table).

The layout is written once, in `format_page`, over plain data. `render(ctx)`
feeds it from the click tree; `root_help` feeds it from `roothelp.py`, a
snapshot of the root's commands and flags, so that `dockercli --help` prints
without loading click or any command (docker answers it in ~20 ms). A unit
test regenerates the snapshot (`root_snapshot_source`) and fails when stale.
"""

import os

MIN_NAME_PADDING = 11
DEFAULT_TERM_WIDTH = 80
CERT_FILES = {"tlscacert": "ca.pem", "tlscert": "cert.pem", "tlskey": "key.pem"}


def terminal_width():
    # docker asks the terminal on stdin, and assumes 80 columns when there is none
    try:
        return os.get_terminal_size(0).columns
    except OSError:
        return DEFAULT_TERM_WIDTH


def environment_defaults(env):
    """The global flags' defaults that help shows, from this run's environment, as docker's."""
    config_dir = env.get("DOCKER_CONFIG") or os.path.join(os.path.expanduser("~"), ".docker")
    cert_dir = env.get("DOCKER_CERT_PATH") or config_dir
    defaults = {"config": config_dir,
                "tls": bool(env.get("DOCKER_TLS")), "tlsverify": bool(env.get("DOCKER_TLS_VERIFY"))}
    defaults.update({name: os.path.join(cert_dir, filename) for name, filename in CERT_FILES.items()})
    return defaults


def format_page(usage, description, aliases=(), options=(), sections=(), global_options=(),
                footer="", defaults=None, width=None):
    """The whole help text. `options` are FlagSpecs; `sections` are (title, indent, rows)."""
    columns = (width or terminal_width()) - 1
    out = ["Usage:  " + usage, "", description.strip()]
    if aliases:
        out += ["", "Aliases:", "  " + ", ".join(aliases)]
    if options:
        out += ["", "Options:", flag_usages(options, columns, defaults).rstrip()]
    for title, rows, padding, joiner in sections:
        out += ["", title + ":"]
        out += ["  %-*s%s%s" % (padding, name, joiner, short) for name, short in rows]
    if global_options:
        out += ["", "Global Options:", flag_usages(global_options, columns, defaults).rstrip()]
    if footer:
        out += ["", footer]
    return "\n".join(out) + "\n"


def command_sections(entries, is_root):
    """Docker's command listings from (name, short help, top rank, is a group) entries."""
    entries = sorted(entries)
    padding = max([MIN_NAME_PADDING] + [len(entry[0]) for entry in entries])
    if not is_root:
        return [("Commands", [(name, short) for name, short, _, _ in entries], padding, " ")]
    top = sorted((rank, name, short) for name, short, rank, _ in entries if rank)
    groups = [(name, short) for name, short, _, is_group in entries if is_group]
    others = [(name, short) for name, short, rank, is_group in entries if not rank and not is_group]
    sections = []
    if top:
        sections.append(("Common Commands", [(name, short) for _, name, short in top],
                         padding + 1, ""))
    if groups:
        sections.append(("Management Commands", groups, padding + 1, ""))
    if others:
        sections.append(("Commands", others, padding, " "))
    return sections


def render(ctx):
    """Help for the command of a click context."""
    import click

    from dockercli.cli.base import DockerOption, use_line

    command = ctx.command
    program = ctx.find_root().info_name
    is_root = ctx.parent is None
    specs = [p.flag_spec() for p in command.params
             if isinstance(p, DockerOption) and _supported(ctx, p)]
    sections = ()
    footer = ""
    if isinstance(command, click.Group):
        sections = command_sections(_entries(command), is_root)
        footer = "Run '%s COMMAND --help' for more information on a command." % ctx.command_path
    usage = use_line(ctx)
    if isinstance(command, click.Group):
        usage = ctx.command_path + (" [OPTIONS]" if specs else "") + " COMMAND"
    return format_page(
        usage=usage,
        description=command.help or "",
        aliases=[program + " " + path for path in getattr(command, "alias_paths", ())],
        options=() if is_root else specs,
        sections=sections,
        global_options=specs if is_root else (),
        footer=footer,
        defaults=environment_defaults(os.environ) if is_root else None)


def _supported(ctx, option):
    """docker hides flags the daemon cannot serve (API version, swarm role) when it answers."""
    if not option.min_api and not option.swarm_manager:
        return True
    session = ctx.find_root().obj
    if session is None:
        return True
    from dockercli.api.versions import version_tuple
    from dockercli.errors import DockerCliError

    try:
        client = session.client
        if option.min_api and version_tuple(client.api_version) < version_tuple(option.min_api):
            return False
    except DockerCliError:
        return True
    return not option.swarm_manager or client.swarm_manager() is not False


def _entries(group):
    return [(name, _short(command), getattr(command, "top_rank", 0), hasattr(command, "commands"))
            for name, command in group.commands.items() if not command.hidden]


def _short(command):
    return (command.help or "").strip().split("\n")[0]


def root_help(program, env, width=None):
    """`dockercli --help` from the snapshot, without click."""
    from dockercli.cli import roothelp
    from dockercli.cli.flags import FlagSpec

    specs = [FlagSpec(*fields) for fields in roothelp.FLAGS]
    return format_page(
        usage="%s [OPTIONS] COMMAND" % program,
        description=roothelp.DESCRIPTION,
        sections=command_sections(roothelp.COMMANDS, True),
        global_options=specs,
        footer="Run '%s COMMAND --help' for more information on a command." % program,
        defaults=environment_defaults(env), width=width)


def root_snapshot_source(root):
    """The source of roothelp.py for the command tree under `root`."""
    from dockercli.cli.base import DockerOption

    flags = [p.flag_spec() for p in root.params if isinstance(p, DockerOption)]
    lines = ['"""Snapshot of the root command for `--help` without click: generated by',
             "dockercli.cli.helptext.root_snapshot_source; tests/unit fail when it is stale.",
             '"""', "", "DESCRIPTION = %r" % root.help, "", "COMMANDS = ("]
    lines += ["    %r," % (entry,) for entry in sorted(_entries(root))]
    lines += [")", "", "FLAGS = ("]
    lines += ["    %r," % ((s.dest, s.long, s.short, s.kind, s.default, s.help, s.value_name,
                            s.hidden),) for s in flags]
    lines += [")", ""]
    return "\n".join(lines)


def flag_usages(specs, columns, defaults=None):
    """pflag's FlagUsagesWrapped: sorted flags, aligned descriptions, wrapped to `columns`."""
    lines = []
    for spec in sorted(specs, key=lambda s: s.long):
        if spec.hidden:
            continue
        head = ("  -%s, --%s" % (spec.short, spec.long)) if spec.short else "      --" + spec.long
        if spec.value_name:
            head += " " + spec.value_name
        default = (defaults or {}).get(spec.dest, spec.default)
        lines.append((head, spec.help + _default_text(spec.kind, default)))
    width = max((len(head) for head, _ in lines), default=0) + 1
    return "".join("%s %s %s\n" % (head, " " * (width - len(head)), _wrap(width + 2, columns, usage))
                   for head, usage in lines)


def _default_text(kind, default):
    if kind == "bool" and default:
        return " (default true)"
    if kind == "string" and default:
        return ' (default "%s")' % default
    if kind == "int" and default:
        return " (default %d)" % default
    return ""


def _wrap(indent, width, text):
    room = width - indent
    result = ""
    if room < 24:
        indent = 16
        room = width - indent
        result = "\n" + " " * indent
    if room < 24:
        return text.replace("\n", result)
    slop = 5
    room -= slop
    line, text = _wrap_n(room, slop, text)
    result += line.replace("\n", "\n" + " " * indent)
    while text:
        line, text = _wrap_n(room, slop, text)
        result += "\n" + " " * indent + line.replace("\n", "\n" + " " * indent)
    return result


def _wrap_n(limit, slop, text):
    if limit + slop > len(text):
        return text, ""
    head = text[:limit]
    cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\n"))
    if cut <= 0:
        return text, ""
    newline = head.rfind("\n")
    if 0 < newline < cut:
        return text[:newline], text[newline + 1:]
    return text[:cut], text[cut + 1:]
