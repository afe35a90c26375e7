#!/usr/bin/env python3
"""dockercli benchmark driver (standard library only). Normally run through bench/run.sh,
which first builds the non-editable virtualenv this script times; see bench/README.md.

    python3 bench/bench.py --venv bench/.venv [--engine 26|20] [--runs N] [--warmup N]
                           [--rounds N] [--timer hyperfine|loop] [--keep] [--only ID,...] [--list]

Steps: test bed up; 30 labelled `bench-<n>` containers on the chosen engine (leftovers of earlier
runs removed first); each case run once (exit codes, errors, output compared with docker's);
timing (hyperfine with warm-up, in rounds, medians of the times in its --export-json; or an
interleaved loop of our own); `python -X importtime` for `dockercli ps -a`; table + targets on stdout; everything in
bench/results/latest.json; the containers removed again (unless --keep).

Exit status: 0 when the report was produced, whatever the figures and targets say (a report,
not a test); 2 when it cannot run (no test bed, no virtualenv, engine refusing to create the
containers...); 130 when interrupted.
"""

import argparse
import difflib
import fcntl
import http.client
import json
import os
import platform
import re
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RESULTS = os.path.join(HERE, "results")

N_CONTAINERS = 30
LABEL = "dctbench"
NAME_RE = re.compile(r"^/bench-\d+$")
IMAGE = "busybox:latest"

# the targets (see README.md)
PS_FLOOR_FACTOR = 1.25
CLI_FACTOR = 2.0


class CannotRun(Exception):
    """The benchmark cannot produce a report: exit status 2."""


def log(msg):
    sys.stderr.write("bench: %s\n" % msg)
    sys.stderr.flush()


# ---------------------------------------------------------------------------------------------
# Engine API over the unix socket (stdlib http.client)

class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__("HTTP %s: %s" % (status, message))
        self.status = status


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path, timeout):
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self.socket_path)
        self.sock = sock


class Engine:
    def __init__(self, host):
        self.host = host
        url = urllib.parse.urlsplit(host)
        if url.scheme == "unix":
            self._connect = lambda timeout: _UnixConnection(url.path, timeout)
        elif url.scheme in ("tcp", "http"):
            self._connect = lambda timeout: http.client.HTTPConnection(
                url.hostname, url.port or 2375, timeout=timeout)
        else:
            raise CannotRun("unsupported engine host %r (unix:// or plain tcp:// only)" % host)

    def call(self, method, path, body=None, timeout=60):
        conn = self._connect(timeout)
        try:
            headers = {"Host": "docker"}
            data = None
            if body is not None:
                data = json.dumps(body).encode()
                headers["Content-Type"] = "application/json"
            conn.request(method, path, body=data, headers=headers)
            resp = conn.getresponse()
            raw = resp.read()
        except OSError as exc:
            raise CannotRun("engine %s does not answer: %s" % (self.host, exc)) from exc
        finally:
            conn.close()
        if resp.status >= 300:
            try:
                message = json.loads(raw).get("message", raw.decode(errors="replace"))
            except ValueError:
                message = raw.decode(errors="replace").strip()
            raise ApiError(resp.status, message)
        if raw and resp.getheader("Content-Type", "").startswith("application/json"):
            return json.loads(raw)
        return None

    def containers(self, **filters):
        query = "all=1"
        if filters:
            query += "&filters=" + urllib.parse.quote(json.dumps(filters))
        return self.call("GET", "/containers/json?" + query)


# ---------------------------------------------------------------------------------------------
# The state: 30 labelled containers

def bench_containers(engine):
    """Ours: labelled dctbench=1, or named bench-<n> (names this benchmark reserves)."""
    return [c for c in engine.containers()
            if (c.get("Labels") or {}).get(LABEL) == "1"
            or any(NAME_RE.match(n) for n in c.get("Names") or [])]


def remove_bench_containers(engine):
    found = bench_containers(engine)

    def remove(c):
        try:
            engine.call("DELETE", "/containers/%s?force=1&v=1" % c["Id"])
        except ApiError as exc:
            if exc.status != 404:  # 404: already gone
                raise
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(remove, found))
    return len(found)


def container_spec(n):
    """Two running `sleep 3600` for one exited container (exit codes 0, 1, 2)."""
    running = n % 3 != 0
    cmd = ["sleep", "3600"] if running else ["sh", "-c", "exit %d" % (n // 3 % 3)]
    return running, {
        "Image": IMAGE,
        "Cmd": cmd,
        "Labels": {LABEL: "1"},
        "HostConfig": {"NetworkMode": "none"},
    }


def create_bench_containers(engine):
    def create(n):
        running, spec = container_spec(n)
        made = engine.call("POST", "/containers/create?name=bench-%d" % n, spec)
        engine.call("POST", "/containers/%s/start" % made["Id"])
        if not running:
            engine.call("POST", "/containers/%s/wait" % made["Id"], timeout=120)
        return running
    # create in name order (bench-1 oldest), start and wait in parallel
    try:
        with ThreadPoolExecutor(6) as pool:
            states = list(pool.map(create, range(1, N_CONTAINERS + 1)))
    except ApiError as exc:
        raise CannotRun("cannot create the bench containers on %s: %s" % (engine.host, exc))
    return sum(states), len(states) - sum(states)


def prepare_state(engine):
    try:
        engine.call("GET", "/images/%s/json" % IMAGE)
    except ApiError as exc:
        raise CannotRun("the engine has no %s image (%s): run testbed/testbed.sh up" % (IMAGE, exc))
    removed = remove_bench_containers(engine)
    if removed:
        log("removed %d leftover bench container(s)" % removed)
    t0 = time.monotonic()
    running, exited = create_bench_containers(engine)
    ours = bench_containers(engine)
    if len(ours) != N_CONTAINERS:
        raise CannotRun("expected %d bench containers, the engine lists %d" % (N_CONTAINERS, len(ours)))
    log("created %d containers (%d running, %d exited) in %.1fs"
        % (N_CONTAINERS, running, exited, time.monotonic() - t0))
    return {"bench_containers": N_CONTAINERS, "running": running, "exited": exited}


# ---------------------------------------------------------------------------------------------
# Commands and cases

def resolve_python(cmd):
    """The real interpreter behind a name (pyenv shims are shell scripts: they would be timed)."""
    try:
        out = subprocess.run([cmd, "-c", "import sys; print(sys.executable)"],
                             capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else None


def build_cases(venv, docker, dockerpy_python):
    dockercli = os.path.join(venv, "bin", "dockercli")
    vpy = os.path.join(venv, "bin", "python")
    dockerpy = [dockerpy_python, os.path.join(HERE, "dockerpy_ps.py")] if dockerpy_python else None

    def pair(case_id, args, compare=True, target=None, dockerpy_cmd=None, relative_times=False):
        return {
            "id": case_id,
            "title": shlex.join(args),
            "docker": [docker] + args if docker else None,
            "dockercli": [dockercli] + args,
            "dockerpy": dockerpy_cmd,
            "compare_output": compare,
            "target": target,
            "relative_times": relative_times,
        }

    return [
        pair("ps", ["ps", "-a"], target="ps", dockerpy_cmd=dockerpy, relative_times=True),
        {"id": "import-floor", "title": "import floor: python -c 'import requests_unixsocket, click'",
         "docker": None, "dockercli": [vpy, "-c", "import requests_unixsocket, click"],
         "dockerpy": None, "compare_output": False, "target": None, "reference": True,
         "group": "ps"},
        {"id": "python-startup", "title": "python startup: python -c pass (bench venv)",
         "docker": None, "dockercli": [vpy, "-c", "pass"],
         "dockerpy": None, "compare_output": False, "target": None, "reference": True,
         "group": "ps"},
        pair("help", ["--help"], compare=False, target="cli"),
        pair("version-flag", ["--version"], compare=False, target="cli"),
        pair("ps-q", ["ps", "-a", "-q"]),
        pair("ps-format", ["ps", "-a", "--format", "{{.Names}}"]),
        pair("images", ["images"], relative_times=True),
        pair("inspect", ["inspect", "bench-1"]),
        pair("version-server", ["version", "-f", "{{.Server.Version}}"]),
    ]


TOOLS = ("docker", "dockercli", "dockerpy")


def run_once(argv, env, cwd, timeout=120):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"rc": None, "stdout": b"", "stderr": b"timed out after %ds" % timeout,
                "seconds": timeout}
    except OSError as exc:
        return {"rc": None, "stdout": b"", "stderr": str(exc).encode(), "seconds": 0.0}
    return {"rc": p.returncode, "stdout": p.stdout, "stderr": p.stderr,
            "seconds": time.perf_counter() - t0}


DURATION_RE = re.compile(
    rb"\b(Less than a second|About an? (minute|hour)|\d+ (second|minute|hour|day|week|month|year)s?)"
    rb"( ago)?")


def normalize_times(out):
    """`ps`/`images` say "Up 2 seconds", "3 seconds ago": the engine's clock moves between two
    runs (container statuses come from the engine), so durations and the column padding they
    cause are blanked out before comparing."""
    out = DURATION_RE.sub(b"<duration>", out)
    return re.sub(rb" {2,}", b"  ", out)


def preflight(cases, env, cwd):
    """Run every command once: exit codes, errors, and whether dockercli prints docker's bytes."""
    for case in cases:
        case["errors"] = {}
        outs = {}
        for tool in TOOLS:
            argv = case.get(tool)
            if not argv:
                continue
            r = run_once(argv, env, cwd)
            outs[tool] = r
            if r["rc"] != 0:
                text = r["stderr"].decode(errors="replace").strip() or "(no stderr)"
                case["errors"][tool] = {"exit_code": r["rc"], "stderr": text[-2000:],
                                        "command": shlex.join(argv)}
                lines = text.splitlines()
                log("%s failed on %s (exit %s): %s" % (
                    tool, case["id"], r["rc"],
                    lines[-1] if lines[0].startswith("Traceback") else lines[0]))
        case["same_output"] = None
        if case["compare_output"] and "docker" in outs and "dockercli" in outs:
            a, b = outs["docker"], outs["dockercli"]
            if a["stdout"] != b["stdout"]:
                # a second may have ticked between the two runs: once more, back to back
                a, b = run_once(case["docker"], env, cwd), run_once(case["dockercli"], env, cwd)
            same = a["stdout"] == b["stdout"]
            if not same and case.get("relative_times"):
                same = normalize_times(a["stdout"]) == normalize_times(b["stdout"])
            case["same_output"] = same and a["rc"] == b["rc"]
            if not case["same_output"]:
                diff = difflib.unified_diff(
                    a["stdout"].decode(errors="replace").splitlines(),
                    b["stdout"].decode(errors="replace").splitlines(),
                    "docker", "dockercli", lineterm="", n=1)
                case["output_diff"] = list(diff)[:40]


# ---------------------------------------------------------------------------------------------
# Timing

def summarize(times):
    return {
        "median": statistics.median(times),
        "mean": statistics.fmean(times),
        "stddev": statistics.stdev(times) if len(times) > 1 else 0.0,
        "min": min(times),
        "max": max(times),
        "runs": len(times),
        "times": times,
    }


def run_hyperfine(hyperfine, commands, env, cwd, warmup, runs, json_path):
    """One hyperfine invocation; commands: [(name, argv)]. Answer {name: [seconds...]}."""
    argv = [hyperfine, "-N", "--warmup", str(warmup), "--runs", str(runs), "--output", "pipe",
            "--style", "none", "--export-json", json_path]
    for name, cmd in commands:
        argv += ["-n", name, shlex.join(cmd)]
    p = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("hyperfine failed (exit %d): %s"
                           % (p.returncode, (p.stderr or p.stdout).strip()[-500:]))
    with open(json_path) as f:
        data = json.load(f)
    return {r["command"]: list(r["times"]) for r in data["results"]}


def time_hyperfine(hyperfine, commands, env, cwd, warmup, runs, rounds, json_stem):
    """hyperfine runs all the runs of one command, then the next: on a machine whose load moves,
    the commands of a group would be measured under different conditions. So the runs are split
    into rounds, the order reversed every other round, and the times pooled: every command's
    samples then span the same stretch of time. Full warm-up in round 1, one run after."""
    per_round = max(2, -(-runs // rounds))
    times = {name: [] for name, _ in commands}
    for k in range(rounds):
        order = commands if k % 2 == 0 else commands[::-1]
        got = run_hyperfine(hyperfine, order, env, cwd, warmup if k == 0 else min(warmup, 1),
                            per_round, "%s-round%d.json" % (json_stem, k + 1))
        for name, t in got.items():
            times[name] += t
    return {name: summarize(t) for name, t in times.items()}


def time_loop(commands, env, cwd, warmup, runs):
    """Our own timer: rounds interleave the commands, so a burst of load hits all of them."""
    times = {name: [] for name, _ in commands}
    for i in range(warmup + runs):
        for name, cmd in commands:
            t0 = time.perf_counter()
            subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            if i >= warmup:
                times[name].append(time.perf_counter() - t0)
    return {name: summarize(t) for name, t in times.items()}


def time_cases(cases, env, cwd, args, hyperfine):
    """Time group by group (`ps -a` and the two floors its target is measured against form one
    group: they are timed together, so under the same load)."""
    raw_dir = os.path.join(RESULTS, "hyperfine")
    shutil.rmtree(raw_dir, ignore_errors=True)
    os.makedirs(raw_dir)
    groups = {}
    for case in cases:
        case["timings"] = {}
        groups.setdefault(case.get("group", case["id"]), []).append(case)
    for i, (group, members) in enumerate(groups.items(), 1):
        commands = [("%s/%s" % (case["id"], tool), case[tool]) for case in members
                    for tool in TOOLS if case.get(tool) and tool not in case["errors"]]
        if not commands:
            continue
        log("[%d/%d] timing %s" % (i, len(groups), ", ".join(name for name, _ in commands)))
        timings, timer = None, "loop"
        if hyperfine:
            try:
                timings = time_hyperfine(hyperfine, commands, env, cwd, args.warmup, args.runs,
                                         args.rounds, os.path.join(raw_dir, group))
                timer = "hyperfine"
            except (RuntimeError, OSError, ValueError, KeyError) as exc:
                log("%s; timing this group with the loop instead" % exc)
        if timings is None:
            timings = time_loop(commands, env, cwd, args.warmup, args.runs)
        for name, summary in timings.items():
            case_id, tool = name.split("/")
            case = next(c for c in members if c["id"] == case_id)
            case["timings"][tool] = summary
            case["timer"] = timer


# ---------------------------------------------------------------------------------------------
# python -X importtime

IMPORT_RE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S.*)$")


def importtime(venv, env, cwd, repeats=5, top=10):
    script = os.path.join(venv, "bin", "dockercli")
    argv = [os.path.join(venv, "bin", "python"), "-X", "importtime", script, "ps", "-a"]
    per_module = {}
    rcs = []
    for _ in range(repeats):
        r = run_once(argv, env, cwd)
        rcs.append(r["rc"])
        for line in r["stderr"].decode(errors="replace").splitlines():
            m = IMPORT_RE.match(line)
            if m:
                entry = per_module.setdefault(m.group(4), {"self": [], "cumulative": [],
                                                           "depth": (len(m.group(3)) - 1) // 2})
                entry["self"].append(int(m.group(1)))
                entry["cumulative"].append(int(m.group(2)))
    modules = [{"module": name, "depth": e["depth"],
                "self_us": int(statistics.median(e["self"])),
                "cumulative_us": int(statistics.median(e["cumulative"]))}
               for name, e in per_module.items()]
    modules.sort(key=lambda m: -m["cumulative_us"])
    return {
        "command": shlex.join(argv),
        "repeats": repeats,
        "exit_codes": rcs,
        "modules_imported": len(modules),
        "total_self_us": sum(m["self_us"] for m in modules),
        "top_cumulative": modules[:top],
        "top_self": sorted(modules, key=lambda m: -m["self_us"])[:top],
    }


# ---------------------------------------------------------------------------------------------
# Targets, table

def median_of(case, tool):
    t = (case.get("timings") or {}).get(tool)
    return t["median"] if t and "median" in t else None


def evaluate_targets(cases):
    by_id = {c["id"]: c for c in cases}
    targets = []

    def target(name, value, limit, how, missing):
        if value is None or limit is None:
            verdict, detail = ("FAIL" if value is None else "n/a"), missing
        else:
            verdict = "PASS" if value <= limit else "FAIL"
            detail = "%s vs limit %s" % (ms(value), ms(limit))
        targets.append({"target": name, "verdict": verdict, "detail": detail,
                        "value": value, "limit": limit, "rule": how})

    ps = by_id.get("ps")
    floor = by_id.get("import-floor")
    if ps and floor:
        f = median_of(floor, "dockercli")
        target("dockercli ps -a within %.2fx of the import floor" % PS_FLOOR_FACTOR,
               median_of(ps, "dockercli"), f * PS_FLOOR_FACTOR if f else None,
               "median(dockercli ps -a) <= %.2f * median(import floor)" % PS_FLOOR_FACTOR,
               why_missing(ps, "dockercli") or why_missing(floor, "dockercli"))
    if ps:
        p = median_of(ps, "dockerpy")
        # strictly faster: nudge the limit below the docker-py figure
        target("dockercli ps -a faster than the docker-py script",
               median_of(ps, "dockercli"), p * 0.999999 if p else None,
               "median(dockercli ps -a) < median(docker-py script)",
               why_missing(ps, "dockercli") or why_missing(ps, "dockerpy"))
    for cid, flag in (("help", "--help"), ("version-flag", "--version")):
        c = by_id.get(cid)
        if c:
            d = median_of(c, "docker")
            target("dockercli %s within %.0fx of docker %s" % (flag, CLI_FACTOR, flag),
                   median_of(c, "dockercli"), d * CLI_FACTOR if d else None,
                   "median(dockercli %s) <= %.0f * median(docker %s)" % (flag, CLI_FACTOR, flag),
                   why_missing(c, "dockercli") or why_missing(c, "docker"))
    return targets


def why_missing(case, tool):
    if tool in case.get("errors", {}):
        e = case["errors"][tool]
        return "%s failed (exit %s)" % (tool, e["exit_code"])
    if not case.get(tool):
        return "%s not available" % tool
    if median_of(case, tool) is None:
        return "%s not timed" % tool
    return None


def ms(seconds):
    return "-" if seconds is None else "%.1f ms" % (seconds * 1000)


def cell(case, tool):
    if not case.get(tool):
        return "-"
    if tool in case.get("errors", {}):
        return "ERROR(%s)" % case["errors"][tool]["exit_code"]
    return ms(median_of(case, tool))


def print_table(cases, targets, out=sys.stdout):
    by_target = {}
    for t in targets:
        key = "ps" if t["target"].startswith("dockercli ps") else (
            "help" if "--help" in t["target"] else "version-flag")
        by_target.setdefault(key, []).append(t)
    header = ["case", "docker", "dockercli", "docker-py", "dockercli/docker", "same output",
              "targets"]
    rows = []
    for c in cases:
        d, x = median_of(c, "docker"), median_of(c, "dockercli")
        ratio = "%.2fx" % (x / d) if d and x else "-"
        same = {None: "-", True: "yes", False: "NO"}[c.get("same_output")]
        verdicts = ", ".join("%s %s" % (t["verdict"], short_target(t)) for t in by_target.get(c["id"], []))
        rows.append([c["title"], cell(c, "docker"), cell(c, "dockercli"), cell(c, "dockerpy"), ratio,
                     same, verdicts])
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    right = {1, 2, 3, 4}

    def fmt(r):
        return "  ".join(v.rjust(widths[i]) if i in right else v.ljust(widths[i])
                         for i, v in enumerate(r)).rstrip()
    out.write(fmt(header) + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(fmt(r) + "\n")


def short_target(t):
    if "import floor" in t["target"]:
        return "(<= %.2fx floor)" % PS_FLOOR_FACTOR
    if "docker-py" in t["target"]:
        return "(< docker-py)"
    return "(<= %.0fx docker)" % CLI_FACTOR


def print_report(result, out=sys.stdout):
    meta = result["meta"]
    out.write("\n== dockercli benchmark: engine %s (%s, API %s), %d containers listed "
              "(%d of them the bench's)\n" % (
                  meta["engine"], meta["server_version"], meta["api_version"],
                  meta["containers_listed_at_start"], N_CONTAINERS))
    if meta["timer"] == "hyperfine":
        how = "hyperfine in %d rounds of %d, order alternating; %d warm-up runs, 1 per later round" % (
            meta["rounds"], meta["runs"] // meta["rounds"], meta["warmup"])
    else:
        how = "interleaved loop, after %d warm-up rounds" % meta["warmup"]
    out.write("   medians of %d runs per command (%s)\n   %s; load average %s -> %s on %d cpus\n\n"
              % (meta["runs"], how, meta["dockercli_version"].strip(),
                 meta["loadavg_start"], meta["loadavg_end"], meta["cpus"]))
    print_table(result["cases"], result["targets"], out)
    out.write("\nTargets:\n")
    for t in result["targets"]:
        out.write("  %-4s  %-52s %s\n" % (t["verdict"], t["target"], t["detail"]))
    errors = [(c, tool, e) for c in result["cases"] for tool, e in c.get("errors", {}).items()]
    if errors:
        out.write("\nErrors (command run once before timing; not timed):\n")
        for c, tool, e in errors:
            out.write("  %s: exit %s\n    $ %s\n" % (tool, e["exit_code"], e["command"]))
            for line in e["stderr"].splitlines()[-6:]:
                out.write("    | %s\n" % line)
    diffs = [c for c in result["cases"] if c.get("same_output") is False]
    if diffs:
        out.write("\nOutput differing from docker's (first lines of the diff):\n")
        for c in diffs:
            out.write("  %s\n" % c["title"])
            for line in c.get("output_diff", [])[:12]:
                out.write("    %s\n" % line)
    it = result["importtime"]
    out.write("\npython -X importtime, dockercli ps -a (medians of %d runs; exit codes %s): "
              "%d modules, %.1f ms importing in total\n"
              % (it["repeats"], ",".join(str(c) for c in it["exit_codes"]),
                 it["modules_imported"], it["total_self_us"] / 1000))
    out.write("  %10s  %8s  %s\n" % ("cumulative", "self", "module"))
    for m in it["top_cumulative"]:
        out.write("  %7.1f ms  %5.1f ms  %s%s\n" % (m["cumulative_us"] / 1000, m["self_us"] / 1000,
                                                  "  " * m["depth"], m["module"]))
    out.write("\nresults: %s\n" % os.path.relpath(result["meta"]["json_path"]))
    for note in result["meta"]["notes"]:
        out.write("note: %s\n" % note)


# ---------------------------------------------------------------------------------------------
# Set-up

def testbed_env(env_file):
    if not env_file:
        log("bringing the test bed up (testbed/testbed.sh up)")
        p = subprocess.run(["bash", os.path.join(ROOT, "testbed", "testbed.sh"), "up"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise CannotRun("testbed/testbed.sh up failed (exit %d):\n%s"
                            % (p.returncode, "\n".join(p.stderr.strip().splitlines()[-10:])))
        env_file = p.stdout.strip().splitlines()[-1]
    values = {}
    try:
        with open(env_file) as f:
            for line in f:
                if "=" in line:
                    k, v = line.rstrip("\n").split("=", 1)
                    values[k] = v
    except OSError as exc:
        raise CannotRun("cannot read the test bed env file: %s" % exc)
    return values


def command_env(host, config_dir):
    env = dict(os.environ)
    for var in ("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_TLS",
                "DOCKER_API_VERSION", "PYTHONPATH", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE",
                "PYTHONPROFILEIMPORTTIME", "PYTHONSTARTUP", "PYTHONNOUSERSITE"):
        env.pop(var, None)
    env["DOCKER_HOST"] = host
    env["DOCKER_CONFIG"] = config_dir  # empty: no user config, contexts or aliases in the way
    return env


def check_venv(venv):
    py = os.path.join(venv, "bin", "python")
    if not os.access(os.path.join(venv, "bin", "dockercli"), os.X_OK):
        raise CannotRun("no dockercli console script in %s (run bench/run.sh, it builds it)" % venv)
    code = ("import dockercli, sys, importlib.util;"
            "print(dockercli.__file__);"
            "print(any('__editable__' in type(f).__module__ or 'editable' in type(f).__name__.lower()"
            " for f in sys.meta_path))")
    p = subprocess.run([py, "-c", code], capture_output=True, text=True, cwd="/")
    if p.returncode != 0:
        raise CannotRun("the bench virtualenv cannot import dockercli: %s" % p.stderr.strip())
    path, editable = p.stdout.split()
    if "site-packages" not in path or editable == "True":
        raise CannotRun("dockercli in %s is an editable install (%s): benchmarks need a real one"
                        % (venv, path))
    return path


def output_of(argv, env):
    try:
        p = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60)
        return p.stdout.strip() if p.returncode == 0 else None
    except (OSError, subprocess.TimeoutExpired):
        return None


def loadavg():
    try:
        return "%.2f" % os.getloadavg()[0]
    except OSError:
        return "?"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--venv", default=os.path.join(HERE, ".venv"),
                    help="virtualenv with a non-editable dockercli (bench/run.sh makes it)")
    ap.add_argument("--engine", default=os.environ.get("BENCH_ENGINE", "26"),
                    choices=["26", "20", "e26", "e20"], help="test bed engine (default 26 = 26.1)")
    ap.add_argument("--env-file", help="test bed env file (default: run testbed/testbed.sh up)")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 20)))
    ap.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", 3)))
    ap.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 4)),
                    help="hyperfine: split the runs into this many rounds, order alternating")
    ap.add_argument("--timer", choices=["hyperfine", "loop"], default=os.environ.get("BENCH_TIMER"),
                    help="default: hyperfine when installed, else the loop")
    ap.add_argument("--keep", action="store_true", default=bool(os.environ.get("BENCH_KEEP")),
                    help="leave the bench containers on the engine at the end")
    ap.add_argument("--only", help="comma-separated case ids (see --list)")
    ap.add_argument("--list", action="store_true", help="list the case ids and exit")
    ap.add_argument("--dockerpy-python", default=os.environ.get("BENCH_DOCKERPY_PYTHON", "python3"),
                    help="interpreter with docker-py for bench/dockerpy_ps.py (default python3)")
    ap.add_argument("--json", default=os.path.join(RESULTS, "latest.json"))
    args = ap.parse_args(argv)
    if args.runs < 2 or args.warmup < 0 or args.rounds < 1:
        ap.error("--runs must be >= 2, --warmup >= 0, --rounds >= 1")
    engine_key = args.engine.lstrip("e")
    venv = os.path.abspath(args.venv)

    docker = shutil.which("docker")
    dockerpy_python = resolve_python(args.dockerpy_python)
    notes = []
    if dockerpy_python and subprocess.run([dockerpy_python, "-c", "import docker"],
                                          capture_output=True).returncode != 0:
        notes.append("%s cannot import docker (docker-py): no docker-py column" % dockerpy_python)
        dockerpy_python = None
    if not docker:
        notes.append("no docker CLI on the PATH: no docker column")
    cases = build_cases(venv, docker, dockerpy_python)
    if args.list:
        for c in cases:
            print("%-16s %s" % (c["id"], c["title"]))
        return 0
    if args.only:
        wanted = set(args.only.split(","))
        if "ps" in wanted:
            wanted.add("import-floor")  # the ps target needs it
        unknown = wanted - {c["id"] for c in cases}
        if unknown:
            ap.error("unknown case id(s): %s (see --list)" % ", ".join(sorted(unknown)))
        cases = [c for c in cases if c["id"] in wanted]

    installed = check_venv(venv)
    tb = testbed_env(args.env_file)
    host = tb.get("DCTB_ENGINE%s_HOST" % engine_key)
    if not host:
        raise CannotRun("the test bed env file has no DCTB_ENGINE%s_HOST" % engine_key)
    engine = Engine(host)
    try:
        server = engine.call("GET", "/version")
    except ApiError as exc:
        raise CannotRun("engine %s: %s" % (host, exc))

    hyperfine = None
    timer = args.timer or ("hyperfine" if shutil.which("hyperfine") else "loop")
    if timer == "hyperfine":
        hyperfine = shutil.which("hyperfine")
        if not hyperfine:
            notes.append("hyperfine not installed: timed with the loop instead")
            timer = "loop"

    # one bench at a time per engine: they would remove each other's containers
    lock_dir = tb.get("DCTB_DIR") or tempfile.gettempdir()
    lock = open(os.path.join(lock_dir, "bench-e%s.lock" % engine_key), "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        log("another benchmark run holds %s; waiting for it" % lock.name)
        fcntl.flock(lock, fcntl.LOCK_EX)

    work = tempfile.mkdtemp(prefix="dockercli-bench.")
    config_dir = os.path.join(work, "docker-config")
    os.mkdir(config_dir)
    env = command_env(host, config_dir)
    os.makedirs(RESULTS, exist_ok=True)
    prepared = False
    try:
        log("engine %s at %s; dockercli from %s" % (server.get("Version"), host,
                                                     os.path.dirname(installed)))
        state = prepare_state(engine)
        prepared = True
        listed_start = len(engine.containers())
        if listed_start != N_CONTAINERS:
            notes.append("the engine held %d other containers (another test run?): `ps -a` listed "
                         "%d rows, not %d" % (listed_start - N_CONTAINERS, listed_start,
                                              N_CONTAINERS))
        with open(os.path.join(venv, "bin", "dockercli"), encoding="utf-8") as script:
            if re.search(r"^import re$", script.read(), re.M):
                notes.append("the dockercli console script imports `re` (pip < 25.2 wrote it): "
                             "about 10 ms of every start-up is pip's, not dockercli's")
        load_start = loadavg()
        preflight(cases, env, work)
        time_cases(cases, env, work, args, hyperfine)
        log("python -X importtime dockercli ps -a")
        imports = importtime(venv, env, work)
        load_end = loadavg()
        ours_end = len(bench_containers(engine))
        if ours_end != N_CONTAINERS:
            notes.append("only %d bench containers were left at the end: someone removed some"
                         % ours_end)
        busy = max((float(x) for x in (load_start, load_end) if x != "?"), default=0.0)
        if busy > (os.cpu_count() or 1) * 0.5:
            notes.append("the machine was busy (load average %s on %d cpus): figures are noisy"
                         % (busy, os.cpu_count()))
    finally:
        if prepared and not args.keep:
            try:
                n = remove_bench_containers(engine)
                log("removed the %d bench containers" % n)
            except (ApiError, CannotRun) as exc:
                log("could not remove the bench containers: %s" % exc)
        shutil.rmtree(work, ignore_errors=True)

    for c in cases:
        for tool in TOOLS:
            if c.get(tool) is None:
                c.pop(tool, None)
            else:
                c[tool] = shlex.join(c[tool])
    result = {
        "meta": {
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "engine": "e" + engine_key,
            "engine_host": host,
            "server_version": server.get("Version"),
            "api_version": server.get("ApiVersion"),
            "state": state,
            "containers_listed_at_start": listed_start,
            "runs": (max(2, -(-args.runs // args.rounds)) * args.rounds if timer == "hyperfine"
                     else args.runs),
            "warmup": args.warmup,
            "timer": timer,
            "rounds": args.rounds if timer == "hyperfine" else None,
            "hyperfine": output_of([hyperfine, "--version"], env) if hyperfine else None,
            "docker_cli": output_of([docker, "--version"], env) if docker else None,
            "dockercli_version": output_of([os.path.join(venv, "bin", "dockercli"), "--version"],
                                           env) or "dockercli ?",
            "dockercli_installed_at": installed,
            "dockerpy_python": dockerpy_python,
            "python": output_of([os.path.join(venv, "bin", "python"), "-VV"], env),
            "git_commit": output_of(["git", "-C", ROOT, "rev-parse", "HEAD"], env),
            "git_dirty_package": bool(output_of(["git", "-C", ROOT, "status", "--porcelain", "--",
                                                 "dockercli", "setup.py", "setup.cfg"], env)),
            "machine": platform.platform(),
            "cpus": os.cpu_count(),
            "loadavg_start": load_start,
            "loadavg_end": load_end,
            "json_path": os.path.abspath(args.json),
            "notes": notes,
        },
        "cases": cases,
        "targets": evaluate_targets(cases),
        "importtime": imports,
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
    tmp = args.json + ".tmp"
    with open(tmp, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    os.replace(tmp, args.json)
    print_report(result)
    return 0


def _sigterm(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _sigterm)
    try:
        sys.exit(main())
    except CannotRun as exc:
        log("cannot run: %s" % exc)
        sys.exit(2)
    except KeyboardInterrupt:
        log("interrupted")
        sys.exit(130)
