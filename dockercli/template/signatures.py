"""Go function signatures: the parameter types a template function declares
decide how its arguments are checked and converted, with Go's messages.
"""


class GoType:
    __slots__ = ("name", "nilable")

    def __init__(self, name, nilable):
        self.name = name
        self.nilable = nilable

    def __str__(self):
        return self.name


ANY = GoType("interface {}", True)
VALUE = GoType("reflect.Value", True)
STRING = GoType("string", False)
INT = GoType("int", False)
STRINGS = GoType("[]string", True)


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
