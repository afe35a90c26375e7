"""Help output in docker's layout (cobra's usage template, pflag's flag table)."""

import os

import click

MIN_NAME_PADDING = 11
DEFAULT_TERM_WIDTH = 80


def terminal_width():
    # docker asks the terminal on stdin, and assumes 80 columns when there is none
    try:
        return os.get_terminal_size(0).columns
    except OSError:
        return DEFAULT_TERM_WIDTH


def render(ctx):
    from dockercli.cli.base import DockerOption, use_line

    command = ctx.command
    is_group = isinstance(command, click.Group)
    out = ["Usage:  " + use_line(ctx), "", (command.help or "").strip()]
    aliases = getattr(command, "alias_paths", None)
    if aliases:
        program = ctx.find_root().info_name
        out += ["", "Aliases:", "  " + ", ".join(program + " " + path for path in aliases)]
    options = [p for p in command.params if isinstance(p, DockerOption)]
    if ctx.parent is not None and options:
        out += ["", "Options:", flag_usages(options, terminal_width() - 1).rstrip()]
    if is_group:
        out += _command_sections(ctx, command)
    if ctx.parent is None and options:
        out += ["", "Global Options:", flag_usages(options, terminal_width() - 1).rstrip()]
    if is_group:
        out += ["", "Run '%s COMMAND --help' for more information on a command." % ctx.command_path]
    return "\n".join(out) + "\n"


def _command_sections(ctx, group):
    commands = [(name, group.commands[name]) for name in sorted(group.commands)
                if not group.commands[name].hidden]
    padding = max([MIN_NAME_PADDING] + [len(name) for name in group.commands])
    sections = []
    if ctx.parent is None:
        top = sorted((c.top_rank, name, c) for name, c in commands if getattr(c, "top_rank", 0))
        groups = [(name, c) for name, c in commands if isinstance(c, click.Group)]
        others = [(name, c) for name, c in commands
                  if not isinstance(c, click.Group) and not getattr(c, "top_rank", 0)]
        if top:
            sections += ["", "Common Commands:"]
            sections += ["  %-*s%s" % (padding + 1, name, _short(c)) for _, name, c in top]
        if groups:
            sections += ["", "Management Commands:"]
            sections += ["  %-*s%s" % (padding + 1, name, _short(c)) for name, c in groups]
    else:
        others = commands
    if others:
        sections += ["", "Commands:"]
        sections += ["  %-*s %s" % (padding, name, _short(c)) for name, c in others]
    return sections


def _short(command):
    return (command.help or "").strip().split("\n")[0]


def flag_usages(options, columns):
    """pflag's FlagUsagesWrapped: sorted flags, aligned descriptions, wrapped to `columns`."""
    lines = []
    for option in sorted(options, key=lambda o: o.flag_spec().long):
        spec = option.flag_spec()
        if spec.hidden:
            continue
        head = ("  -%s, --%s" % (spec.short, spec.long)) if spec.short else "      --" + spec.long
        if spec.value_name:
            head += " " + spec.value_name
        usage = spec.help + _default_text(option, spec)
        lines.append((head, usage))
    width = max((len(head) for head, _ in lines), default=0) + 1
    return "".join("%s %s %s\n" % (head, " " * (width - len(head)), _wrap(width + 2, columns, usage))
                   for head, usage in lines)


def _default_text(option, spec):
    shown = getattr(option, "help_default", None)
    default = spec.default if shown is None else shown
    if spec.kind == "string" and default:
        return ' (default "%s")' % default
    if spec.kind == "int" and default:
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
