"""The command line through click's CliRunner, without a daemon.

Expected texts, exit codes and streams are what docker 28.2.2 printed for the
same command lines (help texts are kept in data/docker-28.2.2-help/).
"""

import os
from pathlib import Path

import pytest
from support.cli import runner as cli_runner

from dockercli import VERSION_TEXT
from dockercli.cli.root import root

HELP = Path(__file__).parent / "data" / "docker-28.2.2-help"
SOCKET = "unix:///tmp/dockercli-unit-nonexistent.sock"
CANNOT_CONNECT = ("Cannot connect to the Docker daemon at %s. Is the docker daemon running?\n"
                  % SOCKET)
DOCKER_VARIABLES = ("DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG", "DOCKER_CERT_PATH",
                    "DOCKER_TLS_VERIFY", "DOCKER_TLS", "DOCKER_API_VERSION", "COLUMNS")


@pytest.fixture
def docker(tmp_path, monkeypatch):
    """Run `docker ARGS` as dockercli, in a clean environment with no terminal."""

    def no_terminal(fd=1):
        raise OSError("not a terminal")

    monkeypatch.setattr(os, "get_terminal_size", no_terminal)
    home = tmp_path / "home"
    home.mkdir()

    def run(*args, **env):
        environment = {name: None for name in DOCKER_VARIABLES}
        environment["HOME"] = str(home)
        environment.update(env)
        return cli_runner().invoke(root, list(args), prog_name="docker", env=environment)

    return run


def check(result, code, stdout, stderr):
    assert (result.exit_code, result.stdout, result.stderr) == (code, stdout, stderr)


# --- help -------------------------------------------------------------------------------------

SAME_HELP = [
    ("ps",), ("container", "ls"), ("inspect",), ("version",), ("info",), ("system", "info"),
    ("container", "inspect"), ("volume", "inspect"), ("network", "inspect"),
]


@pytest.mark.parametrize("command", SAME_HELP, ids=" ".join)
def test_help_is_byte_identical_to_docker(docker, command):
    expected = (HELP / ("_".join(command) + ".txt")).read_text()
    check(docker(*command, "--help"), 0, expected, "")


@pytest.mark.parametrize("command", [("ps",), ("info",), ("container", "ls")], ids=" ".join)
def test_help_flag_anywhere_in_the_arguments(docker, command):
    expected = (HELP / ("_".join(command) + ".txt")).read_text()
    check(docker(*command, "-a" if command != ("info",) else "-f=x", "--help"), 0, expected, "")


@pytest.mark.parametrize("command", [("images",), ("image", "ls"), ("image", "inspect")],
                         ids=" ".join)
def test_help_lists_the_flags_docker_lists(docker, command):
    expected = (HELP / ("_".join(command) + ".txt")).read_text()
    check(docker(*command, "--help"), 0, expected, "")


def _global_options(text):
    start = text.index("Global Options:")
    return text[start:text.index("\n\n", start) + 1]


def test_root_help_global_options_match_docker(docker):
    result = docker("--help", HOME="/root")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage:  docker [OPTIONS] COMMAND\n\n"
                                    "A self-sufficient runtime for containers\n\n"
                                    "Common Commands:\n  ps          List containers\n")
    assert _global_options(result.stdout) == _global_options((HELP / "root.txt").read_text())
    assert result.stdout.endswith("\nRun 'docker COMMAND --help' for more information on a "
                                  "command.\n")


def test_root_help_defaults_follow_the_environment(docker):
    result = docker("--help", DOCKER_CONFIG="/cfg", DOCKER_CERT_PATH="/certs")
    options = _global_options(result.stdout)
    assert '--config string      Location of client config files (default "/cfg")' in options
    assert '--tlscacert string   Trust certs signed only by this CA (default\n' \
           '                           "/certs/ca.pem")' in options


def test_root_help_shows_true_bool_defaults(docker):
    result = docker("--help", DOCKER_CONFIG="/cfg", DOCKER_CERT_PATH="/certs",
                    DOCKER_TLS_VERIFY="1", DOCKER_TLS="1")
    options = _global_options(result.stdout)
    assert "--tls                Use TLS; implied by --tlsverify (default true)" in options
    assert "--tlsverify          Use TLS and verify the remote (default true)" in options


def test_short_h_prints_the_deprecation_line(docker):
    expected = "Flag shorthand -h has been deprecated, use --help\n" + \
        (HELP / "ps.txt").read_text()
    check(docker("ps", "-h"), 0, expected, "")


def test_help_false_runs_the_command(docker):
    check(docker("-H", SOCKET, "ps", "--help=false"), 1, "", CANNOT_CONNECT)


@pytest.mark.parametrize("args", [("container",), ("image",), ("system",), ()],
                         ids=lambda a: " ".join(a) or "docker")
def test_group_without_subcommand_shows_its_help_and_succeeds(docker, args):
    result = docker(*args)
    assert result.exit_code == 0
    usage = "Usage:  docker %s\n" % " ".join(args + ("COMMAND",)) if args else \
        "Usage:  docker [OPTIONS] COMMAND\n"
    assert (result.stdout + result.stderr).startswith(usage)


@pytest.mark.parametrize("args", [("container",), ()], ids=lambda a: " ".join(a) or "docker")
def test_group_without_subcommand_prints_help_on_stderr(docker, args):
    result = docker(*args)
    assert result.stdout == ""
    assert result.stderr.startswith("Usage:  docker")


# --- version flag ---------------------------------------------------------------------------------

@pytest.mark.parametrize("flag", ["-v", "--version"])
def test_version_flag(docker, flag):
    # documented difference: dockercli names itself
    check(docker(flag), 0, VERSION_TEXT, "")
    assert VERSION_TEXT == "dockercli version 0.1.0\n"


@pytest.mark.parametrize("flag", ["--version=true", "-v=true"])
def test_version_flag_with_value(docker, flag):
    check(docker(flag), 0, VERSION_TEXT, "")


def test_version_flag_false_runs_the_command(docker):
    check(docker("--version=false", "-H", SOCKET, "ps"), 1, "", CANNOT_CONNECT)


def test_version_flag_before_a_command_is_ignored(docker):
    check(docker("-H", SOCKET, "-v", "ps"), 1, "", CANNOT_CONNECT)


# --- usage errors: exit code 125 ------------------------------------------------------------------

def usage(message, use, path):
    return "%s\n\nUsage:  %s\n\nRun '%s --help' for more information\n" % (message, use, path)


@pytest.mark.parametrize("args, stderr", [
    (("ps", "--nope"), usage("unknown flag: --nope", "docker ps [OPTIONS]", "docker ps")),
    (("ps", "-z"), usage("unknown shorthand flag: 'z' in -z", "docker ps [OPTIONS]", "docker ps")),
    (("ps", "-az"), usage("unknown shorthand flag: 'z' in -z", "docker ps [OPTIONS]",
                          "docker ps")),
    (("ps", "-n"), usage("flag needs an argument: 'n' in -n", "docker ps [OPTIONS]", "docker ps")),
    (("ps", "--last"), usage("flag needs an argument: --last", "docker ps [OPTIONS]",
                             "docker ps")),
    (("ps", "-n=x"), usage('invalid argument "x" for "-n, --last" flag: strconv.ParseInt: '
                           'parsing "x": invalid syntax', "docker ps [OPTIONS]", "docker ps")),
    (("ps", "--all=maybe"), usage('invalid argument "maybe" for "-a, --all" flag: '
                                  'strconv.ParseBool: parsing "maybe": invalid syntax',
                                  "docker ps [OPTIONS]", "docker ps")),
    (("ps", "-f", "foo"), usage('invalid argument "foo" for "-f, --filter" flag: bad format of '
                                "filter (expected name=value)", "docker ps [OPTIONS]",
                                "docker ps")),
    (("images", "--nope"), usage("unknown flag: --nope", "docker images [OPTIONS] "
                                 "[REPOSITORY[:TAG]]", "docker images")),
    (("container", "ls", "--nope"), usage("unknown flag: --nope", "docker container ls [OPTIONS]",
                                          "docker container ls")),
    (("inspect", "--type"), usage("flag needs an argument: --type", "docker inspect [OPTIONS] "
                                  "NAME|ID [NAME|ID...]", "docker inspect")),
    (("image", "inspect", "--nope"), usage("unknown flag: --nope", "docker image inspect "
                                           "[OPTIONS] IMAGE [IMAGE...]", "docker image inspect")),
], ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_usage_errors(docker, args, stderr):
    check(docker(*args), 125, "", stderr)


@pytest.mark.parametrize("args, message", [
    (("--nope",), "unknown flag: --nope"),
    (("-z", "ps"), "unknown shorthand flag: 'z' in -z"),
    (("-H",), "flag needs an argument: 'H' in -H"),
    (("--tlsverify=maybe", "ps"), 'invalid argument "maybe" for "--tlsverify" flag: '
                                  'strconv.ParseBool: parsing "maybe": invalid syntax'),
])
def test_root_usage_errors(docker, args, message):
    check(docker(*args), 125, "", usage(message, "docker [OPTIONS] COMMAND [ARG...]", "docker"))


# --- argument counts: exit code 1 ---------------------------------------------------------------------

def count_error(path, text, use, verb="Run"):
    return "docker: 'docker %s' %s\n\nUsage:  docker %s\n\n%s 'docker %s --help' for more " \
           "information\n" % (path, text, use, verb, path)


@pytest.mark.parametrize("args, stderr", [
    (("ps", "x"), count_error("ps", "accepts no arguments", "ps [OPTIONS]")),
    (("container", "ls", "x"), count_error("container ls", "accepts no arguments",
                                           "container ls [OPTIONS]")),
    (("version", "x"), count_error("version", "accepts no arguments", "version [OPTIONS]")),
    (("info", "x"), count_error("info", "accepts no arguments", "info [OPTIONS]")),
    (("system", "info", "x"), count_error("system info", "accepts no arguments",
                                          "system info [OPTIONS]")),
    # "SRun" is docker's own typo in RequiresMaxArgs
    (("images", "a", "b"), count_error("images", "requires at most 1 argument",
                                       "images [OPTIONS] [REPOSITORY[:TAG]]", "SRun")),
    (("image", "ls", "a", "b"), count_error("image ls", "requires at most 1 argument",
                                            "image ls [OPTIONS] [REPOSITORY[:TAG]]", "SRun")),
    (("inspect",), count_error("inspect", "requires at least 1 argument",
                               "inspect [OPTIONS] NAME|ID [NAME|ID...]", "See")),
    (("container", "inspect"), count_error("container inspect", "requires at least 1 argument",
                                           "container inspect [OPTIONS] CONTAINER [CONTAINER...]",
                                           "See")),
    (("image", "inspect"), count_error("image inspect", "requires at least 1 argument",
                                       "image inspect [OPTIONS] IMAGE [IMAGE...]", "See")),
    (("volume", "inspect"), count_error("volume inspect", "requires at least 1 argument",
                                        "volume inspect [OPTIONS] VOLUME [VOLUME...]", "See")),
    (("network", "inspect"), count_error("network inspect", "requires at least 1 argument",
                                         "network inspect [OPTIONS] NETWORK [NETWORK...]",
                                         "See")),
    # arguments after -- count too
    (("ps", "-q", "--", "-a"), count_error("ps", "accepts no arguments", "ps [OPTIONS]")),
], ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_argument_count_errors(docker, args, stderr):
    check(docker(*args), 1, "", stderr)


def test_argument_count_error_names_the_program_as_run(tmp_path):
    result = cli_runner().invoke(root, ["ps", "x"], prog_name="dockercli",
                                env={"DOCKER_HOST": None})
    assert result.stderr.startswith("dockercli: 'dockercli ps' accepts no arguments\n")


# --- unknown commands --------------------------------------------------------------------------------

@pytest.mark.parametrize("args, stderr", [
    (("foo",), "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n"),
    (("container", "foo"), "docker: unknown command: docker container foo\n\n"
                           "Usage:  docker container\n\nRun 'docker container --help' for more "
                           "information\n"),
    (("image", "foo"), "docker: unknown command: docker image foo\n\nUsage:  docker image\n\n"
                       "Run 'docker image --help' for more information\n"),
    (("system", "foo"), "docker: unknown command: docker system foo\n\nUsage:  docker system\n\n"
                        "Run 'docker system --help' for more information\n"),
], ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_unknown_commands(docker, args, stderr):
    check(docker(*args), 1, "", stderr)


def test_unknown_volume_command(docker):
    check(docker("volume", "foo"), 1, "", "docker: unknown command: docker volume foo\n\n"
          "Usage:  docker volume COMMAND\n\nRun 'docker volume --help' for more information\n")


# --- errors before and at connecting ---------------------------------------------------------------------

@pytest.mark.parametrize("args", [("ps",), ("images",), ("container", "ls", "-a"),
                                  ("image", "ls", "busybox"), ("images", "ls"),
                                  ("-l", "warning", "ps"), ("--log-level=trace", "ps")],
                         ids=" ".join)
def test_missing_socket(docker, args):
    check(docker("-H", SOCKET, *args), 1, "", CANNOT_CONNECT)


def test_missing_socket_from_docker_host(docker):
    check(docker("ps", DOCKER_HOST=SOCKET), 1, "", CANNOT_CONNECT)


@pytest.mark.parametrize("args", [("inspect", "x"), ("container", "inspect", "x"),
                                  ("image", "inspect", "x"), ("volume", "inspect", "x"),
                                  ("network", "inspect", "x")], ids=" ".join)
def test_inspect_with_missing_socket_prints_an_empty_array(docker, args):
    check(docker("-H", SOCKET, *args), 1, "[]\n", CANNOT_CONNECT)


def test_inspect_empty_name(docker):
    check(docker("-H", SOCKET, "inspect", ""), 1, "[]\n",
          "invalid container name or ID: value is empty\n")


def test_version_with_missing_socket(docker):
    result = docker("-H", SOCKET, "version")
    assert result.exit_code == 1
    assert result.stdout.startswith("Client:\n")   # dockercli's own client part (documented)
    assert result.stderr == CANNOT_CONNECT


def test_info_with_missing_socket(docker):
    result = docker("-H", SOCKET, "info")
    assert result.exit_code == 1
    assert result.stdout.startswith("Client:\n")
    assert result.stdout.endswith("\nServer:\n")
    assert result.stderr == CANNOT_CONNECT


def test_quiet_with_format_warns(docker):
    check(docker("-H", SOCKET, "ps", "-q", "--format", "{{.Names}}"), 1, "",
          "WARNING: Ignoring custom format, because both --format and --quiet are set.\n"
          + CANNOT_CONNECT)


def test_ps_template_errors_come_before_connecting(docker):
    check(docker("-H", SOCKET, "ps", "--format", "{{"), 1, "",
          "failed to parse template: template: :1: unclosed action\n")
    check(docker("-H", SOCKET, "ps", "--format", "{{.Nope}}"), 1, "",
          'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate '
          "field Nope in type *formatter.ContainerContext\n")


def test_version_template_error_exit_code(docker):
    check(docker("-H", SOCKET, "version", "--format", "{{"), 64, "",
          "template parsing error: template: version:1: unclosed action\n")


def test_info_template_error_after_connecting(docker):
    check(docker("-H", SOCKET, "info", "--format", "{{"), 64, "",
          CANNOT_CONNECT + "template parsing error: template: :1: unclosed action\n")


CHOICES = '"config", "container", "image", "network", "node", "plugin", "secret", "service", ' \
          '"task", "volume"'


def test_inspect_type_errors(docker):
    check(docker("-H", SOCKET, "inspect", "--type", "bogus", "x"), 1, "",
          'unknown type: "bogus": must be one of %s\n' % CHOICES)
    check(docker("-H", SOCKET, "inspect", "--type=", "x"), 1, "",
          "type is empty: must be one of %s\n" % CHOICES)


@pytest.mark.parametrize("args, stderr", [
    (("-l", "bad", "ps"), "Unable to parse logging level: bad\n"),
    (("-H", "a", "-H", "b", "ps"),
     "Failed to initialize: unable to resolve docker endpoint: Specify only one -H\n"),
    (("-c", "x", "-H", "y", "ps"), "conflicting options: cannot specify both --host and --context\n"),
    (("-H", "udp://x", "ps"),
     "Failed to initialize: unable to resolve docker endpoint: invalid bind address format: "
     "udp://x\n"),
], ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_configuration_errors(docker, args, stderr):
    check(docker(*args), 1, "", stderr)


def test_unknown_context(docker, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    meta = config / "contexts" / "meta" / \
        "ca3704aa0b06f5954c79ee837faa152d84d6b2d42838f0637a15eda8337dbdce" / "meta.json"
    expected = ('Failed to initialize: unable to resolve docker endpoint: context "nope": context '
                "not found: open %s: no such file or directory\n" % meta)
    check(docker("--context", "nope", "ps", DOCKER_CONFIG=str(config)), 1, "", expected)
    check(docker("--config", str(config), "-c", "nope", "ps"), 1, "", expected)
    check(docker("ps", DOCKER_CONFIG=str(config), DOCKER_CONTEXT="nope"), 1, "", expected)


def test_current_context_from_the_config_file(docker, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.json").write_text('{"currentContext": "nope"}')
    result = docker("ps", DOCKER_CONFIG=str(config))
    assert result.exit_code == 1
    assert 'context "nope": context not found' in result.stderr
    # DOCKER_HOST wins over the config file's context
    check(docker("ps", DOCKER_CONFIG=str(config), DOCKER_HOST=SOCKET), 1, "", CANNOT_CONNECT)


def test_malformed_config_file_warns_and_goes_on(docker, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.json").write_text("{not json")
    result = docker("-H", SOCKET, "ps", DOCKER_CONFIG=str(config))
    assert result.exit_code == 1
    lines = result.stderr.splitlines(keepends=True)
    assert lines[0].startswith("WARNING: Error parsing config file (%s): "
                               % (config / "config.json"))
    assert lines[1:] == [CANNOT_CONNECT]


def test_tls_files_missing(docker, tmp_path):
    certs = tmp_path / "certs"
    certs.mkdir()
    check(docker("--tls", "-H", "tcp://127.0.0.1:1", "ps", DOCKER_CERT_PATH=str(certs)), 1, "",
          "Failed to initialize: unable to resolve docker endpoint: open %s: no such file or "
          "directory\n" % (certs / "ca.pem"))


@pytest.mark.parametrize("args, stderr", [
    (("ps", "-H", "unix:///x"), usage("unknown shorthand flag: 'H' in -H", "docker ps [OPTIONS]",
                                      "docker ps")),
    (("ps", "--debug"), usage("unknown flag: --debug", "docker ps [OPTIONS]", "docker ps")),
], ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_global_flags_belong_before_the_command(docker, args, stderr):
    # docker installs them on the root command only, not as persistent flags
    check(docker(*args), 125, "", stderr)


def test_global_flags_in_any_order_before_the_command(docker):
    check(docker("-D", "--log-level", "error", "-H", SOCKET, "ps"), 1, "", CANNOT_CONNECT)
    check(docker("--host=" + SOCKET, "-lerror", "container", "ls"), 1, "", CANNOT_CONNECT)
