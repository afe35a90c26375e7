"""Fixtures shared by every suite: the test bed's engines and the objects made on them."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from support import objects, testbed  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _load_testbed():
    """The test bed's settings, or the reason it cannot be used."""
    try:
        values = testbed.read_env_file()
    except OSError as exc:
        return None, "test bed not up (%s): run `bash testbed/testbed.sh up`" % exc
    return values, None


_VALUES, _WHY_NOT = _load_testbed()


def pytest_report_header(config):
    if _WHY_NOT:
        return "integration: SKIPPED, " + _WHY_NOT
    return "integration engines: " + ", ".join(testbed.selected_engine_names())


def pytest_configure(config):
    config.addinivalue_line("markers", "tls: also run this test against the engine over TLS")


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames:
        names = testbed.selected_engine_names()
        if metafunc.definition.get_closest_marker("tls") is None:
            names = [name for name in names if name != "e26-tls"]
        metafunc.parametrize("engine", names, indirect=True)


@pytest.fixture(scope="session")
def testbed_values():
    if _WHY_NOT:
        if IN_CI:
            pytest.fail("CI=true and " + _WHY_NOT)
        pytest.skip(_WHY_NOT)
    return _VALUES


_populated = {}


@pytest.fixture
def engine(request, testbed_values):
    """An engine setup from the test bed, with the fixture objects made on its daemon."""
    chosen = testbed.engines(testbed_values)[request.param]
    host = chosen.host if not chosen.extra_env else testbed_values["DCTB_TLS_ENGINE_HOST"]
    if host not in _populated:
        client = objects.client_for(testbed.Engine("populate", host))
        try:
            objects.populate(client)
        finally:
            client.close()
        _populated[host] = True
    return chosen
