from dockercli.template import lexer as L


def kinds(text):
    return [(i.typ, i.val) for i in L.lex(text)]


def test_text_and_action_tokens():
    assert kinds("a{{.B}}c") == [
        (L.TEXT, "a"), (L.LEFT_DELIM, "{{"), (L.FIELD, ".B"), (L.RIGHT_DELIM, "}}"), (L.TEXT, "c"), (L.EOF, ""),
    ]


def test_field_chain_is_one_token_per_component():
    assert [v for _, v in kinds("{{.A.B $x.C}}")][1:-2] == [".A", ".B", " ", "$x", ".C"]


def test_trim_markers_need_ascii_space():
    assert kinds("a  {{- 1 -}}  b") == [
        (L.TEXT, "a"), (L.LEFT_DELIM, "{{"), (L.NUMBER, "1"), (L.RIGHT_DELIM, "}}"), (L.TEXT, "b"), (L.EOF, ""),
    ]
    assert (L.NUMBER, "-3") in kinds("{{-3}}")


def test_comment_is_dropped_and_trims():
    assert kinds("a {{- /* x */ -}} b") == [(L.TEXT, "a"), (L.TEXT, "b"), (L.EOF, "")]


def test_keywords_numbers_strings():
    toks = kinds("{{if else end range with define template block nil true 1.5e3 0x1F 'a' \"s\" `r` 1+2i}}")
    types = [t for t, _ in toks if t != L.SPACE]
    assert types[1:-2] == [
        L.IF, L.ELSE, L.END, L.RANGE, L.WITH, L.DEFINE, L.TEMPLATE, L.BLOCK, L.NIL, L.BOOL, L.NUMBER, L.NUMBER,
        L.CHAR_CONSTANT, L.STRING, L.RAW_STRING, L.COMPLEX,
    ]


def test_break_is_an_identifier_when_a_function_is_named_so():
    assert (L.IDENTIFIER, "break") in kinds_with("{{break}}", break_ok=False)


def kinds_with(text, **kw):
    return [(i.typ, i.val) for i in L.lex(text, **kw)]


def test_lines_count_newlines_in_text_actions_and_comments():
    items = L.lex("a\n{{/*\n*/}}\nb{{\n.X}}")
    assert [(i.val, i.line) for i in items if i.typ in (L.TEXT, L.FIELD)] == [("a\n", 1), ("\nb", 3), (".X", 5)]


def test_errors_stop_the_scan():
    for text, msg in [
        ("{{", "unclosed action"),
        ("{{(1}}", "unclosed left paren"),
        ("{{)}}", "unexpected right paren"),
        ('{{"a}}', "unterminated quoted string"),
        ("{{`a", "unterminated raw quoted string"),
        ("{{'a}}", "unterminated character constant"),
        ("{{/* a", "unclosed comment"),
        ("{{/* a */ 1}}", "comment ends before closing delimiter"),
        ("{{3k}}", 'bad number syntax: "3k"'),
        ("{{.a-b}}", "bad character U+002D '-'"),
        ("{{\x01}}", "unrecognized character in action: U+0001"),
        ("{{a:b}}", "expected :="),
    ]:
        last = L.lex(text)[-1]
        assert (last.typ, last.val) == (L.ERROR, msg), text


def test_item_string_forms():
    assert str(L.Item(L.STRING, 0, '"abcdefghijklmn"', 1)) == '"\\"abcdefghi"...'
    assert str(L.Item(L.END, 0, "end", 1)) == "<end>"
    assert str(L.Item(L.EOF, 0, "", 1)) == "EOF"
