"""Go types the value model carries beyond kinds: pointers to scalars and typed nil
pointers, named types and their methods, exact int types, typed method parameters,
[]string against []interface {}, and Go's indirect in index/len/range.

Expected texts are docker 28.2.2's (Go 1.24) for the same values, taken from
`docker inspect`/`info`/`volume inspect` on real engines where the Go type is the
same (*bool HostConfig.OomKillDisable, nil *volume.UsageData, container.NetworkMode,
formatter.ContainerContext's Label...).
"""

import re

import pytest

from dockercli.template.signatures import GoType, go_params, go_type
from dockercli.template.values import (NilPointer, Pointer, nil_pointer, pointer_class, truth,
                                       type_name)

E = 'ERROR: template: :1:%d: executing "" at <%s>: %s'


class Usage:
    """A struct a nil pointer may point to."""

    __gotype__ = "volume.UsageData"

    def __init__(self):
        self.Size = 1

    @classmethod
    def __gofieldtype__(cls, name):
        return "int64" if name == "Size" else None


class Ulimit:
    __gotype__ = "units.Ulimit"

    def __str__(self):
        return "nofile=1:2"


class Mode(str):
    """A named string type with methods, as container.NetworkMode."""

    __slots__ = ()
    __gotype__ = "container.NetworkMode"

    def IsHost(self):
        return self == "host"


class Int64(int):
    __slots__ = ()
    __gotype__ = "int64"


class Duration(int):
    __slots__ = ()
    __gotype__ = "time.Duration"


class Strings(list):
    __gotype__ = "[]string"


class StrSlice(list):
    __gotype__ = "strslice.StrSlice"
    __gounderlying__ = "[]string"


class NilMap(dict):
    __gotype__ = "map[string]string"
    __gonil__ = True


class PortMap(dict):
    __gotype__ = "nat.PortMap"
    __gokeytype__ = "nat.Port"


class Port(str):
    __slots__ = ()
    __gotype__ = "nat.Port"


def ptr(value, elem_type):
    return pointer_class(elem_type)(value)


class Holder:
    """A struct holding the values: fields read from it keep their own types in errors
    (from a map[string]interface {} Go would name interface {})."""

    __gotype__ = "pkg.Holder"

    def __init__(self, values):
        self.__dict__.update(values)


NIL_USAGE = nil_pointer("*volume.UsageData", Usage)


def data():
    return {"F": ptr(False, "bool"), "T": ptr(True, "bool"), "N": ptr(Int64(100), "int64"),
            "Z": ptr(0, "int"), "S": ptr("txt", "string"), "U": NIL_USAGE,
            "C": nil_pointer("*swarm.ClusterInfo"), "B": nil_pointer("*bool"),
            "L": nil_pointer("*units.Ulimit", Ulimit), "M": Mode("host"), "O": Mode("none"),
            "I": Int64(7), "D": Duration(5), "Names": Strings(["a", "b"]),
            "Cmd": StrSlice(["sh", "-c"]), "Plain": ["a", "b"], "Nilmap": NilMap(),
            "Ports": PortMap({Port("80/tcp"): "x"})}


# --- pointers to scalars ----------------------------------------------------------

def test_a_pointer_is_true_even_to_false(r):
    assert r("{{if .F}}set{{else}}unset{{end}} {{not .F}} {{and .F \"x\"}}", data()) == "set false x"
    assert r("{{if .Z}}t{{end}}{{with .F}}[{{.}}]{{end}}{{with .Z}}[{{.}}]{{end}}", data()) == "t[false][0]"
    assert truth(ptr(False, "bool")) and not truth(NIL_USAGE)


def test_a_pointer_prints_what_it_points_to_in_an_action_and_html(r):
    assert r("{{.F}} {{.N}} {{.S}} {{html .F}} {{js .N}} {{urlquery .S}} {{json .F}} {{json .N}}", data()) == \
        "false 100 txt false 100 txt false 100"


def test_printf_prints_a_pointer_as_an_address_and_its_type(r):
    out = r('{{printf "%T %T %T|%v|%d|%t|%p" .F .N .S .F .N .F .N}}', data())
    types, v, d, t, p = out.split("|")
    assert types == "*bool *int64 *string"
    assert re.fullmatch(r"0x[0-9a-f]+", v) and re.fullmatch(r"0x[0-9a-f]+", p) and d.isdigit()
    assert re.fullmatch(r"%!t\(\*bool=0x[0-9a-f]+\)", t)
    assert re.fullmatch(r"0x[0-9a-f]+", r("{{print .N}}", data()))


def test_a_pointer_compares_with_pointers_only(r):
    d = data()
    assert r("{{eq .F .F}} {{eq .F .T}} {{ne .N .N}} {{eq .N nil}}", d) == "true false false false"
    assert r("{{eq .F false}}", d) == E % (2, "eq .F false", "error calling eq: incompatible types for comparison")
    assert r("{{gt .N 0}}", d) == E % (2, "gt .N 0", "error calling gt: invalid type for comparison")
    assert r("{{lt 0 .N}}", d) == E % (2, "lt 0 .N", "error calling lt: invalid type for comparison")


def test_index_len_and_range_go_through_a_pointer_slice_does_not(r):
    d = data()
    assert r("{{index .S 0}} {{len .S}} {{range .Z}}x{{end}}{{range .N}}{{end}}", d) == "116 3 "
    assert r("{{index .F 0}}", d) == E % (2, "index .F 0", "error calling index: can't index item of type bool")
    assert r("{{len .F}}", d) == E % (2, "len .F", "error calling len: len of type bool")
    assert r("{{slice .S}}", d) == E % (2, "slice .S", "error calling slice: can't slice item of type *string")


def test_no_field_through_a_pointer_to_a_scalar(r):
    assert r("{{.F.X}}", Holder(data())) == E % (4, ".F.X", "can't evaluate field X in type *bool")
    assert r("{{.B.X}}", Holder(data())) == E % (4, ".B.X", "nil pointer evaluating *bool.X")
    assert r("{{.F.X}}", data()) == E % (4, ".F.X", "can't evaluate field X in type interface {}")


def test_a_pointer_argument_is_dereferenced_for_a_parameter_of_its_element_type(r):
    assert r("{{upper .S}} {{pad .S 1 0}}", data()) == "TXT  txt"
    assert r("{{pad \"x\" .N 0}}", data()) == \
        E % (10, ".N", "wrong type for value; expected int; got *int64")
    d = dict(data(), NS=nil_pointer("*string"))
    assert r("{{upper .NS}}", d) == E % (8, ".NS", "dereference of nil pointer of type string")


# --- typed nil pointers -----------------------------------------------------------

def test_a_typed_nil_pointer_prints_and_formats_as_go(r):
    # docker volume inspect -f ... on a volume without UsageData
    assert r('{{printf "%v|%d|%s|%p|%#v|%x|%t" .U .U .U .U .U .U .U}}', data()) == (
        "<nil>|0|%!s(*volume.UsageData=<nil>)|0x0|(*volume.UsageData)(nil)|0|"
        "%!t(*volume.UsageData=<nil>)")
    assert r("{{.U}} {{print .U}} {{html .U}} {{json .U}} {{printf \"%T\" .C}}", data()) == \
        "<nil> <nil> &lt;nil&gt; null *swarm.ClusterInfo"
    assert r("{{not .U}} {{with .U}}x{{else}}y{{end}} {{if .B}}t{{else}}f{{end}}", data()) == "true y f"
    # String on a nil pointer panics; fmt prints <nil>
    assert r('{{printf "%s|%v|%d" .L .L .L}}', data()) == "<nil>|<nil>|0"


def test_a_typed_nil_pointer_in_index_len_range_slice_eq(r):
    d = data()
    assert r("{{index .U}}", d) == "<nil>"
    assert r("{{index .U 1}}", d) == E % (2, "index .U 1", "error calling index: index of nil pointer")
    assert r("{{len .U}}", d) == E % (2, "len .U", "error calling len: len of nil pointer")
    assert r("{{range .U}}{{end}}", d) == E % (8, ".U", "range can't iterate over <nil>")
    assert r("{{slice .U}}", d) == E % (2, "slice .U", "error calling slice: can't slice item of type *volume.UsageData")
    assert r("{{eq .U nil}} {{eq .U .C}} {{eq .U .U}} {{eq .Nilmap nil}}", d) == "true true true true"
    assert r("{{eq .U 1}}", d) == E % (2, "eq .U 1", "error calling eq: incompatible types for comparison")
    assert r("{{lt .U 1}}", d) == E % (2, "lt .U 1", "error calling lt: invalid type for comparison")


def test_a_field_through_a_typed_nil_pointer(r):
    d = Holder(data())
    assert r("{{.U.Size}}", d) == E % (4, ".U.Size", "nil pointer evaluating *volume.UsageData.Size")
    assert r("{{.U.Foo}}", d) == E % (4, ".U.Foo", "can't evaluate field Foo in type *volume.UsageData")
    assert r("{{.C.ID}}", d) == E % (4, ".C.ID", "nil pointer evaluating *swarm.ClusterInfo.ID")


def test_pointer_values_model():
    p = ptr(False, "bool")
    assert isinstance(p, Pointer) and type_name(p) == "*bool" and p.__json__() is False
    assert nil_pointer("*x.Y") is nil_pointer("*x.Y") and isinstance(NIL_USAGE, NilPointer)
    assert NIL_USAGE.__json__() is None and repr(NIL_USAGE) == "(*volume.UsageData)(nil)"


# --- named types, exact ints --------------------------------------------------------

def test_a_named_string_prints_and_compares_as_a_string_and_calls_its_methods(r):
    d = data()
    assert r('{{.M}} {{.M.IsHost}} {{.O.IsHost}} {{eq .M "host"}} {{lt .O "z"}} {{len .M}} '
             '{{printf "%T %q %v %x" .M .M .M .M}} {{json .M}}', d) == \
        'host true false true true 4 container.NetworkMode "host" host 686f7374 "host"'
    d = Holder(d)
    assert r("{{.M.upper}}", d) == E % (4, ".M.upper", "can't evaluate field upper in type container.NetworkMode")
    assert r("{{.M.Nope}}", d) == E % (4, ".M.Nope", "can't evaluate field Nope in type container.NetworkMode")


def test_a_named_type_is_not_assignable_to_a_string_or_int_parameter(r):
    d = data()
    assert r("{{upper .M}}", d) == E % (8, ".M", "wrong type for value; expected string; got container.NetworkMode")
    assert r('{{pad "x" .I 0}}', d) == E % (10, ".I", "wrong type for value; expected int; got int64")
    assert r('{{truncate "abc" .D}}', d) == E % (17, ".D", "wrong type for value; expected int; got time.Duration")


def test_exact_int_types_print_compare_and_index_as_ints(r):
    d = data()
    assert r('{{.I}} {{printf "%T %d %v %x" .I .I .I .I}} {{eq .I 7}} {{lt .I 8}} {{index .Plain 0}} '
             '{{slice "abcdefgh" 1 .I}} {{json .I}}', d) == "7 int64 7 7 7 true true a bcdefg 7"
    assert r("{{range .I}}{{.}}{{end}}", {"I": Int64(3)}) == "012"


def test_join_takes_a_string_slice_type_not_interfaces(r):
    d = data()
    assert r('{{join .Names ","}} {{join .Cmd " "}} {{join (split "a:b" ":") "-"}}', d) == "a,b sh -c a-b"
    assert r('{{join .Plain ","}}', d) == \
        E % (7, ".Plain", "wrong type for value; expected []string; got []interface {}")
    assert r('{{join .M ","}}', d) == \
        E % (7, ".M", "wrong type for value; expected []string; got container.NetworkMode")


def test_a_map_with_named_keys(r):
    d = data()
    assert r('{{range $k, $v := .Ports}}{{printf "%T" $k}} {{index $.Ports $k}}{{end}}', d) == "nat.Port x"
    assert r('{{index .Ports "80/tcp"}}', d) == \
        E % (2, 'index .Ports "80/tcp"', "error calling index: value has type string; should be nat.Port")
    assert r("{{index .Ports nil}}", d) == \
        E % (2, "index .Ports nil", "error calling index: value is nil; should be of type nat.Port")
    # a field name is no key of a map whose keys are of a named type
    assert r("{{.Ports.foo}}", Holder(d)) == E % (8, ".Ports.foo", "can't evaluate field foo in type nat.PortMap")


# --- typed method parameters ------------------------------------------------------

class Row:
    """A row whose methods declare Go parameter types, as docker's contexts have them."""

    __gotype__ = "*formatter.ContainerContext"

    @go_params("string")
    def Label(self, name):
        return "label:" + name

    @go_params("string", "int")
    def Repeat(self, text, count):
        return text * count

    @go_params(Duration)
    def Wait(self, d):
        return type(d).__name__ + str(int(d))

    @go_params("uint16", "float64", "bool")
    def Mixed(self, u, f, b):
        return "%r %r %r" % (u, f, b)

    @go_params(Mode)
    def Net(self, mode):
        return mode.IsHost()

    def Loose(self, x):
        return repr(x)


@pytest.mark.parametrize("text, col, node, msg", [
    ("{{.Label 1}}", 9, "1", "expected string; found 1"),
    ("{{.Label true}}", 9, "true", "expected string; found true"),
    ("{{.Label 1.5}}", 9, "1.5", "expected string; found 1.5"),
    ("{{.Label nil}}", 9, "nil", "cannot assign nil to string"),
    ("{{.Label .}}", 9, ".", "wrong type for value; expected string; got *formatter.ContainerContext"),
    ("{{.Label}}", 2, ".Label", "wrong number of args for Label: want 1 got 0"),
    ('{{.Label "a" "b"}}', 2, ".Label", "wrong number of args for Label: want 1 got 2"),
    ("{{1 | .Label}}", 6, ".Label", "wrong type for value; expected string; got int"),
    ('{{.Repeat "a" "b"}}', 14, '"b"', 'expected integer; found "b"'),
    ("{{.Repeat .Label 2}}", 10, ".Label", "wrong number of args for Label: want 1 got 0"),
    ('{{.Wait "x"}}', 8, '"x"', 'expected integer; found "x"'),
    ("{{.Mixed -1 1.5 true}}", 9, "-1", "expected unsigned integer; found -1"),
    ('{{.Mixed 1 "x" true}}', 11, '"x"', 'expected float; found "x"'),
    ("{{.Mixed 1 1.5 1}}", 15, "1", "expected bool; found 1"),
    ('{{.Net "x" | .Label}}', 13, ".Label", "wrong type for value; expected string; got bool"),
])
def test_typed_method_parameters_fail_as_go_calls_do(r, text, col, node, msg):
    assert r(text, Row()) == E % (col, node, msg)


def test_typed_method_parameters_convert_constants_and_accept_their_type(r):
    assert r('{{.Label "x"}} {{"y" | .Label}} {{.Repeat "ab" 2}} {{.Wait 3}} {{.Mixed 1 2.5 false}}',
             Row()) == "label:x label:y abab Duration3 1 2.5 False"
    assert r('{{$.R.Net .M}} {{.R.Net "none"}}', {"M": Mode("host"), "R": Row()}) == "true false"
    assert r("{{.Loose 1}} {{.Loose nil}}", Row()) == "1 None"


def test_go_type_resolution():
    assert go_type("string").kind == "string" and go_type("[]string").named is False
    assert go_type("*time.Location").nilable and go_type("uint16").kind == "uint"
    assert go_type(Duration).make is Duration and go_type(Duration).kind == "int"
    assert go_type(Mode).name == "container.NetworkMode" and go_type(Mode).kind == "string"
    assert go_type("time.Time").kind == "" and not go_type("time.Time").nilable
    assert go_type(go_type("int")) is go_type("int") and isinstance(go_type("bool"), GoType)
    with pytest.raises(TypeError):
        go_type(object)


# --- Go's indirect names a row's struct type ----------------------------------------

def test_index_and_len_of_a_row_name_its_struct_type(r):
    assert r("{{index . 0}}", Row()) == \
        E % (2, "index . 0", "error calling index: can't index item of type formatter.ContainerContext")
    assert r("{{len .}}", Row()) == E % (2, "len .", "error calling len: len of type formatter.ContainerContext")
    assert r("{{slice .}}", Row()) == \
        E % (2, "slice .", "error calling slice: can't slice item of type *formatter.ContainerContext")


def test_eq_refuses_structs_holding_maps_or_slices(r):
    class Plugins:
        __gotype__ = "system.PluginsInfo"

        def __init__(self):
            self.Volume = Strings(["local"])

    class Policy:
        __gotype__ = "container.RestartPolicy"

        def __init__(self):
            self.Name = "no"

    d = {"P": Plugins(), "Q": Policy()}
    assert r("{{eq .P .P}}", d) == \
        E % (2, "eq .P .P", "error calling eq: non-comparable type {[local]}: system.PluginsInfo")
    # Go checks the comparability of the second operand's type only
    assert r("{{eq .Q .Q}} {{eq .P .Q}}", d) == "true false"
