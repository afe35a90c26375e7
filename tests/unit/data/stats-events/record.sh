#!/usr/bin/env bash
# Record what docker 28.2.2 prints for the recorded answers of fakedaemon.py: the expected
# outputs of tests/unit/test_events_stats.py: expected/NAME.txt holds stdout, "--- stderr",
# stderr, then "--- exit N".
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
sock=$tmp/docker.sock
python3 fakedaemon.py "$sock" & server=$!
trap 'kill $server; rm -rf "$tmp"' EXIT
mkdir -p expected
sleep 1
export DOCKER_HOST=unix://$sock
unset DOCKER_API_VERSION DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH
record() {  # name, then the docker arguments
    local name=$1 code=0
    shift
    docker "$@" >"$tmp/out" 2>"$tmp/err" || code=$?
    { cat "$tmp/out"; echo "--- stderr"; cat "$tmp/err"; echo "--- exit $code"; } >"expected/$name.txt"
}
LINUX="e20-busy e20-cache e20-exited e26-busy e26-cache e26-exited cgroup2 cgroup1-cache-over-usage odd"
record stats-json stats --no-stream --format json $LINUX
record stats-table stats --no-stream e20-busy e26-cache cgroup2 odd
record stats-fields stats --no-stream --format \
    '{{.Container}}:{{.Name}}:{{.ID}}:{{.CPUPerc}}:{{.MemUsage}}:{{.MemPerc}}:{{.NetIO}}:{{.BlockIO}}:{{.PIDs}}' $LINUX
record stats-custom-table stats --no-stream --format 'table {{.Container}}\t{{.MemPerc}}\t{{.PIDs}}' cgroup2 e20-busy
record stats-no-trunc stats --no-stream --no-trunc cgroup2 e26-busy
record stats-windows stats --no-stream windows
record stats-windows-json stats --no-stream --format json windows
record stats-errors stats --no-stream nosuch e20-busy nosuch2
TZ=UTC0 record events-default-utc events
TZ=Asia/Kolkata record events-default-kolkata events
TZ=America/New_York record events-default-new-york events
record events-json events --format json
record events-fields events --format \
    '{{.Type}}|{{.Action}}|{{.Actor.ID}}|{{.Actor.Attributes}}|{{.Time}}|{{.TimeNano}}|{{.Status}}|{{.ID}}|{{.From}}|{{.Scope}}'
record events-actor events --format '{{json .Actor}} {{printf "%T %T" .Type .Action}}'
record events-late-error events --format '{{if eq .Action "pull"}}{{.Actor.ID}} {{.Bogus}}{{end}}'
