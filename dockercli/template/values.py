"""How Python values stand for Go values: kinds, type names, truth and nil.

dict is map[string]interface {}, list/tuple is []interface {}, str/bool/int/
float are string/bool/int/float64, None is a nil interface, and anything else
is a struct whose public attributes are fields and whose callable attributes
are methods. A class may name its Go type with a ``__gotype__`` attribute.
"""

import types


class _NoValue:
    """Go's invalid reflect.Value: what a missing map key evaluates to."""

    __slots__ = ()

    def __repr__(self):
        return "<no value>"


NOVALUE = _NoValue()

FUNC_TYPES = (
    types.FunctionType,
    types.MethodType,
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.LambdaType,
)

_NAMES = {
    str: "string",
    bool: "bool",
    int: "int",
    float: "float64",
    complex: "complex128",
    dict: "map[string]interface {}",
    list: "[]interface {}",
    tuple: "[]interface {}",
    bytes: "[]uint8",
    bytearray: "[]uint8",
    type(None): "interface {}",
}


def type_name(v):
    """Go's reflect type string for the value, as error messages print it."""
    t = type(v)
    name = _NAMES.get(t)
    if name is not None:
        return name
    gotype = getattr(t, "__gotype__", None)
    if isinstance(gotype, str):
        return gotype
    if isinstance(v, FUNC_TYPES):
        return "func()"
    for base, base_name in _NAMES.items():
        if isinstance(v, base) and base is not type(None):
            return base_name
    return t.__name__


def is_func(v):
    return isinstance(v, FUNC_TYPES)


def truth(v):
    """Go's template truth: the zero value of its type is false."""
    if v is None or v is NOVALUE:
        return False
    if isinstance(v, (str, dict, list, tuple, bytes, bytearray)):
        return len(v) > 0
    if isinstance(v, (bool, int, float, complex)):
        return v != 0
    return True


def public_fields(v):
    """A struct's fields in declaration order: its public, non-callable attributes."""
    try:
        attrs = vars(v)
    except TypeError:
        attrs = {}
        for name in getattr(type(v), "__slots__", ()):
            if hasattr(v, name):
                attrs[name] = getattr(v, name)
    return [(k, x) for k, x in attrs.items() if not k.startswith("_") and not callable(x)]


def sort_keys(d):
    """Map keys in Go's fmtsort order."""
    keys = list(d)
    try:
        return sorted(keys)
    except TypeError:
        return sorted(keys, key=lambda k: (type_name(k), repr(k)))
