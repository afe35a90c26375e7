"""Run a command line through dockercli (in process, Click's CliRunner) or the docker CLI."""

import os
import shutil
import subprocess
from dataclasses import dataclass

from click.testing import CliRunner

from dockercli.cli.root import root

DOCKER = shutil.which("docker")

# variables that would make either CLI talk to something other than the engine under test
_CLEARED = ("DOCKER_HOST", "DOCKER_API_VERSION", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH",
            "DOCKER_TLS", "DOCKER_CONTEXT", "DOCKER_CONFIG")


@dataclass
class Result:
    code: int
    out: str
    err: str

    def __iter__(self):
        return iter((self.code, self.out, self.err))


def runner(env=None):
    """A CliRunner that keeps stderr apart on every click this project supports.

    click 8.2 always separates the streams and dropped `mix_stderr`; 8.1 (the
    last for Python 3.9) separates them only when asked.
    """
    try:
        return CliRunner(env=env, mix_stderr=False)
    except TypeError:
        return CliRunner(env=env)


def dockercli(args, env=None, prog_name="docker", input=None):
    """dockercli in this process; `prog_name` "docker" so usage texts read as docker's do."""
    full_env = {name: None for name in _CLEARED}
    full_env.update(env or {})
    result = runner(full_env).invoke(root, list(args), prog_name=prog_name, input=input,
                                     catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def docker(args, env=None, input=None, timeout=60):
    """The docker CLI, the reference for behaviour and output."""
    full_env = {key: value for key, value in os.environ.items() if key not in _CLEARED}
    full_env.update(env or {})
    proc = subprocess.run([DOCKER] + list(args), env=full_env, input=input, capture_output=True,
                          text=True, timeout=timeout)
    return Result(proc.returncode, proc.stdout, proc.stderr)
