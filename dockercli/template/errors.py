"""Errors raised by the template package; str(err) is Go's err.Error() text."""


class TemplateError(Exception):
    """Base class of every error the template package raises."""


class ParseError(TemplateError):
    """The template text is not a valid Go template."""


class ExecError(TemplateError):
    """Executing a parsed template failed.

    `partial_output` is what the template wrote before the failure: Go writes
    as it goes, and docker prints that part in some places (table headings,
    `version`, `info --format`).
    """

    partial_output = ""
