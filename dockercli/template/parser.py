"""Parser from tokens to trees, a port of text/template/parse/parse.go (Go 1.24).

parse_trees() returns every template the text defines, keyed by name, with
the same error messages Go gives.
"""

from . import lexer as L
from .errors import ParseError
from .strconv import quote
from .literals import SyntaxErr, parse_float, parse_int, parse_uint, unquote, unquote_char
from .nodes import (
    ActionNode, BoolNode, BreakNode, ChainNode, CommandNode, ContinueNode, DotNode, ElseNode,
    EndNode, FieldNode, IdentifierNode, IfNode, ListNode, NilNode, NumberNode, PipeNode,
    RangeNode, StringNode, TemplateNode, TextNode, Tree, VariableNode, WithNode, is_empty_tree,
)

# Go allows 10000 nested parentheses; Python's stack is smaller, so nesting of
# parentheses and control structures together is capped lower.
MAX_STACK_DEPTH = 100
MAX_PIPELINE_CMDS = 100000


class _Stream:
    """The token stream shared by a template and the definitions inside it."""

    __slots__ = ("items", "i")

    def __init__(self, items):
        self.items = items
        self.i = 0

    def next_item(self):
        item = self.items[self.i]
        if self.i < len(self.items) - 1:
            self.i += 1
        return item


class _Parser:
    def __init__(self, tree, stream, funcs, tree_set):
        self.tree = tree
        self.stream = stream
        self.funcs = funcs
        self.tree_set = tree_set
        self.token = [None, None, None]
        self.peek_count = 0
        self.vars = ["$"]
        self.action_line = 0
        self.range_depth = 0
        self.stack_depth = 0

    # Token plumbing with Go's three-token lookahead.
    def next(self):
        if self.peek_count > 0:
            self.peek_count -= 1
        else:
            self.token[0] = self.stream.next_item()
        return self.token[self.peek_count]

    def backup(self):
        self.peek_count += 1

    def backup2(self, t1):
        self.token[1] = t1
        self.peek_count = 2

    def backup3(self, t2, t1):
        self.token[1] = t1
        self.token[2] = t2
        self.peek_count = 3

    def peek(self):
        if self.peek_count > 0:
            return self.token[self.peek_count - 1]
        self.peek_count = 1
        self.token[0] = self.stream.next_item()
        return self.token[0]

    def next_non_space(self):
        while True:
            token = self.next()
            if token.typ != L.SPACE:
                return token

    def peek_non_space(self):
        token = self.next_non_space()
        self.backup()
        return token

    # Errors.
    def errorf(self, msg):
        self.tree.root = None
        raise ParseError("template: %s:%d: %s" % (self.tree.parse_name, self.token[0].line, msg))

    def expect(self, expected, context):
        token = self.next_non_space()
        if token.typ != expected:
            self.unexpected(token, context)
        return token

    def expect_one_of(self, e1, e2, context):
        token = self.next_non_space()
        if token.typ != e1 and token.typ != e2:
            self.unexpected(token, context)
        return token

    def unexpected(self, token, context):
        if token.typ == L.ERROR:
            extra = ""
            if self.action_line != 0 and self.action_line != token.line:
                extra = " in action started at %s:%d" % (self.tree.parse_name, self.action_line)
                if token.val.endswith(" action"):
                    extra = extra[len(" in action"):]
            self.errorf("%s%s" % (token, extra))
        self.errorf("unexpected %s in %s" % (token, context))

    def child(self, name):
        """A parser for a nested {{define}} or {{block}} on the same token stream."""
        tree = Tree(name, self.tree.parse_name, self.tree.text)
        return _Parser(tree, self.stream, self.funcs, self.tree_set)

    def add(self):
        existing = self.tree_set.get(self.tree.name)
        if existing is None or is_empty_tree(existing.root):
            self.tree_set[self.tree.name] = self.tree
            return
        if not is_empty_tree(self.tree.root):
            self.errorf("template: multiple definition of template %s" % quote(self.tree.name))

    # Grammar.
    def parse(self):
        self.tree.root = ListNode(self.tree, self.peek().pos)
        while self.peek().typ != L.EOF:
            if self.peek().typ == L.LEFT_DELIM:
                delim = self.next()
                if self.next_non_space().typ == L.DEFINE:
                    p = self.child("definition")
                    p.parse_definition()
                    continue
                self.backup2(delim)
            n = self.text_or_action()
            if isinstance(n, (EndNode, ElseNode)):
                self.errorf("unexpected %s" % n)
            self.tree.root.nodes.append(n)

    def parse_definition(self):
        context = "define clause"
        name = self.expect_one_of(L.STRING, L.RAW_STRING, context)
        try:
            self.tree.name = unquote(name.val)
        except SyntaxErr as e:
            self.errorf(str(e))
        self.expect(L.RIGHT_DELIM, context)
        self.tree.root, end = self.item_list()
        if not isinstance(end, EndNode):
            self.errorf("unexpected %s in %s" % (end, context))
        self.add()

    def item_list(self):
        lst = ListNode(self.tree, self.peek_non_space().pos)
        while self.peek_non_space().typ != L.EOF:
            n = self.text_or_action()
            if isinstance(n, (EndNode, ElseNode)):
                return lst, n
            lst.nodes.append(n)
        self.errorf("unexpected EOF")

    def text_or_action(self):
        token = self.next_non_space()
        if token.typ == L.TEXT:
            return TextNode(self.tree, token.pos, token.val)
        if token.typ == L.LEFT_DELIM:
            self.action_line = token.line
            try:
                return self.action()
            finally:
                self.action_line = 0
        self.unexpected(token, "input")

    def action(self):
        token = self.next_non_space()
        typ = token.typ
        if typ == L.BLOCK:
            return self.block_control()
        if typ == L.BREAK:
            return self.break_control(token.pos, token.line)
        if typ == L.CONTINUE:
            return self.continue_control(token.pos, token.line)
        if typ == L.ELSE:
            return self.else_control()
        if typ == L.END:
            return self.end_control()
        if typ == L.IF:
            return self.branch_control(IfNode, "if")
        if typ == L.RANGE:
            return self.branch_control(RangeNode, "range")
        if typ == L.TEMPLATE:
            return self.template_control()
        if typ == L.WITH:
            return self.branch_control(WithNode, "with")
        self.backup()
        token = self.peek()
        return ActionNode(self.tree, token.pos, token.line, self.pipeline("command", L.RIGHT_DELIM))

    def break_control(self, pos, line):
        token = self.next_non_space()
        if token.typ != L.RIGHT_DELIM:
            self.unexpected(token, "{{break}}")
        if self.range_depth == 0:
            self.errorf("{{break}} outside {{range}}")
        return BreakNode(self.tree, pos, line)

    def continue_control(self, pos, line):
        token = self.next_non_space()
        if token.typ != L.RIGHT_DELIM:
            self.unexpected(token, "{{continue}}")
        if self.range_depth == 0:
            self.errorf("{{continue}} outside {{range}}")
        return ContinueNode(self.tree, pos, line)

    def pipeline(self, context, end):
        token = self.peek_non_space()
        pipe = PipeNode(self.tree, token.pos, token.line)
        while True:  # declarations: goto decls in Go
            v = self.peek_non_space()
            if v.typ != L.VARIABLE:
                break
            self.next()
            after = self.peek()
            nxt = self.peek_non_space()
            if nxt.typ in (L.ASSIGN, L.DECLARE):
                pipe.is_assign = nxt.typ == L.ASSIGN
                self.next_non_space()
                pipe.decl.append(VariableNode(self.tree, v.pos, v.val))
                self.vars.append(v.val)
            elif nxt.typ == L.CHAR and nxt.val == ",":
                self.next_non_space()
                pipe.decl.append(VariableNode(self.tree, v.pos, v.val))
                self.vars.append(v.val)
                if context == "range" and len(pipe.decl) < 2:
                    if self.peek_non_space().typ in (L.VARIABLE, L.RIGHT_DELIM, L.RIGHT_PAREN):
                        continue
                    self.errorf("range can only initialize variables")
                self.errorf("too many declarations in %s" % context)
            elif after.typ == L.SPACE:
                self.backup3(v, after)
            else:
                self.backup2(v)
            break
        while True:
            token = self.next_non_space()
            typ = token.typ
            if typ == end:
                self.check_pipeline(pipe, context)
                return pipe
            if typ in _OPERAND_START:
                self.backup()
                pipe.cmds.append(self.command())
                if len(pipe.cmds) > MAX_PIPELINE_CMDS:
                    self.errorf("pipeline too long")
            else:
                self.unexpected(token, context)

    def check_pipeline(self, pipe, context):
        if not pipe.cmds:
            self.errorf("missing value for %s" % context)
        for i, c in enumerate(pipe.cmds[1:]):
            if isinstance(c.args[0], (BoolNode, DotNode, NilNode, NumberNode, StringNode)):
                self.errorf("non executable command in pipeline stage %d" % (i + 2))

    def parse_control(self, context):
        nvars = len(self.vars)
        self.enter()
        try:
            pipe = self.pipeline(context, L.RIGHT_DELIM)
            if context == "range":
                self.range_depth += 1
            lst, nxt = self.item_list()
            if context == "range":
                self.range_depth -= 1
            else_list = None
            if isinstance(nxt, ElseNode):
                # {{else if x}} and {{else with x}} nest a new if/with that
                # consumes the shared {{end}}.
                if context == "if" and self.peek().typ == L.IF:
                    self.next()
                    else_list = ListNode(self.tree, nxt.pos)
                    else_list.nodes.append(self.branch_control(IfNode, "if"))
                elif context == "with" and self.peek().typ == L.WITH:
                    self.next()
                    else_list = ListNode(self.tree, nxt.pos)
                    else_list.nodes.append(self.branch_control(WithNode, "with"))
                else:
                    else_list, nxt = self.item_list()
                    if not isinstance(nxt, EndNode):
                        self.errorf("expected end; found %s" % nxt)
            return pipe.pos, pipe.line, pipe, lst, else_list
        finally:
            self.stack_depth -= 1
            del self.vars[nvars:]

    def enter(self):
        if self.stack_depth >= MAX_STACK_DEPTH:
            self.errorf("max expression depth exceeded")
        self.stack_depth += 1

    def branch_control(self, cls, context):
        return cls(self.tree, *self.parse_control(context))

    def end_control(self):
        return EndNode(self.tree, self.expect(L.RIGHT_DELIM, "end").pos)

    def else_control(self):
        peek = self.peek_non_space()
        if peek.typ in (L.IF, L.WITH):
            return ElseNode(self.tree, peek.pos, peek.line)
        token = self.expect(L.RIGHT_DELIM, "else")
        return ElseNode(self.tree, token.pos, token.line)

    def block_control(self):
        context = "block clause"
        token = self.next_non_space()
        name = self.parse_template_name(token, context)
        pipe = self.pipeline(context, L.RIGHT_DELIM)
        p = self.child(name)
        self.enter()
        try:
            p.stack_depth = self.stack_depth
            p.tree.root, end = p.item_list()
        finally:
            self.stack_depth -= 1
        if not isinstance(end, EndNode):
            self.errorf("unexpected %s in %s" % (end, context))
        p.add()
        return TemplateNode(self.tree, token.pos, token.line, name, pipe)

    def template_control(self):
        context = "template clause"
        token = self.next_non_space()
        name = self.parse_template_name(token, context)
        pipe = None
        if self.next_non_space().typ != L.RIGHT_DELIM:
            self.backup()
            pipe = self.pipeline(context, L.RIGHT_DELIM)
        return TemplateNode(self.tree, token.pos, token.line, name, pipe)

    def parse_template_name(self, token, context):
        if token.typ in (L.STRING, L.RAW_STRING):
            try:
                return unquote(token.val)
            except SyntaxErr as e:
                self.errorf(str(e))
        self.unexpected(token, context)

    def command(self):
        cmd = CommandNode(self.tree, self.peek_non_space().pos)
        while True:
            self.peek_non_space()
            operand = self.operand()
            if operand is not None:
                cmd.args.append(operand)
            token = self.next()
            typ = token.typ
            if typ == L.SPACE:
                continue
            if typ in (L.RIGHT_DELIM, L.RIGHT_PAREN):
                self.backup()
            elif typ != L.PIPE:
                self.unexpected(token, "operand")
            break
        if not cmd.args:
            self.errorf("empty command")
        return cmd

    def operand(self):
        node = self.term()
        if node is None:
            return None
        if self.peek().typ == L.FIELD:
            chain = ChainNode(self.tree, self.peek().pos, node)
            while self.peek().typ == L.FIELD:
                chain.field.append(self.next().val[1:])
            if isinstance(node, FieldNode):
                node = FieldNode(self.tree, chain.pos, str(chain))
            elif isinstance(node, VariableNode):
                node = VariableNode(self.tree, chain.pos, str(chain))
            elif isinstance(node, (BoolNode, StringNode, NumberNode, NilNode, DotNode)):
                self.errorf("unexpected . after term %s" % quote(str(node)))
            else:
                node = chain
        return node

    def term(self):
        token = self.next_non_space()
        typ = token.typ
        if typ == L.IDENTIFIER:
            if token.val not in self.funcs:
                self.errorf("function %s not defined" % quote(token.val))
            return IdentifierNode(self.tree, token.pos, token.val)
        if typ == L.DOT:
            return DotNode(self.tree, token.pos)
        if typ == L.NIL:
            return NilNode(self.tree, token.pos)
        if typ == L.VARIABLE:
            return self.use_var(token.pos, token.val)
        if typ == L.FIELD:
            return FieldNode(self.tree, token.pos, token.val)
        if typ == L.BOOL:
            return BoolNode(self.tree, token.pos, token.val == "true")
        if typ in (L.CHAR_CONSTANT, L.COMPLEX, L.NUMBER):
            return self.number(token)
        if typ == L.LEFT_PAREN:
            self.enter()
            try:
                return self.pipeline("parenthesized pipeline", L.RIGHT_PAREN)
            finally:
                self.stack_depth -= 1
        if typ in (L.STRING, L.RAW_STRING):
            try:
                s = unquote(token.val)
            except SyntaxErr as e:
                self.errorf(str(e))
            return StringNode(self.tree, token.pos, token.val, s)
        self.backup()
        return None

    def use_var(self, pos, name):
        v = VariableNode(self.tree, pos, name)
        if v.ident[0] in self.vars:
            return v
        self.errorf("undefined variable %s" % quote(v.ident[0]))

    def number(self, token):
        n = NumberNode(self.tree, token.pos, token.val)
        text = token.val
        if token.typ == L.CHAR_CONSTANT:
            try:
                r, _, i = unquote_char(text, 1, text[0])
            except (SyntaxErr, IndexError):
                self.errorf("invalid syntax")
            if text[i:] != "'":
                self.errorf("malformed character constant: %s" % text)
            n.int = n.uint = r
            n.float = float(r)
            n.is_int = n.is_uint = n.is_float = True
            return n
        if token.typ == L.COMPLEX:
            try:
                n.complex = complex(text.replace("_", "")[:-1] + "j")
            except ValueError:
                self.errorf("expected integer")
            n.is_complex = True
            _simplify_complex(n)
            return n
        if text.endswith("i"):
            f = parse_float(text[:-1])
            if f is not None:
                n.is_complex = True
                n.complex = complex(0, f)
                _simplify_complex(n)
                return n
        u = parse_uint(text)
        if u is not None:
            n.is_uint = True
            n.uint = u
        i = parse_int(text)
        if i is not None:
            n.is_int = True
            n.int = i
            if i == 0:
                n.is_uint = True
                n.uint = u or 0
        if n.is_int:
            n.is_float = True
            n.float = float(n.int)
        elif n.is_uint:
            n.is_float = True
            n.float = float(n.uint)
        else:
            f = parse_float(text)
            if f is not None:
                if not any(c in text for c in ".eEpP"):
                    self.errorf("integer overflow: %s" % quote(text))
                n.is_float = True
                n.float = f
                if f == int(f) and -(1 << 63) <= f < 1 << 63:
                    n.is_int = True
                    n.int = int(f)
                if f == int(f) and 0 <= f < 1 << 64:
                    n.is_uint = True
                    n.uint = int(f)
        if not (n.is_int or n.is_uint or n.is_float):
            self.errorf("illegal number syntax: %s" % quote(text))
        return n


def _simplify_complex(n):
    n.is_float = n.complex.imag == 0
    if n.is_float:
        f = n.complex.real
        n.float = f
        n.is_int = f == int(f) and -(1 << 63) <= f < 1 << 63
        if n.is_int:
            n.int = int(f)
        n.is_uint = f == int(f) and 0 <= f < 1 << 64
        if n.is_uint:
            n.uint = int(f)


_OPERAND_START = frozenset((
    L.BOOL, L.CHAR_CONSTANT, L.COMPLEX, L.DOT, L.FIELD, L.IDENTIFIER, L.NUMBER, L.NIL,
    L.RAW_STRING, L.STRING, L.VARIABLE, L.LEFT_PAREN,
))


def parse_trees(name, text, funcs):
    """Parse text as template `name`; returns {name: Tree} for it and its definitions.

    funcs is the set of function names the template may call.
    """
    items = L.lex(text, "break" not in funcs, "continue" not in funcs)
    tree_set = {}
    tree = Tree(name, name, text)
    p = _Parser(tree, _Stream(items), funcs, tree_set)
    try:
        p.parse()
    except RecursionError:
        raise ParseError("template: %s:%d: max expression depth exceeded" % (name, p.token[0].line)) from None
    p.add()
    return tree_set
