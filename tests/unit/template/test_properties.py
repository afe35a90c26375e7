"""Property tests: whatever the template and data, only TemplateError escapes,
and parsing then executing is deterministic."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dockercli.template import ParseError, TemplateError, parse

NAMES = ["A", "B", "Name", "Labels", "x", "ID"]


class Row:
    def __init__(self, n):
        self.A = n
        self.Name = "row%d" % n

    def ID(self):
        return "id"

    def Label(self, key):
        return key.upper()

    def B(self, *args):
        if len(args) > 2:
            raise ValueError("too many")
        return list(args)


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
)
data = st.recursive(
    scalars | st.builds(Row, st.integers(0, 3)),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.sampled_from(NAMES) | st.text(max_size=3), kids, max_size=4),
    max_leaves=20,
)

FUNCS = ["and", "or", "not", "len", "index", "slice", "print", "printf", "println", "html", "js", "urlquery", "eq", "ne",
         "lt", "le", "gt", "ge", "call", "json", "join", "split", "lower", "upper", "title", "pad", "truncate"]

literal = st.one_of(
    st.integers(-300, 300).map(str), st.sampled_from(["1.5", "1e3", "0x1F", "'a'", "true", "false", "nil", "-0", "1e400"]),
    st.text(alphabet="ab%dsvq-5.", max_size=6).map(lambda s: '"%s"' % s), st.just("`raw`"),
)
field = st.lists(st.sampled_from(NAMES), min_size=1, max_size=3).map(lambda p: "." + ".".join(p))
operand = st.deferred(lambda: st.one_of(
    literal, field, st.just("."), st.just("$"), st.just("$.A"), st.just("$v"),
    pipeline.map(lambda p: "(%s)" % p),
))
command = st.one_of(
    operand,
    st.tuples(st.sampled_from(FUNCS), st.lists(operand, max_size=3)).map(lambda t: " ".join([t[0]] + t[1])),
    st.tuples(field, st.lists(operand, max_size=2)).map(lambda t: " ".join([t[0]] + t[1])),
)
pipeline = st.lists(command, min_size=1, max_size=3).map(" | ".join)

body = st.deferred(lambda: st.lists(node, max_size=4).map("".join))
node = st.one_of(
    st.text(alphabet="ab \n{}-", max_size=5).filter(lambda s: "{{" not in s and not s.endswith("{")),
    pipeline.map(lambda p: "{{%s}}" % p),
    pipeline.map(lambda p: "{{- %s -}}" % p),
    st.just("{{/* c */}}"),
    st.tuples(pipeline, body, body).map(lambda t: "{{if %s}}%s{{else}}%s{{end}}" % t),
    st.tuples(pipeline, body).map(lambda t: "{{with %s}}%s{{end}}" % t),
    st.tuples(pipeline, body, body).map(lambda t: "{{range $i, $e := %s}}%s{{else}}%s{{end}}" % t),
    st.tuples(pipeline, body).map(lambda t: "{{range %s}}{{if .}}{{break}}{{end}}%s{{continue}}{{end}}" % t),
    pipeline.map(lambda p: '{{template "t" %s}}' % p),
)
template = st.tuples(pipeline, body).map(lambda t: '{{$v := %s}}%s{{define "t"}}{{.}}{{end}}' % t)


def run(text, value, missingkey):
    try:
        return ("ok", parse(text).execute(value, missingkey=missingkey))
    except TemplateError as e:
        return (type(e).__name__, str(e))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template, data, st.sampled_from(["default", "error"]))
def test_well_formed_templates_raise_only_template_errors(text, value, missingkey):
    first = run(text, value, missingkey)
    assert run(text, value, missingkey) == first
    assert first[0] in ("ok", "ExecError", "ParseError")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("{}.$()|:=-/*\"`' \n\tabxif0129") + ["{{", "}}", "range", "with", "else", "end", "len"]),
                max_size=30).map("".join))
def test_arbitrary_text_parses_or_raises_parse_error(text):
    try:
        tmpl = parse(text)
    except ParseError:
        return
    try:
        tmpl.execute({"a": [1, 2]})
    except TemplateError:
        pass


@settings(max_examples=200, deadline=None)
@given(data)
def test_data_prints_deterministically(value):
    assert run("{{.}}|{{json .}}|{{printf \"%v %+v %q %x %d\" . . . . .}}", value, "default") == \
        run("{{.}}|{{json .}}|{{printf \"%v %+v %q %x %d\" . . . . .}}", value, "default")
