"""Go struct values for templates: what docker's templates see when they run on typed data.

docker runs `--format` templates on Go structs, not on raw JSON, and that
shows: a field the daemon left out still exists with its zero value, field
names are Go's (`.APIVersion`, where the JSON says "ApiVersion"), a nil map
prints `map[]` and marshals as `null`, and `{{json .}}` writes fields in their
declared order. `Struct` subclasses declare their fields; `decode` builds them
from decoded JSON.

A field is (go_name, json_name, kind, omitempty). Kinds: "string", "int",
"float", "bool", "any" (interface{}), "map" (a map of plain values), "slice",
a Struct subclass (an embedded value), ("ptr", Struct subclass) (nil when
absent), ("slice", kind) and ("map", kind) of a nested kind.
"""

from dockercli.template.gojson import JSONObject

_ZERO = {"string": "", "int": 0, "float": 0.0, "bool": False, "any": None}


class NilMap(dict):
    """A nil Go map: empty, prints `map[]`, marshals as null."""

    __slots__ = ()

    def __json__(self):
        return None


class NilSlice(list):
    """A nil Go slice: empty, prints `[]`, marshals as null."""

    __slots__ = ()

    def __json__(self):
        return None


class Struct:
    """Base of typed struct values; subclasses set FIELDS and __gotype__."""

    FIELDS = ()

    def __init__(self, **values):
        for go_name, _json_name, kind, _omit in self.FIELDS:
            setattr(self, go_name, values[go_name] if go_name in values else zero(kind))

    def __json__(self):
        pairs = []
        for go_name, json_name, _kind, omitempty in self.FIELDS:
            value = getattr(self, go_name)
            if json_name == "-" or (omitempty and _is_empty(value)):
                continue
            pairs.append((json_name, value))
        return JSONObject(pairs)


def zero(kind):
    if isinstance(kind, str):
        if kind == "map":
            return NilMap()
        if kind == "slice":
            return NilSlice()
        return _ZERO[kind]
    if isinstance(kind, tuple):
        if kind[0] == "ptr":
            return None
        return NilMap() if kind[0] == "map" else NilSlice()
    return kind()  # an embedded struct value


def _is_empty(value):
    if value is None or value is False or value == 0 or value == "":
        return True
    return isinstance(value, (dict, list)) and not value


def decode(kind, data):
    """Typed value of `kind` from decoded JSON; absent or null gives the zero value."""
    if data is None:
        return zero(kind)
    if isinstance(kind, str):
        if kind == "map":
            return dict(data) if isinstance(data, dict) else data
        if kind == "slice":
            return list(data) if isinstance(data, list) else data
        if kind == "int" and isinstance(data, float) and data.is_integer():
            return int(data)
        return data
    if isinstance(kind, tuple):
        container, inner = kind
        if container == "ptr":
            return decode(inner, data)
        if container == "map" and isinstance(data, dict):
            return {key: decode(inner, value) for key, value in data.items()}
        if container == "slice" and isinstance(data, list):
            return [decode(inner, value) for value in data]
        return data
    if not isinstance(data, dict):
        return data
    values = {go_name: decode(field_kind, data.get(json_name))
              for go_name, json_name, field_kind, _omit in kind.FIELDS}
    return kind(**values)
