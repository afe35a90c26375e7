#!/usr/bin/env bash
# dockercli benchmarks: `make bench`, or `bash bench/run.sh [options]`. Details: bench/README.md.
#
#   bash bench/run.sh                  # Engine 26.1, 20 runs + 3 warm-up runs per command
#   bash bench/run.sh --engine 20      # Engine 20.10
#   bash bench/run.sh --runs 10 --warmup 1 --only ps,help   # quicker, fewer cases (--list)
#   bash bench/run.sh --keep           # leave the 30 bench-<n> containers on the engine
#   bash bench/run.sh --timer loop     # our own interleaved timing loop instead of hyperfine
#   bash bench/run.sh --rounds 1       # one hyperfine invocation per case (default: 4 rounds)
#
# 1. builds bench/.venv (BENCH_VENV) with a NON-editable `pip install` of this tree (from a clean
#    copy, so no stale build/ can leak in; reinstalled only when the package sources changed);
# 2. runs bench/bench.py: test bed up, 30 containers, timing of docker / dockercli / a docker-py
#    script, targets, `python -X importtime` top list; writes bench/results/latest.json.
# Exit status: 0 when a report was printed (even with FAILed targets), 2 when it cannot run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
venv=${BENCH_VENV:-$here/.venv}
results=$here/results
mkdir -p "$results"

die() { echo "bench: cannot run: $*" >&2; exit 2; }

# the real interpreter, not a pyenv shim (a shim is a shell script, it would be timed too)
py=$("${BENCH_PYTHON:-python3}" -c 'import sys; print(sys.executable)') \
    || die "no ${BENCH_PYTHON:-python3}"

# -- the virtualenv: recreated when missing, broken, or made from another interpreter
base=$("$py" -c 'import sys; print(sys.base_prefix, sys.version_info[:2])')
if [ "$("$venv/bin/python" -c 'import sys; print(sys.base_prefix, sys.version_info[:2])' 2>/dev/null)" != "$base" ]; then
    echo "bench: creating $venv" >&2
    rm -rf "$venv"
    "$py" -m venv "$venv" || die "python -m venv $venv failed"
fi
# pip >= 25.2 writes console scripts that do not import `re` (about 10 ms of every start-up;
# older pips, like the one a Python 3.11 venv brings, do). Best effort: offline, keep the old pip.
if ! "$venv/bin/python" -c 'import sys; from pip import __version__ as v; sys.exit(tuple(map(int, v.split(".")[:2])) < (25, 2))' 2>/dev/null; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade 'pip>=25.2' \
        >"$results/pip-upgrade.log" 2>&1 \
        || echo "bench: could not upgrade pip (log: $results/pip-upgrade.log); console scripts will import re" >&2
fi
pip_version=$("$venv/bin/python" -m pip --version 2>/dev/null | cut -d' ' -f2)

# -- a clean copy of the package sources (no .git, build/, egg-info, caches, tests, bench)
src=$(mktemp -d /tmp/dockercli-bench-src.XXXXXX)
trap 'rm -rf "$src"' EXIT
tar -C "$root" --exclude=./.git --exclude=./build --exclude=./dist --exclude='*.egg-info' \
    --exclude=.venv --exclude=__pycache__ --exclude=.pytest_cache --exclude=.hypothesis \
    --exclude=./bench --exclude=./tests --exclude=./testbed -cf - . | tar -C "$src" -xf - \
    || die "cannot copy $root"
# the pip version is part of the stamp: a new pip writes a new console script
stamp=$( (cd "$src" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum; echo "pip $pip_version") \
    | sha256sum | cut -c1-16)

if [ "$(cat "$venv/.dockercli-sources" 2>/dev/null)" != "$stamp" ] || [ ! -x "$venv/bin/dockercli" ]; then
    echo "bench: installing dockercli into $venv (pip install, not editable)" >&2
    rm -f "$venv/.dockercli-sources"
    if ! "$venv/bin/python" -m pip install --disable-pip-version-check "$src" \
            >"$results/install.log" 2>&1; then
        tail -n 20 "$results/install.log" >&2
        die "pip install failed (log: $results/install.log)"
    fi
    echo "$stamp" >"$venv/.dockercli-sources"
fi

exec "$py" "$here/bench.py" --venv "$venv" "$@"
