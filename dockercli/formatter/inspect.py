"""Inspect output as docker prints it: indented JSON, compact JSON, or a template per object."""

from dockercli.errors import StatusError
from dockercli.formatter import jsonraw


class JSONInspector:
    """Collects raw objects; prints them as one JSON array (indented, or compact for "json")."""

    def __init__(self, compact):
        self._compact = compact
        self._raws = []

    def add(self, raw):
        self._raws.append(raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw)

    def output(self):
        if not self._raws:
            return "[]\n"
        array = "[" + ",".join(self._raws) + "]"
        return (jsonraw.compact(array) if self._compact else jsonraw.indent(array)) + "\n"


class TemplateInspector:
    """Runs a template on each object; a failing object is an error, the others still print."""

    def __init__(self, template_text):
        from dockercli.template import TemplateError, parse

        self._error = TemplateError
        try:
            self._template = parse(template_text)
        except TemplateError as exc:
            raise StatusError("template parsing error: %s" % exc, exit_code=64) from None
        self._chunks = []

    def add(self, raw):
        import json

        data = json.loads(raw)
        try:
            text = self._template.execute(data, missingkey="error")
        except self._error as exc:
            return "template parsing error: %s" % exc
        self._chunks.append(text + "\n")
        return None

    def output(self):
        return "".join(self._chunks) or "\n"


def make_inspector(fmt):
    if fmt == "":
        return JSONInspector(compact=False)
    if fmt == "json":
        return JSONInspector(compact=True)
    return TemplateInspector(fmt)
