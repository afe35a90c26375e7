"""Go literal syntax: strconv.Unquote, UnquoteChar and the number parsing that
text/template/parse applies to numeric constants.

Strings are assembled as UTF-8 bytes, because Go escapes such as "\\xff" name
bytes rather than characters; bytes that do not form valid UTF-8 come back as
lone surrogates (the surrogateescape convention), so encoding the output with
``errors="surrogateescape"`` reproduces Go's bytes exactly.
"""


from . import strconv


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


def parse_uint(s):
    """strconv.ParseUint(s, 0, 64), or None if it fails."""
    try:
        return strconv.parse_uint(s)
    except strconv.NumError:
        return None


def parse_int(s):
    """strconv.ParseInt(s, 0, 64), or None if it fails."""
    try:
        return strconv.parse_int(s)
    except strconv.NumError:
        return None


def parse_float(s):
    """strconv.ParseFloat(s, 64) for Go number syntax, or None if it fails."""
    body = s.lstrip("+-")
    if len(s) - len(body) > 1:
        return None
    if "_" in s and not strconv.underscore_ok(s):
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
