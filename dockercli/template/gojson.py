"""encoding/json Marshal with SetEscapeHTML(false), as docker's ``json``
template function produces it: sorted map keys, Go's float formatting and
Go's string escaping (U+2028 and U+2029 escaped, invalid UTF-8 as \\ufffd).

A struct (any other object) marshals its ``__json__()`` result when it has
that method, else its public non-callable attributes in declaration order.
"""

import math

from .gofmt import format_float
from .signatures import GoError
from .values import NOVALUE, is_func, public_fields, type_name

_ESC = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t",
        "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _needs_escape(s):
    if s.isascii():
        return not s.isprintable() or '"' in s or "\\" in s
    return True


def _string(s):
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


def _encode(v, out):
    if v is None or v is NOVALUE:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, str):
        out.append(_string(v))
    elif isinstance(v, int):
        out.append(str(int(v)))
    elif isinstance(v, float):
        out.append(_float(float(v)))
    elif isinstance(v, dict):
        items = sorted((_key(k), x) for k, x in v.items())
        out.append("{")
        for i, (k, x) in enumerate(items):
            if i:
                out.append(",")
            out.append(_string(k))
            out.append(":")
            _encode(x, out)
        out.append("}")
    elif isinstance(v, (list, tuple)):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            _encode(x, out)
        out.append("]")
    elif isinstance(v, (bytes, bytearray)):
        import base64

        out.append('"' + base64.b64encode(bytes(v)).decode("ascii") + '"')
    elif isinstance(v, complex) or is_func(v):
        raise GoError("json: unsupported type: %s" % type_name(v))
    else:
        to_json = getattr(v, "__json__", None)
        if to_json is not None:
            _encode(to_json(), out)
            return
        out.append("{")
        for i, (k, x) in enumerate(public_fields(v)):
            if i:
                out.append(",")
            out.append(_string(k))
            out.append(":")
            _encode(x, out)
        out.append("}")


def marshal(v):
    out = []
    _encode(v, out)
    return "".join(out)
