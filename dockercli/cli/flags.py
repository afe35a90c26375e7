"""Command-line flags parsed the way docker's (spf13/pflag) parser does.

Scripts written for docker rely on pflag's grammar: `--all=false`, `-n=3`,
`-aqn3`, flags after positional arguments, `--` to end flags, and on its error
texts. Click's own parser differs on each of these, so commands declare their
flags as click options (the command tree, help and completion come from them)
and this module parses argv against those declarations.
"""

from dockercli.errors import UsageError


class HelpRequested(Exception):
    """-h or --help was given; `shorthand` when it was -h, which docker calls deprecated."""

    def __init__(self, shorthand=False):
        super().__init__()
        self.shorthand = shorthand


class FlagSpec:
    """One flag: `kind` is bool, int, string, list or filter (pflag's value types).

    A plain class, not a dataclass: `dockercli --help` builds these without
    paying for the dataclasses and typing imports.
    """

    __slots__ = ("dest", "long", "short", "kind", "default", "help", "value_name", "hidden")

    def __init__(self, dest, long, short=None, kind="string", default=None, help="",
                 value_name="", hidden=False):
        self.dest = dest
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
        return ("-%s, --%s" % (self.short, self.long)) if self.short else "--" + self.long

    @property
    def takes_value(self):
        return self.kind != "bool"


class Parsed:
    """What parsing found: values by dest, positional arguments, and the dests given."""

    def __init__(self):
        self.values = {}
        self.args = []
        self.changed = set()


def parse_bool(text):
    """Go's strconv.ParseBool."""
    if text in ("1", "t", "T", "TRUE", "true", "True"):
        return True
    if text in ("0", "f", "F", "FALSE", "false", "False"):
        return False
    raise ValueError('strconv.ParseBool: parsing "%s": invalid syntax' % text)


def parse_int(text):
    """Go's strconv.ParseInt(text, 0, 64): base prefixes, underscores only with a prefix."""
    body = text[1:] if text[:1] in "+-" else text
    base, digits = 10, body
    prefix = body[:2].lower()
    if prefix in ("0x", "0o", "0b"):
        base, digits = {"0x": 16, "0o": 8, "0b": 2}[prefix], body[2:]
    elif len(body) > 1 and body[0] == "0":
        base, digits = 8, body[1:]
    if "_" in digits and base == 10:
        digits = "!"  # Go allows underscores only in prefixed literals
    try:
        if not digits or digits.startswith("_") or digits.endswith("_") or "__" in digits:
            raise ValueError
        value = int(digits.replace("_", ""), base)
    except ValueError:
        raise ValueError('strconv.ParseInt: parsing "%s": invalid syntax' % text) from None
    if text.startswith("-"):
        value = -value
    if not -(1 << 63) <= value < (1 << 63):
        raise ValueError('strconv.ParseInt: parsing "%s": value out of range' % text)
    return value


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


def parse(specs, argv, interspersed=True):
    """Parse `argv` against `specs`; raise UsageError (bare pflag message) or HelpRequested."""
    by_long = {spec.long: spec for spec in specs}
    by_short = {spec.short: spec for spec in specs if spec.short}
    parsed = Parsed()
    args = list(argv)
    i = 0

    def assign(spec, text):
        try:
            parsed.values[spec.dest] = _convert(spec, text, parsed.values.get(spec.dest))
        except ValueError as exc:
            raise UsageError('invalid argument "%s" for "%s" flag: %s'
                             % (text, spec.display, exc)) from None
        parsed.changed.add(spec.dest)

    while i < len(args):
        arg = args[i]
        i += 1
        if arg == "--":
            parsed.args.extend(args[i:])
            break
        if not arg.startswith("-") or arg == "-":
            parsed.args.append(arg)
            if not interspersed:
                parsed.args.extend(args[i:])
                break
            continue
        if arg.startswith("--"):
            name, has_value, value = arg[2:].partition("=")
            spec = by_long.get(name)
            if spec is None:
                if name in ("help", "h"):
                    raise HelpRequested()
                raise UsageError("unknown flag: --" + name)
            if has_value:
                assign(spec, value)
            elif not spec.takes_value:
                assign(spec, "true")
            elif i < len(args):
                assign(spec, args[i])
                i += 1
            else:
                raise UsageError("flag needs an argument: --" + name)
            continue
        shorthands = arg[1:]
        while shorthands:
            # pflag names the unparsed rest of the group in its errors: 'z' in -zq
            remaining = shorthands
            char, shorthands = shorthands[0], shorthands[1:]
            spec = by_short.get(char)
            if spec is None:
                if char == "h":
                    raise HelpRequested(shorthand=True)
                raise UsageError("unknown shorthand flag: '%s' in -%s" % (char, remaining))
            if shorthands.startswith("="):
                assign(spec, shorthands[1:])
                shorthands = ""
            elif not spec.takes_value:
                assign(spec, "true")
            elif shorthands:
                assign(spec, shorthands)
                shorthands = ""
            elif i < len(args):
                assign(spec, args[i])
                i += 1
            else:
                raise UsageError("flag needs an argument: '%s' in -%s" % (char, remaining))
    return parsed
