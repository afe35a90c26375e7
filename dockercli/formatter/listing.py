"""The one table/json/quiet/template switch for list commands (docker's formatter.Context).

A format string is "table [TEMPLATE]", "json", or a Go template. Rows are
objects whose methods are the template's placeholders; `headers` names each
placeholder's column heading. Formats made only of text and `{{.Field}}`
actions (every default table, `-q`, most user formats) are rendered by direct
method calls, without loading the template engine; anything else goes through
`dockercli.template`, with the same result.
"""

import re

from dockercli.errors import DockerCliError

_FIELD = r"\{\{\s*\.([A-Za-z]\w*)\s*\}\}"
_FIELD_OR_NA = (r"\{\{\s*if\s+\.([A-Za-z]\w*)\s*\}\}\{\{\s*\.\2\s*\}\}"
                r"\{\{\s*else\s*\}\}([^{}]*)\{\{\s*end\s*\}\}")
_SIMPLE_ACTION = re.compile(_FIELD + "|" + _FIELD_OR_NA)


def template_body(fmt):
    """docker's preFormat: the template behind a format string, and whether it is a table."""
    is_table = fmt.startswith("table")
    if is_table:
        body = fmt[len("table"):]
    elif fmt == "json":
        body = "{{json .}}"
    else:
        body = fmt
    body = body.strip(" ").replace("\\t", "\t").replace("\\n", "\n")
    return body, is_table


def render(fmt, rows, headers, text_fields):
    """The whole output of a list command, as docker's Context.Write prints it.

    `text_fields` are the placeholders that answer plain strings, the only ones
    the direct path may call.
    """
    body, is_table = template_body(fmt)
    renderer = SimpleFormat.compile(body, text_fields) or TemplateFormat(body)
    lines = "".join(renderer.row(row) + "\n" for row in rows)
    if not is_table:
        return lines
    from dockercli.formatter.tabwriter import format_table

    return format_table(renderer.header(headers) + "\n" + lines)


class SimpleFormat:
    """Literal text and `{{.Field}}` / `{{if .F}}{{.F}}{{else}}text{{end}}` actions only."""

    def __init__(self, parts):
        self._parts = parts

    @property
    def fields(self):
        return {part[0] for part in self._parts if not isinstance(part, str)}

    @classmethod
    def compile(cls, body, text_fields):
        parts = []
        position = 0
        for match in _SIMPLE_ACTION.finditer(body):
            literal = body[position:match.start()]
            if "{{" in literal:
                return None
            parts.append(literal)
            field = match.group(1) or match.group(2)
            if field not in text_fields:
                return None
            parts.append((field, match.group(3)))
            position = match.end()
        tail = body[position:]
        if "{{" in tail:
            return None
        parts.append(tail)
        return cls(parts)

    def row(self, row):
        out = []
        for part in self._parts:
            if isinstance(part, str):
                out.append(part)
                continue
            field, otherwise = part
            value = getattr(row, field)()
            out.append(value if value or otherwise is None else otherwise)
        return "".join(out)

    def header(self, headers):
        return "".join(part if isinstance(part, str) else headers[part[0]]
                       for part in self._parts)


class TemplateFormat:
    """A user's Go template, through the template engine."""

    def __init__(self, body):
        from dockercli.template import TemplateError, parse

        self._body = body
        self._error = TemplateError
        try:
            self._row = parse(body).executor()
        except TemplateError as exc:
            raise DockerCliError("template parsing error: %s" % exc) from None

    def row(self, row):
        try:
            return self._row(row)
        except self._error as exc:
            raise DockerCliError("template parsing error: %s" % exc) from None

    def header(self, headers):
        """The heading line: the template run on the headings, with docker's header functions.

        docker ignores errors here and keeps what was written before the error.
        """
        from dockercli.template import parse
        from dockercli.template.dockerfuncs import HEADER_FUNCS

        try:
            return parse(self._body, funcs=HEADER_FUNCS).execute(HeaderContext(headers))
        except self._error as exc:
            return getattr(exc, "partial_output", "")


class HeaderContext:
    """docker's SubHeaderContext: each placeholder answers its column heading."""

    __gotype__ = "formatter.SubHeaderContext"

    def __init__(self, headers):
        self._headers = headers

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._headers[name]
        except KeyError:
            raise AttributeError(name) from None

    @staticmethod
    def Label(name):
        last = name.split(".")[-1]
        return last.replace("-", " ").replace("_", " ")
