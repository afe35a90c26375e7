"""The public API other code depends on."""

import subprocess
import sys

import pytest

from dockercli.template import ExecError, ParseError, Template, TemplateError, parse


def test_error_hierarchy():
    assert issubclass(ParseError, TemplateError) and issubclass(ExecError, TemplateError)
    assert issubclass(TemplateError, Exception)


def test_parse_and_execute():
    t = parse("{{.A}}-{{.B}}")
    assert isinstance(t, Template) and t.name == ""
    assert t.execute({"A": 1, "B": "x"}) == "1-x"
    assert t.execute({"A": 2}) == "2-<no value>"
    with pytest.raises(ExecError):
        t.execute({"A": 2}, missingkey="error")


def test_executor_runs_one_parse_per_row():
    run = parse("{{.ID}}|{{index .L 0}}").executor()
    rows = [{"ID": i, "L": [i * 2]} for i in range(100)]
    assert [run(r) for r in rows] == ["%d|%d" % (i, i * 2) for i in range(100)]
    strict = parse("{{.ID}}").executor(missingkey="error")
    with pytest.raises(ExecError):
        strict({})


def test_bad_missingkey_option():
    with pytest.raises(TemplateError) as e:
        parse("x").execute(None, missingkey="bogus")
    assert str(e.value) == "unrecognized option: missingkey=bogus"


def test_extra_functions():
    t = parse('{{greet "bob"}} {{"x" | twice}} {{len "ab"}}', funcs={"greet": lambda n: "hi " + n, "twice": lambda s: s * 2})
    assert t.execute() == "hi bob xx 2"
    assert parse("{{len 1}}", funcs={"len": lambda x: "mine"}).execute() == "mine"
    with pytest.raises(TemplateError):
        parse("x", funcs={"not-valid": len})
    with pytest.raises(TemplateError):
        parse("x", funcs={"f": 3})


def test_template_name_is_used_in_messages():
    with pytest.raises(ParseError) as e:
        parse("{{if}}", name="ps")
    assert str(e.value) == "template: ps:1: missing value for if"


def test_bytes_that_are_not_utf8_survive_surrogateescape():
    out = parse('{{"\\xff\\xfe"}}{{slice "é" 0 1}}').execute()
    assert out.encode("utf-8", "surrogateescape") == b"\xff\xfe\xc3"


def test_python_errors_never_escape():
    class Nasty:
        @property
        def Prop(self):
            raise KeyError("k")

        def __str__(self):
            raise RuntimeError("no str")

        def Method(self):
            raise TypeError("bad")

    for text in ["{{.Prop}}", "{{.Method}}", "{{.}}", "{{printf \"%s|%d\" . .}}", "{{json .}}"]:
        try:
            parse(text).execute(Nasty())
        except TemplateError:
            pass


def test_import_is_light():
    code = ("import sys; before = set(sys.modules); import dockercli.template; "
            "print(sorted(set(sys.modules) - before))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['dockercli', 'dockercli.template', 'dockercli.template.errors']"
