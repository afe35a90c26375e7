"""text/template's predefined functions (funcs.go), over the Python value model.

Functions taking reflect.Value in Go receive NOVALUE for "no value" and None
for nil; their error results are raised as GoError.
"""

from . import gofmt
from .signatures import ANY, STRING, VALUE, GoError, GoFunc, arity
from .values import NOVALUE, elem_type_name, indirect, is_func, is_nil, is_pointer, truth, type_name


class _Uint8(int):
    """A byte: what index of a string gives."""

    __slots__ = ()
    __gotype__ = "uint8"


def _is_nil(v):
    return v is None or v is NOVALUE


def _index_arg(index, cap):
    if isinstance(index, int) and not isinstance(index, bool):
        x = index
    elif _is_nil(index):
        raise GoError("cannot index slice/array with nil")
    else:
        raise GoError("cannot index slice/array with type %s" % type_name(index))
    if x < 0 or x > cap:
        raise GoError("index out of range: %d" % x)
    return x


def _utf8(s):
    return s.encode("utf-8", "surrogateescape")


def index(item, *indexes):
    if _is_nil(item):
        raise GoError("index of untyped nil")
    for idx in indexes:
        if idx is NOVALUE:
            idx = None
        item, nil = indirect(item)
        if item is None or nil:
            raise GoError("index of nil pointer")
        if isinstance(item, (list, tuple, str)):
            data = _utf8(item) if isinstance(item, str) else item
            x = _index_arg(idx, len(data))
            if x == len(data):
                # Go's reflect panics here rather than reporting the range error.
                raise GoError("reflect: %s index out of range" % ("string" if isinstance(item, str) else "slice"))
            item = data[x]
            if type(item) is int:
                item = _Uint8(item)   # a byte of a string
        elif isinstance(item, dict):
            # Go's prepareArg: the key must be assignable to the map's key type
            key_type = getattr(type(item), "__gokeytype__", "string")
            if idx is None:
                raise GoError("value is nil; should be of type %s" % key_type)
            if type(idx) is not str or key_type != "string":
                if not isinstance(idx, str) or type_name(idx) != key_type:
                    raise GoError("value has type %s; should be %s" % (type_name(idx), key_type))
            try:
                item = item[idx]
            except KeyError:
                # a typed map answers its element type's zero value
                item = getattr(item, "__gozero__", NOVALUE)
        elif item is NOVALUE:
            raise GoError("index of untyped nil")
        else:
            raise GoError("can't index item of type %s" % elem_type_name(item))
    return item


def slice_(item, *indexes):
    if _is_nil(item):
        raise GoError("slice of untyped nil")
    if len(indexes) > 3:
        raise GoError("too many slice indexes: %d" % len(indexes))
    if isinstance(item, str):
        if len(indexes) == 3:
            raise GoError("cannot 3-index slice a string")
        data = _utf8(item)
    elif isinstance(item, (list, tuple)):
        data = item
    else:
        raise GoError("can't slice item of type %s" % type_name(item))
    cap = len(data)
    idx = [0, len(data), 0]
    for i, x in enumerate(indexes):
        idx[i] = _index_arg(NOVALUE if x is None else x, cap)
    if idx[0] > idx[1]:
        raise GoError("invalid slice index: %d > %d" % (idx[0], idx[1]))
    if len(indexes) == 3 and idx[1] > idx[2]:
        raise GoError("invalid slice index: %d > %d" % (idx[1], idx[2]))
    out = data[idx[0]:idx[1]]
    if isinstance(item, str):
        return out.decode("utf-8", "surrogateescape")
    return list(out)


def length(item):
    item, nil = indirect(item)
    if item is None or nil:
        raise GoError("len of nil pointer")
    if item is NOVALUE:
        raise GoError("reflect: call of reflect.Value.Type on zero Value")
    if isinstance(item, str):
        return len(_utf8(item))
    if isinstance(item, (dict, list, tuple, bytes, bytearray)):
        return len(item)
    raise GoError("len of type %s" % elem_type_name(item))


def call(name, fn, *args):
    if _is_nil(fn):
        raise GoError("call of nil")
    if not callable(fn) or not (is_func(fn) or arity(fn) is not None):
        raise GoError("non-function %s of type %s" % (name, type_name(fn)))
    a = arity(fn)
    if a is not None:
        fewest, most, variadic = a
        if variadic or fewest != most:
            if len(args) < fewest:
                raise GoError("wrong number of args for %s: got %d want at least %d" % (name, len(args), fewest))
        elif len(args) != most:
            raise GoError("wrong number of args for %s: got %d want %d" % (name, len(args), most))
    return fn(*[None if a is NOVALUE else a for a in args])


def not_(arg):
    return not truth(arg)


# Comparison -------------------------------------------------------------------

_BOOL, _COMPLEX, _INT, _FLOAT, _STRING = range(1, 6)


def _basic_kind(v):
    t = type(v)
    if t is bool:
        return _BOOL
    if t is int:
        return _INT
    if t is str:
        return _STRING
    if t is float:
        return _FLOAT
    if isinstance(v, bool):
        return _BOOL
    if isinstance(v, int):
        return _INT
    if isinstance(v, float):
        return _FLOAT
    if isinstance(v, str):
        return _STRING
    if isinstance(v, complex):
        return _COMPLEX
    return 0


def _kind_name(v):
    if _is_nil(v):
        return "invalid"
    if isinstance(v, dict):
        return "map"
    if isinstance(v, (list, tuple)):
        return "slice"
    if is_func(v):
        return "func"
    if is_pointer(v):
        return "ptr"
    return "struct"


def _comparable(v):
    """Whether Go's == can compare values of v's type: not maps, slices, funcs, nor
    structs holding them (pointers compare by address)."""
    if isinstance(v, (dict, list, bytes, bytearray)) or is_func(v):
        return False
    if isinstance(v, (str, int, float, complex)) or is_pointer(v) or v is None:
        return True
    return all(_comparable(x) for _, x in gofmt.public_fields(v))


def eq(arg1, *arg2):
    if not arg2:
        raise GoError("missing argument for comparison")
    k1 = _basic_kind(arg1)
    for arg in arg2:
        k2 = _basic_kind(arg)
        if k1 != k2:
            if not _is_nil(arg1) and not _is_nil(arg):
                raise GoError("incompatible types for comparison")
            continue
        if k1:
            if arg1 == arg:
                return True
            continue
        if _kind_name(arg1) != _kind_name(arg) and not _is_nil(arg1) and not _is_nil(arg):
            raise GoError("non-comparable types %s: %s, %s: %s" % (
                gofmt.sprintf("%s", [arg1]), type_name(arg1), type_name(arg), gofmt.sprintf("%v", [arg])))
        nil1, nil2 = is_nil(arg1), is_nil(arg)
        if nil1 or nil2:
            if nil1 and nil2:
                return True
            continue
        if not _comparable(arg):
            raise GoError("non-comparable type %s: %s" % (gofmt.sprintf("%s", [arg]), type_name(arg)))
        if arg1 is arg or arg1 == arg:
            return True
    return False


def ne(arg1, arg2):
    return not eq(arg1, arg2)


def lt(arg1, arg2):
    k1 = _basic_kind(arg1)
    k2 = _basic_kind(arg2)
    if not k1 or not k2:
        raise GoError("invalid type for comparison")
    if k1 != k2:
        raise GoError("incompatible types for comparison")
    if k1 in (_BOOL, _COMPLEX):
        raise GoError("invalid type for comparison")
    if k1 == _STRING:
        return _utf8(arg1) < _utf8(arg2)
    return arg1 < arg2


def le(arg1, arg2):
    return lt(arg1, arg2) or eq(arg1, arg2)


def gt(arg1, arg2):
    return not le(arg1, arg2)


def ge(arg1, arg2):
    return not lt(arg1, arg2)


# Escapers ---------------------------------------------------------------------

def _eval_args(args):
    """fmt.Sprint of the arguments as printableValue gives them: a nil interface
    as <no value>, a pointer as what it points to."""
    if len(args) == 1 and type(args[0]) is str:
        return args[0]
    return gofmt.sprint(["<no value>" if _is_nil(a) else a for a in args], deref=True)


_HTML = {'"': "&#34;", "'": "&#39;", "&": "&amp;", "<": "&lt;", ">": "&gt;", "\0": "\ufffd"}


def html(*args):
    s = _eval_args(args)
    if not any(c in s for c in "'\"&<>\0"):
        return s
    return "".join(_HTML.get(c, c) for c in s)


_JS = {"\\": "\\\\", "'": "\\'", '"': '\\"', "<": "\\u003C", ">": "\\u003E", "&": "\\u0026", "=": "\\u003D"}


def _js_char(c):
    esc = _JS.get(c)
    if esc is not None:
        return esc
    if c < " ":
        return "\\u%04X" % ord(c)
    if c < "\x80" or c.isprintable() or "\udc80" <= c <= "\udcff":
        # A byte that is not UTF-8 decodes to the printable U+FFFD in Go,
        # which then copies the byte itself.
        return c
    return "\\u%04X" % ord(c)


def js(*args):
    return "".join(_js_char(c) for c in _eval_args(args))


_URL_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def urlquery(*args):
    out = []
    for b in _utf8(_eval_args(args)):
        if b in _URL_SAFE:
            out.append(chr(b))
        elif b == 0x20:
            out.append("+")
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def _print(*args):
    return gofmt.sprint(args)


def _printf(fmt, *args):
    return gofmt.sprintf(fmt, args)


def _println(*args):
    return gofmt.sprintln(args)


def _special(*_args):
    raise AssertionError("evaluated by the executor")


# and, or and call are evaluated by the executor itself: and/or short-circuit,
# and call learns the callee's name from the call site.
AND = GoFunc(_special, (VALUE,), VALUE)
OR = GoFunc(_special, (VALUE,), VALUE)
CALL = GoFunc(call, (VALUE,), VALUE)

BUILTINS = {
    "and": AND,
    "call": CALL,
    "html": GoFunc(html, (), ANY),
    "index": GoFunc(index, (VALUE,), VALUE),
    "slice": GoFunc(slice_, (VALUE,), VALUE),
    "js": GoFunc(js, (), ANY),
    "len": GoFunc(length, (VALUE,)),
    "not": GoFunc(not_, (VALUE,)),
    "or": OR,
    "print": GoFunc(_print, (), ANY),
    "printf": GoFunc(_printf, (STRING,), ANY),
    "println": GoFunc(_println, (), ANY),
    "urlquery": GoFunc(urlquery, (), ANY),
    "eq": GoFunc(eq, (VALUE,), VALUE),
    "ge": GoFunc(ge, (VALUE, VALUE)),
    "gt": GoFunc(gt, (VALUE, VALUE)),
    "le": GoFunc(le, (VALUE, VALUE)),
    "lt": GoFunc(lt, (VALUE, VALUE)),
    "ne": GoFunc(ne, (VALUE, VALUE)),
}
