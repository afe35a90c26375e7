"""testbed.sh's process helpers, on a state dir of its own (no root, no engine needed)."""
import os
import pathlib
import subprocess

import pytest

SCRIPT = pathlib.Path(__file__).resolve().parents[2] / "testbed" / "testbed.sh"


def dead_pid():
    # a pid that existed and is gone: a finished child, reaped
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@pytest.fixture
def bed(tmp_path):
    root = pathlib.Path("/tmp") / ("dctb-unit-%d" % os.getpid())
    root.mkdir()
    yield root
    subprocess.run(["rm", "-rf", str(root)], check=True)


def test_status_with_stale_pidfiles_says_down_quietly(bed):
    # After a machine restart the pidfiles name processes that are gone: reading /proc/PID/stat
    # fails, and that must mean "not alive", not end the script (a failed $(<file) did so).
    for part in ("e20", "e26", "registry"):
        (bed / part).mkdir()
        (bed / part / "pid").write_text("%d\n" % dead_pid())
    env = dict(os.environ, DOCKERCLI_TESTBED_DIR=str(bed), DCTB_REGISTRY_PORT="1",
               DCTB_TLS_PORT="1")
    res = subprocess.run(["bash", str(SCRIPT), "status"], env=env, capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 1
    assert res.stderr == ""
    assert [line.split()[:2] for line in res.stdout.splitlines()] == [
        ["engine20", "down"], ["engine26", "down"], ["tls", "down"], ["registry", "down"]]
