"""Execution: fields, methods, variables, control flow, templates, errors."""

import pytest

from dockercli.template import ExecError, parse


class Container:
    """A row object as docker's formatter passes it: fields are methods."""

    __gotype__ = "*formatter.ContainerContext"

    def __init__(self, labels=None):
        self.Public = "pub"
        self._secret = "hidden"
        self._labels = labels or {"com.example.x": "1"}

    def ID(self):
        return "abc123"

    def Names(self):
        return "web"

    def Label(self, name):
        return self._labels.get(name, "")

    def Fail(self):
        raise RuntimeError("no such container")

    def Join(self, *parts):
        return "-".join(parts)

    def Self(self):
        return self


D = {"Name": "web", "Names": ["a", "b"], "Labels": {"b": "2", "a": "1"}, "State": {"Running": True, "Pid": 7},
     "Nested": {"A": {"B": "deep"}}, "Nil": None, "Empty": "", "Zero": 0, "Mounts": [{"Source": "/s"}, {"Source": "/t"}]}


def test_map_fields_and_chains(r):
    assert r("{{.Name}} {{.State.Pid}} {{.Nested.A.B}} {{$.Name}}", D) == "web 7 deep web"


def test_maps_print_sorted_and_slices_with_spaces(r):
    assert r("{{.Labels}} {{.Names}} {{.State}}", D) == "map[a:1 b:2] [a b] map[Pid:7 Running:true]"


def test_missing_key_default_and_error(r):
    assert r("{{.Nope}}|{{.Nope.Deeper}}", D) == "<no value>|<no value>"
    assert r("{{.Nope}}", D, missingkey="error") == \
        'ERROR: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"'
    assert r("{{.Nested.A.Nope}}", D, missingkey="error") == \
        'ERROR: template: :1:9: executing "" at <.Nested.A.Nope>: map has no entry for key "Nope"'
    assert r("{{.X}}", None, missingkey="error") == \
        'ERROR: template: :1:2: executing "" at <.X>: nil data; no entry for key "X"'


def test_nil_values(r):
    assert r("{{.Nil}}|{{print .Nil}}|{{json .Nil}}|{{if .Nil}}t{{else}}f{{end}}|{{eq .Nil nil}}", D) == \
        "<nil>|<nil>|null|f|true"
    assert r("{{.Nil.X}}", D) == \
        'ERROR: template: :1:6: executing "" at <.Nil.X>: nil pointer evaluating interface {}.X'
    assert r("{{.}}", None) == "<no value>"
    assert r("{{range .Nil}}x{{else}}empty{{end}}", D) == "empty"


def test_methods_are_called_with_arguments(r):
    c = Container()
    assert r('{{.ID}} {{.Names}} {{.Label "com.example.x"}} {{"com.example.x" | .Label}}', c) == "abc123 web 1 1"
    assert r('{{.Join "a" "b" "c"}} {{.Self.Self.ID}} {{.Public}}', c) == "a-b-c abc123 pub"


def test_method_errors_use_go_messages(r):
    c = Container()
    assert r("{{.Label}}", c) == \
        'ERROR: template: :1:2: executing "" at <.Label>: wrong number of args for Label: want 1 got 0'
    assert r("{{.ID 1}}", c) == \
        'ERROR: template: :1:2: executing "" at <.ID>: wrong number of args for ID: want 0 got 1'
    assert r("{{.Fail}}", c) == \
        'ERROR: template: :1:2: executing "" at <.Fail>: error calling Fail: no such container'
    assert r("{{.Nope}}", c) == \
        'ERROR: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext'
    assert r("{{._secret}}", c).endswith("can't evaluate field _secret in type *formatter.ContainerContext")
    assert r("{{.Public 1}}", c).endswith("Public has arguments but cannot be invoked as function")
    assert r("{{.Labels.b 1}}", D).endswith("b is not a method but has arguments")


def test_objects_without_gotype_are_named_by_class(r):
    class Thing:
        pass

    assert r("{{.X}}", Thing()).endswith("can't evaluate field X in type Thing")


def test_fields_of_basic_values_are_errors(r):
    assert r("{{.Name.X}}", D).endswith("can't evaluate field X in type interface {}")
    assert r("{{$x := .Name}}{{$x.X}}", D).endswith("can't evaluate field X in type string")
    assert r("{{.X}}", 5).endswith("can't evaluate field X in type int")


def test_variables(r):
    assert r("{{$x := 1}}{{$x}}{{$x = 2}}{{$x}}", D) == "12"
    assert r("{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", D) == "21"
    assert r("{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", D) == "2"
    assert r("{{$x := .State}}{{$x.Pid}}", D) == "7"
    assert r("{{$x = 1}}", D) == 'ERROR: template: :1:7: executing "" at <1>: undefined variable: $x'


def test_range(r):
    assert r("{{range .Names}}{{.}},{{end}}", D) == "a,b,"
    assert r("{{range $i, $e := .Names}}{{$i}}={{$e}} {{end}}", D) == "0=a 1=b "
    assert r("{{range $k, $v := .Labels}}{{$k}}{{$v}}{{end}}", D) == "a1b2"
    assert r("{{range .Mounts}}{{.Source}}{{$.Name}}{{end}}", D) == "/sweb/tweb"
    assert r("{{range $i, $e := .Names}}{{range $j, $f := $.Names}}{{$i}}{{$j}}{{$e}}{{$f}} {{end}}{{end}}", D) == \
        "00aa 01ab 10ba 11bb "
    assert r("{{range .Missing}}x{{else}}none{{end}}", D) == "none"
    assert r("{{range .Empty}}x{{else}}none{{end}}", D) == \
        'ERROR: template: :1:8: executing "" at <.Empty>: range can\'t iterate over '

    assert r("{{range 3}}{{.}}{{end}}|{{range 0}}x{{else}}zero{{end}}", D) == "012|zero"
    assert r("{{range $i, $e := 3}}{{end}}", D) == \
        'ERROR: template: :1:18: executing "" at <3>: can\'t use 3 to iterate over more than one variable'
    assert r("{{range .Name}}{{end}}", D) == \
        'ERROR: template: :1:8: executing "" at <.Name>: range can\'t iterate over web'


def test_break_and_continue(r):
    assert r('{{range .}}{{if eq . "c"}}{{break}}{{end}}{{.}}{{end}}', list("abcd")) == "ab"
    assert r('{{range .}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}', list("abcd")) == "acd"
    assert r('{{range $i, $e := .}}{{range .}}{{break}}{{end}}{{$i}}{{end}}', [[1], [2]]) == "01"


def test_if_else_with(r):
    assert r("{{if .Empty}}a{{else if .Zero}}b{{else if .Name}}c{{else}}d{{end}}", D) == "c"
    assert r("{{with .State}}{{.Pid}}{{end}}{{with .Empty}}x{{else}}y{{end}}", D) == "7y"
    assert r("{{with .Empty}}x{{else with .Name}}[{{.}}]{{end}}", D) == "[web]"
    assert r("{{with $v := .Name}}{{$v}}{{.}}{{end}}", D) == "webweb"


def test_truth(r):
    tmpl = "{{range .}}{{if .}}T{{else}}F{{end}}{{end}}"
    assert r(tmpl, ["", "x", 0, 1, 0.0, 0.5, [], [0], {}, {"a": 1}, None, True, False, Container()]) == "FTFTFTFTFTFTFT"


def test_templates_define_block_and_scope(r):
    assert r('{{define "row"}}<{{.}}>{{end}}{{range .Names}}{{template "row" .}}{{end}}', D) == "<a><b>"
    assert r('{{block "b" .Name}}[{{.}}]{{end}}', D) == "[web]"
    assert r('{{define "x"}}{{.}}{{end}}{{template "x"}}', D) == "<no value>"
    assert r('{{template "nope"}}', D) == \
        'ERROR: template: :1:11: executing "" at <{{template "nope"}}>: template "nope" not defined'
    assert r('{{define "x"}}\n{{.A.B}}{{end}}{{template "x" .}}', {"A": 1}) == \
        'ERROR: template: :2:4: executing "x" at <.A.B>: can\'t evaluate field B in type interface {}'


def test_recursive_template_stops_with_go_message(r):
    out = r('{{template "a" 1}}{{define "a"}}{{template "a" .}}{{end}}')
    assert out == 'ERROR: template: :1:43: executing "a" at <{{template "a" .}}>: exceeded maximum template depth (100000)'
    assert r('{{define "r"}}{{if .}}{{len .}}{{template "r" (slice . 1)}}{{end}}{{end}}{{template "r" .}}', list("abc")) == "321"


def test_pipelines_pass_the_last_argument(r):
    assert r('{{.Name | printf "%s-%s" "x"}}', D) == "x-web"
    assert r('{{.Names | len | printf "%03d"}}', D) == "002"
    assert r("{{(1) 2}}", D) == 'ERROR: template: :1:2: executing "" at <(1) 2>: can\'t give argument to non-function 1'
    assert r("{{nil}}", D) == 'ERROR: template: :1:2: executing "" at <nil>: nil is not a command'
    assert r("{{(nil).X}}", D) == 'ERROR: template: :1:3: executing "" at <nil>: nil is not a command'


def test_error_positions_count_bytes_and_lines(r):
    assert r("é{{.Nope.X}}", {}, missingkey="error") == \
        'ERROR: template: :1:9: executing "" at <.Nope.X>: map has no entry for key "Nope"'
    assert r("a\nbé{{.Nope}}", {}, missingkey="error") == \
        'ERROR: template: :2:5: executing "" at <.Nope>: map has no entry for key "Nope"'


def test_template_name_appears_in_errors():
    with pytest.raises(ExecError) as e:
        parse("{{.A.B}}", name="inspect").execute({"A": 1})
    assert str(e.value) == 'template: inspect:1:4: executing "inspect" at <.A.B>: can\'t evaluate field B in type interface {}'


def test_unicode_text_passes_through(r):
    assert r("héllo {{.}} ✓", "wörld") == "héllo wörld ✓"


def test_printing_a_function_is_an_error(r):
    assert r("{{.f}}", {"f": len}) == 'ERROR: template: :1:2: executing "" at <{{.f}}>: can\'t print {{.f}} of type func()'


def test_struct_printing(r):
    class Point:
        def __init__(self):
            self.X = 1
            self.Y = "b"

        def Area(self):
            return 0

    class Named:
        def __str__(self):
            return "named!"

    assert r("{{.}}|{{printf \"%+v\" .}}", Point()) == "{1 b}|{X:1 Y:b}"
    assert r("{{.}}|{{printf \"%s|%d\" . .}}", Named()) == "named!|named!|{}"


def test_deep_data_nesting_is_an_exec_error():
    deep = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(ExecError):
        parse("{{.}}").execute(deep)
