"""Parse tree of a template, as text/template/parse/node.go defines it.

str(node) is Go's Node.String(): error messages quote it as the context of
an execution error (``executing "" at <index .A 5>``).
"""

from .strconv import quote


class Node:
    __slots__ = ("pos", "tree")

    def __init__(self, tree, pos):
        self.tree = tree
        self.pos = pos


class ListNode(Node):
    __slots__ = ("nodes",)

    def __init__(self, tree, pos):
        super().__init__(tree, pos)
        self.nodes = []

    def __str__(self):
        return "".join(str(n) for n in self.nodes)


class TextNode(Node):
    __slots__ = ("text",)

    def __init__(self, tree, pos, text):
        super().__init__(tree, pos)
        self.text = text

    def __str__(self):
        return self.text


class PipeNode(Node):
    __slots__ = ("line", "is_assign", "decl", "cmds")

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line
        self.is_assign = False
        self.decl = []
        self.cmds = []

    def __str__(self):
        s = ""
        if self.decl:
            s = ", ".join(str(v) for v in self.decl) + " := "
        return s + " | ".join(str(c) for c in self.cmds)


class ActionNode(Node):
    __slots__ = ("line", "pipe")

    def __init__(self, tree, pos, line, pipe):
        super().__init__(tree, pos)
        self.line = line
        self.pipe = pipe

    def __str__(self):
        return "{{%s}}" % self.pipe


class CommandNode(Node):
    __slots__ = ("args",)

    def __init__(self, tree, pos):
        super().__init__(tree, pos)
        self.args = []

    def __str__(self):
        return " ".join("(%s)" % a if isinstance(a, PipeNode) else str(a) for a in self.args)


class IdentifierNode(Node):
    __slots__ = ("ident",)

    def __init__(self, tree, pos, ident):
        super().__init__(tree, pos)
        self.ident = ident

    def __str__(self):
        return self.ident


class VariableNode(Node):
    """$x or $x.Field.Chain: ident[0] is the variable name."""

    __slots__ = ("ident",)

    def __init__(self, tree, pos, ident):
        super().__init__(tree, pos)
        self.ident = ident.split(".")

    def __str__(self):
        return ".".join(self.ident)


class DotNode(Node):
    __slots__ = ()

    def __str__(self):
        return "."


class NilNode(Node):
    __slots__ = ()

    def __str__(self):
        return "nil"


class FieldNode(Node):
    __slots__ = ("ident",)

    def __init__(self, tree, pos, ident):
        super().__init__(tree, pos)
        self.ident = ident[1:].split(".")

    def __str__(self):
        return "".join("." + i for i in self.ident)


class ChainNode(Node):
    """(pipeline).Field1.Field2: a term followed by field accesses."""

    __slots__ = ("node", "field")

    def __init__(self, tree, pos, node):
        super().__init__(tree, pos)
        self.node = node
        self.field = []

    def __str__(self):
        s = "(%s)" % self.node if isinstance(self.node, PipeNode) else str(self.node)
        return s + "".join("." + f for f in self.field)


class BoolNode(Node):
    __slots__ = ("true",)

    def __init__(self, tree, pos, true):
        super().__init__(tree, pos)
        self.true = true

    def __str__(self):
        return "true" if self.true else "false"


class NumberNode(Node):
    """A numeric constant with every Go type its text can take."""

    __slots__ = ("is_int", "is_uint", "is_float", "is_complex", "int", "uint", "float", "complex", "text")

    def __init__(self, tree, pos, text):
        super().__init__(tree, pos)
        self.text = text
        self.is_int = self.is_uint = self.is_float = self.is_complex = False
        self.int = self.uint = 0
        self.float = 0.0
        self.complex = 0j

    def __str__(self):
        return self.text


class StringNode(Node):
    __slots__ = ("quoted", "text")

    def __init__(self, tree, pos, quoted, text):
        super().__init__(tree, pos)
        self.quoted = quoted
        self.text = text

    def __str__(self):
        return self.quoted


class EndNode(Node):
    __slots__ = ()

    def __str__(self):
        return "{{end}}"


class ElseNode(Node):
    __slots__ = ("line",)

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line

    def __str__(self):
        return "{{else}}"


class BranchNode(Node):
    __slots__ = ("line", "pipe", "list", "else_list")
    keyword = ""

    def __init__(self, tree, pos, line, pipe, list_, else_list):
        super().__init__(tree, pos)
        self.line = line
        self.pipe = pipe
        self.list = list_
        self.else_list = else_list

    def __str__(self):
        s = "{{%s %s}}%s" % (self.keyword, self.pipe, self.list)
        if self.else_list is not None:
            s += "{{else}}%s" % self.else_list
        return s + "{{end}}"


class IfNode(BranchNode):
    __slots__ = ()
    keyword = "if"


class RangeNode(BranchNode):
    __slots__ = ()
    keyword = "range"


class WithNode(BranchNode):
    __slots__ = ()
    keyword = "with"


class BreakNode(Node):
    __slots__ = ("line",)

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line

    def __str__(self):
        return "{{break}}"


class ContinueNode(Node):
    __slots__ = ("line",)

    def __init__(self, tree, pos, line):
        super().__init__(tree, pos)
        self.line = line

    def __str__(self):
        return "{{continue}}"


class TemplateNode(Node):
    __slots__ = ("line", "name", "pipe")

    def __init__(self, tree, pos, line, name, pipe):
        super().__init__(tree, pos)
        self.line = line
        self.name = name
        self.pipe = pipe

    def __str__(self):
        if self.pipe is None:
            return "{{template %s}}" % quote(self.name)
        return "{{template %s %s}}" % (quote(self.name), self.pipe)


class Tree:
    """One parsed template: its name, the top-level name for errors, its root."""

    __slots__ = ("name", "parse_name", "root", "text")

    def __init__(self, name, parse_name, text):
        self.name = name
        self.parse_name = parse_name
        self.root = None
        self.text = text

    def error_context(self, node):
        """Go's Tree.ErrorContext: ("NAME:LINE:COL", node text), COL in bytes."""
        tree = node.tree or self
        before = tree.text[:node.pos]
        nl = before.rfind("\n")
        col = before[nl + 1:] if nl >= 0 else before
        # Go counts the column in bytes from zero.
        byte_num = len(col.encode("utf-8", "surrogatepass"))
        line = 1 + before.count("\n")
        return "%s:%d:%d" % (tree.parse_name, line, byte_num), str(node)


def is_empty_tree(n):
    """Whether a tree holds nothing but space and comments (parse.IsEmptyTree)."""
    if n is None:
        return True
    if isinstance(n, ListNode):
        return all(is_empty_tree(c) for c in n.nodes)
    if isinstance(n, TextNode):
        return n.text.strip(" \t\n\v\f\r\x85\xa0") == ""
    return False
