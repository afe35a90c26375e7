"""encoding/json Marshal with SetEscapeHTML(false), as docker's ``json``
template function produces it: sorted map keys, Go's float formatting and
Go's string escaping (U+2028 and U+2029 escaped, invalid UTF-8 as \\ufffd).

A struct (any other object) marshals its ``__json__()`` result when it has
that method, else its public non-callable attributes in declaration order.
``__json__()`` may answer a ``JSONObject`` (pairs kept in their order, as Go
marshals struct fields) or a ``RawJSON`` (text already encoded, embedded as
is, as Go embeds what a MarshalJSON method returns).
"""

import math

from .gofmt import format_float
from .signatures import GoError
from .values import NOVALUE, is_func, public_fields, type_name



class RawJSON(str):
    """Encoded JSON text, embedded verbatim."""


class JSONObject(list):
    """(key, value) pairs marshalled as one JSON object, in their order."""


# types encoded by kind; any other type (a struct, or a subclass such as a typed
# nil map) may marshal itself through __json__
_PLAIN = frozenset((str, int, float, bool, dict, list, tuple, JSONObject))


_HTML = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}

_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
        "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _needs_escape(s):
    if s.isascii():
        return not s.isprintable() or '"' in s or "\\" in s
    return True


def _string(s, escape_html=False):
    if escape_html and ("<" in s or ">" in s or "&" in s):
        return "".join(_HTML.get(c, c) for c in _string(s))
    if not _needs_escape(s):
        return '"' + s + '"'
    out = ['"']
    for c in s:
        esc = _ESC.get(c)
        if esc is not None:
            out.append(esc)
        elif c < " ":
            out.append("\\u%04x" % ord(c))
        elif "\ud800" <= c <= "\udfff":
            out.append("\\ufffd")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def _float(f):
    if math.isnan(f) or math.isinf(f):
        raise GoError("json: unsupported value: %s" % format_float(f))
    a = abs(f)
    if a != 0 and (a < 1e-6 or a >= 1e21):
        s = format_float(f, "e", -1)
        # Go trims the exponent's leading zero: 1e-07 becomes 1e-7.
        if len(s) >= 4 and s[-4] == "e" and s[-3] == "-" and s[-2] == "0":
            s = s[:-2] + s[-1]
        return s
    return format_float(f, "f", -1)


def _key(k):
    if isinstance(k, str):
        return k
    if isinstance(k, int) and not isinstance(k, bool):
        return str(k)
    raise GoError("json: unsupported type: map[%s]interface {}" % type_name(k))


def _encode(v, out, html=False):
    if v is None or v is NOVALUE:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, RawJSON):
        out.append(v)
    elif type(v) not in _PLAIN and hasattr(v, "__json__"):
        _encode(v.__json__(), out, html)
    elif isinstance(v, str):
        out.append(_string(v, html))
    elif isinstance(v, int):
        out.append(str(int(v)))
    elif isinstance(v, float):
        out.append(_float(float(v)))
    elif isinstance(v, dict):
        _object(sorted((_key(k), x) for k, x in v.items()), out, html)
    elif isinstance(v, JSONObject):
        _object(v, out, html)
    elif isinstance(v, (list, tuple)):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            _encode(x, out, html)
        out.append("]")
    elif isinstance(v, (bytes, bytearray)):
        import base64

        out.append('"' + base64.b64encode(bytes(v)).decode("ascii") + '"')
    elif isinstance(v, complex) or is_func(v):
        raise GoError("json: unsupported type: %s" % type_name(v))
    else:
        _object(public_fields(v), out, html)


def _object(pairs, out, html):
    out.append("{")
    for i, (k, x) in enumerate(pairs):
        if i:
            out.append(",")
        out.append(_string(k, html))
        out.append(":")
        _encode(x, out, html)
    out.append("}")


def marshal(v, escape_html=False):
    """encoding/json's Marshal; docker's `json` function turns HTML escaping off."""
    out = []
    _encode(v, out, escape_html)
    return "".join(out)


def go_json_error(text):
    """encoding/json's complaint about text that is not JSON, for the usual cases."""
    import json

    try:
        json.loads(text)
    except ValueError as exc:
        position = getattr(exc, "pos", len(text))
        if position >= len(text.rstrip()):
            return "unexpected end of JSON input"
        from .strconv import quote_rune

        char = quote_rune(ord(text[position]))
        context = {
            "Expecting value": "looking for beginning of value",
            "Extra data": "after top-level value",
            "Expecting property name enclosed in double quotes":
                "looking for beginning of object key string",
            "Expecting ':' delimiter": "after object key",
        }.get(getattr(exc, "msg", ""), "in literal")
        return "invalid character %s %s" % (char, context)
    return "unexpected end of JSON input"
