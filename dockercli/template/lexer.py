"""Tokenizer for Go's text/template syntax, a port of text/template/parse/lex.go.

Tokens are produced eagerly: the scan stops at the first error token, and the
parser meets that token exactly where Go's lazily running lexer would hand it
over, so the observable behaviour is the same.
"""

from .strconv import quote, sharp_u

# Token types; keywords sort after KEYWORD, as in Go.
ERROR = 0
BOOL = 1
CHAR = 2
CHAR_CONSTANT = 3
COMPLEX = 5
ASSIGN = 6
DECLARE = 7
EOF = 8
FIELD = 9
IDENTIFIER = 10
LEFT_DELIM = 11
LEFT_PAREN = 12
NUMBER = 13
PIPE = 14
RAW_STRING = 15
RIGHT_DELIM = 16
RIGHT_PAREN = 17
SPACE = 18
STRING = 19
TEXT = 20
VARIABLE = 21
KEYWORD = 22
BLOCK = 23
BREAK = 24
CONTINUE = 25
DOT = 26
DEFINE = 27
ELSE = 28
END = 29
IF = 30
NIL = 31
RANGE = 32
TEMPLATE = 33
WITH = 34

KEYWORDS = {
    ".": DOT,
    "block": BLOCK,
    "break": BREAK,
    "continue": CONTINUE,
    "define": DEFINE,
    "else": ELSE,
    "end": END,
    "if": IF,
    "range": RANGE,
    "nil": NIL,
    "template": TEMPLATE,
    "with": WITH,
}

LEFT = "{{"
RIGHT = "}}"
LEFT_COMMENT = "/*"
RIGHT_COMMENT = "*/"
SPACE_CHARS = " \t\r\n"


class Item:
    __slots__ = ("typ", "pos", "val", "line")

    def __init__(self, typ, pos, val, line):
        self.typ = typ
        self.pos = pos
        self.val = val
        self.line = line

    def __str__(self):
        if self.typ == EOF:
            return "EOF"
        if self.typ == ERROR:
            return self.val
        if self.typ > KEYWORD:
            return "<%s>" % self.val
        if len(self.val) > 10:
            # Go's %.10q cuts the string to ten runes before quoting.
            return quote(self.val[:10]) + "..."
        return quote(self.val)


def _is_space(c):
    return c in " \t\r\n" and c != ""


def _is_alnum(c):
    return c == "_" or c.isalpha() or c.isdecimal()


def _has_left_trim(s, i):
    return s.startswith("-", i) and _is_space(s[i + 1:i + 2])


def _has_right_trim(s, i):
    return _is_space(s[i:i + 1]) and s.startswith("-", i + 1)


class _Lexer:
    def __init__(self, text, break_ok, continue_ok):
        self.text = text
        self.pos = 0
        self.start = 0
        self.line = 1
        self.start_line = 1
        self.paren_depth = 0
        self.break_ok = break_ok
        self.continue_ok = continue_ok
        self.items = []
        self.failed = False

    # Primitive moves; newline bookkeeping follows Go's next/backup/ignore.
    def next(self):
        if self.pos >= len(self.text):
            self.pos = len(self.text) + 1
            return ""
        c = self.text[self.pos]
        self.pos += 1
        if c == "\n":
            self.line += 1
        return c

    def backup(self):
        if self.pos > len(self.text):
            self.pos = len(self.text)
            return
        if self.pos > 0:
            self.pos -= 1
            if self.text[self.pos] == "\n":
                self.line -= 1

    def peek(self):
        if self.pos >= len(self.text):
            return ""
        return self.text[self.pos]

    def emit(self, typ):
        self.items.append(Item(typ, self.start, self.text[self.start:self.pos], self.start_line))
        self.start = self.pos
        self.start_line = self.line

    def ignore(self):
        self.line += self.text.count("\n", self.start, self.pos)
        self.start = self.pos
        self.start_line = self.line

    def accept(self, valid):
        c = self.next()
        if c and c in valid:
            return True
        self.backup()
        return False

    def accept_run(self, valid):
        while True:
            c = self.next()
            if not c or c not in valid:
                break
        self.backup()

    def errorf(self, msg):
        self.items.append(Item(ERROR, self.start, msg, self.start_line))
        self.failed = True
        return None

    def at_right_delim(self):
        t = self.text
        if _has_right_trim(t, self.pos) and t.startswith(RIGHT, self.pos + 2):
            return True, True
        if t.startswith(RIGHT, self.pos):
            return True, False
        return False, False

    def at_terminator(self):
        c = self.peek()
        if c == "" or c in " \t\r\n.,|:)(":
            return True
        return self.text.startswith(RIGHT, self.pos)

    # State functions.
    def lex_text(self):
        t = self.text
        x = t.find(LEFT, self.pos)
        if x >= 0:
            if x > self.pos:
                self.pos = x
                trim = 0
                if _has_left_trim(t, x + len(LEFT)):
                    chunk = t[self.start:x]
                    trim = len(chunk) - len(chunk.rstrip(SPACE_CHARS))
                self.pos -= trim
                self.line += t.count("\n", self.start, self.pos)
                item = Item(TEXT, self.start, t[self.start:self.pos], self.start_line)
                self.start = self.pos
                self.start_line = self.line
                self.pos += trim
                self.ignore()
                if item.val:
                    self.items.append(item)
            return self.lex_left_delim
        self.pos = len(t)
        if self.pos > self.start:
            self.line += t.count("\n", self.start, self.pos)
            self.emit(TEXT)
        self.emit(EOF)
        return None

    def lex_left_delim(self):
        t = self.text
        self.pos += len(LEFT)
        trim = _has_left_trim(t, self.pos)
        after = 2 if trim else 0
        if t.startswith(LEFT_COMMENT, self.pos + after):
            self.pos += after
            self.ignore()
            return self.lex_comment
        self.emit(LEFT_DELIM)
        self.pos += after
        self.ignore()
        self.paren_depth = 0
        return self.lex_inside_action

    def lex_comment(self):
        t = self.text
        self.pos += len(LEFT_COMMENT)
        x = t.find(RIGHT_COMMENT, self.pos)
        if x < 0:
            return self.errorf("unclosed comment")
        self.pos = x + len(RIGHT_COMMENT)
        delim, trim = self.at_right_delim()
        if not delim:
            return self.errorf("comment ends before closing delimiter")
        if trim:
            self.pos += 2
        self.pos += len(RIGHT)
        if trim:
            rest = t[self.pos:]
            self.pos += len(rest) - len(rest.lstrip(SPACE_CHARS))
        self.ignore()
        return self.lex_text

    def lex_right_delim(self):
        t = self.text
        trim = _has_right_trim(t, self.pos)
        if trim:
            self.pos += 2
            self.ignore()
        self.pos += len(RIGHT)
        self.emit(RIGHT_DELIM)
        if trim:
            rest = t[self.pos:]
            self.pos += len(rest) - len(rest.lstrip(SPACE_CHARS))
            self.ignore()
        return self.lex_text

    def lex_inside_action(self):
        delim, _ = self.at_right_delim()
        if delim:
            if self.paren_depth == 0:
                return self.lex_right_delim
            return self.errorf("unclosed left paren")
        c = self.next()
        if c == "":
            return self.errorf("unclosed action")
        if c in " \t\r\n":
            self.backup()
            return self.lex_space
        if c == "=":
            self.emit(ASSIGN)
        elif c == ":":
            if self.next() != "=":
                return self.errorf("expected :=")
            self.emit(DECLARE)
        elif c == "|":
            self.emit(PIPE)
        elif c == '"':
            return self.lex_quote
        elif c == "`":
            return self.lex_raw_quote
        elif c == "$":
            return self.lex_variable
        elif c == "'":
            return self.lex_char
        elif c == "." and self.peek() != "" and not "0" <= self.peek() <= "9":
            return self.lex_field
        elif c in "+-." or "0" <= c <= "9":
            self.backup()
            return self.lex_number
        elif _is_alnum(c):
            self.backup()
            return self.lex_identifier
        elif c == "(":
            self.paren_depth += 1
            self.emit(LEFT_PAREN)
        elif c == ")":
            self.paren_depth -= 1
            if self.paren_depth < 0:
                return self.errorf("unexpected right paren")
            self.emit(RIGHT_PAREN)
        elif c <= "\x7f" and c.isprintable():
            self.emit(CHAR)
        else:
            return self.errorf("unrecognized character in action: %s" % sharp_u(c))
        return self.lex_inside_action

    def lex_space(self):
        t = self.text
        n = 0
        while _is_space(self.peek()):
            self.next()
            n += 1
        # A run of spaces may end in " -}}": the last space belongs to the delimiter.
        if _has_right_trim(t, self.pos - 1) and t.startswith(RIGHT, self.pos + 1):
            self.backup()
            if n == 1:
                return self.lex_right_delim
        self.emit(SPACE)
        return self.lex_inside_action

    def _bad_char(self, c):
        return self.errorf("bad character %s" % sharp_u(c))

    def lex_identifier(self):
        while True:
            c = self.next()
            if c and _is_alnum(c):
                continue
            self.backup()
            word = self.text[self.start:self.pos]
            if not self.at_terminator():
                return self._bad_char(c)
            typ = KEYWORDS.get(word, 0)
            if typ > KEYWORD:
                if (typ == BREAK and not self.break_ok) or (typ == CONTINUE and not self.continue_ok):
                    typ = IDENTIFIER
                self.emit(typ)
            elif word[0] == ".":
                self.emit(FIELD)
            elif word in ("true", "false"):
                self.emit(BOOL)
            else:
                self.emit(IDENTIFIER)
            return self.lex_inside_action

    def lex_field(self):
        return self._field_or_variable(FIELD)

    def lex_variable(self):
        if self.at_terminator():
            self.emit(VARIABLE)
            return self.lex_inside_action
        return self._field_or_variable(VARIABLE)

    def _field_or_variable(self, typ):
        if self.at_terminator():
            self.emit(VARIABLE if typ == VARIABLE else DOT)
            return self.lex_inside_action
        while True:
            c = self.next()
            if not (c and _is_alnum(c)):
                self.backup()
                break
        if not self.at_terminator():
            return self._bad_char(c)
        self.emit(typ)
        return self.lex_inside_action

    def lex_char(self):
        return self._lex_escaped("'", CHAR_CONSTANT, "unterminated character constant")

    def lex_number(self):
        if not self.scan_number():
            return self.errorf("bad number syntax: %s" % quote(self.text[self.start:self.pos]))
        sign = self.peek()
        if sign in ("+", "-") and sign:
            if not self.scan_number() or self.text[self.pos - 1] != "i":
                return self.errorf("bad number syntax: %s" % quote(self.text[self.start:self.pos]))
            self.emit(COMPLEX)
        else:
            self.emit(NUMBER)
        return self.lex_inside_action

    def scan_number(self):
        self.accept("+-")
        digits = "0123456789_"
        if self.accept("0"):
            if self.accept("xX"):
                digits = "0123456789abcdefABCDEF_"
            elif self.accept("oO"):
                digits = "01234567_"
            elif self.accept("bB"):
                digits = "01_"
        self.accept_run(digits)
        if self.accept("."):
            self.accept_run(digits)
        if len(digits) == 11 and self.accept("eE"):
            self.accept("+-")
            self.accept_run("0123456789_")
        if len(digits) == 23 and self.accept("pP"):
            self.accept("+-")
            self.accept_run("0123456789_")
        self.accept("i")
        c = self.peek()
        if c and _is_alnum(c):
            self.next()
            return False
        return True

    def lex_quote(self):
        return self._lex_escaped('"', STRING, "unterminated quoted string")

    def _lex_escaped(self, closing, token, unterminated):
        """A 'c' or "string" literal: backslash escapes, no newline before the closing quote."""
        while True:
            c = self.next()
            if c == "\\":
                c = self.next()
                if c != "" and c != "\n":
                    continue
                return self.errorf(unterminated)
            if c == "" or c == "\n":
                return self.errorf(unterminated)
            if c == closing:
                break
        self.emit(token)
        return self.lex_inside_action

    def lex_raw_quote(self):
        while True:
            c = self.next()
            if c == "":
                return self.errorf("unterminated raw quoted string")
            if c == "`":
                break
        self.emit(RAW_STRING)
        return self.lex_inside_action


def lex(text, break_ok=True, continue_ok=True):
    """Return the list of tokens of text, ending with an EOF or ERROR token."""
    lx = _Lexer(text, break_ok, continue_ok)
    state = lx.lex_text
    while state is not None:
        state = state()
    return lx.items
