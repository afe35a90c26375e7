"""Listing rows as Go types: Label declares its Go parameter (name string), and Go's
indirect names a row's struct type (no "*") in index and len. Expected texts are
docker 28.2.2's for `ps`, `images`, `volume ls` and `network ls` --format."""

import pytest

from dockercli.formatter.containers import ContainerRow
from dockercli.formatter.history import HistoryRow
from dockercli.formatter.images import ImageRow
from dockercli.formatter.networks import NetworkRow
from dockercli.formatter.volumes import VolumeRow
from dockercli.template import ExecError, parse

LABELS = {"Labels": {"dctest": "1", "com.x": "y"}}

LABELLED_ROWS = [
    pytest.param(ContainerRow(dict(LABELS, Id="a" * 64)), id="container"),
    pytest.param(VolumeRow(dict(LABELS, Name="v")), id="volume"),
    pytest.param(NetworkRow(dict(LABELS, Id="b" * 64, Name="n")), id="network"),
]


def run(text, row):
    return parse(text).execute(row)


@pytest.mark.parametrize("row", LABELLED_ROWS)
def test_label_takes_a_string(row):
    assert run('{{.Label "dctest"}}|{{"com.x" | .Label}}|{{.Label "nope"}}', row) == "1|y|"


@pytest.mark.parametrize("row", LABELLED_ROWS)
@pytest.mark.parametrize("text, at, msg", [
    ("{{.Label 1}}", ":1:9: executing \"\" at <1>", "expected string; found 1"),
    ("{{.Label true}}", ":1:9: executing \"\" at <true>", "expected string; found true"),
    ("{{.Label 1.5}}", ":1:9: executing \"\" at <1.5>", "expected string; found 1.5"),
    ("{{.Label nil}}", ":1:9: executing \"\" at <nil>", "cannot assign nil to string"),
    ("{{1 | .Label}}", ":1:6: executing \"\" at <.Label>", "wrong type for value; expected string; got int"),
    ("{{.Label}}", ":1:2: executing \"\" at <.Label>", "wrong number of args for Label: want 1 got 0"),
])
def test_label_refuses_what_go_refuses(row, text, at, msg):
    with pytest.raises(ExecError) as info:
        run(text, row)
    assert str(info.value) == "template: %s: %s" % (at, msg)


@pytest.mark.parametrize("row, name", [
    (ContainerRow({}), "formatter.ContainerContext"),
    (ImageRow({}, "busybox", "latest", ""), "formatter.imageContext"),
    (VolumeRow({}), "formatter.volumeContext"),
    (NetworkRow({}), "network.networkContext"),
    (HistoryRow({}), "image.historyContext"),
])
def test_index_and_len_of_a_row_name_its_struct_type(row, name):
    with pytest.raises(ExecError, match="can't index item of type %s$" % name):
        run('{{index . "x"}}', row)
    with pytest.raises(ExecError, match="len of type %s$" % name):
        run("{{len .}}", row)
    # slice does not go through the pointer
    with pytest.raises(ExecError, match=r"can't slice item of type \*%s$" % name):
        run("{{slice .}}", row)
