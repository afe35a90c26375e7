#!/usr/bin/env bash
# The whole test suite, as CI runs it: a fresh virtualenv with dockercli installed from this
# tree, the real test bed (testbed/testbed.sh), then unit, integration and conformance tests.
# The two engines are tested in parallel, one pytest process each.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
venv=${DOCKERCLI_TEST_VENV:-$root/.venv}
logs=$(mktemp -d /tmp/dockercli-tests.XXXXXX)
start=$(date +%s)

echo "== install (virtualenv $venv)"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$root[test]"

echo "== test bed"
DOCKERCLI_TESTBED_ENV=$(bash testbed/testbed.sh up)
export DOCKERCLI_TESTBED_ENV

# pytest from the virtualenv, run from tests/ so that the source tree cannot shadow the install
run_pytest() {  # name, engines, paths...
    local name=$1 engines=$2
    shift 2
    (cd tests && DOCKERCLI_TEST_ENGINES=$engines "$venv/bin/pytest" -p no:cacheprovider \
        -q "$@" >"$logs/$name.log" 2>&1)
}

echo "== tests (logs in $logs)"
set +e
run_pytest engine20 e20,e20-api1.21 unit integration conformance & pid20=$!
run_pytest engine26 e26,e26-tls integration conformance & pid26=$!
wait $pid20; rc20=$?
wait $pid26; rc26=$?
set -e

status=0
for name in engine20 engine26; do
    rc=$([ $name = engine20 ] && echo $rc20 || echo $rc26)
    echo "-- $name: pytest exit code $rc"
    tail -n 25 "$logs/$name.log"
    case $rc in
        0) ;;
        5) echo "!! $name collected no tests: that is a failure here"; status=1 ;;
        *) status=1 ;;
    esac
done
echo "== done in $(( $(date +%s) - start ))s: $([ $status = 0 ] && echo PASSED || echo FAILED)"
exit $status
