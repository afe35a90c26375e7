"""Go's text/template for docker's --format flags, in pure Python.

    from dockercli.template import parse, TemplateError, ParseError, ExecError

    tmpl = parse("{{.Name}}\\t{{json .Labels}}")   # ParseError on bad syntax
    print(tmpl.execute(row))                     # ExecError when execution fails
    run = tmpl.executor(missingkey="error")      # data -> str, for many rows

str(err) is Go's err.Error() text; docker prefixes it with
"template parsing error: ".

How Python values stand for Go values:

* dict is a map[string]interface {}: ``.Key`` looks the key up, a missing
  key is "no value" (printed ``<no value>``; an error with
  missingkey="error"); maps print and range in sorted key order.
* list and tuple are []interface {}, str/bool/int/float are string/bool/
  int/float64, None is nil (printed ``<nil>``).
* A str, int or float subclass with ``__gotype__`` is a Go named type
  (container.NetworkMode, int64, json.Number): it prints, compares and
  orders as its kind, %T gives its name, its exported (capitalized) methods
  are callable from templates, and a parameter of another type refuses it
  as Go does (``upper`` of a json.Number: "wrong type for value; expected
  string; got json.Number"). A list subclass with ``__gotype__ = "[]string"``
  is a []string (what ``join`` takes); a named type may give the unnamed
  type it stands for in ``__gounderlying__`` (strslice.StrSlice: "[]string").
  A dict subclass with ``__gokeytype__`` has keys of that named type.
* Any other object is a struct: ``.Name`` reads a public attribute (names
  starting with ``_`` are hidden) and a callable attribute is a method,
  called with the command's arguments (``{{.Label "com.x"}}`` calls
  ``obj.Label("com.x")``); an exception it raises becomes "error calling
  Label: <message>". A method may declare its Go parameter types with
  ``signatures.go_params("string")``: its arguments are then evaluated
  and checked as Go's call does ("expected string; found 1", "cannot
  assign nil to string"); without it each parameter is an interface {}
  and the argument count is read from the Python signature. A class may
  set ``__gotype__`` to the Go type name its error messages should show.
  Printed, a struct uses its own ``__str__`` if it defines one (Go's
  Stringer), else ``{field1 field2}``.
  A class setting ``__goptr__ = True`` is a pointer to a struct: print
  shows ``&{...}``, an address inside other values, and an action the
  struct itself. A class may answer a field's Go type from
  ``__gofieldtype__(name)``: a None read from such a field is then a nil
  pointer, and evaluating a field through it fails as in Go. Go's indirect
  in ``index``, ``len`` and ``range`` sees through a pointer, so a class
  whose ``__gotype__`` starts with "*" is named without it there.
* ``values.Pointer`` is a non-nil pointer to a value that is not a struct
  (*bool, *int64): true even when it points to false or 0, printed by an
  action as what it points to but by printf's %v as an address, %T
  "*bool", comparable with pointers only, marshalled as what it points to.
  ``values.nil_pointer("*T")`` is the nil pointer of type *T: false,
  printed ``<nil>``, marshalled as null, with Go's "nil pointer evaluating
  *T.Field" for a field read through it.
* A dict subclass may give ``__gozero__``, the zero value ``index``
  answers for a missing key (a typed map[string]string gives "").
* ``json`` marshals a struct through its ``__json__()`` method, which
  returns plain data (dicts, lists, str, numbers, bool, None); without one
  it marshals the public non-callable attributes in declaration order.

Known differences from Go's text/template:

* None prints <nil>, as a nil pointer does; Go prints a nil interface {}
  read from a map or slice as <no value>.
* Python lists have no spare capacity, so ``slice`` stops at len.
* Parentheses and control structures nest at most 100 deep (Go allows
  10000 parentheses); {{template}} recursion ends where Python's stack
  does, with Go's "exceeded maximum template depth (100000)" message.
* missingkey="zero" behaves as "default" (for a map[string]interface {}
  Go's zero value prints <no value> too).
* A Python method without declared parameter types takes interface {}
  arguments: they arrive as they are, nil as None.
* The formatter's Go types leave out methods with several results
  (time.Time's Zone, Date, Clock): using one fails with "can't evaluate
  field", where Go's message is about the method's results.

Output strings may hold bytes that are not UTF-8 (Go strings are bytes,
e.g. "\\xff") as lone surrogates; encode with errors="surrogateescape" to
get Go's exact bytes.
"""

from .errors import ExecError, ParseError, TemplateError

__all__ = ["parse", "Template", "TemplateError", "ParseError", "ExecError"]


def parse(text, name="", funcs=None, docker=True):
    """Parse text as a Go template named name; returns a Template.

    funcs maps extra function names to Python callables (each parameter an
    interface {}); docker=True adds docker's json, join, split, title, lower,
    upper, pad and truncate. Raises ParseError.
    """
    # The parser and executor load on first use, keeping the import cheap
    # for commands that never format.
    from .template import parse as parse_template

    return parse_template(text, name, funcs, docker)


def __getattr__(name):
    if name == "Template":
        from .template import Template

        return Template
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
