"""Execution of parse trees with Go's text/template semantics (exec.go).

Each tree is compiled once into nested Python closures; running a template
is then a matter of calling them with a fresh State. The closures record the
node Go would be "at" (State.node) exactly where exec.go calls s.at(), so that
errors name the same position and context as Go's.
"""

from types import MethodType

from .builtins import AND, CALL, OR
from .errors import ExecError, TemplateError
from .gofmt import to_text
from .strconv import quote
from .nodes import (
    ActionNode, BoolNode, BreakNode, ChainNode, ContinueNode, DotNode, FieldNode, IdentifierNode,
    IfNode, NilNode, NumberNode, PipeNode, RangeNode, StringNode, TemplateNode, TextNode,
    VariableNode, WithNode,
)
from .signatures import ANY, INT, STRING, VALUE, arity_cache, arity
from .values import (FUNC_TYPES, NOVALUE, NilPointer, Pointer, is_func, sort_keys, truth,
                     type_name)

# Go's limit on nested {{template}} calls. Python's stack runs out long before
# it, and that is reported with Go's message, which is what an accidentally
# recursive template produces in Go.
MAX_EXEC_DEPTH = 100000


class _Final:
    """Go's missingVal: no value is piped into the command."""

    __slots__ = ()


NOFINAL = _Final()


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


class State:
    """The state of one execution; a compiled template is shared by many."""

    __slots__ = ("w", "vars", "node", "depth", "name", "missing_error", "program")

    def error(self, msg):
        node = self.node
        if node is None:
            return ExecError("template: %s: %s" % (self.name, msg))
        location, context = node.tree.error_context(node)
        return ExecError("template: %s: executing %s at <%s>: %s" % (location, quote(self.name), context, msg))


def _exc_text(e):
    return str(e) or type(e).__name__


def var_value(s, name):
    vs = s.vars
    for i in range(len(vs) - 1, -1, -1):
        if vs[i][0] == name:
            return vs[i][1]
    raise s.error("undefined variable: %s" % name)


def set_var(s, name, value):
    vs = s.vars
    for i in range(len(vs) - 1, -1, -1):
        if vs[i][0] == name:
            vs[i][1] = value
            return
    raise s.error("undefined variable: %s" % name)


def validate(s, v, typ):
    """Go's validateType: check (and convert) a computed value for a parameter."""
    if typ is VALUE or typ is None:
        return v
    if typ is ANY:
        return None if v is NOVALUE else v
    if v is NOVALUE:
        if typ.nilable:
            return None
        raise s.error("invalid value; expected %s" % typ)
    t = type(v)
    if (t is str and typ is STRING) or (t is int and typ is INT):
        return v
    if assignable(v, typ):
        return v
    if isinstance(v, Pointer) and assignable(v._elem, typ):
        # "Does one dereference or indirection work?"
        return v._elem
    if isinstance(v, NilPointer) and type_name(v)[1:] == typ.name:
        raise s.error("dereference of nil pointer of type %s" % typ)
    raise s.error("wrong type for value; expected %s; got %s" % (typ, type_name(v)))


def assignable(v, typ):
    """Go's AssignableTo for a value of v's type and a parameter of type typ."""
    if typ.kind == "any":
        return True
    name = type_name(v)
    if name == typ.name:
        return True
    # identical underlying types, one of the two types unnamed
    if not typ.named:
        return getattr(type(v), "__gounderlying__", None) == typ.name
    return False


_NOT_STRUCTS = (str, int, float, complex, list, tuple, bytes, bytearray, type(None), type(NOVALUE)) + FUNC_TYPES
_DICT, _STRUCT, _OTHER, _NAMED = 0, 1, 2, 3
_KINDS = {}
_NO_ARGS = (0, 0, False)


def _kind(t):
    """Whether values of type t are maps, structs, named scalars with methods or
    none of these; cached per type."""
    k = _KINDS.get(t)
    if k is None:
        if issubclass(t, dict):
            # a map whose keys are of a named type (nat.PortMap) has no field names
            k = _DICT if getattr(t, "__gokeytype__", "string") == "string" else _OTHER
        elif issubclass(t, (str, int, float)) and not issubclass(t, bool) \
                and isinstance(getattr(t, "__gotype__", None), str):
            k = _NAMED
        elif issubclass(t, _NOT_STRUCTS):
            k = _OTHER
        else:
            k = _STRUCT
        _KINDS[t] = k
    return k


def eval_field(s, dot, name, node, argfns, final, receiver, boxed=False):
    """The value of receiver.name, calling it when it is a method.

    boxed marks a receiver read from a map in the same field chain: Go sees it
    through an interface {}, which shows in its error messages, and a nil
    there is a nil interface rather than no value at all.
    """
    k = _kind(type(receiver))
    if (k == _STRUCT and name[0] != "_") or (k == _NAMED and "A" <= name[0] <= "Z"):
        try:
            attr = getattr(receiver, name)
        except AttributeError:
            raise s.error(_no_field(receiver, name, boxed)) from None
        except RecursionError:
            raise
        except Exception as e:
            raise s.error("error calling %s: %s" % (name, _exc_text(e))) from None
        if type(attr) is MethodType and argfns is None and final is NOFINAL \
                and arity_cache.get(attr.__func__) == _NO_ARGS:
            try:
                return attr()
            except (TemplateError, RecursionError):
                raise
            except Exception as e:
                s.node = node
                raise s.error("error calling %s: %s" % (name, _exc_text(e))) from None
        if callable(attr):
            return call_method(s, dot, attr, node, name, argfns, final)
        if argfns or final is not NOFINAL:
            raise s.error("%s has arguments but cannot be invoked as function" % name)
        return attr
    if k == _DICT:
        if argfns or final is not NOFINAL:
            raise s.error("%s is not a method but has arguments" % name)
        try:
            return receiver[name]
        except KeyError:
            if s.missing_error:
                raise s.error("map has no entry for key %s" % quote(name)) from None
            return NOVALUE
    if boxed and (receiver is None or (receiver is NOVALUE and s.missing_error)):
        # a nil interface {} read from a map (a JSON null may be held as NOVALUE,
        # which prints <no value> as Go's nil interface does; with missingkey=error
        # a NOVALUE read from a map can only be that)
        raise s.error("nil pointer evaluating interface {}.%s" % name)
    if receiver is NOVALUE or receiver is None:
        if s.missing_error:
            raise s.error("nil data; no entry for key %s" % quote(name))
        return NOVALUE
    raise s.error("can't evaluate field %s in type %s" % (name, _receiver_type(receiver, boxed)))


def _receiver_type(receiver, boxed):
    return "interface {}" if boxed else type_name(receiver)


def _no_field(receiver, name, boxed):
    """Go's error for a field a value does not have; through a nil pointer, the
    "nil pointer evaluating" one when the type pointed to has that field."""
    if isinstance(receiver, NilPointer):
        struct = receiver._elem_class
        field_type = getattr(struct, "__gofieldtype__", None)
        if struct is None or (field_type is not None and field_type(name) is not None):
            return "nil pointer evaluating %s.%s" % (type_name(receiver), name)
    return "can't evaluate field %s in type %s" % (name, _receiver_type(receiver, boxed))


def call_method(s, dot, method, node, name, argfns, final):
    nargs = len(argfns) if argfns else 0
    num_in = nargs + (final is not NOFINAL)
    params = getattr(method, "__goparams__", None)
    if params is not None:
        if num_in != len(params):
            raise s.error("wrong number of args for %s: want %d got %d" % (name, len(params), num_in))
    else:
        a = arity(method)
        if a is not None:
            fewest, most, variadic = a
            if variadic:
                if num_in < fewest:
                    raise s.error("wrong number of args for %s: want at least %d got %d" % (name, fewest, nargs))
            elif not fewest <= num_in <= most:
                raise s.error("wrong number of args for %s: want %d got %d" % (name, most, num_in))
    try:
        if not num_in:
            return method()
        if params is None:
            argv = [f(s, dot) for f in argfns] if argfns else []
            if final is not NOFINAL:
                argv.append(None if final is NOVALUE else final)
        else:
            # the method's Go parameter types decide how each argument is evaluated
            argv = [argfns.typed(i, params[i])(s, dot) for i in range(nargs)]
            if final is not NOFINAL:
                argv.append(validate(s, _unboxed(final), params[-1]))
        return method(*argv)
    except (TemplateError, RecursionError):
        raise
    except Exception as e:
        s.node = node
        raise s.error("error calling %s: %s" % (name, _exc_text(e))) from None


def eval_field_chain(s, dot, receiver, node, idents, argfns, final):
    boxed = False
    for i, name in enumerate(idents[:-1]):
        from_map = isinstance(receiver, dict)
        owner = receiver
        receiver = eval_field(s, dot, name, node, None, NOFINAL, receiver, boxed)
        boxed = from_map
        if receiver is None and not from_map:
            _nil_field(s, owner, name, idents[i + 1])
    return eval_field(s, dot, idents[-1], node, argfns, final, receiver, boxed)


def _nil_field(s, owner, name, next_name):
    """A nil read from a struct that declares its field types (``__gofieldtype__``)
    is a typed nil pointer: Go cannot evaluate a field through it."""
    field_type = getattr(owner, "__gofieldtype__", None)
    typ = field_type(name) if field_type is not None else None
    if typ is not None:
        raise s.error("nil pointer evaluating %s.%s" % (typ, next_name))


def ideal_constant(node):
    """(value, error) of a numeric constant in a context giving it no type."""
    if node.is_complex:
        return node.complex, None
    text = node.text
    is_hex_int = len(text) > 2 and text[0] == "0" and text[1] in "xX" and not any(c in text for c in "pP")
    if node.is_float and not is_hex_int and text[0] != "'" and any(c in text for c in ".eEpP"):
        return node.float, None
    if node.is_int:
        return node.int, None
    if node.is_uint:
        return None, "%s overflows int" % text
    return NOVALUE, None


def _unboxed(v):
    """A pipeline's value as Go passes it on: a nil interface becomes no value."""
    return NOVALUE if v is None else v


def print_value(s, node, v):
    s.node = node
    if v is NOVALUE:
        return "<no value>"
    if is_func(v):
        raise s.error("can't print %s of type %s" % (node, type_name(v)))
    return to_text(v)


def _noop(s, dot):
    pass


class _Args(tuple):
    """The argument evaluators of a field or method call, each as interface {};
    typed(i, typ) compiles (once) argument i for a parameter of type typ."""

    def typed(self, i, typ):
        key = (i, typ)
        fn = self.cache.get(key)
        if fn is None:
            fn = self.cache[key] = self.compiler.arg(self.nodes[i], typ)
        return fn


class Compiler:
    """Turns the nodes of one tree into closures."""

    def __init__(self, funcs):
        self.funcs = funcs

    def list(self, node):
        fns = [f for f in (self.node(n) for n in node.nodes) if f is not None]
        if not fns:
            return _noop
        if len(fns) == 1:
            return fns[0]
        fns = tuple(fns)

        def run_list(s, dot):
            for f in fns:
                f(s, dot)

        return run_list

    def node(self, n):
        if isinstance(n, TextNode):
            text = n.text

            def run_text(s, dot):
                s.w(text)

            return run_text
        if isinstance(n, ActionNode):
            return self.action(n)
        if isinstance(n, (IfNode, WithNode)):
            return self.if_or_with(n, isinstance(n, WithNode))
        if isinstance(n, RangeNode):
            return self.range(n)
        if isinstance(n, TemplateNode):
            return self.template(n)
        if isinstance(n, BreakNode):
            def run_break(s, dot):
                raise _Break()

            return run_break
        if isinstance(n, ContinueNode):
            def run_continue(s, dot):
                raise _Continue()

            return run_continue
        return None

    def action(self, node):
        pipe = node.pipe
        if pipe.decl:
            return self.pipe(pipe)
        cmd = pipe.cmds[0]
        first = cmd.args[0]
        if len(pipe.cmds) == 1 and len(cmd.args) == 1 and isinstance(first, FieldNode) and len(first.ident) == 1:
            # The common {{.Name}}: one field of dot, printed.
            name = first.ident[0]

            def run_field(s, dot):
                s.node = first
                v = eval_field(s, dot, name, first, None, NOFINAL, dot)
                s.w(v if type(v) is str else print_value(s, node, v))

            return run_field
        ev = self.pipe(pipe)

        def run_action(s, dot):
            v = ev(s, dot)
            s.w(v if type(v) is str else print_value(s, node, v))

        return run_action

    def pipe(self, pipe):
        cmds = tuple(self.command(c, i > 0) for i, c in enumerate(pipe.cmds))
        decl = tuple(v.ident[0] for v in pipe.decl)
        is_assign = pipe.is_assign
        if len(cmds) == 1 and not decl:
            c0 = cmds[0]

            def run_pipe1(s, dot):
                s.node = pipe
                return c0(s, dot, NOFINAL)

            return run_pipe1

        def run_pipe(s, dot):
            s.node = pipe
            v = NOFINAL
            for c in cmds:
                v = c(s, dot, v)
            for name in decl:
                if is_assign:
                    set_var(s, name, v)
                else:
                    s.vars.append([name, v])
            return v

        return run_pipe

    def command(self, cmd, has_final):
        first = cmd.args[0]
        multi = len(cmd.args) > 1
        if isinstance(first, FieldNode):
            return self.chain_command(first, None, first.ident, cmd.args[1:])
        if isinstance(first, ChainNode):
            # The parser rejects nil.Field, so Go's "indirection through
            # explicit nil" cannot arise here.
            return self.chain_command(first, self.arg(first.node, None), first.field, cmd.args[1:])
        if isinstance(first, IdentifierNode):
            call = self.call(first, cmd, cmd.args[1:], has_final)

            def run_function(s, dot, final):
                s.node = first
                return call(s, dot, final)

            return run_function
        if isinstance(first, VariableNode):
            name = first.ident[0]
            if len(first.ident) > 1:
                return self.chain_command(first, None, first.ident[1:], cmd.args[1:], name)

            def run_variable(s, dot, final):
                s.node = first
                v = var_value(s, name)
                if multi or final is not NOFINAL:
                    raise s.error("can't give argument to non-function %s" % first)
                return v

            return run_variable
        if isinstance(first, PipeNode):
            inner = self.pipe(first)

            def run_paren(s, dot, final):
                if multi or final is not NOFINAL:
                    raise s.error("can't give argument to non-function %s" % first)
                return inner(s, dot)

            return run_paren
        return self.literal_command(first, multi)

    def literal_command(self, first, multi):
        err = None
        if isinstance(first, BoolNode):
            value = first.true
        elif isinstance(first, StringNode):
            value = first.text
        elif isinstance(first, NumberNode):
            value, err = ideal_constant(first)
        elif isinstance(first, NilNode):
            value, err = None, "nil is not a command"
        else:
            value = None
        is_dot = isinstance(first, DotNode)

        def run_literal(s, dot, final):
            s.node = first
            if multi or final is not NOFINAL:
                raise s.error("can't give argument to non-function %s" % first)
            if err is not None:
                raise s.error(err)
            return dot if is_dot else value

        return run_literal

    def chain_command(self, node, receiver_fn, idents, arg_nodes, var_name=None):
        """A field chain on dot, on a variable ($x.A) or on a term ((x).A)."""
        argfns = None
        if arg_nodes:
            argfns = _Args(self.arg(a, ANY) for a in arg_nodes)
            argfns.nodes = tuple(arg_nodes)
            argfns.compiler = self
            argfns.cache = {}
        idents = tuple(idents)
        if var_name is not None:
            def run_var_chain(s, dot, final):
                s.node = node
                return eval_field_chain(s, dot, var_value(s, var_name), node, idents, argfns, final)

            return run_var_chain
        if receiver_fn is not None:
            def run_term_chain(s, dot, final):
                s.node = node
                return eval_field_chain(s, dot, receiver_fn(s, dot), node, idents, argfns, final)

            return run_term_chain
        if len(idents) == 1:
            name = idents[0]

            def run_field(s, dot, final):
                s.node = node
                return eval_field(s, dot, name, node, argfns, final, dot)

            return run_field

        def run_field_chain(s, dot, final):
            s.node = node
            return eval_field_chain(s, dot, dot, node, idents, argfns, final)

        return run_field_chain

    def call(self, ident, node, arg_nodes, has_final):
        """A call of a template function; node is what "error calling" names."""
        name = ident.ident
        spec = self.funcs[name]
        nargs = len(arg_nodes)
        num_in = nargs + (1 if has_final else 0)
        err = None
        if spec.variadic is not None:
            if num_in < len(spec.params):
                err = "wrong number of args for %s: want at least %d got %d" % (name, len(spec.params), nargs)
        elif num_in != len(spec.params):
            err = "wrong number of args for %s: want %d got %d" % (name, len(spec.params), num_in)
        if err is not None:
            def run_bad_arity(s, dot, final):
                raise s.error(err)

            return run_bad_arity
        argfns = tuple(self.arg(a, spec.param_type(i, num_in)) for i, a in enumerate(arg_nodes))
        final_type = spec.param_type(num_in - 1, num_in) if has_final else None
        if spec is AND or spec is OR:
            want = spec is OR

            def run_and_or(s, dot, final):
                v = NOVALUE
                for f in argfns:
                    v = f(s, dot)
                    if truth(v) == want:
                        return v
                if final is not NOFINAL:
                    v = final
                return v

            return run_and_or
        impl = spec.impl
        if spec is CALL:
            callee = str(arg_nodes[0]) if arg_nodes else None

            def impl(*argv, _call=impl):
                if callee is not None:
                    return _call(callee, *argv)
                f = argv[-1]
                return _call(f if isinstance(f, str) else "<%s Value>" % type_name(f), *argv)

        def run_call(s, dot, final):
            argv = [f(s, dot) for f in argfns]
            if final is not NOFINAL:
                argv.append(validate(s, _unboxed(final), final_type))
            try:
                return impl(*argv)
            except (TemplateError, RecursionError):
                raise
            except Exception as e:
                s.node = node
                raise s.error("error calling %s: %s" % (name, _exc_text(e))) from None

        return run_call

    def arg(self, n, typ):
        """An argument evaluator: Go's evalArg for a parameter of type typ."""
        if isinstance(n, DotNode):
            def run_dot(s, dot):
                s.node = n
                return validate(s, dot, typ)

            return run_dot
        if isinstance(n, NilNode):
            if typ.nilable:
                zero = NOVALUE if typ is VALUE else None

                def run_nil(s, dot):
                    s.node = n
                    return zero

                return run_nil
            return self._arg_error(n, "cannot assign nil to %s" % typ)
        if isinstance(n, (FieldNode, VariableNode, ChainNode, PipeNode, IdentifierNode)):
            if isinstance(n, IdentifierNode):
                call = self.call(n, n, (), False)

                def ev(s, dot):
                    return call(s, dot, NOFINAL)
            elif isinstance(n, PipeNode):
                pipe = self.pipe(n)

                def ev(s, dot):
                    return _unboxed(pipe(s, dot))
            else:
                cmd = self.command_for(n)

                def ev(s, dot):
                    return cmd(s, dot, NOFINAL)

            def run_arg(s, dot):
                s.node = n
                return validate(s, ev(s, dot), typ)

            return run_arg
        kind = typ.kind
        make = typ.make
        if kind == "string":
            if isinstance(n, StringNode):
                return self._arg_const(n, n.text if make is None else make(n.text))
            return self._arg_error(n, "expected string; found %s" % n)
        if kind == "int" or kind == "uint":
            if isinstance(n, NumberNode) and (n.is_int if kind == "int" else n.is_uint):
                value = n.int if kind == "int" else n.uint
                return self._arg_const(n, value if make is None else make(value))
            return self._arg_error(n, "expected %sinteger; found %s" % ("" if kind == "int" else "unsigned ", n))
        if kind == "float":
            if isinstance(n, NumberNode) and n.is_float:
                return self._arg_const(n, n.float if make is None else make(n.float))
            return self._arg_error(n, "expected float; found %s" % n)
        if kind == "bool":
            if isinstance(n, BoolNode):
                return self._arg_const(n, n.true if make is None else make(n.true))
            return self._arg_error(n, "expected bool; found %s" % n)
        if typ is ANY or typ is VALUE:
            if isinstance(n, BoolNode):
                return self._arg_const(n, n.true)
            if isinstance(n, StringNode):
                return self._arg_const(n, n.text)
            if isinstance(n, NumberNode):
                value, err = ideal_constant(n)
                if err is not None:
                    return self._arg_error(n, err)
                return self._arg_const(n, None if value is NOVALUE and typ is ANY else value)
        return self._arg_error(n, "can't handle %s for arg of type %s" % (n, typ))

    def command_for(self, n):
        """Evaluator of a field, variable or chain used as an argument."""
        if isinstance(n, FieldNode):
            return self.chain_command(n, None, n.ident, ())
        if isinstance(n, VariableNode):
            if len(n.ident) > 1:
                return self.chain_command(n, None, n.ident[1:], (), n.ident[0])
            name = n.ident[0]

            def run_var(s, dot, final):
                s.node = n
                return var_value(s, name)

            return run_var
        return self.chain_command(n, self.arg(n.node, None), n.field, ())

    @staticmethod
    def _arg_const(n, value):
        def run_const(s, dot):
            s.node = n
            return value

        return run_const

    @staticmethod
    def _arg_error(n, msg):
        def run_bad_arg(s, dot):
            s.node = n
            raise s.error(msg)

        return run_bad_arg

    def if_or_with(self, n, is_with):
        ev = self.pipe(n.pipe)
        body = self.list(n.list)
        orelse = self.list(n.else_list) if n.else_list is not None else None

        def run_branch(s, dot):
            mark = len(s.vars)
            v = ev(s, dot)
            if truth(v):
                body(s, v if is_with else dot)
            elif orelse is not None:
                orelse(s, dot)
            del s.vars[mark:]

        return run_branch

    def range(self, r):
        ev = self.pipe(r.pipe)
        body = self.list(r.list)
        orelse = self.list(r.else_list) if r.else_list is not None else None
        decl = tuple(v.ident[0] for v in r.pipe.decl)
        ndecl = len(decl)
        is_assign = r.pipe.is_assign

        def one(s, mark, index, elem):
            if ndecl:
                if is_assign:
                    set_var(s, decl[0], index if ndecl > 1 else elem)
                    if ndecl > 1:
                        set_var(s, decl[1], elem)
                else:
                    s.vars[-1][1] = elem
                    if ndecl > 1:
                        s.vars[-2][1] = index
            try:
                body(s, elem)
            except _Continue:
                pass
            del s.vars[mark:]

        def run_range(s, dot):
            mark0 = len(s.vars)
            val = ev(s, dot)
            if isinstance(val, Pointer):
                val = val._elem   # range goes through a pointer
            mark = len(s.vars)
            try:
                if isinstance(val, (list, tuple)):
                    if val:
                        for i, e in enumerate(val):
                            one(s, mark, i, e)
                        del s.vars[mark0:]
                        return
                elif isinstance(val, dict):
                    if val:
                        for k in sort_keys(val):
                            one(s, mark, k, val[k])
                        del s.vars[mark0:]
                        return
                elif isinstance(val, int) and not isinstance(val, bool):
                    if ndecl > 1:
                        raise s.error("can't use %s to iterate over more than one variable" % val)
                    if val > 0:
                        for i in range(val):
                            one(s, mark, NOVALUE, i)
                        del s.vars[mark0:]
                        return
                elif val is not None and val is not NOVALUE:
                    raise s.error("range can't iterate over %s" % to_text(val))
            except _Break:
                del s.vars[mark0:]
                return
            if orelse is not None:
                orelse(s, dot)
            del s.vars[mark0:]

        return run_range

    def template(self, t):
        name = t.name
        ev = self.pipe(t.pipe) if t.pipe is not None else None

        def run_template(s, dot):
            s.node = t
            target = s.program.lookup(name)
            if target is None:
                raise s.error("template %s not defined" % quote(name))
            if s.depth >= MAX_EXEC_DEPTH:
                raise s.error("exceeded maximum template depth (%d)" % MAX_EXEC_DEPTH)
            newdot = ev(s, dot) if ev is not None else NOVALUE
            saved_vars, saved_name = s.vars, s.name
            s.vars = [["$", newdot]]
            s.name = name
            s.depth += 1
            try:
                target(s, newdot)
            except RecursionError:
                s.vars, s.name = saved_vars, saved_name
                s.node = t
                raise s.error("exceeded maximum template depth (%d)" % MAX_EXEC_DEPTH) from None
            s.vars, s.name = saved_vars, saved_name
            s.depth -= 1

        return run_template


class Program:
    """The compiled templates of one parse, looked up by name at run time."""

    __slots__ = ("trees", "funcs", "compiled")

    def __init__(self, trees, funcs):
        self.trees = trees
        self.funcs = funcs
        self.compiled = {}

    def lookup(self, name):
        fn = self.compiled.get(name)
        if fn is None:
            tree = self.trees.get(name)
            if tree is None:
                return None
            fn = Compiler(self.funcs).list(tree.root)
            self.compiled[name] = fn
        return fn

    def execute(self, name, data, missing_error):
        if data is None:
            # Nil data is Go's invalid reflect.Value: {{.}} prints <no value>.
            data = NOVALUE
        out = []
        s = State()
        s.w = out.append
        s.vars = [["$", data]]
        s.node = None
        s.depth = 0
        s.name = name
        s.missing_error = missing_error
        s.program = self
        try:
            root = self.lookup(name)
            if root is None:
                raise s.error("%s is an incomplete or empty template" % quote(name))
            root(s, data)
        except TemplateError as e:
            e.partial_output = "".join(out)
            raise
        except RecursionError:
            error = s.error("exceeded maximum nesting depth")
            error.partial_output = "".join(out)
            raise error from None
        except Exception as e:  # noqa: BLE001 - the API promises TemplateError only
            error = s.error(_exc_text(e))
            error.partial_output = "".join(out)
            raise error from None
        return "".join(out)
