"""Table-driven cases whose expected results come from real Go.

corpus.json holds one object per case: template, optional data and
missingkey, and the expected "output" or "error" (Go's error text). Its
"go" field says how the expectation was obtained:

* "docker": the docker 28.2.2 binary (Go 1.24) evaluated the template, with
  the data placed in a context's metadata (`docker context inspect -f`);
* "go1.19+docker": Go 1.19's text/template with docker's functions produced
  it, and docker agreed when given the same data with ints as float64
  (Go 1.19 producing the same result for both);
* "go1.19": Go 1.19 only (missingkey cases, which docker cannot set).

A case with a "deviation" field records where this package knowingly
differs from Go, and why; its expectation is this package's behaviour.
"""

import json
import os

import pytest

from dockercli.template import TemplateError, parse

with open(os.path.join(os.path.dirname(__file__), "corpus.json"), encoding="utf-8") as f:
    CORPUS = json.load(f)


def _id(i, case):
    return "%03d:%s" % (i, case["template"][:40])


@pytest.mark.parametrize("case", CORPUS, ids=[_id(i, c) for i, c in enumerate(CORPUS)])
def test_corpus(case):
    try:
        got = ("output", parse(case["template"]).execute(case.get("data"), missingkey=case.get("missingkey", "default")))
    except TemplateError as e:
        got = ("error", str(e))
    want = ("output", case["output"]) if "output" in case else ("error", case["error"])
    assert got == want


def test_corpus_is_large_and_mostly_checked_against_docker():
    assert len(CORPUS) > 150
    assert sum(1 for c in CORPUS if c["go"] in ("docker", "go1.19+docker")) > 150
    assert all("deviation" in c or c["go"] in ("docker", "go1.19+docker", "go1.19") for c in CORPUS)
