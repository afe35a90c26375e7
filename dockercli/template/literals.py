"""Go literal syntax: strconv.Unquote, UnquoteChar and the number parsing that
text/template/parse applies to numeric constants.

Strings are assembled as UTF-8 bytes, because Go escapes such as "\\xff" name
bytes rather than characters; bytes that do not form valid UTF-8 come back as
lone surrogates (the surrogateescape convention), so encoding the output with
``errors="surrogateescape"`` reproduces Go's bytes exactly.
"""


class SyntaxErr(Exception):
    """strconv.ErrSyntax."""

    def __str__(self):
        return "invalid syntax"


_SIMPLE = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "'": 39, '"': 34}
_HEX = "0123456789abcdefABCDEF"


def unquote_char(s, i, quote):
    """Decode one character of a quoted literal at s[i].

    Returns (value, is_byte, next_index); is_byte marks \\x and octal escapes,
    which stand for a single byte rather than a code point.
    """
    c = s[i]
    if c == quote and quote in "'\"":
        raise SyntaxErr()
    if c != "\\":
        return ord(c), False, i + 1
    if i + 1 >= len(s):
        raise SyntaxErr()
    c = s[i + 1]
    i += 2
    if c in _SIMPLE:
        if (c == "'" or c == '"') and c != quote:
            raise SyntaxErr()
        return _SIMPLE[c], False, i
    if c in "xuU":
        n = {"x": 2, "u": 4, "U": 8}[c]
        digits = s[i:i + n]
        if len(digits) < n or any(d not in _HEX for d in digits):
            raise SyntaxErr()
        v = int(digits, 16)
        if c == "x":
            return v, True, i + n
        if v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
            raise SyntaxErr()
        return v, False, i + n
    if "0" <= c <= "7":
        digits = s[i - 1:i + 2]
        if len(digits) < 3 or any(not "0" <= d <= "7" for d in digits):
            raise SyntaxErr()
        v = int(digits, 8)
        if v > 255:
            raise SyntaxErr()
        return v, True, i + 2
    raise SyntaxErr()


def unquote(s):
    """strconv.Unquote for "interpreted", `raw` and 'c' literals."""
    if len(s) < 2 or s[0] != s[-1]:
        raise SyntaxErr()
    q = s[0]
    body = s[1:-1]
    if q == "`":
        if "`" in body:
            raise SyntaxErr()
        return body.replace("\r", "")
    if q not in "\"'":
        raise SyntaxErr()
    if "\n" in body:
        raise SyntaxErr()
    if "\\" not in body and q not in body:
        if q == '"':
            return body
        if len(body) == 1:
            return body
    out = bytearray()
    i = 0
    while i < len(body):
        v, is_byte, i = unquote_char(body, i, q)
        if is_byte:
            out.append(v)
        else:
            out += chr(v).encode("utf-8", "surrogatepass")
        if q == "'" and i != len(body):
            raise SyntaxErr()
    if q == "'" and not body:
        raise SyntaxErr()
    return out.decode("utf-8", "surrogateescape")


def _underscore_ok(s):
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


def parse_uint(s):
    """strconv.ParseUint(s, 0, 64), or None if it fails."""
    if not s:
        return None
    s0 = s
    base = 10
    if s[0] == "0":
        if len(s) >= 3 and s[1].lower() == "b":
            base, s = 2, s[2:]
        elif len(s) >= 3 and s[1].lower() == "o":
            base, s = 8, s[2:]
        elif len(s) >= 3 and s[1].lower() == "x":
            base, s = 16, s[2:]
        else:
            base, s = 8, s[1:]
    n = 0
    underscores = False
    for c in s:
        if c == "_":
            underscores = True
            continue
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c.lower() <= "z":
            d = ord(c.lower()) - 87
        else:
            return None
        if d >= base:
            return None
        n = n * base + d
    if n >= 1 << 64:
        return None
    if underscores and not _underscore_ok(s0):
        return None
    return n


def parse_int(s):
    """strconv.ParseInt(s, 0, 64), or None if it fails."""
    if not s:
        return None
    neg = False
    body = s
    if s[0] in "+-":
        neg = s[0] == "-"
        body = s[1:]
    u = parse_uint(body)
    if u is None:
        return None
    if "_" in body and not _underscore_ok(s):
        return None
    if neg:
        return -u if u <= 1 << 63 else None
    return u if u < 1 << 63 else None


def parse_float(s):
    """strconv.ParseFloat(s, 64) for Go number syntax, or None if it fails."""
    body = s.lstrip("+-")
    if len(s) - len(body) > 1:
        return None
    if "_" in s and not _underscore_ok(s):
        return None
    body = body.replace("_", "")
    neg = s.startswith("-")
    try:
        if body[:2].lower() == "0x":
            if "p" not in body.lower():
                return None
            f = float.fromhex(body)
        else:
            if not body or not all(c in "0123456789.eE+-" for c in body):
                return None
            f = float(body)
    except (ValueError, OverflowError):
        return None
    if f in (float("inf"), float("-inf")):
        return None
    return -f if neg else f
