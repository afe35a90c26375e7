"""Go function signatures: the parameter types a template function declares
decide how its arguments are checked and converted, with Go's messages.
"""


class GoType:
    """A parameter type: its name as Go prints it, whether nil can be assigned to
    it, its kind (how a constant argument is read: "string", "int", "uint",
    "float", "bool", "any", "value", or "" for the others), whether it is a named
    type (assignability), and the class a constant argument is converted to."""

    __slots__ = ("name", "nilable", "kind", "named", "make")

    def __init__(self, name, nilable, kind="", named=True, make=None):
        self.name = name
        self.nilable = nilable
        self.kind = kind
        self.named = named
        self.make = make

    def __str__(self):
        return self.name

    def __repr__(self):
        return "GoType(%r)" % self.name


ANY = GoType("interface {}", True, "any", named=False)
VALUE = GoType("reflect.Value", True, "value")
STRING = GoType("string", False, "string")
INT = GoType("int", False, "int")
STRINGS = GoType("[]string", True, named=False)

_BY_NAME = {t.name: t for t in (ANY, VALUE, STRING, INT, STRINGS)}
_BY_NAME["any"] = ANY
_BOOL_NAMES = ("bool",)
_INT_NAMES = ("int", "int8", "int16", "int32", "int64")
_UINT_NAMES = ("uint", "uint8", "uint16", "uint32", "uint64", "uintptr")


def go_type(spec):
    """The GoType of a parameter declared as a GoType, a Go type name ("string",
    "*time.Location", "[]string") or a Python class naming its Go type in
    ``__gotype__`` (a str/int/float subclass is a named string/int/float type,
    whose constant arguments are converted to the class)."""
    if isinstance(spec, GoType):
        return spec
    if isinstance(spec, str):
        found = _BY_NAME.get(spec)
        if found is None:
            nilable = spec.startswith(("*", "[]", "map[", "func(", "chan ")) or spec == "error"
            if spec in _BOOL_NAMES:
                kind = "bool"
            elif spec in _INT_NAMES:
                kind = "int"
            elif spec in _UINT_NAMES:
                kind = "uint"
            elif spec in ("float32", "float64"):
                kind = "float"
            else:
                kind = ""
            named = not spec.startswith(("*", "[", "map[", "func(", "chan ", "struct {"))
            found = _BY_NAME[spec] = GoType(spec, nilable, kind, named)
        return found
    name = getattr(spec, "__gotype__", None)
    if not isinstance(name, str):
        raise TypeError("not a Go type: %r" % (spec,))
    if issubclass(spec, bool):
        kind = "bool"
    elif issubclass(spec, int):
        kind = "uint" if name.startswith("uint") else "int"
    elif issubclass(spec, float):
        kind = "float"
    elif issubclass(spec, str):
        kind = "string"
    else:
        kind = ""
    return GoType(name, name.startswith("*"), kind, not name.startswith(("*", "[", "map[")),
                  spec if kind else None)


def go_params(*types):
    """Declare the Go parameter types of a Python method templates call, as Go's
    evalCall checks them: ``@go_params("string")`` makes ``{{.Label 1}}`` fail
    with "expected string; found 1" and ``{{.Label nil}}`` with "cannot assign
    nil to string". Each type is what go_type accepts."""
    params = tuple(go_type(t) for t in types)

    def declare(fn):
        fn.__goparams__ = params
        return fn

    return declare


class GoError(Exception):
    """A function's error result; execution stops with "error calling NAME: <msg>"."""


class GoFunc:
    """A template function: fixed parameter types, an optional variadic element
    type, and the Python implementation called with converted arguments."""

    __slots__ = ("params", "variadic", "impl")

    def __init__(self, impl, params=(), variadic=None):
        self.impl = impl
        self.params = tuple(params)
        self.variadic = variadic

    def param_type(self, i, num_in):
        """Type of argument i of num_in, as Go's evalCall assigns them."""
        if self.variadic is None:
            return self.params[i]
        if i < len(self.params):
            return self.params[i]
        return self.variadic


_CO_VARARGS = 0x04
arity_cache = {}  # function -> (fewest, most, variadic); read directly on the hot path


def arity(fn):
    """(fewest, most, variadic) positional arguments of a Python callable, or None."""
    func = getattr(fn, "__func__", fn)
    try:
        return arity_cache[func]
    except (KeyError, TypeError):
        pass
    code = getattr(func, "__code__", None)
    if code is None:
        result = None
    else:
        n = code.co_argcount
        if func is not fn and getattr(fn, "__self__", None) is not None:
            n -= 1
        defaults = len(getattr(func, "__defaults__", None) or ())
        result = (n - defaults, n, bool(code.co_flags & _CO_VARARGS))
    try:
        arity_cache[func] = result
    except TypeError:
        pass
    return result


def wrap_python(fn):
    """A GoFunc for a plain Python callable: every parameter is interface {}."""
    a = arity(fn)
    if a is None:
        return GoFunc(fn, (), ANY)
    fewest, most, variadic = a
    if variadic or fewest != most:
        return GoFunc(fn, (ANY,) * fewest, ANY)
    return GoFunc(fn, (ANY,) * most)
