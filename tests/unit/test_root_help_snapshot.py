"""`dockercli --help` is printed from a snapshot of the command tree: it must stay current."""

import os

import click
import pytest

from dockercli.cli import helptext
from dockercli.cli.root import root

SNAPSHOT = os.path.join(os.path.dirname(helptext.__file__), "roothelp.py")


def test_snapshot_matches_the_command_tree():
    with open(SNAPSHOT) as handle:
        committed = handle.read()
    assert committed == helptext.root_snapshot_source(root), (
        "dockercli/cli/roothelp.py is stale: regenerate it with\n"
        "  python -c 'from dockercli.cli.root import root; from dockercli.cli.helptext import "
        "root_snapshot_source as s; open(\"dockercli/cli/roothelp.py\", \"w\").write(s(root))'")


@pytest.mark.parametrize("env", [{}, {"DOCKER_CONFIG": "/etc/dc"},
                                 {"DOCKER_CERT_PATH": "/a/very/long/path/to/the/certificates"}])
@pytest.mark.parametrize("program", ["dockercli", "docker"])
def test_fast_help_equals_the_click_rendering(monkeypatch, env, program):
    for name in ("DOCKER_CONFIG", "DOCKER_CERT_PATH"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(helptext, "terminal_width", lambda: 80)
    rendered = helptext.render(click.Context(root, info_name=program))
    assert helptext.root_help(program, os.environ, width=80) == rendered
    assert rendered.startswith("Usage:  %s [OPTIONS] COMMAND\n\nA self-sufficient" % program)
