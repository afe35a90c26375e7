"""The functions docker adds to every template (cli/templates/templates.go)."""

from .gojson import marshal
from .signatures import ANY, INT, STRING, STRINGS, GoError, GoFunc


class _Strings(list):
    """The []string strings.Split returns, named so in error messages."""

    __gotype__ = "[]string"


def _split(s, sep):
    if sep == "":
        return _Strings(s)
    return _Strings(s.split(sep))


def _join(elems, sep):
    return sep.join(elems or ())


def _is_separator(c):
    if c <= "\x7f":
        return not (c.isascii() and (c.isalnum() or c == "_"))
    if c.isalpha() or c.isdecimal():
        return False
    return c.isspace()


def _map_runes(s, conv):
    if s.isascii():
        return conv(s)
    out = []
    for c in s:
        m = conv(c)
        # Go maps rune by rune; a mapping to several runes keeps the rune.
        out.append(m if len(m) == 1 else _SPECIAL.get((conv, c), c))
    return "".join(out)


def _title(s):
    prev = " "
    out = []
    for c in s:
        if _is_separator(prev):
            t = c.title()
            out.append(t if len(t) == 1 else c)
        else:
            out.append(c)
        prev = c
    return "".join(out)


def _lower(s):
    return _map_runes(s, str.lower)


def _upper(s):
    return _map_runes(s, str.upper)


# Runes whose full case mapping is several runes but whose Go mapping is one.
_SPECIAL = {(str.lower, "\u0130"): "i"}


def _repeat(n):
    if n < 0:
        raise GoError("strings: negative Repeat count")
    return " " * n


def _pad(source, prefix, suffix):
    if source == "":
        return source
    return _repeat(prefix) + source + _repeat(suffix)


def _truncate(source, length):
    data = source.encode("utf-8", "surrogateescape")
    if len(data) < length:
        return source
    if length < 0:
        raise GoError("runtime error: slice bounds out of range [:%d]" % length)
    return data[:length].decode("utf-8", "surrogateescape")


DOCKER_FUNCS = {
    "json": GoFunc(marshal, (ANY,)),
    "split": GoFunc(_split, (STRING, STRING)),
    "join": GoFunc(_join, (STRINGS, STRING)),
    "title": GoFunc(_title, (STRING,)),
    "lower": GoFunc(_lower, (STRING,)),
    "upper": GoFunc(_upper, (STRING,)),
    "pad": GoFunc(_pad, (STRING, INT, INT)),
    "truncate": GoFunc(_truncate, (STRING, INT)),
}


def _first(value, *_ignored):
    return value


# docker's HeaderFunctions: a table's heading line runs the same template on the
# column names, with these in place of the functions that would change them.
HEADER_FUNCS = {
    "json": GoFunc(_first, (STRING,)),
    "split": GoFunc(_first, (STRING, STRING)),
    "join": GoFunc(_first, (STRING, STRING)),
    "title": GoFunc(_first, (STRING,)),
    "lower": GoFunc(_first, (STRING,)),
    "upper": GoFunc(_first, (STRING,)),
    "truncate": GoFunc(_first, (STRING, INT)),
}
