"""A differential corpus of Go templates: every case in template_corpus.json is one full
command line (ps/images --format, inspect -f in all its forms, version -f on .Server,
info -f) run through the docker CLI and through dockercli on the same engine, comparing
stdout, stderr and the exit code.

The corpus file is a JSON list of cases:

    {"id": "unique-name",            # the pytest id
     "args": ["ps", "-a", ...],      # the command line, without "docker"
     "note": "what it exercises",
     "engines": ["e26", ...],        # optional: run only on these engines
     "normalize": "sorted_lines",    # optional: a normalizer from NORMALIZERS below
     "known_difference": "why"}      # optional: dockercli is known to differ from docker;
                                     # the case is a strict xfail, and turns into a
                                     # failure the day dockercli gets it right

Left out on purpose, because docker's own output is random there: pointer addresses
({{.}} or {{$}} of a ps row or a container, {{.NetworkSettings}}, {{.HostConfig}},
%v of a *bool), Go map iteration inside docker (ps's {{.Labels}} of a container with
several labels is normalized instead) and output that is not valid UTF-8 (the
harness reads the docker CLI's output as text).

Rows of `images` are compared sorted: the daemon may list one image's tags in random
order (e26 does), and each tag is a row.
"""

import json
import os
import re

import pytest

from compare import assert_conforms

CORPUS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "template_corpus.json")


def _load_corpus():
    with open(CORPUS_PATH, encoding="utf-8") as handle:
        return json.load(handle)


CORPUS = _load_corpus()


def sorted_lines(text):
    """Lines in sorted order, for listings whose row order the daemon does not fix."""
    return "".join(sorted(text.splitlines(keepends=True)))


def sorted_rows(text):
    """A table's header first, then its rows sorted."""
    lines = text.splitlines(keepends=True)
    return "".join(lines[:1] + sorted(lines[1:]))


def sorted_label_lists(text):
    """ps's {{.Labels}} joins "k=v" pairs in Go's random map order: sort each list."""
    return re.sub(r"[^\s|]*=[^\s|]*", lambda m: ",".join(sorted(m.group(0).split(","))), text)


NORMALIZERS = {
    "sorted_lines": sorted_lines,
    "sorted_rows": sorted_rows,
    "sorted_label_lists": sorted_label_lists,
}


def _params():
    params = []
    for case in CORPUS:
        marks = []
        if case.get("known_difference"):
            marks.append(pytest.mark.xfail(strict=True, raises=AssertionError,
                                           reason=case["known_difference"]))
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_template_corpus(engine, case):
    if "engines" in case and engine.name not in case["engines"]:
        pytest.skip("case %s runs on %s only" % (case["id"], ", ".join(case["engines"])))
    normalize = NORMALIZERS[case["normalize"]] if "normalize" in case else None
    assert_conforms(engine, case["args"], normalize=normalize)


_KEYS = {"id", "args", "note", "engines", "normalize", "known_difference"}
_ENGINES = {"e20", "e26", "e20-api1.21", "e26-tls"}
_COMMANDS = {("ps",), ("container", "ls"), ("images",), ("image", "inspect"), ("inspect",),
             ("container", "inspect"), ("volume", "inspect"), ("network", "inspect"),
             ("version",), ("info",)}


def test_corpus_is_well_formed():
    assert isinstance(CORPUS, list)
    assert len(CORPUS) >= 200
    ids = [case.get("id") for case in CORPUS]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, "duplicate ids: %s" % duplicates
    for case in CORPUS:
        where = case.get("id", case)
        assert isinstance(case, dict), where
        assert set(case) <= _KEYS, "%s: unknown keys %s" % (where, sorted(set(case) - _KEYS))
        assert isinstance(case.get("id"), str) and case["id"].strip(), where
        assert isinstance(case.get("note"), str) and case["note"].strip(), where
        args = case.get("args")
        assert isinstance(args, list) and args and all(isinstance(a, str) for a in args), where
        assert tuple(args[:1]) in _COMMANDS or tuple(args[:2]) in _COMMANDS, where
        # every case runs a template: a --format/-f value is given
        assert "--format" in args or "-f" in args, where
        if "engines" in case:
            assert case["engines"] and set(case["engines"]) <= _ENGINES, where
        if "normalize" in case:
            assert case["normalize"] in NORMALIZERS, where
        if "known_difference" in case:
            assert isinstance(case["known_difference"], str) and case["known_difference"], where
