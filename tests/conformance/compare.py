"""Compare one command line run through the docker CLI and through dockercli."""

import difflib

from support.cli import docker, dockercli


def case_ids(cases):
    """pytest ids for argv cases: the command line as typed."""
    return [" ".join(case) for case in cases]


def _render(result):
    return "exit %d\n--- stdout\n%s--- stderr\n%s" % result


def assert_conforms(engine, args, normalize=None, attempts=3, env=None):
    """Same stdout, stderr and exit code as the docker CLI on the same engine.

    Output that tells times ("5 seconds ago", "Up 2 minutes") can change between
    two runs; a mismatch is retried, and dockercli must match a docker run made
    right before or right after it.
    """
    full_env = dict(engine.env(), **(env or {}))
    norm = normalize or (lambda text: text)

    def run(fn):
        result = fn(args, env=full_env)
        return (result.code, norm(result.out), norm(result.err))

    for _ in range(attempts):
        before = run(docker)
        ours = run(dockercli)
        if ours == before or ours == run(docker):
            return
    diff = "\n".join(difflib.unified_diff(_render(before).splitlines(), _render(ours).splitlines(),
                                          "docker", "dockercli", lineterm=""))
    raise AssertionError("dockercli differs from docker for %s on %s:\n%s"
                         % (args, engine.name, diff))
