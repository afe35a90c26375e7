import pytest

from dockercli.template import ParseError, parse
from dockercli.template.builtins import BUILTINS
from dockercli.template.parser import parse_trees


def tree(text):
    return parse_trees("", text, BUILTINS)[""]


@pytest.mark.parametrize("text", [
    "{{.A.B}}", '{{printf "%d" 1 | len}}', "{{$x := .A}}", "{{(.A).B}}", "{{index (len .) 1}}",
    "{{if .A}}x{{else}}y{{end}}", "{{range $i, $e := .}}{{$e}}{{end}}", "{{with .A}}{{.}}{{end}}",
    '{{template "x" .}}', "{{nil}}", "{{1.5}}", "{{'a'}}", "{{`raw`}}", "{{true | not}}",
])
def test_node_strings_round_trip(text):
    assert str(tree(text).root) == text


def test_else_if_and_else_with_nest():
    root = tree("{{if 1}}a{{else if 2}}b{{else}}c{{end}}").root
    assert str(root) == "{{if 1}}a{{else}}{{if 2}}b{{else}}c{{end}}{{end}}"
    root = tree("{{with 1}}a{{else with 2}}b{{end}}").root
    assert str(root) == "{{with 1}}a{{else}}{{with 2}}b{{end}}{{end}}"


def test_define_and_block_add_templates():
    trees = parse_trees("main", '{{define "a"}}A{{end}}{{block "b" .}}B{{end}}', BUILTINS)
    assert sorted(trees) == ["a", "b", "main"]
    assert str(trees["main"].root) == '{{template "b" .}}'


@pytest.mark.parametrize("text,msg", [
    ("{{if 1}}", "template: :1: unexpected EOF"),
    ("{{end}}", "template: :1: unexpected {{end}}"),
    ("{{else}}", "template: :1: unexpected {{else}}"),
    ("{{if}}{{end}}", "template: :1: missing value for if"),
    ("{{range}}{{end}}", "template: :1: missing value for range"),
    ("{{nope}}", 'template: :1: function "nope" not defined'),
    ("{{$x}}", 'template: :1: undefined variable "$x"'),
    ("{{.A | 1}}", "template: :1: non executable command in pipeline stage 2"),
    ("{{1.A}}", 'template: :1: bad number syntax: "1.A"'),
    ("{{true.A}}", 'template: :1: unexpected . after term "true"'),
    ("{{break}}", "template: :1: {{break}} outside {{range}}"),
    ("{{range .}}{{continue 1}}{{end}}", 'template: :1: unexpected "1" in {{continue}}'),
    ("{{$a, $b := 1}}", "template: :1: too many declarations in command"),
    ("{{range $a, 1}}{{end}}", "template: :1: range can only initialize variables"),
    ('{{define "a"}}x{{end}}{{define "a"}}y{{end}}', 'template: :1: template: multiple definition of template "a"'),
    ("{{define x}}{{end}}", 'template: :1: unexpected "x" in define clause'),
    ('{{end "abcdefghijklmn"}}', 'template: :1: unexpected "\\"abcdefghi"... in end'),
    ("{{template .X}}", 'template: :1: unexpected ".X" in template clause'),
    ("{{if 1}}{{else}}{{else}}{{end}}", "template: :1: expected end; found {{else}}"),
    ("a\n\n{{if}}", "template: :3: missing value for if"),
    ("a\n{{\n1 2 3\n", "template: :4: unclosed action started at :2"),
    ('{{"\\q"}}', "template: :1: invalid syntax"),
    ("{{'ab'}}", "template: :1: malformed character constant: 'ab'"),
    ("{{18446744073709551616}}", 'template: :1: integer overflow: "18446744073709551616"'),
    ("{{1__0}}", 'template: :1: illegal number syntax: "1__0"'),
])
def test_parse_errors(text, msg):
    with pytest.raises(ParseError) as e:
        parse(text)
    assert str(e.value) == msg


def test_parse_error_names_the_template():
    with pytest.raises(ParseError) as e:
        parse("{{end}}", name="fmt")
    assert str(e.value) == "template: fmt:1: unexpected {{end}}"


def test_variables_are_scoped_to_their_control_structure():
    with pytest.raises(ParseError) as e:
        parse("{{if 1}}{{$x := 1}}{{end}}{{$x}}")
    assert str(e.value) == 'template: :1: undefined variable "$x"'
    parse("{{$x := 1}}{{if 1}}{{$x}}{{end}}{{$x}}")


def test_deep_nesting_is_a_parse_error_not_a_crash():
    with pytest.raises(ParseError) as e:
        parse("{{" + "(" * 5000 + "1" + ")" * 5000 + "}}")
    assert str(e.value) == "template: :1: max expression depth exceeded"
    with pytest.raises(ParseError):
        parse("{{if 1}}" * 3000 + "{{end}}" * 3000)
    assert parse("{{" + "(" * 50 + "1" + ")" * 50 + "}}").execute() == "1"


def test_user_function_named_break_disables_the_keyword():
    t = parse("{{break}}", funcs={"break": lambda: "b"})
    assert t.execute() == "b"
