"""dockercli.formatter.listing: docker's formatter.Context (preFormat, Write) for list commands."""

import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dockercli.errors import DockerCliError
from dockercli.formatter import containers as cfmt
from dockercli.formatter import images as ifmt
from dockercli.formatter.listing import (HeaderContext, SimpleFormat, TemplateFormat, render,
                                         template_body)

NOW = 1_700_000_000


@pytest.fixture(autouse=True)
def utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


CONTAINERS = [
    {"Id": "3f4ab6f0b2c1" + "0" * 52, "Names": ["/web"], "Image": "busybox:latest",
     "ImageID": "sha256:" + "b" * 64, "Command": "sleep 3600", "Created": NOW - 7200,
     "State": "running", "Status": "Up 2 hours",
     "Ports": [{"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}],
     "Labels": {"tier": "front"}},
    {"Id": "9a8b7c6d5e4f" + "1" * 52, "Names": ["/db"], "Image": "postgres:16",
     "ImageID": "sha256:" + "c" * 64, "Command": "docker-entrypoint.sh postgres",
     "Created": NOW - 90, "State": "exited", "Status": "Exited (0) 5 seconds ago", "Ports": []},
]


def container_rows(trunc=True):
    return [cfmt.ContainerRow(c, trunc=trunc, now=NOW) for c in CONTAINERS]


def ps(fmt, rows=None):
    return render(fmt, container_rows() if rows is None else rows, cfmt.HEADERS,
                  cfmt.TEXT_FIELDS)


# --- preFormat ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, body, is_table", [
    ("table", "", True),
    ("table {{.ID}}\\t{{.Names}}", "{{.ID}}\t{{.Names}}", True),
    ("table\t{{.ID}}", "\t{{.ID}}", True),
    ("tablefoo {{.ID}}", "foo {{.ID}}", True),
    ("json", "{{json .}}", False),
    ("  json", "json", False),
    ("{{.ID}}\\n", "{{.ID}}\n", False),
    ("  {{.ID}}  ", "{{.ID}}", False),
    ("{{.ID}}\\\\t", "{{.ID}}\\\t", False),
    ("", "", False),
])
def test_template_body(fmt, body, is_table):
    assert template_body(fmt) == (body, is_table)


# --- whole outputs ----------------------------------------------------------------------------------

def ps_expected_default():
    """The default table laid out by hand: widths max(10, widest + 3), last column bare."""
    header = ["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"]
    lines = [header,
             ["3f4ab6f0b2c1", "busybox:latest", '"sleep 3600"', "2 hours ago", "Up 2 hours",
              "0.0.0.0:8080->80/tcp", "web"],
             ["9a8b7c6d5e4f", "postgres:16", '"docker-entrypoint.s…"', "About a minute ago",
              "Exited (0) 5 seconds ago", "", "db"]]
    widths = [max(10, max(len(line[i]) for line in lines) + 3) for i in range(6)]
    return "".join("".join(cell.ljust(widths[i]) for i, cell in enumerate(line[:-1]))
                   + line[-1] + "\n" for line in lines)


def test_default_ps_table_literal():
    expected = (
        "CONTAINER ID   IMAGE            COMMAND                  CREATED              "
        "STATUS                     PORTS                  NAMES\n"
        '3f4ab6f0b2c1   busybox:latest   "sleep 3600"             2 hours ago          '
        "Up 2 hours                 0.0.0.0:8080->80/tcp   web\n"
        '9a8b7c6d5e4f   postgres:16      "docker-entrypoint.s…"   About a minute ago   '
        "Exited (0) 5 seconds ago                          db\n")
    assert ps(cfmt.DEFAULT_TABLE_FORMAT) == expected == ps_expected_default()


def test_empty_ps_table_is_the_header_docker_prints():
    assert ps(cfmt.DEFAULT_TABLE_FORMAT, rows=[]) == \
        "CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n"


def test_empty_images_table_is_the_header_docker_prints():
    assert render(ifmt.DEFAULT_TABLE_FORMAT, [], ifmt.HEADERS, ifmt.TEXT_FIELDS) == \
        "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n"


def test_images_table():
    summary = {"Id": "sha256:beae173ccac6ad749f76713cf4440fe3d21d1043fe616dfbe30775815d1d0f6a",
               "RepoTags": ["busybox:latest"], "RepoDigests": [], "Created": NOW - 3 * 365 * 86400,
               "Size": 1_240_000, "SharedSize": -1, "Containers": -1}
    rows = ifmt.image_rows([summary], trunc=True, show_digests=False, format_uses_digest=False,
                           now=NOW)
    assert render(ifmt.DEFAULT_TABLE_FORMAT, rows, ifmt.HEADERS, ifmt.TEXT_FIELDS) == (
        "REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n"
        "busybox      latest    beae173ccac6   3 years ago   1.24MB\n")


def test_quiet():
    assert ps("{{.ID}}") == "3f4ab6f0b2c1\n9a8b7c6d5e4f\n"
    assert ps("{{.ID}}", rows=[]) == ""


def test_custom_template_is_not_aligned():
    assert ps("{{.Names}}\\t{{.Status}}") == "web\tUp 2 hours\ndb\tExited (0) 5 seconds ago\n"


def test_custom_table_with_label_header():
    assert ps('table {{.Names}}\\t{{.Label "com.example.my-label_x"}}') == \
        "NAMES     my label x\nweb       \ndb        \n"


def test_table_header_uses_header_functions():
    assert ps("table {{upper .Names}}\\t{{truncate .Image 3}}") == (
        "NAMES     IMAGE\nWEB       bus\nDB        pos\n")


def test_json_lines():
    lines = ps("json").splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["Names"] for line in lines] == ["web", "db"]


def test_raw_format():
    text = ps(cfmt.container_format("raw", False, False), rows=container_rows()[:1])
    assert text == ("container_id: 3f4ab6f0b2c1\nimage: busybox:latest\n"
                    'command: "sleep 3600"\ncreated_at: 2023-11-14 20:13:20 +0000 UTC\n'
                    "state: running\nstatus: Up 2 hours\nnames: web\nlabels: tier=front\n"
                    "ports: 0.0.0.0:8080->80/tcp\n\n")


def test_template_parse_error():
    with pytest.raises(DockerCliError) as info:
        ps("{{.ID")
    assert info.value.message.startswith("template parsing error: ")


def test_template_execution_error():
    with pytest.raises(DockerCliError) as info:
        ps("{{.Nope}}")
    assert info.value.message.startswith("template parsing error: ")
    assert "Nope" in info.value.message


# --- the direct path (SimpleFormat) ------------------------------------------------------------------

@pytest.mark.parametrize("body, fields", [
    ("{{.ID}}", {"ID"}),
    ("{{ .ID }}\t{{.Names}}", {"ID", "Names"}),
    ("x {{.Size}} y", {"Size"}),
    ("{{if .Status}}{{.Status}}{{else}}N/A{{end}}", {"Status"}),
    ("no actions at all", set()),
])
def test_simple_format_compiles(body, fields):
    compiled = SimpleFormat.compile(body, cfmt.TEXT_FIELDS)
    assert compiled is not None
    assert compiled.fields == fields


@pytest.mark.parametrize("body", [
    "{{json .}}", "{{.Platform}}", "{{.Label \"x\"}}", "{{- .ID}}", "{{.ID -}}", "{{upper .ID}}",
    "{{.Nope}}", "{{.ID}}{{/* c */}}", "{{if .ID}}{{.Names}}{{else}}x{{end}}", "{{.ID.Foo}}",
    "{{range .}}{{end}}", "{{$x := 1}}",
])
def test_simple_format_refuses_what_it_cannot_render(body):
    assert SimpleFormat.compile(body, cfmt.TEXT_FIELDS) is None


def test_simple_format_if_else_fallback():
    compiled = SimpleFormat.compile("[{{if .Status}}{{.Status}}{{else}}N/A{{end}}]",
                                    cfmt.TEXT_FIELDS)
    assert compiled.row(cfmt.ContainerRow({"Status": ""})) == "[N/A]"
    assert compiled.row(cfmt.ContainerRow({"Status": "Up"})) == "[Up]"
    assert compiled.header(cfmt.HEADERS) == "[STATUS]"


SIMPLE_PIECES = st.one_of(
    st.text(alphabet="abc \t:-|/()", max_size=4),
    st.sampled_from(sorted(cfmt.TEXT_FIELDS)).map(lambda f: "{{.%s}}" % f),
    st.sampled_from(sorted(cfmt.TEXT_FIELDS)).map(lambda f: "{{ .%s }}" % f),
    st.sampled_from(sorted(cfmt.TEXT_FIELDS)).map(
        lambda f: "{{if .%s}}{{.%s}}{{else}}N/A{{end}}" % (f, f)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(SIMPLE_PIECES, max_size=6).map("".join), st.sampled_from([True, False]))
def test_simple_format_equals_the_template_engine(body, trunc):
    simple = SimpleFormat.compile(body, cfmt.TEXT_FIELDS)
    assert simple is not None
    engine = TemplateFormat(body)
    extra = [cfmt.ContainerRow({}, trunc=trunc, now=NOW),
             cfmt.ContainerRow({"Names": ["/a"], "Mounts": [{"Name": "v", "Driver": "local"}],
                                "SizeRw": 5}, trunc=trunc, now=NOW)]
    for row in container_rows(trunc) + extra:
        assert simple.row(row) == engine.row(row)
    assert simple.header(cfmt.HEADERS) == engine.header(cfmt.HEADERS)


# --- headers ----------------------------------------------------------------------------------------

def test_header_context():
    context = HeaderContext({"ID": "CONTAINER ID"})
    assert context.ID == "CONTAINER ID"
    with pytest.raises(AttributeError):
        context.Nope
    with pytest.raises(AttributeError):
        context._private
    assert HeaderContext.Label("com.example.my-label_name") == "my label name"
    assert HeaderContext.Label("plain") == "plain"


def test_template_header_keeps_output_before_an_error():
    # docker ignores header errors and prints what was written before them
    assert TemplateFormat("{{.ID}} {{json .}}").header(cfmt.HEADERS) == "CONTAINER ID "
