"""How Python values stand for Go values: kinds, type names, truth and nil.

dict is map[string]interface {}, list/tuple is []interface {}, str/bool/int/
float are string/bool/int/float64, None is a nil interface, and anything else
is a struct whose public attributes are fields and whose callable attributes
are methods. A class may name its Go type with a ``__gotype__`` attribute; a
str, int or float subclass that does is a Go named type (container.NetworkMode,
int64, json.Number): it prints and compares as its kind, its exported methods
are callable, and it is assignable to a parameter of its own type only (a
class may name the unnamed type it stands for in ``__gounderlying__``, e.g.
"[]string" for strslice.StrSlice).

Pointer and NilPointer are pointers that are not instances of a struct class:
a non-nil pointer to a bool, int, string... (Go's *bool), and a nil pointer
of any type (*volume.UsageData(nil)), each class naming its Go type.
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


class Pointer:
    """A non-nil Go pointer to a value that is not a struct (*bool, *int64).

    True in if/and/or/not whatever it points to; an action, html/js/urlquery
    and range see what it points to; printf's %v prints an address; eq
    compares it with other pointers only (by identity); json marshals what it
    points to. Subclasses name the type: ``pointer_class("bool")()``.
    """

    __slots__ = ("_elem",)
    __gotype__ = "*interface {}"

    def __init__(self, elem):
        self._elem = elem

    def __json__(self):
        return self._elem

    def __repr__(self):
        return "%s(%r)" % (type(self).__gotype__, self._elem)


class NilPointer:
    """A nil Go pointer of a given type: false, printed <nil>, marshalled as null, %T
    giving its type; evaluating a field through it fails as Go's "nil pointer
    evaluating *T.Field". ``_elem_class`` is the struct class it would point to."""

    __slots__ = ()
    __gotype__ = "*interface {}"
    __gonil__ = True
    _elem_class = None

    def __json__(self):
        return None

    def __repr__(self):
        return "(%s)(nil)" % type(self).__gotype__


_POINTER_CLASSES = {}


def pointer_class(elem_type):
    """The Pointer subclass of pointers to the Go type named elem_type ("bool", "int64")."""
    cls = _POINTER_CLASSES.get(elem_type)
    if cls is None:
        cls = _POINTER_CLASSES[elem_type] = type("Pointer", (Pointer,), {
            "__slots__": (), "__gotype__": "*" + elem_type})
    return cls


_NIL_POINTERS = {}


def nil_pointer(gotype, elem_class=None):
    """The nil pointer of Go type gotype ("*volume.UsageData"); elem_class the struct class
    it points to, when it is one (its fields decide Go's error for a field read through it)."""
    nil = _NIL_POINTERS.get(gotype)
    if nil is None:
        cls = type("NilPointer", (NilPointer,), {"__slots__": (), "__gotype__": gotype,
                                                 "_elem_class": elem_class})
        nil = _NIL_POINTERS[gotype] = cls()
    return nil


def is_pointer(v):
    """Whether v is a Go pointer: a Pointer, a NilPointer or a struct pointer ("*T")."""
    if isinstance(v, (Pointer, NilPointer)) or getattr(type(v), "__goptr__", False):
        return True
    gotype = getattr(type(v), "__gotype__", None)
    return isinstance(gotype, str) and gotype.startswith("*")


def indirect(v):
    """Go's indirect through a pointer: (the value pointed to, whether the pointer is nil).

    A struct pointer is its own instance, so it comes back as it is."""
    if isinstance(v, Pointer):
        return v._elem, False
    if isinstance(v, NilPointer):
        return v, True
    return v, False


def elem_type_name(v):
    """The type of what v points to, for a struct pointer; else v's type."""
    name = type_name(v)
    if name.startswith("*") and is_pointer(v):
        return name[1:]
    return name


def is_nil(v):
    """Go's isNil of an evaluated value: no value, nil, a nil pointer, map or slice."""
    return v is None or v is NOVALUE or getattr(type(v), "__gonil__", False)


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
    return not getattr(type(v), "__gonil__", False)


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
