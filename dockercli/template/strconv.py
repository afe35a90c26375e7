"""Go's strconv quoting: Quote, QuoteToASCII, QuoteRune, and the rune helpers fmt uses.

A module of its own, free of the rest of the template engine, because the
formatter quotes container commands with it on every `ps`.
"""

_ESCAPES = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
}


def is_print(c):
    # Go's unicode.IsPrint and Python's isprintable agree: letters, marks,
    # numbers, punctuation, symbols and the ASCII space.
    return c.isprintable()


def _escape_rune(c, quote, ascii_only):
    if c == quote or c == "\\":
        return "\\" + c
    if ascii_only:
        if c < "\x80" and is_print(c):
            return c
    elif is_print(c):
        return c
    esc = _ESCAPES.get(c)
    if esc is not None:
        return esc
    r = ord(c)
    if 0xDC80 <= r <= 0xDCFF:
        # A byte that is not UTF-8, carried as surrogateescape does.
        return "\\x%02x" % (r - 0xDC00)
    if 0xD800 <= r <= 0xDFFF:
        return "\\ufffd"
    if r < 0x20 or r == 0x7F:
        return "\\x%02x" % r
    if r < 0x10000:
        return "\\u%04x" % r
    return "\\U%08x" % r


def quote(s):
    """strconv.Quote."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + "".join(_escape_rune(c, '"', False) for c in s) + '"'


def quote_ascii(s):
    """strconv.QuoteToASCII."""
    return '"' + "".join(_escape_rune(c, '"', True) for c in s) + '"'


def to_rune(r):
    if r > 0x10FFFF or 0xD800 <= r <= 0xDFFF or r < 0:
        return "\ufffd"
    return chr(r)


def quote_rune(r, ascii_only=False):
    """strconv.QuoteRune (QuoteRuneToASCII when ascii_only)."""
    return "'" + _escape_rune(to_rune(r), "'", ascii_only) + "'"


def can_backquote(s):
    for c in s:
        if c == "`" or c == "\ufeff":
            return False
        if c < " " and c != "\t" or c == "\x7f":
            return False
    return True


def sharp_u(c):
    """Go's %#U of a rune: U+0040 '@'."""
    r = ord(c)
    s = "U+%04X" % r
    if is_print(c):
        s += " '" + c + "'"
    return s


class NumError(ValueError):
    """strconv's *NumError: "strconv.ParseInt: parsing "x": invalid syntax"."""

    def __init__(self, func, num, reason):
        super().__init__("strconv.%s: parsing %s: %s" % (func, quote(num), reason))
        self.reason = reason


_SYNTAX = "invalid syntax"
_RANGE = "value out of range"
_MAX_UINT64 = (1 << 64) - 1


def parse_uint(s, _func="ParseUint"):
    """strconv.ParseUint(s, 0, 64): base prefixes, underscores, Go's errors."""
    if not s:
        raise NumError(_func, s, _SYNTAX)
    s0 = s
    base = 10
    if s[0] == "0":
        prefix = s[1:2].lower()
        if len(s) >= 3 and prefix in ("b", "o", "x"):
            base, s = {"b": 2, "o": 8, "x": 16}[prefix], s[2:]
        else:
            base, s = 8, s[1:]
    cutoff = _MAX_UINT64 // base + 1
    value = 0
    underscores = False
    for byte in s.encode("utf-8", "surrogateescape"):
        char = chr(byte).lower()
        if char == "_":
            underscores = True
            continue
        if "0" <= char <= "9":
            digit = byte - 48
        elif "a" <= char <= "z":
            digit = ord(char) - 87
        else:
            raise NumError(_func, s0, _SYNTAX)
        if digit >= base:
            raise NumError(_func, s0, _SYNTAX)
        if value >= cutoff or value * base + digit > _MAX_UINT64:
            raise NumError(_func, s0, _RANGE)
        value = value * base + digit
    if underscores and not underscore_ok(s0):
        raise NumError(_func, s0, _SYNTAX)
    return value


def parse_int(s):
    """strconv.ParseInt(s, 0, 64)."""
    if not s:
        raise NumError("ParseInt", s, _SYNTAX)
    negative = s[0] == "-"
    body = s[1:] if s[0] in "+-" else s
    try:
        value = parse_uint(body, "ParseInt")
    except NumError as exc:
        if exc.reason != _RANGE:
            raise NumError("ParseInt", s, exc.reason) from None
        value = _MAX_UINT64
    if (not negative and value >= 1 << 63) or (negative and value > 1 << 63):
        raise NumError("ParseInt", s, _RANGE)
    return -value if negative else value


def parse_bool(s):
    """strconv.ParseBool."""
    if s in ("1", "t", "T", "TRUE", "true", "True"):
        return True
    if s in ("0", "f", "F", "FALSE", "false", "False"):
        return False
    raise NumError("ParseBool", s, _SYNTAX)


def underscore_ok(s):
    """strconv's underscoreOK: underscores only between digits or after a base prefix."""
    saw = "^"
    i = 0
    if s[:1] in ("-", "+"):
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1].lower() in "box":
        i = 2
        saw = "0"
        hexa = s[1].lower() == "x"
    while i < len(s):
        c = s[i]
        if "0" <= c <= "9" or hexa and "a" <= c.lower() <= "f":
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        else:
            if saw == "_":
                return False
            saw = "!"
        i += 1
    return saw != "_"
