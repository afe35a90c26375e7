import pytest

from dockercli.template import TemplateError, parse


def render(text, data=None, **kw):
    """Execute text on data; a TemplateError comes back as its message."""
    funcs = kw.pop("funcs", None)
    try:
        return parse(text, funcs=funcs).execute(data, **kw)
    except TemplateError as e:
        return "ERROR: %s" % e


@pytest.fixture
def r():
    return render
