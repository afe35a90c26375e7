"""dockercli.formatter.gotypes: Go values as docker's templates see them, through the
template engine. Expected texts are what Go's text/template, fmt and encoding/json print
for the same values (Duration cases are Go's own time_test.go table)."""

import pytest

from dockercli.formatter import gotypes
from dockercli.formatter.gotypes import (EMBEDDED, Duration, EmptyStruct, FileMode, JSONNumber,
                                         NilMap, NilSlice, Struct, Time, decode, zero)
from dockercli.template import ExecError, parse
from dockercli.template.gojson import marshal


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
    monkeypatch.setattr(gotypes, "_local_zone_name", lambda offset: "")
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
