"""Benchmark of dockercli.template on a `docker ps`-like workload.

Parses {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Status}}\t{{.Names}} once and
executes it for 1,000 row objects whose fields are methods, as docker's
container formatter rows are; prints the median of several runs, then the
import cost of the package. Target: under 20 ms per 1,000 rows.

    python bench/template_bench.py
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from dockercli.template import parse  # noqa: E402

TEMPLATE = "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.Status}}\t{{.Names}}"
ROWS = 1000
RUNS = 9


class ContainerRow:
    """Stands in for the formatter's container context: every field a method."""

    def __init__(self, i):
        self._id = "%064x" % (i * 7919)
        self._image = "registry.example.com/app:%d" % (i % 17)
        self._command = '"/docker-entrypoint.sh nginx -g daemon off;"'
        self._status = "Up %d minutes" % (i % 60)
        self._names = ["web-%d" % i]

    def ID(self):
        return self._id[:12]

    def Image(self):
        return self._image

    def Command(self):
        return self._command

    def Status(self):
        return self._status

    def Names(self):
        return ",".join(self._names)

    def Label(self, name):
        return ""


def bench(template, rows):
    tmpl = parse(template)
    run = tmpl.executor()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        lines = [run(r) for r in rows]
        times.append((time.perf_counter() - start) * 1000)
    assert len(lines) == len(rows)
    return statistics.median(times), min(times)


def parse_time(template):
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        parse(template)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def import_time():
    """Microseconds `import dockercli.template` costs, from python -X importtime.

    Bytecode is cached in a temporary directory (an installed package has its
    .pyc files), even where PYTHONDONTWRITEBYTECODE is set.
    """
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    env = dict(os.environ, PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="pycache-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", "import dockercli.template"], cwd=root, env=env, check=True)
    costs = []
    for _ in range(7):
        p = subprocess.run([sys.executable, "-X", "importtime", "-c", "import dockercli.template"],
                           capture_output=True, text=True, cwd=root, env=env, check=True)
        for line in p.stderr.splitlines():
            parts = [x.strip() for x in line.split("|")]
            if len(parts) == 3 and parts[2] == "dockercli.template":
                costs.append(int(parts[1]))
    return statistics.median(costs)


def main():
    rows = [ContainerRow(i) for i in range(ROWS)]
    med, best = bench(TEMPLATE, rows)
    print("execute %d rows: median %.2f ms, best %.2f ms (target < 20 ms)" % (ROWS, med, best))
    dict_rows = [{"ID": r.ID(), "Image": r.Image(), "Command": r.Command(), "Status": r.Status(), "Names": r.Names()}
                 for r in rows]
    med, best = bench(TEMPLATE, dict_rows)
    print("execute %d dict rows: median %.2f ms, best %.2f ms" % (ROWS, med, best))
    print("parse once: median %.3f ms" % parse_time(TEMPLATE))
    print("import dockercli.template: median %.2f ms (cumulative, python -X importtime)" % (import_time() / 1000))


if __name__ == "__main__":
    main()
