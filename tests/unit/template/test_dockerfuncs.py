"""docker's template functions (cli/templates/templates.go)."""

E = 'ERROR: template: :1:2: executing "" at <%s>: error calling %s: %s'


class Obj:
    def __init__(self):
        self.Name = "n"
        self.Size = 1.5
        self._private = 1

    def Method(self):
        return 1


class Custom:
    def __json__(self):
        return {"b": [1, None], "a": "x"}


def test_json(r):
    d = {"Labels": {"b": "2", "a": "<&>"}, "L": [1, 2.5, None, True], "F": 1e21, "S": 1e-7, "N": None}
    assert r("{{json .Labels}}|{{json .L}}|{{json .F}}|{{json .S}}|{{json .N}}|{{json .X}}", d) == \
        '{"a":"<&>","b":"2"}|[1,2.5,null,true]|1e+21|1e-7|null|null'
    assert r('{{json "\\u2028\\u2029\\b\\f\\x01\\x7f\\"\\\\é"}}') == '"\\u2028\\u2029\\b\\f\\u0001\x7f\\"\\\\é"'
    assert r("{{json 100.0}}|{{json 0.000001}}|{{json -0.0}}|{{json 1e20}}") == "100|0.000001|-0|100000000000000000000"


def test_json_of_objects(r):
    assert r("{{json .}}", Obj()) == '{"Name":"n","Size":1.5}'
    assert r("{{json .}}", Custom()) == '{"a":"x","b":[1,null]}'
    assert r("{{json .}}", {"f": len}) == E % ("json .", "json", "json: unsupported type: func()")
    assert r("{{json .}}", float("nan")) == E % ("json .", "json", "json: unsupported value: NaN")


class Strings(list):
    """A typed []string, as docker's structs hold them."""

    __gotype__ = "[]string"


class StrSlice(list):
    """A named type whose underlying type is []string (strslice.StrSlice)."""

    __gotype__ = "strslice.StrSlice"
    __gounderlying__ = "[]string"


def test_join_and_split(r):
    d = {"Names": Strings(["a", "b", "c"]), "Mixed": ["a", 1], "S": "a,b,,c", "Cmd": StrSlice(["x", "y"]),
         "Plain": ["a", "b"]}
    assert r('{{join .Names ", "}}|{{split .S ","}}|{{join (split "a:b" ":") "-"}}|{{split "abc" ""}}', d) == \
        "a, b, c|[a b  c]|a-b|[a b c]"
    assert r('{{join .Cmd " "}}', d) == "x y"
    assert r('{{join .Mixed ","}}', d) == \
        'ERROR: template: :1:7: executing "" at <.Mixed>: wrong type for value; expected []string; got []interface {}'
    # a plain list is a []interface {} (docker's raw fallback), whatever it holds
    assert r('{{join .Plain ","}}', d) == \
        'ERROR: template: :1:7: executing "" at <.Plain>: wrong type for value; expected []string; got []interface {}'
    assert r('{{join "a" ","}}', d) == \
        'ERROR: template: :1:7: executing "" at <"a">: can\'t handle "a" for arg of type []string'
    assert r('{{split 1 ","}}', d) == 'ERROR: template: :1:8: executing "" at <1>: expected string; found 1'


def test_case_functions(r):
    assert r('{{lower "HeLLo ÉÀ"}}|{{upper "hello éà"}}|{{title "hello wORLD foo-bar_baz 3d"}}') == \
        "hello éà|HELLO ÉÀ|Hello WORLD Foo-Bar_baz 3d"
    assert r("{{lower .X}}", {}) == 'ERROR: template: :1:8: executing "" at <.X>: invalid value; expected string'
    assert r("{{lower .X}}", {"X": None}) == \
        'ERROR: template: :1:8: executing "" at <.X>: wrong type for value; expected string; got interface {}'


def test_pad_and_truncate(r):
    assert r('[{{pad "x" 2 3}}][{{pad "" 2 3}}][{{truncate "abcdef" 3}}][{{truncate "ab" 3}}]') == "[  x   ][][abc][ab]"
    assert r('{{pad "x" -1 0}}') == E % ('pad "x" -1 0', "pad", "strings: negative Repeat count")
    assert r('{{truncate "abc" -1}}') == E % ('truncate "abc" -1', "truncate", "runtime error: slice bounds out of range [:-1]")
    assert r('{{pad "x" 1.5 0}}') == 'ERROR: template: :1:10: executing "" at <1.5>: expected integer; found 1.5'
    assert r('{{pad "x" 1}}') == 'ERROR: template: :1:2: executing "" at <pad>: wrong number of args for pad: want 3 got 2'


def test_docker_false_leaves_them_out():
    from dockercli.template import ParseError, parse

    try:
        parse("{{json .}}", docker=False)
    except ParseError as e:
        assert str(e) == 'template: :1: function "json" not defined'
    else:
        raise AssertionError("json should be undefined")
