"""text/template's predefined functions."""

E = 'ERROR: template: :1:2: executing "" at <%s>: error calling %s: %s'


def test_and_or_short_circuit_and_return_operands(r):
    assert r("{{and 1 0 2}}|{{and 1 2}}|{{or 0 \"\" 3}}|{{or 0 \"\"}}") == "0|2|3|"
    assert r("{{or 1 (index . 5)}}|{{and 0 (index . 5)}}", []) == "1|0"
    assert r('{{"x" | and 1}}|{{0 | or 0}}') == "x|0"
    assert r("{{and}}") == 'ERROR: template: :1:2: executing "" at <and>: wrong number of args for and: want at least 1 got 0'


def test_not(r):
    assert r("{{not 0}}|{{not 1}}|{{not .X}}|{{not nil}}", {}) == "true|false|true|true"
    assert r("{{not 1 2}}") == 'ERROR: template: :1:2: executing "" at <not>: wrong number of args for not: want 1 got 2'


def test_comparisons(r):
    assert r("{{eq 1 1}} {{eq 1 2 3 1}} {{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt 3 2}} {{ge 2 3}}") == \
        "true true true true true true false"
    assert r('{{eq "a" "a"}} {{lt "a" "b"}} {{lt 1.5 2.5}} {{eq .X nil}} {{eq 1 nil}} {{eq true true}}', {}) == \
        "true true true true false true"
    assert r("{{eq 1 1.0}}") == E % ("eq 1 1.0", "eq", "incompatible types for comparison")
    assert r('{{lt "a" 1}}') == E % ('lt "a" 1', "lt", "incompatible types for comparison")
    assert r("{{lt true false}}") == E % ("lt true false", "lt", "invalid type for comparison")
    assert r("{{lt .L 1}}", {"L": []}) == E % ("lt .L 1", "lt", "invalid type for comparison")
    assert r("{{eq 1}}") == E % ("eq 1", "eq", "missing argument for comparison")
    assert r("{{eq .L .L}}", {"L": [1]}) == E % ("eq .L .L", "eq", "non-comparable type [%!s(int=1)]: []interface {}")
    assert r("{{eq .M .L}}", {"L": [1], "M": {"a": 1}}) == \
        E % ("eq .M .L", "eq", "non-comparable types map[a:%!s(int=1)]: map[string]interface {}, []interface {}: [1]")


def test_len(r):
    assert r('{{len .L}} {{len .M}} {{len "héllo"}}', {"L": [1, 2], "M": {"a": 1}}) == "2 1 6"
    assert r("{{len 3}}") == E % ("len 3", "len", "len of type int")
    assert r("{{len .N}}", {"N": None}) == E % ("len .N", "len", "len of nil pointer")
    assert r("{{len .X}}", {}) == E % ("len .X", "len", "reflect: call of reflect.Value.Type on zero Value")


def test_index(r):
    d = {"L": ["a", "b"], "M": {"k": {"n": [10, 20]}}, "S": "héllo"}
    assert r('{{index .L 1}} {{index .M "k" "n" 1}} {{index .S 1}} {{index .M "nope"}} {{index .L}}', d) == \
        "b 20 195 <no value> [a b]"
    assert r("{{index .L 5}}", d) == E % ("index .L 5", "index", "index out of range: 5")
    assert r("{{index .L 2}}", d) == E % ("index .L 2", "index", "reflect: slice index out of range")
    assert r('{{index .L "x"}}', d) == E % ('index .L "x"', "index", "cannot index slice/array with type string")
    assert r("{{index .M 1}}", d) == E % ("index .M 1", "index", "value has type int; should be string")
    assert r("{{index .X 1}}", d) == E % ("index .X 1", "index", "index of untyped nil")
    assert r("{{index 3 1}}", d) == E % ("index 3 1", "index", "can't index item of type int")


def test_slice(r):
    d = {"L": ["a", "b", "c"], "S": "héllo"}
    assert r('{{slice .L 1}} {{slice .L 1 2}} {{slice .L}} {{slice .S 0 3}} {{slice .L 0 1 2}}', d) == "[b c] [b] [a b c] hé [a]"
    assert r("{{slice .L 2 1}}", d) == E % ("slice .L 2 1", "slice", "invalid slice index: 2 > 1")
    assert r("{{slice .S 1 2 3}}", d) == E % ("slice .S 1 2 3", "slice", "cannot 3-index slice a string")
    assert r("{{slice .L 1 2 3 4}}", d) == E % ("slice .L 1 2 3 4", "slice", "too many slice indexes: 4")
    assert r("{{slice .X}}", d) == E % ("slice .X", "slice", "slice of untyped nil")
    assert r("{{slice 3}}", d) == E % ("slice 3", "slice", "can't slice item of type int")


def test_print_family(r):
    assert r('{{print 1 2 "a" "b" 3 nil}}|{{println 1 "a"}}|{{printf "%-10s|%5.2f" "ab" 3.14159}}') == \
        "1 2ab3 <nil>|1 a\n|ab        | 3.14"
    assert r("{{printf}}") == 'ERROR: template: :1:2: executing "" at <printf>: wrong number of args for printf: want at least 1 got 0'
    assert r("{{printf 1}}") == 'ERROR: template: :1:9: executing "" at <1>: expected string; found 1'
    assert r('{{print .X}}|{{printf "%s" .X}}', {}) == "<nil>|%!s(<nil>)"


def test_escapers(r):
    assert r("""{{html "<a href='x'>&\\"</a>"}}""") == "&lt;a href=&#39;x&#39;&gt;&amp;&#34;&lt;/a&gt;"
    assert r('{{html .N}}|{{html 1 2}}|{{html "a" 1}}', {"N": None}) == "&lt;no value&gt;|1 2|a1"
    assert r("""{{js "<a>'\\"\\\\=&é\\u2028\\n"}}""") == "\\u003Ca\\u003E\\'\\\"\\\\\\u003D\\u0026é\\u2028\\u000A"
    assert r('{{urlquery "a b&c=d/é~_.-"}}') == "a+b%26c%3Dd%2F%C3%A9~_.-"


def test_call(r):
    d = {"add": lambda a, b: a + b, "boom": lambda: 1 / 0, "S": "x"}
    assert r("{{call .add 1 2}}", d) == "3"
    assert r("{{call .add 1}}", d) == E % ("call .add 1", "call", "wrong number of args for .add: got 1 want 2")
    assert r("{{call .boom}}", d) == E % ("call .boom", "call", "division by zero")
    assert r("{{call .S}}", d) == E % ("call .S", "call", "non-function .S of type string")
    assert r("{{call .X}}", d) == E % ("call .X", "call", "call of nil")
