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
