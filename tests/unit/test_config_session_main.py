"""dockercli.config, dockercli.cli.session, dockercli.errors and the entry point (__main__)."""

import os

import click
import pytest

from dockercli import __main__ as entry
from dockercli import errors
from dockercli.cli.session import Session
from dockercli.config import default_config_dir, load_config
from dockercli.contexts import ConnectionOptions

# --- config file ---------------------------------------------------------------------------------


def test_default_config_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_config_dir({}) == str(tmp_path / ".docker")
    assert default_config_dir({"DOCKER_CONFIG": "/cfg"}) == "/cfg"
    assert default_config_dir({"DOCKER_CONFIG": ""}) == str(tmp_path / ".docker")


def test_missing_config_file(tmp_path):
    assert load_config(str(tmp_path)) == ({}, None)
    assert load_config(str(tmp_path / "nowhere")) == ({}, None)


@pytest.mark.parametrize("content", ["", "  \n"])
def test_empty_config_file(tmp_path, content):
    (tmp_path / "config.json").write_text(content)
    assert load_config(str(tmp_path)) == ({}, None)


def test_config_file(tmp_path):
    (tmp_path / "config.json").write_text('{"psFormat": "table {{.ID}}", "HttpHeaders": {"a": "b"}}')
    assert load_config(str(tmp_path)) == ({"psFormat": "table {{.ID}}",
                                            "HttpHeaders": {"a": "b"}}, None)


def test_malformed_config_file_warns(tmp_path):
    path = tmp_path / "config.json"
    path.write_text("{not json")
    config, warning = load_config(str(tmp_path))
    assert config == {}
    # the detail after the path is Go's JSON error in docker
    assert warning.startswith("WARNING: Error parsing config file (%s): " % path)


@pytest.mark.parametrize("content, detail", [
    ("[1]", "json: cannot unmarshal array into Go value of type configfile.ConfigFile"),
    ('"x"', "json: cannot unmarshal string into Go value of type configfile.ConfigFile"),
    ("null", None),
])
def test_non_object_config_file(tmp_path, content, detail):
    path = tmp_path / "config.json"
    path.write_text(content)
    expected = None if detail is None else \
        "WARNING: Error parsing config file (%s): %s" % (path, detail)
    assert load_config(str(tmp_path)) == ({}, expected)


def test_unreadable_config_file(tmp_path):
    path = tmp_path / "config.json"
    path.mkdir()
    assert load_config(str(tmp_path)) == (
        {}, "WARNING: Error parsing config file (%s): read %s: is a directory" % (path, path))


# --- session -------------------------------------------------------------------------------------

def session(env=None, **options):
    base = {"host": [], "context": "", "tls": False, "tlsverify": False, "tlscacert": "",
            "tlscert": "", "tlskey": "", "config": None, "changed": set()}
    base.update(options)
    return Session(base, env={} if env is None else env)


@pytest.mark.parametrize("value, expected", [
    (None, None), ("", None), ("1.41", "1.41"), ("v1.41", "1.41"), ("1.99", "1.99"), ("v", None),
])
def test_pinned_api_version(value, expected):
    env = {} if value is None else {"DOCKER_API_VERSION": value}
    assert session(env).pinned_api_version() == expected


def test_connection_options_only_pass_the_flags_given():
    opts = session(host=["tcp://h:1"], tls=False, tlsverify=True, tlscacert="/ca",
                   changed={"tlsverify", "tlscacert"}).connection_options()
    assert opts == ConnectionOptions(hosts=["tcp://h:1"], context="", tls=None, tlsverify=True,
                                     tlscacert="/ca", tlscert=None, tlskey=None)


def test_config_dir_from_flag_or_environment(tmp_path):
    assert session({"DOCKER_CONFIG": "/env"}).config_dir == "/env"
    assert session({"DOCKER_CONFIG": "/env"}, config="/flag").config_dir == "/flag"


def test_session_warns_once_about_a_bad_config(tmp_path, capsys):
    (tmp_path / "config.json").write_text("[")
    s = session(config=str(tmp_path))
    assert s.config == {}
    assert s.config == {}
    err = capsys.readouterr().err
    assert err.count("WARNING: Error parsing config file") == 1
    assert err.endswith("\n")


def test_session_client_uses_pinned_version_and_config_headers(tmp_path):
    (tmp_path / "config.json").write_text('{"HttpHeaders": {"X-A": "1"}}')
    s = session({"DOCKER_API_VERSION": "v1.30"}, config=str(tmp_path),
                host=["tcp://h:1"])
    client = s.client
    assert client.api_version == "1.30"
    assert client._headers["X-A"] == "1"
    assert s.context_name == "default"
    assert s.client is client
    s.close()


def test_session_streams_follow_sys(capsys):
    s = session()
    s.write("out")
    s.warn("err")
    s.warn("err2\n")
    assert capsys.readouterr() == ("out", "err\nerr2\n")


# --- errors --------------------------------------------------------------------------------------

def test_error_exit_codes():
    assert errors.DockerCliError("x").exit_code == 1
    assert errors.UsageError("x").exit_code == 125
    assert errors.StatusError("x", exit_code=64).exit_code == 64
    assert errors.ConnectionFailed("x").exit_code == 1
    assert errors.DockerCliError("x", exit_code=3).exit_code == 3
    assert str(errors.ConfigError("text")) == "text"


def test_api_error_hierarchy():
    for cls in (errors.BadRequest, errors.NotFound, errors.ServerError):
        assert issubclass(cls, errors.APIError)
        assert issubclass(cls, errors.DockerCliError)
    error = errors.APIError("boom", status=418)
    assert (error.status, error.explanation, error.message) == \
        (418, "boom", "Error response from daemon: boom")


# --- entry point ------------------------------------------------------------------------------------

@pytest.mark.parametrize("argv0, expected", [
    ("/usr/local/bin/docker", "docker"), ("dockercli", "dockercli"), ("", "dockercli"),
    (None, "dockercli"), ("/x/__main__.py", "dockercli"), ("-m", "dockercli"), ("-c", "dockercli"),
])
def test_program_name(argv0, expected):
    assert entry.program_name(argv0) == expected


@pytest.mark.parametrize("argv", [["--version"], ["-v"]])
def test_version_fast_path(argv, capsys):
    assert entry.run(argv, "docker") == 0
    assert capsys.readouterr() == ("dockercli version 0.1.0\n", "")


def _raising(exc):
    def run_command_line(args, prog_name):
        raise exc

    return run_command_line


@pytest.mark.parametrize("exc, code, err", [
    (errors.DockerCliError("failed\n\n"), 1, "failed\n"),
    (errors.DockerCliError(""), 1, ""),
    (errors.UsageError("bad flag"), 125, "bad flag\n"),
    (errors.StatusError("template", exit_code=64), 64, "template\n"),
    (click.exceptions.Exit(3), 3, ""),
    (click.exceptions.Abort(), 130, ""),
    (KeyboardInterrupt(), 130, ""),
    (click.UsageError("click said no"), 125, "click said no\n"),
    (RuntimeError("surprise"), 1, "dockercli: unexpected error: RuntimeError: surprise\n"
                                  "(set DOCKERCLI_TRACEBACK=1 to see where)\n"),
])
def test_errors_become_messages_and_exit_codes(monkeypatch, capsys, exc, code, err):
    from dockercli.cli.root import root

    monkeypatch.delenv("DOCKERCLI_TRACEBACK", raising=False)
    monkeypatch.setattr(root, "run_command_line", _raising(exc))
    assert entry.run(["ps"], "docker") == code
    assert capsys.readouterr() == ("", err)


def test_traceback_variable_lets_unexpected_errors_through(monkeypatch):
    from dockercli.cli.root import root

    monkeypatch.setenv("DOCKERCLI_TRACEBACK", "1")
    monkeypatch.setattr(root, "run_command_line", _raising(RuntimeError("surprise")))
    with pytest.raises(RuntimeError, match="surprise"):
        entry.run(["ps"], "docker")


def test_broken_pipe_is_quiet(monkeypatch, capsys):
    from dockercli.cli.root import root

    silenced = []
    monkeypatch.setattr(root, "run_command_line", _raising(BrokenPipeError()))
    monkeypatch.setattr(entry, "_silence_stdout", lambda: silenced.append(True))
    assert entry.run(["ps"], "docker") == 141
    assert silenced == [True]
    assert capsys.readouterr() == ("", "")


def test_main_exits_with_the_code(monkeypatch):
    monkeypatch.setattr(entry.sys, "argv", ["/usr/bin/docker", "-v"])
    with pytest.raises(SystemExit) as info:
        entry.main()
    assert info.value.code == 0


def test_module_runs_as_a_program(tmp_path):
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if not key.startswith("DOCKER_")}
    env["DOCKER_HOST"] = "unix://%s/none.sock" % tmp_path
    result = subprocess.run([sys.executable, "-m", "dockercli", "ps", "x"], capture_output=True,
                            text=True, env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("dockercli: 'dockercli ps' accepts no arguments\n")
