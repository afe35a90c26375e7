"""Go's fmt: printf verbs, Sprint spacing, float and string formatting."""

import math

import pytest

from dockercli.template.gofmt import format_float, quote, quote_ascii, quote_rune, sprint, sprintf, sprintln, to_text


@pytest.mark.parametrize("f,want", [
    (0.0, "0"), (-0.0, "-0"), (1.0, "1"), (1.5, "1.5"), (100000.0, "100000"), (1e6, "1e+06"),
    (123456.0, "123456"), (1234567.0, "1.234567e+06"), (1e20, "1e+20"), (1e21, "1e+21"), (1e-4, "0.0001"),
    (1e-5, "1e-05"), (1 / 3, "0.3333333333333333"), (2.5e-7, "2.5e-07"), (1e100, "1e+100"), (-12.5, "-12.5"),
    (math.inf, "+Inf"), (-math.inf, "-Inf"), (math.nan, "NaN"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
])
def test_v_of_floats(f, want):
    assert to_text(f) == want


def test_format_float_verbs():
    assert format_float(1234.5678, "e", 3) == "1.235e+03"
    assert format_float(1234.5678, "f", -1) == "1234.5678"
    assert format_float(1e21, "e", -1) == "1e+21"
    assert format_float(0.000012345, "g", 3) == "1.23e-05"
    assert format_float(1.0, "x", -1) == "0x1p+00"
    assert format_float(3.5, "x", -1) == "0x1.cp+01"
    assert format_float(1.0, "b", -1) == "4503599627370496p-52"


@pytest.mark.parametrize("fmt,args,want", [
    ("%-10s|%5.2f", ["ab", 3.14159], "ab        | 3.14"),
    ("%d %s", [1], "1 %!s(MISSING)"),
    ("%d", ["x"], "%!d(string=x)"),
    ("%s", [1, 2], "%!s(int=1)%!(EXTRA int=2)"),
    ("%x %X %o %O %b", [255, 255, 8, 8, 5], "ff FF 10 0o10 101"),
    ("%5d|%-5d|%05d|%+d|% d", [42] * 5, "   42|42   |00042|+42| 42"),
    ("%x % x %#x %X", ["hi"] * 4, "6869 68 69 0x6869 6869"),
    ("%*d|%-*d|%.*f", [5, 1, 5, 2, 2, 3.14159], "    1|2    |3.14"),
    ("%[2]d %[1]d", [1, 2], "2 1"),
    ("%[3]d", [1], "%!d(BADINDEX)"),
    ("%%|%", [], "%|%!(NOVERB)"),
    ("%z", [1], "%!z(int=1)"),
    ("%c|%U|%#U|%q", [233, 233, 0x1F600, 65], "é|U+00E9|U+1F600 '😀'|'A'"),
    ("%q|%+q|%#q", ["é\n", "é", "a`b"], '"é\\n"|"\\u00e9"|"a`b"'),
    ("%#q", ["ab"], "`ab`"),
    ("%T %T %T %T %T %T %T", [1, 1.5, "s", True, [1], {"a": 1}, None], "int float64 string bool []interface {} map[string]interface {} <nil>"),
    ("%v|%d", [None, None], "<nil>|%!d(<nil>)"),
    ("%v %d", [[1, "a", None], [1, "a", None]], "[1 a <nil>] [1 %!d(string=a) <nil>]"),
    ("%e %E %g %G", [1234.5678, 1234.5678, 0.000012345, 1e21], "1.234568e+03 1.234568E+03 1.2345e-05 1E+21"),
    ("%08.3f|%+.2e|% .1f", [-3.14159, 12345.678, 2.0], "-003.142|+1.23e+04| 2.0"),
    ("%#o %#b %#X", [8, 5, 255], "010 0b101 0XFF"),
    ("%.0d|%.3d|%3.2d", [0, 7, 7], "|007| 07"),
    ("%6.2f%%", [12.345], " 12.35%"),
    ("%.2s|%5.1s|", ["abc", "xyz"], "ab|    x|"),
    ("%#v %#v %#v", [1, "a", [1, "b"]], '1 "a" []interface {}{1, "b"}'),
    ("%t %v %s", [True, False, True], "true false %!s(bool=true)"),
    ("%d", [1.5], "%!d(float64=1.5)"),
    ("%x", [-255], "-ff"),
    ("%5t|%-6v|", [True, False], " true|false |"),
    ("%10v|", [["a", "b"]], "[         a          b]|"),
    ("%v", [{"b": [1], "a": {"x": None}}], "map[a:map[x:<nil>] b:[1]]"),
])
def test_sprintf(fmt, args, want):
    assert sprintf(fmt, args) == want


def test_sprint_spaces_between_operands_unless_one_is_a_string():
    assert sprint([1, 2, "a", "b", 3, None, 1.5, True]) == "1 2ab3 <nil> 1.5 true"
    assert sprintln([1, "a", None]) == "1 a <nil>\n"
    assert sprint([]) == "" and sprintln([]) == "\n"


def test_quoting():
    assert quote('a"b\\c\n\t\x00\x7f') == '"a\\"b\\\\c\\n\\t\\x00\\x7f"'
    assert quote("é☃\u2028\U0001F600") == '"é☃\\u2028😀"'
    assert quote_ascii("é😀") == '"\\u00e9\\U0001f600"'
    assert quote_rune(ord("'")) == "'\\''" and quote_rune(0x110000) == "'�'"
    assert quote("\udcff") == '"\\xff"'
