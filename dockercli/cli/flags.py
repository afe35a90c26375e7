"""Command-line flags parsed the way docker's (spf13/pflag) parser does.

Scripts written for docker rely on pflag's grammar: `--all=false`, `-n=3`,
`-aqn3`, flags after positional arguments, `--` to end flags, and on its error
texts. Click's own parser differs on each of these, so commands declare their
flags as click options (the command tree, help and completion come from them)
and this module parses argv against those declarations.
"""

from dockercli.errors import UsageError
from dockercli.template.strconv import parse_bool, parse_int, quote, quote_rune


class FlagSpec:
    """One flag: `kind` is bool, int, string, list or filter (pflag's value types).

    A plain class, not a dataclass: `dockercli --help` builds these without
    paying for the dataclasses and typing imports.
    """

    __slots__ = ("dest", "long", "short", "kind", "default", "help", "value_name", "hidden",
                 "short_deprecated")

    def __init__(self, dest, long, short=None, kind="string", default=None, help="",
                 value_name="", hidden=False, short_deprecated=""):
        self.dest = dest
        self.short_deprecated = short_deprecated
        self.long = long
        self.short = short
        self.kind = kind
        self.default = default
        self.help = help
        self.value_name = value_name
        self.hidden = hidden

    def __repr__(self):
        return "FlagSpec(%r, %r, %r, %r)" % (self.dest, self.long, self.short, self.kind)

    @property
    def display(self):
        """The flag as pflag names it in errors: "-n, --last" or "--format"."""
        if self.short and not self.short_deprecated:
            return "-%s, --%s" % (self.short, self.long)
        return "--" + self.long

    @property
    def takes_value(self):
        return self.kind != "bool"


class Parsed:
    """What parsing found: values by dest, positional arguments, and the dests given."""

    def __init__(self):
        self.values = {}
        self.args = []
        self.changed = set()


def parse_filter(text, current):
    """docker's FilterOpt.Set: "name=value" pairs gathered as {name: [values]}."""
    if text == "":
        return current
    if "=" not in text:
        raise ValueError("bad format of filter (expected name=value)")
    name, _, value = text.partition("=")
    merged = {key: list(values) for key, values in (current or {}).items()}
    values = merged.setdefault(name.strip().lower(), [])
    if value.strip() not in values:
        values.append(value.strip())
    return merged


# cobra gives every command a hidden --help flag; docker marks its -h shorthand deprecated
HELP = FlagSpec("help", "help", "h", "bool", False, "Print usage", "", True, "use --help")


def _convert(spec, text, current):
    if spec.kind == "bool":
        return parse_bool(text)
    if spec.kind == "int":
        return parse_int(text)
    if spec.kind == "list":
        return list(current or []) + [text]
    if spec.kind == "filter":
        return parse_filter(text, current)
    return text


def parse(specs, argv, interspersed=True, notice=None):
    """Parse `argv` against `specs` (plus --help) as pflag does.

    Raises UsageError with pflag's bare message; `notice` receives the messages
    pflag prints while parsing (the deprecated -h shorthand).
    """
    specs = list(specs) + [HELP]
    by_long = {spec.long: spec for spec in specs}
    by_short = {spec.short: spec for spec in specs if spec.short}
    parsed = Parsed()
    args = list(argv)

    def assign(spec, text):
        try:
            parsed.values[spec.dest] = _convert(spec, text, parsed.values.get(spec.dest))
        except ValueError as exc:
            raise UsageError("invalid argument %s for %s flag: %s"
                             % (quote(text), quote(spec.display), exc)) from None
        parsed.changed.add(spec.dest)

    while args:
        arg = args.pop(0)
        if len(arg) < 2 or arg[0] != "-":
            parsed.args.append(arg)
            if not interspersed:
                parsed.args.extend(args)
                break
            continue
        if arg == "--":
            parsed.args.extend(args)
            break
        if arg.startswith("--"):
            _long(arg, args, by_long, assign)
        else:
            _shorts(arg[1:], args, by_short, assign, notice)
    return parsed


def _long(arg, args, by_long, assign):
    name = arg[2:]
    if name[:1] in ("-", "="):
        raise UsageError("bad flag syntax: " + arg)
    name, has_value, value = name.partition("=")
    spec = by_long.get(name)
    if spec is None:
        raise UsageError("unknown flag: --" + name)
    if has_value:
        assign(spec, value)
    elif not spec.takes_value:
        assign(spec, "true")
    elif args:
        assign(spec, args.pop(0))
    else:
        raise UsageError("flag needs an argument: " + arg)


def _shorts(shorthands, args, by_short, assign, notice):
    while shorthands:
        char = shorthands[0]
        spec = by_short.get(char)
        if spec is None:
            # Go's %q of the first byte: 'z', or 'Ã' for the lead byte of "é"
            raise UsageError("unknown shorthand flag: %s in -%s"
                             % (quote_rune(char.encode("utf-8", "surrogateescape")[0]),
                                shorthands))
        rest = shorthands[1:]
        if len(shorthands) > 2 and shorthands[1] == "=":
            value, rest = shorthands[2:], ""
        elif not spec.takes_value:
            value = "true"
        elif len(shorthands) > 1:
            value, rest = shorthands[1:], ""
        elif args:
            value = args.pop(0)
        else:
            raise UsageError("flag needs an argument: %s in -%s"
                             % (quote_rune(ord(char)), shorthands))
        if spec.short_deprecated and notice is not None:
            notice("Flag shorthand -%s has been deprecated, %s" % (spec.short, spec.short_deprecated))
        assign(spec, value)
        shorthands = rest
