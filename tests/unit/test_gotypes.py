"""dockercli.formatter.gotypes: Go values as docker's templates see them, through the
template engine. Expected texts are what Go's text/template, fmt and encoding/json print
for the same values (Duration cases are Go's own time_test.go table)."""

import pytest

from dockercli.formatter import gotypes
from dockercli.formatter.gotypes import (EMBEDDED, Duration, EmptyStruct, FileMode, JSONNumber,
                                         NilMap, NilSlice, Struct, Time, decode, zero)
from dockercli.template import ExecError, parse
from dockercli.template.gojson import marshal
from dockercli.template.values import NilPointer, Pointer


def run(text, data, missingkey="default"):
    return parse(text).execute(data, missingkey=missingkey)


class Inner(Struct):
    __gotype__ = "pkg.Inner"
    FIELDS = (
        ("X", "X", "int", False),
        ("Name", "name", "string", True),
    )


class Base(Struct):
    __gotype__ = "pkg.Base"
    FIELDS = (
        ("ID", "Id", "string", False),
        ("Shared", "Shared", "string", False),
        ("Tie", "Tie", "string", False),
    )


class Other(Struct):
    __gotype__ = "pkg.Other"
    FIELDS = (
        ("Tie", "Tie", "string", False),
        ("Extra", "Extra", "bool", True),
    )


class Outer(Struct):
    __gotype__ = "pkg.Outer"
    FIELDS = (
        ("Base", EMBEDDED, ("ptr", Base), False),
        ("Other", EMBEDDED, Other, False),
        ("Shared", "Shared", "int", False),
        ("Ptr", "Ptr", ("ptr", Inner), False),
        ("Ptrs", "Ptrs", ("map", ("ptr", Inner)), False),
        ("Value", "Value", Inner, False),
        ("Labels", "Labels", ("map", "string"), False),
        ("List", "List", ("slice", "string"), True),
        ("Count", "Count", ("ptr", "int64"), True),
        ("Wait", "Wait", "duration", True),
        ("When", "When", "time", True),
        ("Any", "Any", "any", True),
        ("Cmd", "Cmd", "strslice", False),
        ("Pair", "Pair", ("array", "uint", 2), False),
        ("Set", "Set", ("map", "empty"), True),
        ("Hidden", "-", "string", False),
    )


# --- zero values ---------------------------------------------------------------

@pytest.mark.parametrize("kind, printed, marshalled", [
    ("string", "", '""'),
    ("int", "0", "0"),
    ("uint64", "0", "0"),
    ("float", "0", "0"),
    ("bool", "false", "false"),
    ("any", "<nil>", "null"),
    ("duration", "0s", "0"),
    ("time", "0001-01-01 00:00:00 +0000 UTC", '"0001-01-01T00:00:00Z"'),
    ("filemode", "----------", "0"),
    ("empty", "{}", "{}"),
    ("strslice", "[]", "null"),
    ("map", "map[]", "null"),
    ("slice", "[]", "null"),
    (("ptr", Inner), "<nil>", "null"),
    (("ptr", "int64"), "<nil>", "null"),
    (("slice", Inner), "[]", "null"),
    (("map", ("slice", "string")), "map[]", "null"),
    (("array", "uint", 2), "[0 0]", "[0,0]"),
    (Inner, "{0 }", '{"X":0}'),
])
def test_zero_values_print_and_marshal_as_go(kind, printed, marshalled):
    value = zero(kind)
    holder = {"v": value}
    assert run("{{.v}}", holder) == printed
    assert run("{{json .v}}", holder) == marshalled
    assert decode(kind, None) == value or kind == "time" or isinstance(value, EmptyStruct)


def test_nil_and_empty_maps_and_slices():
    assert isinstance(zero(("map", "string")), NilMap)
    assert isinstance(zero(("slice", "string")), NilSlice)
    data = {"m": decode(("map", "string"), {}), "n": decode(("map", "string"), None),
            "s": decode(("slice", "string"), []), "t": decode(("slice", "string"), None)}
    assert run("{{.m}} {{json .m}} {{.n}} {{json .n}} {{.s}} {{json .s}} {{.t}} {{json .t}}",
               data) == "map[] {} map[] null [] [] [] null"
    assert run("{{len .n}} {{len .t}} {{range .n}}x{{end}}", data) == "0 0 "
    assert run('{{printf "%T %T" .m .t}}', data) == "map[string]string []string"


# --- structs: order, omitempty, embedding ----------------------------------------

def test_json_marshals_fields_in_declared_order_with_omitempty_and_flattening():
    value = decode(Outer, {"Id": "abc", "Shared": 7, "Tie": "t"})
    assert run("{{json .}}", value) == (
        '{"Id":"abc","Shared":7,"Ptr":null,"Ptrs":null,"Value":{"X":0},"Labels":null,'
        '"When":"0001-01-01T00:00:00Z","Cmd":null,"Pair":[0,0]}')   # omitempty never omits a struct
    full = decode(Outer, {"Id": "abc", "Extra": True, "List": ["a"], "Count": 0, "Wait": 5,
                          "When": "2024-02-03T04:05:06.5Z", "Any": {"n": 1}, "Set": {"k": {}},
                          "Hidden": "no", "Labels": {"b": "2", "a": "1"}})
    assert run("{{json .}}", full) == (
        '{"Id":"abc","Extra":true,"Shared":0,"Ptr":null,"Ptrs":null,"Value":{"X":0},'
        '"Labels":{"a":"1","b":"2"},"List":["a"],"Count":0,"Wait":5,'
        '"When":"2024-02-03T04:05:06.5Z","Any":{"n":1},"Cmd":null,"Pair":[0,0],"Set":{"k":{}}}')
    assert full.Hidden == ""


def test_embedded_fields_are_promoted_and_print_nested():
    value = decode(Outer, {"Id": "abc", "Shared": 7, "Extra": True})
    # the outer Shared (depth 0) wins; Tie is on two embedded structs at one depth: hidden from JSON
    assert run("{{.ID}} {{.Shared}} {{.Base.Shared}} {{.Extra}} {{.Other.Extra}}", value) == (
        "abc 7  true true")
    assert "Tie" not in run("{{json .}}", value)
    assert run("{{.Other}}", value) == "{ true}"
    with pytest.raises(ExecError, match="can't evaluate field Id in type pkg.Outer"):
        run("{{.Id}}", value)
    # a nil embedded pointer leaves its fields out
    assert run("{{json .}}", Outer()).startswith('{"Shared":0,')


def test_decode_matches_keys_ignoring_case_and_zeroes_wrong_types():
    value = decode(Inner, {"x": 3, "NAME": "n"})
    assert (value.X, value.Name) == (3, "n")
    assert decode(Inner, {"X": 3, "x": 4}).X == 3          # an exact match first
    wrong = decode(Outer, {"Shared": "seven", "Labels": [], "Cmd": 5, "Pair": [1, 2, 3],
                           "Value": "x", "Ptr": {"X": 2.0}})
    assert (wrong.Shared, wrong.Labels, wrong.Cmd) == (0, {}, [])
    assert wrong.Pair == [1, 2] and wrong.Value == Inner() and wrong.Ptr.X == 2
    assert decode(Outer, {"Cmd": "sh -c x"}).Cmd == ["sh -c x"]    # strslice.StrSlice
    assert decode(Outer, {"Any": {"n": 1, "l": [2, True, None]}}).Any == {
        "n": 1.0, "l": [2.0, True, None]}
    assert isinstance(decode(Outer, {"Any": 1}).Any, float)        # interface {}: float64
    assert decode(("array", "string", 2), ["a"]) == ["a", ""]
    assert decode(Outer, "not an object") == Outer()


# --- pointers --------------------------------------------------------------------

def test_pointers_print_as_go_prints_them():
    value = decode(Outer, {"Ptr": {"X": 1, "name": "a"}, "Ptrs": {"k": {"X": 2}}, "Count": 5})
    assert run("{{.Ptr}}", value) == "{1 a}"                  # an action prints what it points to
    assert run("{{print .Ptr}} {{printf \"%v\" .Ptr}}", value) == "&{1 a} &{1 a}"
    assert run("{{printf \"%+v\" .Ptr}}", value) == "&{X:1 Name:a}"
    assert run("{{printf \"%#v\" .Ptr}}", value) == '&pkg.Inner{X:1, Name:"a"}'
    assert run("{{.Ptrs}}", value).startswith("map[k:0x")      # an address inside a map
    assert run("{{range .Ptrs}}{{.X}}{{end}} {{.Count}}", value) == "2 5"
    assert run("{{printf \"%T %T %T\" .Ptr .Ptrs .Value}}", value) == (
        "*pkg.Inner map[string]*pkg.Inner pkg.Inner")
    assert run("{{json .Ptr}}", value) == '{"X":1,"name":"a"}'
    ptr = Inner.pointer()
    assert ptr.__gotype__ == "*pkg.Inner" and ptr.pointer() is ptr


def test_field_through_a_nil_pointer_is_an_error():
    value = Outer(Ptr=None)
    assert run("{{.Ptr}} {{json .Ptr}} {{if .Ptr}}y{{else}}n{{end}}", value) == "<nil> null n"
    with pytest.raises(ExecError, match=r"nil pointer evaluating \*pkg.Inner.X"):
        run("{{.Ptr.X}}", value)
    with pytest.raises(ExecError, match=r"nil pointer evaluating interface \{\}.X"):
        run("{{.Any.X}}", value)
    with pytest.raises(ExecError, match=r"nil pointer evaluating \*pkg.Inner.X"):
        run("{{with .Value}}{{end}}{{$v := .}}{{$v.Ptr.X}}", value)


def test_pointer_equality_is_identity():
    a = decode(("ptr", Inner), {"X": 1})
    b = decode(("ptr", Inner), {"X": 1})
    assert run("{{eq .a .a}} {{eq .a .b}}", {"a": a, "b": b}) == "true false"
    assert run("{{eq .a .b}}", {"a": Inner(X=1), "b": Inner(X=1)}) == "true"


def test_index_of_a_typed_map_answers_the_element_zero_value():
    value = decode(Outer, {"Labels": {"a": "1"}, "Ptrs": {}})
    assert run('{{index .Labels "a"}}|{{index .Labels "b"}}|{{.Labels.b}}', value) == (
        "1||<no value>")
    assert run('{{index .Ptrs "x"}}', value) == "<nil>"
    assert run('{{index .Labels "b" | printf "%q"}}', value) == '""'
    with pytest.raises(ExecError, match='map has no entry for key "b"'):
        run("{{.Labels.b}}", value, missingkey="error")


# --- scalars ---------------------------------------------------------------------

@pytest.mark.parametrize("nanos, text", [
    (0, "0s"), (1, "1ns"), (1100, "1.1\u00b5s"), (2200000, "2.2ms"), (3300000000, "3.3s"),
    (4 * 60000000000 + 5000000000, "4m5s"), (4 * 60000000000 + 5001000000, "4m5.001s"),
    (5 * 3600000000000 + 6 * 60000000000 + 7001000000, "5h6m7.001s"),
    (8 * 60000000000 + 1, "8m0.000000001s"), (2 ** 63 - 1, "2562047h47m16.854775807s"),
    (-2 ** 63 + 1, "-2562047h47m16.854775807s"), (-1, "-1ns"), (30000000000, "30s"),
    (1500000, "1.5ms"), (3600000000000, "1h0m0s"),
])
def test_duration_string(nanos, text):
    assert gotypes.duration_string(nanos) == text
    assert str(Duration(nanos)) == text


def test_duration_prints_as_string_marshals_and_compares_as_integer():
    data = {"d": Duration(90000000000)}
    assert run("{{.d}} {{json .d}} {{printf \"%d %v %s %T\" .d .d .d .d}}", data) == (
        "1m30s 90000000000 90000000000 1m30s 1m30s time.Duration")
    assert run("{{eq .d 90000000000}} {{lt .d 1}} {{if .d}}y{{end}}", data) == "true false y"
    assert run("{{.}}", {"x": Duration(1)}) == "map[x:1ns]"


@pytest.mark.parametrize("mode, text", [
    (0, "----------"), (0o644, "-rw-r--r--"), (0o1777, "-rwxrwxrwx"),
    ((1 << 31) | 0o755, "drwxr-xr-x"), ((1 << 27) | 0o777, "Lrwxrwxrwx"),
    ((1 << 23) | (1 << 20) | 0o700, "utrwx------"),
])
def test_file_mode_string(mode, text):
    assert run("{{.}}", {"m": FileMode(mode)}) == "map[m:%s]" % text
    assert run("{{json .m}}", {"m": FileMode(mode)}) == str(mode)


def test_time_prints_go_string_and_marshals_rfc3339(monkeypatch):
    monkeypatch.setattr(gotypes, "_local_zone", lambda unix: ("XYZ", 12345))   # no offset is local
    t = Time.parse("2026-11-26T23:48:12.583105500Z")
    assert str(t) == "2026-11-26 23:48:12.5831055 +0000 UTC"
    assert marshal(t) == '"2026-11-26T23:48:12.5831055Z"'
    assert run("{{.Unix}} {{.Year}} {{.IsZero}}", t) == "1795736892 2026 false"
    assert str(Time.parse("2024-01-02T03:04:05+05:45")) == "2024-01-02 03:04:05 +0545 +0545"
    assert marshal(Time.parse("2024-01-02T03:04:05-01:00")) == '"2024-01-02T03:04:05-01:00"'
    assert Time.parse("yesterday") is None and decode("time", "yesterday") == Time()
    assert Time().IsZero() and run("{{printf \"%T\" .}}", Time()) == "time.Time"


def test_json_number_is_the_daemon_text():
    data = {"n": JSONNumber("1.50"), "i": JSONNumber("28507")}
    assert run("{{.n}} {{json .n}} {{printf \"%T\" .n}}", data) == "1.50 1.50 json.Number"
    assert run('{{eq .i "28507"}} {{json .}}', data) == 'true {"i":28507,"n":1.50}'
    with pytest.raises(ExecError, match="incompatible types for comparison"):
        run("{{eq .i 28507}}", data)


def test_empty_struct_and_is_empty():
    assert run("{{.}} {{json .}}", {"a": EmptyStruct()}) == 'map[a:{}] {"a":{}}'
    assert all(gotypes.is_empty(v) for v in (None, False, 0, 0.0, "", [], {}, Duration(0)))
    assert not any(gotypes.is_empty(v) for v in (True, 1, "x", [0], Inner(), Time()))


def test_version_structs_still_typed():
    from dockercli.formatter.version import version_data

    data = version_data("default", "1.41", {"Version": "20.10", "ApiVersion": "1.41",
                                            "Components": [{"Name": "Engine", "Version": "20.10",
                                                            "Details": {"GitCommit": "x"}}]})
    assert run("{{.Server.Version}} {{.Client.Context}} {{index .Server.Components 0}}", data) == (
        "20.10 default {Engine 20.10 map[GitCommit:x]}")
    assert run("{{json .Server.Components}}", data) == (
        '[{"Name":"Engine","Version":"20.10","Details":{"GitCommit":"x"}}]')


# --- exact int types, pointers to scalars, typed nil pointers -------------------------

class Sized(Struct):
    __gotype__ = "pkg.Sized"
    FIELDS = (
        ("Memory", "Memory", "int64", False),
        ("Weight", "Weight", "uint16", False),
        ("Count", "Count", "int", False),
        ("Oom", "Oom", ("ptr", "bool"), False),
        ("Pids", "Pids", ("ptr", "int64"), True),
        ("Inner", "Inner", ("ptr", Inner), True),
    )


def test_int_fields_have_their_go_types():
    value = decode(Sized, {"Memory": 5, "Weight": 3.0, "Count": 2})
    assert run('{{printf "%T %T %T" .Memory .Weight .Count}}', value) == "int64 uint16 int"
    assert run("{{.Memory}} {{json .}} {{eq .Memory 5}} {{lt .Weight .Memory}}", value) == (
        '5 {"Memory":5,"Weight":3,"Count":2,"Oom":null} true true')
    assert run('{{printf "%T %T" .Memory .Weight}}', Sized()) == "int64 uint16"   # zero values too
    assert type(zero("int")) is int and gotypes.INT_CLASSES["uint64"](3) == 3
    with pytest.raises(ExecError, match="wrong type for value; expected int; got int64"):
        run('{{pad "x" .Memory 0}}', value)


def test_pointers_to_scalars_are_pointers():
    value = decode(Sized, {"Oom": False, "Pids": 0})
    assert run("{{.Oom}} {{.Pids}} {{if .Oom}}set{{end}} {{not .Pids}} {{json .Oom}} {{json .Pids}}",
               value) == "false 0 set false false 0"
    assert run('{{printf "%T %T" .Oom .Pids}}', value) == "*bool *int64"
    assert run("{{print .Pids}}", value).startswith("0x")     # print shows the address
    with pytest.raises(ExecError, match="incompatible types for comparison"):
        run("{{eq .Pids 0}}", value)
    with pytest.raises(ExecError, match="invalid type for comparison"):
        run("{{gt .Pids 0}}", value)
    assert isinstance(value.Oom, Pointer) and value.Pids.__json__() == 0


def test_nil_pointers_are_typed():
    value = decode(Sized, {})
    assert run('{{.Oom}} {{.Inner}} {{printf "%T %T %v" .Oom .Inner .Inner}} {{json .}}', value) == (
        '<nil> <nil> *bool *pkg.Inner <nil> {"Memory":0,"Weight":0,"Count":0,"Oom":null}')
    assert value.Oom is zero(("ptr", "bool")) and isinstance(value.Inner, NilPointer)
    with pytest.raises(ExecError, match=r"nil pointer evaluating \*pkg.Inner.X"):
        run("{{.Inner.X}}", value)
    with pytest.raises(ExecError, match=r"can't evaluate field Nope in type \*pkg.Inner"):
        run("{{.Inner.Nope}}", value)
    assert gotypes.is_empty(0) and not gotypes._omitted(("ptr", "bool"), decode(("ptr", "bool"), False))


# --- named types -----------------------------------------------------------------

class Kind(str):
    __slots__ = ()
    __gotype__ = "pkg.Kind"


class Named(Struct):
    __gotype__ = "pkg.Named"
    FIELDS = (
        ("Kind", "Kind", Kind, False),
        ("Set", "Set", ("map", "empty", "pkg.Set", Kind), True),
    )


def test_named_string_and_map_types():
    value = decode(Named, {"Kind": "k", "Set": {"a": {}, "b": {}}})
    assert run('{{.Kind}} {{printf "%T %T" .Kind .Set}} {{range $k, $v := .Set}}{{printf "%T" $k}}{{end}}',
               value) == "k pkg.Kind pkg.Set pkg.Kindpkg.Kind"
    assert run("{{json .}}", value) == '{"Kind":"k","Set":{"a":{},"b":{}}}'
    assert decode(Named, {"Kind": 5}).Kind == "" and type(zero(Kind)) is Kind
    assert run('{{printf "%T" .Set}} {{json .Set}}', Named()) == "pkg.Set null"
    assert gotypes.go_type_name(("map", "empty", "pkg.Set", Kind)) == "pkg.Set"


def test_duration_file_mode_and_json_number_methods():
    d = Duration(90500000000)
    assert run("{{.Seconds}} {{.Minutes}} {{.Hours}} {{.Milliseconds}} {{.String}} "
               '{{printf "%T" .Milliseconds}}', d) == (
        "90.5 1.5083333333333333 0.025138888888888888 90500 1m30.5s int64")
    assert run("{{.Abs}} {{.Microseconds}} {{.Nanoseconds}}", Duration(-1500)) == "1.5\u00b5s -1 -1500"
    mode = FileMode((1 << 31) | 0o755)
    assert run("{{.IsDir}} {{.IsRegular}} {{.Perm}} {{.Type}} {{.String}}", mode) == (
        "true false -rwxr-xr-x d--------- drwxr-xr-x")
    n = JSONNumber("28507")
    assert run('{{.Int64}} {{.Float64}} {{.String}} {{printf "%T %T" .Int64 .Float64}}', n) == (
        "28507 28507 28507 int64 float64")
    with pytest.raises(ExecError, match='error calling Int64: strconv.ParseInt: parsing "1.5": invalid syntax'):
        run("{{.Int64}}", JSONNumber("1.5"))
    with pytest.raises(ExecError, match="wrong type for value; expected string; got json.Number"):
        run("{{upper .}}", n)


# --- time.Time's methods -------------------------------------------------------------

T = "2026-11-26T23:28:28.635787862Z"


@pytest.mark.parametrize("layout, text", [
    ("2006", "2026"),
    ("2006-01-02T15:04:05.000Z07:00 Mon Jan _2 3PM pm MST -0700 -07:00:00 Z0700 .999 ,000 002 __2",
     "2026-11-26T23:28:28.635Z Thu Nov 26 11PM pm UTC +0000 +00:00:00 Z .635 ,635 330 330"),
    ("Monday January 2 15:04:05.999999999 -07 Z07", "Thursday November 26 23:28:28.635787862 +00 Z"),
    ("", ""),
    ("Month Mond Jan2", "Month Mond Nov26"),        # "Mon" before a lower-case letter is text
    ("06 1 01 2 02 3 03 4 04 5 05", "26 11 11 26 26 11 11 28 28 28 28"),
    (".0 .00000000000 .9 ,9999", ".6 .635787862 .6 ,6357"),
    ("_2006 __2 002", "_2026 330 330"),
    ("Z07:00:00 Z070000 -070000", "Z Z +000000"),
])
def test_time_format(layout, text):
    assert gotypes.format_time(Time.parse(T), layout) == text
    assert run("{{.Format %s}}" % json_string(layout), Time.parse(T)) == text


def json_string(text):
    import json

    return json.dumps(text)


def test_time_format_in_other_zones(monkeypatch):
    monkeypatch.setattr(gotypes, "_local_zone", lambda unix: ("CET", 3600))
    local = Time.parse("2024-01-02T03:04:05+01:00")       # the local zone's offset: Local
    fixed = Time.parse("2024-01-02T15:04:05.5-05:30")     # another: a zone without a name
    assert run('{{.Format "MST -0700 Z07:00 3PM"}} {{.Location}}', local) == "CET +0100 +01:00 3AM Local"
    assert run('{{.Format "MST -0700 Z07 .000 3:04pm"}} [{{.Location}}]', fixed) == (
        "-0530 -0530 -05 .500 3:04pm []")
    assert run("{{.UTC}} {{.Local}}", fixed) == (
        "2024-01-02 20:34:05.5 +0000 UTC 2024-01-02 21:34:05.5 +0100 CET")
    assert run("{{.GoString}}|{{.UTC.GoString}}", fixed) == (
        'time.Date(2024, time.January, 2, 15, 4, 5, 500000000, time.Location(""))|'
        "time.Date(2024, time.January, 2, 20, 34, 5, 500000000, time.UTC)")
    assert run("{{.GoString}}", local).endswith("time.Local)")


def test_time_accessors_and_comparisons():
    t = Time.parse(T)
    assert run("{{.Year}} {{.Month}} {{.Day}} {{.Hour}} {{.Minute}} {{.Second}} {{.Nanosecond}} "
               "{{.YearDay}} {{.Weekday}} {{.IsZero}} {{.IsDST}}", t) == (
        "2026 November 26 23 28 28 635787862 330 Thursday false false")
    assert run('{{printf "%T %T %d %d %T %T" .Month .Weekday .Month .Weekday .Unix .Location}}', t) == (
        "time.Month time.Weekday 11 4 int64 *time.Location")
    assert run("{{.Unix}} {{.UnixMilli}} {{.UnixMicro}} {{.UnixNano}}", t) == (
        "1795735708 1795735708635 1795735708635787 1795735708635787862")
    later = {"t": t, "u": Time.parse("2026-11-26T23:28:29Z")}
    assert run("{{.t.Before .u}} {{.t.After .u}} {{.t.Equal .t}} {{.t.Compare .u}} {{.u.Sub .t}} "
               "{{.t.Add 364212138}} {{json .t.Location}}", later) == (
        "true false true -1 364.212138ms 2026-11-26 23:28:29 +0000 UTC {}")
    with pytest.raises(ExecError, match="expected string; found 1"):
        run("{{.Format 1}}", t)
    with pytest.raises(ExecError, match="wrong type for value; expected time.Time; got int64"):
        run("{{.t.Unix | .t.After}}", later)
    with pytest.raises(ExecError, match="can't handle 1 for arg of type time.Time"):
        run("{{.Before 1}}", t)
    assert str(gotypes.Month(13)) == "%!Month(13)" and str(gotypes.Weekday(7)) == "%!Weekday(7)"
