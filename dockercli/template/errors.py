"""Errors raised by the template package; str(err) is Go's err.Error() text."""


class TemplateError(Exception):
    """Base class of every error the template package raises."""


class ParseError(TemplateError):
    """The template text is not a valid Go template."""


class ExecError(TemplateError):
    """Executing a parsed template failed."""
