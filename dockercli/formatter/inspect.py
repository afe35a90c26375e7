"""Inspect output as docker prints it: indented JSON, compact JSON, or a template per object."""

import json

from dockercli.errors import StatusError
from dockercli.formatter import jsonraw


class JSONInspector:
    """Collects raw objects; prints them as one JSON array (indented, or compact for "json")."""

    def __init__(self, compact):
        self._compact = compact
        self._raws = []

    def add(self, raw, kind=""):
        self._raws.append(raw.decode("utf-8", "surrogateescape") if isinstance(raw, bytes) else raw)

    def output(self):
        if not self._raws:
            return "[]\n"
        array = "[" + ",".join(self._raws) + "]"
        return (jsonraw.compact(array) if self._compact else jsonraw.indent(array)) + "\n"


class TemplateInspector:
    """Runs a template on each object; a failing object is an error, the others still print.

    As docker's TemplateInspector: the template runs first on the typed Go value
    of the object (goschema, by the object's kind), and only when that fails on
    the raw JSON, decoded into maps with numbers kept as json.Number, with
    missingkey=error. Go's Template.Option changes the template itself, so once
    an object has fallen back, later objects run with missingkey=error too.
    """

    def __init__(self, template_text, raw_fallback=True):
        from dockercli.template import TemplateError, parse

        self._raw_fallback = raw_fallback
        self._error = TemplateError
        try:
            self._template = parse(template_text)
        except TemplateError as exc:
            raise StatusError("template parsing error: %s" % exc, exit_code=64) from None
        self._missingkey = "default"
        self._chunks = []

    def add(self, raw, kind=""):
        """Run the template on one object of the given kind; answers an error text, or None."""
        from dockercli.formatter.goschema import inspect_value

        typed = None
        if kind:
            try:
                typed = inspect_value(kind, json.loads(raw))
            except ValueError:
                typed = None
        if typed is not None:
            try:
                text = self._template.execute(typed, missingkey=self._missingkey)
            except self._error as exc:
                if not self._raw_fallback:
                    return "template parsing error: %s" % exc
            else:
                self._chunks.append(text + "\n")
                return None
            self._missingkey = "error"
        return self._raw(raw)

    def _raw(self, raw):
        """docker's tryRawInspectFallback."""
        from dockercli.formatter.gotypes import JSONNumber

        try:
            data = _nulls_as_novalue(json.loads(raw, parse_int=JSONNumber, parse_float=JSONNumber))
        except ValueError as exc:
            return "unable to read inspect data: %s" % exc
        try:
            text = self._template.execute(data, missingkey="error")
        except self._error as exc:
            return "template parsing error: %s" % exc
        self._chunks.append(text + "\n")
        return None

    def output(self):
        return "".join(self._chunks) or "\n"


def _nulls_as_novalue(data):
    """JSON nulls as the nil interface {} Go decodes them to: no value, printed <no value>."""
    from dockercli.template.values import NOVALUE

    if isinstance(data, dict):
        return {key: NOVALUE if value is None else _nulls_as_novalue(value)
                for key, value in data.items()}
    if isinstance(data, list):
        return [NOVALUE if value is None else _nulls_as_novalue(value) for value in data]
    return data


def make_inspector(fmt, raw_fallback=True):
    """The inspector for a --format value; `raw_fallback` False where docker has only the
    typed value (`docker volume inspect`)."""
    if fmt == "":
        return JSONInspector(compact=False)
    if fmt == "json":
        return JSONInspector(compact=True)
    return TemplateInspector(fmt, raw_fallback)
