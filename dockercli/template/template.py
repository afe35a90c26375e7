"""The public Template object and parse()."""

from .builtins import BUILTINS
from .errors import ParseError, TemplateError
from .execute import Program
from .parser import parse_trees
from .signatures import GoFunc, wrap_python

_MISSINGKEY = {"default": False, "invalid": False, "zero": False, "error": True}


def _good_name(name):
    if not isinstance(name, str) or not name:
        return False
    return all(c == "_" or c.isalpha() or (i and c.isdecimal()) for i, c in enumerate(name))


def _function_table(funcs, docker):
    table = dict(BUILTINS)
    if docker:
        from .dockerfuncs import DOCKER_FUNCS

        table.update(DOCKER_FUNCS)
    for name, fn in (funcs or {}).items():
        if not _good_name(name):
            raise TemplateError("function name %r is not a valid identifier" % (name,))
        if isinstance(fn, GoFunc):
            table[name] = fn
        elif callable(fn):
            table[name] = wrap_python(fn)
        else:
            raise TemplateError("value for %s not a function" % name)
    return table


class Template:
    """A parsed template, compiled once and executable any number of times."""

    __slots__ = ("name", "_program")

    def __init__(self, name, program):
        self.name = name
        self._program = program

    def execute(self, data=None, missingkey="default"):
        """Apply the template to data and return the text it produces."""
        return self._program.execute(self.name, data, _missing_error(missingkey))

    def executor(self, missingkey="default"):
        """A function data -> str, for executing the template once per row."""
        run = self._program.execute
        name = self.name
        missing_error = _missing_error(missingkey)

        def execute(data):
            return run(name, data, missing_error)

        return execute


def _missing_error(missingkey):
    try:
        return _MISSINGKEY[missingkey]
    except (KeyError, TypeError):
        raise TemplateError("unrecognized option: missingkey=%s" % (missingkey,)) from None


def parse(text, name="", funcs=None, docker=True):
    """See dockercli.template.parse."""
    table = _function_table(funcs, docker)
    trees = parse_trees(name, text, table)
    program = Program(trees, table)
    try:
        program.lookup(name)
    except RecursionError:
        raise ParseError("template: %s: max expression depth exceeded" % name) from None
    return Template(name, program)
