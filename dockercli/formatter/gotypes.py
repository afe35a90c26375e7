"""Go values for templates: what docker's templates see when they run on typed data.

docker runs `--format` templates on Go structs, not on raw JSON, and that
shows: a field the daemon left out still exists with its zero value, field
names are Go's (`.APIVersion`, where the JSON says "ApiVersion"), a nil map
prints `map[]` and marshals as `null`, a nil pointer prints `<nil>`, and
`{{json .}}` writes fields in their declared order. `Struct` subclasses
declare their fields; `decode` builds them from decoded JSON as Go's
encoding/json would.

A field is (go_name, json_name, kind, omitempty). json_name "-" is a field
JSON leaves out; json_name EMBEDDED (None) is an embedded struct: its fields
are promoted (`.Bridge` reads NetworkSettings.NetworkSettingsBase.Bridge) and
JSON flattens them into the outer object, as Go does.

Kinds:

* "string", "int" (and "int64", "uint16", ... named as Go declares them),
  "float", "bool"; "any" (interface {}: decoded JSON, numbers
  as float64); "duration" (time.Duration: prints "1m30s", marshals as an
  integer); "time" (time.Time: prints "2006-01-02 15:04:05.999999999 -0700 MST",
  marshals as RFC 3339); "filemode" (os.FileMode: prints "-rw-r--r--");
  "bytes" ([]byte, base64 in JSON); "empty" (struct {}, printed `{}`);
  "strslice" (strslice.StrSlice: a []string that also decodes from a string).
* "map" and "slice": a map[string]string / []string of plain values.
* ("ptr", kind): a pointer, None when nil; a pointer to a Struct is an
  instance of the class's `pointer()` variant (Go prints it as an address
  inside other values); a pointer to a scalar is the scalar itself.
* ("slice", kind), ("map", kind) (string keys), ("array", kind, length).
* A Struct subclass: a struct value; a class with a `__decode__(data)`
  classmethod decodes itself, as a Go type with its own UnmarshalJSON.

JSONNumber is encoding/json's Number, for docker's raw fallback (numbers
printed as the daemon wrote them).
"""

import base64
import calendar
import re

from dockercli.template.gojson import JSONObject, RawJSON

EMBEDDED = None


# --- maps and slices -----------------------------------------------------------

class GoMap(dict):
    """A typed Go map: `index` of a missing key gives the element type's zero value."""

    __slots__ = ()
    __gotype__ = "map[string]string"
    ELEM = "string"

    @property
    def __gozero__(self):
        return zero(self.ELEM)


class NilMap(GoMap):
    """A nil Go map: empty, prints `map[]`, marshals as null."""

    __slots__ = ()

    def __json__(self):
        return None


class GoSlice(list):
    """A typed Go slice."""

    __slots__ = ()
    __gotype__ = "[]string"


class NilSlice(GoSlice):
    """A nil Go slice: empty, prints `[]`, marshals as null."""

    __slots__ = ()

    def __json__(self):
        return None


_CLASSES = {}


def _container_class(base, kind):
    key = (base, kind)
    cls = _CLASSES.get(key)
    if cls is None:
        if issubclass(base, GoMap):
            attrs = {"__slots__": (), "ELEM": kind,
                     "__gotype__": "map[string]" + go_type_name(kind)}
        elif kind == "strslice":
            attrs = {"__slots__": (), "__gotype__": "strslice.StrSlice"}
        else:
            attrs = {"__slots__": (), "__gotype__": "[]" + go_type_name(kind)}
        cls = _CLASSES[key] = type(base.__name__, (base,), attrs)
    return cls


def map_class(elem, nil=False):
    """The GoMap (or NilMap) class of maps with elements of kind elem."""
    return _container_class(NilMap if nil else GoMap, elem)


def slice_class(elem, nil=False):
    """The GoSlice (or NilSlice) class of slices with elements of kind elem."""
    return _container_class(NilSlice if nil else GoSlice, elem)


def _array_class(elem, length):
    key = ("array", elem, length)
    cls = _CLASSES.get(key)
    if cls is None:
        cls = _CLASSES[key] = type("GoArray", (GoSlice,), {
            "__slots__": (), "__gotype__": "[%d]%s" % (length, go_type_name(elem))})
    return cls


# --- scalars -------------------------------------------------------------------

class Duration(int):
    """time.Duration: nanoseconds, printed by its String method, marshalled as an integer."""

    __slots__ = ()
    __gotype__ = "time.Duration"

    def __str__(self):
        return duration_string(self)


def _fraction(value, prec):
    """Go's fmtFrac: (".123" without trailing zeros, or "", value // 10**prec)."""
    digits = ""
    printed = False
    for _ in range(prec):
        digit = value % 10
        printed = printed or digit != 0
        if printed:
            digits = str(digit) + digits
        value //= 10
    return ("." + digits if printed else ""), value


def duration_string(d):
    """Go's Duration.String(): "72h3m0.5s", "1.5ms", "0s"."""
    d = int(d)
    u = -d if d < 0 else d
    if u < 1000000000:
        if u == 0:
            return "0s"
        if u < 1000:
            prec, unit = 0, "ns"
        elif u < 1000000:
            prec, unit = 3, "\u00b5s"
        else:
            prec, unit = 6, "ms"
        frac, u = _fraction(u, prec)
        text = str(u) + frac + unit
    else:
        frac, u = _fraction(u, 9)
        text = str(u % 60) + frac + "s"
        u //= 60
        if u > 0:
            text = str(u % 60) + "m" + text
            u //= 60
            if u > 0:
                text = str(u) + "h" + text
    return "-" + text if d < 0 else text


class FileMode(int):
    """os.FileMode: permission bits printed as "-rw-r--r--", marshalled as an integer."""

    __slots__ = ()
    __gotype__ = "fs.FileMode"

    def __str__(self):
        mode = int(self) & 0xFFFFFFFF
        out = [c for i, c in enumerate("dalTLDpSugct?") if mode & (1 << (31 - i))]
        if not out:
            out.append("-")
        out.extend(c if mode & (1 << (8 - i)) else "-" for i, c in enumerate("rwxrwxrwx"))
        return "".join(out)


class JSONNumber(str):
    """encoding/json's Number: a number as the text the daemon wrote (docker's raw fallback)."""

    __slots__ = ()
    __gotype__ = "json.Number"

    def __json__(self):
        return RawJSON(self)


_RFC3339 = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d{1,9}))?"
                      r"(?:([Zz])|([+-])(\d\d):(\d\d))$")


class Time:
    """time.Time read from RFC 3339 text: prints as Go's String(), marshals as RFC 3339."""

    __slots__ = ("_fields", "_nanos", "_offset", "_zone")
    __gotype__ = "time.Time"

    def __init__(self, fields=(1, 1, 1, 0, 0, 0), nanos=0, offset=0, zone="UTC"):
        self._fields = tuple(fields)
        self._nanos = nanos
        self._offset = offset
        self._zone = zone

    @classmethod
    def parse(cls, text):
        """The time of RFC 3339 text, or None when the text is not one."""
        match = _RFC3339.match(text) if isinstance(text, str) else None
        if match is None:
            return None
        fields = tuple(int(match.group(i)) for i in range(1, 7))
        nanos = int((match.group(7) or "").ljust(9, "0"))
        if match.group(8):
            return cls(fields, nanos, 0, "UTC")
        offset = (int(match.group(10)) * 60 + int(match.group(11))) * 60
        if match.group(9) == "-":
            offset = -offset
        return cls(fields, nanos, offset, _local_zone_name(offset))

    def _frac(self):
        return ("." + ("%09d" % self._nanos).rstrip("0")) if self._nanos else ""

    def _numeric_offset(self, colon):
        minutes = abs(self._offset) // 60
        return "%s%02d%s%02d" % ("-" if self._offset < 0 else "+", minutes // 60,
                                 ":" if colon else "", minutes % 60)

    def __str__(self):
        y, mo, d, h, mi, s = self._fields
        numeric = self._numeric_offset(False)
        return "%04d-%02d-%02d %02d:%02d:%02d%s %s %s" % (
            y, mo, d, h, mi, s, self._frac(), numeric, self._zone or numeric)

    def __json__(self):
        y, mo, d, h, mi, s = self._fields
        zone = "Z" if self._offset == 0 else self._numeric_offset(True)
        return "%04d-%02d-%02dT%02d:%02d:%02d%s%s" % (y, mo, d, h, mi, s, self._frac(), zone)

    def __eq__(self, other):
        return isinstance(other, Time) and (self._fields, self._nanos, self._offset) == (
            other._fields, other._nanos, other._offset)

    def __hash__(self):
        return hash((self._fields, self._nanos, self._offset))

    def __repr__(self):
        return "Time(%r)" % self.__json__()

    # a few of time.Time's methods, callable from templates
    def Unix(self):
        return calendar.timegm(self._fields) - self._offset

    def UnixNano(self):
        return self.Unix() * 1000000000 + self._nanos

    def IsZero(self):
        return self.Unix() == calendar.timegm((1, 1, 1, 0, 0, 0)) and self._nanos == 0

    def Year(self):
        return self._fields[0]


def _local_zone_name(offset):
    """The local zone's name when it has this offset now (Go then uses Local), else ""."""
    import time

    local = time.localtime()
    return local.tm_zone if local.tm_gmtoff == offset else ""


class EmptyStruct:
    """struct {}: printed `{}`, marshalled as {}."""

    __slots__ = ()
    __gotype__ = "struct {}"

    def __eq__(self, other):
        return isinstance(other, EmptyStruct)

    def __hash__(self):
        return 0


# --- structs -------------------------------------------------------------------

class Struct:
    """Base of typed struct values; subclasses set FIELDS and __gotype__.

    Attributes are the fields in declaration order (what templates read and
    print); embedded structs are attributes too, named after their type, with
    their fields promoted.
    """

    __gotype__ = "struct {}"
    FIELDS = ()

    def __init__(self, **values):
        attrs = self.__dict__
        for go_name, _json_name, kind, _omit in self.FIELDS:
            attrs[go_name] = values[go_name] if go_name in values else zero(kind)

    def __getattr__(self, name):
        # only called for names that are not direct fields: the promoted ones
        if name[:1] == "_":
            raise AttributeError(name)
        attrs = self.__dict__
        for go_name, json_name, _kind, _omit in type(self).FIELDS:
            if json_name is EMBEDDED:
                inner = attrs.get(go_name)
                if inner is not None:
                    try:
                        return getattr(inner, name)
                    except AttributeError:
                        pass
        raise AttributeError(name)

    @classmethod
    def pointer(cls):
        """The class of pointers to this struct: same fields, Go type "*T"."""
        if cls.__gotype__.startswith("*"):
            return cls
        ptr = cls.__dict__.get("_pointer_class")
        if ptr is None:
            ptr = type(cls.__name__, (cls,), {"__gotype__": "*" + cls.__gotype__,
                                              "__goptr__": True, "__module__": cls.__module__,
                                              "__qualname__": cls.__qualname__ + ".pointer()"})
            cls._pointer_class = ptr
        return ptr

    @classmethod
    def __gofieldtype__(cls, name):
        """Go type of a field or promoted field, as error messages name it; None if unknown."""
        for go_name, json_name, kind, _omit in cls.FIELDS:
            if go_name == name and json_name is not EMBEDDED:
                return go_type_name(kind)
        for go_name, json_name, kind, _omit in cls.FIELDS:
            if json_name is EMBEDDED:
                found = _struct_of(kind).__gofieldtype__(name)
                if found is not None:
                    return found
        return None

    def __json__(self):
        pairs = []
        for path, json_name, kind, omitempty in _json_plan(type(self)):
            owner = self
            for go_name in path[:-1]:
                owner = owner.__dict__[go_name]
                if owner is None:
                    break   # a nil embedded pointer: its fields are left out
            else:
                value = owner.__dict__[path[-1]]
                if not (omitempty and _omitted(kind, value)):
                    pairs.append((json_name, value))
        return JSONObject(pairs)

    def __eq__(self, other):
        # Go's ==: pointers are equal when they are the same, struct values field by field
        if self is other:
            return True
        if getattr(type(self), "__goptr__", False):
            return False
        return type(other) is type(self) and self.__dict__ == other.__dict__

    def __hash__(self):
        return id(self)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (go_name, self.__dict__.get(go_name)) for go_name, *_ in self.FIELDS))


def _struct_of(kind):
    return kind[1] if isinstance(kind, tuple) else kind


def _json_plan(cls):
    """[(go path, json name, kind, omitempty)] in field order, embedded fields
    flattened with Go's rule: the shallowest name wins, a tie at one depth hides them all."""
    plan = cls.__dict__.get("_plan")
    if plan is not None:
        return plan
    candidates = []

    def collect(struct, prefix, depth):
        for go_name, json_name, kind, omitempty in struct.FIELDS:
            if json_name == "-":
                continue
            if json_name is EMBEDDED:
                collect(_struct_of(kind), prefix + (go_name,), depth + 1)
            else:
                candidates.append((depth, prefix + (go_name,), json_name, kind, omitempty))

    collect(cls, (), 0)
    best = {}
    for depth, _path, json_name, _kind, _omit in candidates:
        if json_name not in best or depth < best[json_name][0]:
            best[json_name] = [depth, 1]
        elif depth == best[json_name][0]:
            best[json_name][1] += 1
    plan = tuple((path, json_name, kind, omitempty)
                 for depth, path, json_name, kind, omitempty in candidates
                 if best[json_name] == [depth, 1])
    cls._plan = plan
    return plan


def _omitted(kind, value):
    # a pointer or an interface is empty only when nil, whatever it points to
    if kind == "any" or (isinstance(kind, tuple) and kind[0] == "ptr"):
        return value is None
    return is_empty(value)


def is_empty(value):
    """encoding/json's omitempty test: false, 0, "", nil, and empty maps, slices and arrays."""
    if value is None or value is False:
        return True
    if value is True:
        return False
    if isinstance(value, (int, float)):
        return value == 0
    if isinstance(value, (str, bytes, dict, list, tuple)):
        return len(value) == 0
    return False


# --- kinds ---------------------------------------------------------------------

INT_KINDS = frozenset(("int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
                       "uint32", "uint64"))

_SCALAR_NAMES = {"string": "string", "int": "int", "float": "float64", "bool": "bool",
                 "any": "interface {}", "duration": "time.Duration", "time": "time.Time",
                 "filemode": "fs.FileMode", "bytes": "[]uint8", "empty": "struct {}",
                 "strslice": "strslice.StrSlice", "map": "map[string]string", "slice": "[]string"}


def go_type_name(kind):
    """The Go type a kind stands for, as %T and error messages print it."""
    if isinstance(kind, str):
        return kind if kind in INT_KINDS else _SCALAR_NAMES[kind]
    if isinstance(kind, tuple):
        if kind[0] == "ptr":
            inner = kind[1]
            if isinstance(inner, type) and issubclass(inner, Struct):
                return inner.pointer().__gotype__
            return "*" + go_type_name(inner)
        if kind[0] == "slice":
            return "[]" + go_type_name(kind[1])
        if kind[0] == "map":
            return "map[string]" + go_type_name(kind[1])
        if kind[0] == "array":
            return "[%d]%s" % (kind[2], go_type_name(kind[1]))
    return kind.__gotype__


def zero(kind):
    """Go's zero value of a kind."""
    if isinstance(kind, str):
        if kind == "string":
            return ""
        if kind in INT_KINDS:
            return 0
        if kind == "bool":
            return False
        if kind == "float":
            return 0.0
        if kind == "any":
            return None
        if kind == "map":
            return map_class("string", True)()
        if kind in ("slice", "strslice"):
            return slice_class("string" if kind == "slice" else kind, True)()
        if kind == "duration":
            return Duration(0)
        if kind == "time":
            return Time()
        if kind == "filemode":
            return FileMode(0)
        if kind == "bytes":
            return b""
        if kind == "empty":
            return EmptyStruct()
        raise ValueError("unknown kind %r" % (kind,))
    if isinstance(kind, tuple):
        if kind[0] == "ptr":
            return None
        if kind[0] == "map":
            return map_class(kind[1], True)()
        if kind[0] == "slice":
            return slice_class(kind[1], True)()
        if kind[0] == "array":
            return _array_class(kind[1], kind[2])(zero(kind[1]) for _ in range(kind[2]))
        raise ValueError("unknown kind %r" % (kind,))
    return kind()   # a struct value


def decode(kind, data):
    """The typed value of kind from decoded JSON, as encoding/json would make it.

    Absent or null data gives the zero value; data of the wrong JSON type
    (which Go reports as an error) gives the zero value too.
    """
    if data is None:
        return zero(kind)
    if isinstance(kind, str):
        return _decode_scalar(kind, data)
    if isinstance(kind, tuple):
        container = kind[0]
        if container == "ptr":
            inner = kind[1]
            if isinstance(inner, type) and issubclass(inner, Struct):
                return decode_struct(inner.pointer(), data)
            return decode(inner, data)
        if container == "slice":
            if not isinstance(data, list):
                return zero(kind)
            return slice_class(kind[1])(decode(kind[1], x) for x in data)
        if container == "map":
            if not isinstance(data, dict):
                return zero(kind)
            return map_class(kind[1])((k, decode(kind[1], x)) for k, x in data.items())
        if container == "array":
            items = data if isinstance(data, list) else []
            length = kind[2]
            values = [decode(kind[1], x) for x in items[:length]]
            values.extend(zero(kind[1]) for _ in range(length - len(values)))
            return _array_class(kind[1], length)(values)
        raise ValueError("unknown kind %r" % (kind,))
    return decode_struct(kind, data)


def _decode_scalar(kind, data):
    if kind == "string":
        return data if isinstance(data, str) else ""
    if kind in INT_KINDS or kind in ("duration", "filemode"):
        if isinstance(data, float) and data.is_integer():
            data = int(data)
        if not isinstance(data, int) or isinstance(data, bool):
            return zero(kind)
        if kind == "duration":
            return Duration(data)
        return FileMode(data) if kind == "filemode" else data
    if kind == "float":
        return float(data) if isinstance(data, (int, float)) and not isinstance(data, bool) else 0.0
    if kind == "bool":
        return data if isinstance(data, bool) else False
    if kind == "any":
        return _plain(data)
    if kind == "time":
        parsed = Time.parse(data)
        return parsed if parsed is not None else Time()
    if kind == "bytes":
        try:
            return base64.b64decode(data, validate=True) if isinstance(data, str) else b""
        except ValueError:
            return b""
    if kind == "empty":
        return EmptyStruct()
    if kind == "strslice":
        if isinstance(data, str):
            return slice_class("strslice")([data])
        if isinstance(data, list) and all(isinstance(x, str) for x in data):
            return slice_class("strslice")(data)
        return zero(kind)
    if kind == "map":
        return map_class("string")(data) if isinstance(data, dict) else zero(kind)
    if kind == "slice":
        return slice_class("string")(data) if isinstance(data, list) else zero(kind)
    raise ValueError("unknown kind %r" % (kind,))


def _plain(data):
    """interface {} as encoding/json fills it: numbers become float64."""
    if isinstance(data, bool) or data is None or isinstance(data, str):
        return data
    if isinstance(data, (int, float)):
        return float(data)
    if isinstance(data, dict):
        return {k: _plain(x) for k, x in data.items()}
    if isinstance(data, list):
        return [_plain(x) for x in data]
    return data


def decode_struct(cls, data):
    """A cls value from a decoded JSON object: keys match fields exactly, else ignoring case.

    A class with a `__decode__(data)` classmethod decodes itself (Go's UnmarshalJSON).
    """
    custom = getattr(cls, "__decode__", None)
    if custom is not None:
        return custom(data)   # the type's own UnmarshalJSON
    obj = cls()
    if not isinstance(data, dict):
        return obj
    folded = None
    for path, json_name, kind, _omit in _json_plan(cls):
        if json_name in data:
            raw = data[json_name]
        else:
            if folded is None:
                folded = {key.lower(): key for key in data}
            key = folded.get(json_name.lower())
            if key is None:
                continue
            raw = data[key]
        target = obj
        for depth, go_name in enumerate(path[:-1]):
            inner = target.__dict__[go_name]
            if inner is None:
                # a nil embedded pointer is allocated when one of its fields is set
                inner = _embedded_kind(type(target), go_name).pointer()()
                target.__dict__[go_name] = inner
            target = inner
        target.__dict__[path[-1]] = decode(kind, raw)
    return obj


def _embedded_kind(cls, name):
    for go_name, json_name, kind, _omit in cls.FIELDS:
        if go_name == name and json_name is EMBEDDED:
            return _struct_of(kind)
    raise KeyError(name)
