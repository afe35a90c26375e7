"""Whole commands (CliRunner) against a fake daemon: the fake requests transport of unit_fakes.

What each command asks the daemon, and what it prints for canned answers, as
docker 28.2.2 does (cli/command/container/list.go, image/list.go, system/inspect.go).
"""

import json
import os
import time

import pytest
from support.cli import runner as cli_runner

from dockercli.cli.root import root
from unit_fakes import Reply, fake_transport  # noqa: F401  (fixture)

HOST = "unix:///fake/docker.sock"
NOW = time.time()
C1 = "3f4ab6f0b2c1" + "0" * 52
C2 = "9a8b7c6d5e4f" + "1" * 52
IMG = "sha256:beae173ccac6ad749f76713cf4440fe3d21d1043fe616dfbe30775815d1d0f6a"
DIGEST = "sha256:" + "d" * 64

CONTAINERS = [
    {"Id": C1, "Names": ["/web"], "Image": "busybox:latest", "ImageID": IMG,
     "Command": "sleep 3600", "Created": int(NOW) - 7200, "State": "running",
     "Status": "Up 2 hours", "SizeRw": 12, "SizeRootFs": 4_261_550,
     "Ports": [{"IP": "0.0.0.0", "PrivatePort": 80, "PublicPort": 8080, "Type": "tcp"}]},
    {"Id": C2, "Names": ["/db"], "Image": "postgres:16", "ImageID": "sha256:" + "c" * 64,
     "Command": "docker-entrypoint.sh postgres", "Created": int(NOW) - 7200,
     "State": "exited", "Status": "Exited (0) 5 seconds ago", "Ports": []},
]
IMAGES = [
    {"Id": IMG, "RepoTags": ["busybox:latest", "busybox:1.36"],
     "RepoDigests": ["busybox@" + DIGEST], "Created": int(NOW) - 7200, "Size": 4_261_550,
     "SharedSize": -1, "Containers": -1},
    {"Id": "sha256:" + "e" * 64, "RepoTags": [], "RepoDigests": [], "Created": int(NOW) - 7200,
     "Size": 0, "SharedSize": -1, "Containers": -1},
]


@pytest.fixture
def daemon(fake_transport, tmp_path, monkeypatch):  # noqa: F811
    """The fake daemon's routes (an engine speaking API 1.41), and a `run` for command lines."""
    monkeypatch.setattr(os, "get_terminal_size", lambda fd=1: (_ for _ in ()).throw(OSError()))
    fake_transport.routes["GET /_ping"] = Reply(200, b"OK", headers={"Api-Version": "1.41"})
    config = tmp_path / "config"
    config.mkdir()

    def run(*args, **env):
        environment = {"DOCKER_HOST": HOST, "DOCKER_CONFIG": str(config), "DOCKER_CONTEXT": None,
                       "DOCKER_API_VERSION": None, "DOCKER_TLS_VERIFY": None, "DOCKER_TLS": None,
                       "DOCKER_CERT_PATH": None, "TZ": "UTC0"}
        environment.update(env)
        time.tzset()
        return cli_runner().invoke(root, list(args), prog_name="docker", env=environment)

    fake_transport.run = run
    fake_transport.config_dir = config
    return fake_transport


def query_of(daemon, path):
    for index, request_path in enumerate(daemon.paths):
        if request_path == path:
            return daemon.query(index)
    raise AssertionError("%s was not requested: %s" % (path, daemon.paths))


# --- ps ------------------------------------------------------------------------------------------

def test_ps_default_table(daemon):
    daemon.routes["GET /v1.41/containers/json"] = Reply(200, json=CONTAINERS)
    result = daemon.run("ps")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        "CONTAINER ID   IMAGE            COMMAND                  CREATED       STATUS        "
        "             PORTS                  NAMES\n"
        '3f4ab6f0b2c1   busybox:latest   "sleep 3600"             2 hours ago   Up 2 hours    '
        "             0.0.0.0:8080->80/tcp   web\n"
        '9a8b7c6d5e4f   postgres:16      "docker-entrypoint.s…"   2 hours ago   Exited (0) 5 '
        "seconds ago                          db\n")
    assert daemon.paths == ["/_ping", "/v1.41/containers/json"]
    assert query_of(daemon, "/v1.41/containers/json") == {}


@pytest.mark.parametrize("args, query", [
    (["-a"], {"all": ["1"]}),
    (["-n", "2"], {"limit": ["2"]}),
    (["-l"], {"limit": ["1"]}),
    (["-l", "-n", "5"], {"limit": ["5"]}),
    (["-n", "0"], {}),
    (["-s"], {"size": ["1"]}),
    (["-f", "status=exited", "--filter", "Name= web "],
     {"filters": ['{"name":{"web":true},"status":{"exited":true}}']}),
    (["--format", "{{.Names}} {{.Size}}"], {"size": ["1"]}),
    (["--format", "{{.Names}} {{.Size}}", "--size=false"], {}),
    (["--format", "{{.Names}} {{.Size}}", "-q"], {}),
    (["--format", "{{json .}}"], {"size": ["1"]}),
    (["--format", "json"], {}),
])
def test_ps_query(daemon, args, query):
    daemon.routes["GET /v1.41/containers/json"] = Reply(200, json=[])
    result = daemon.run("ps", *args)
    assert result.exit_code == 0, result.stderr
    assert query_of(daemon, "/v1.41/containers/json") == query


def test_ps_legacy_filters_on_an_old_engine(daemon):
    daemon.routes["GET /v1.21/containers/json"] = Reply(200, json=[])
    result = daemon.run("ps", "-f", "status=exited", DOCKER_API_VERSION="1.21")
    assert result.exit_code == 0
    assert daemon.paths == ["/v1.21/containers/json"]
    assert daemon.query() == {"filters": ['{"status":["exited"]}']}


def test_ps_quiet_and_no_trunc(daemon):
    daemon.routes["GET /v1.41/containers/json"] = Reply(200, json=CONTAINERS)
    assert daemon.run("ps", "-q").stdout == "3f4ab6f0b2c1\n9a8b7c6d5e4f\n"
    assert daemon.run("ps", "-q", "--no-trunc").stdout == C1 + "\n" + C2 + "\n"


def test_ps_size_column(daemon):
    daemon.routes["GET /v1.41/containers/json"] = Reply(200, json=CONTAINERS[:1])
    out = daemon.run("ps", "-s", "--format", "table {{.Names}}\\t{{.Size}}").stdout
    assert out == "NAMES     SIZE\nweb       12B (virtual 4.26MB)\n"
    default = daemon.run("ps", "-s").stdout.splitlines()
    assert default[0].endswith("NAMES     SIZE")
    assert default[1].endswith("web       12B (virtual 4.26MB)")


def test_ps_format_from_the_config_file(daemon):
    daemon.routes["GET /v1.41/containers/json"] = Reply(200, json=CONTAINERS)
    (daemon.config_dir / "config.json").write_text('{"psFormat": "table {{.Names}}\\\\t{{.State}}"}')
    assert daemon.run("ps").stdout == "NAMES     STATE\nweb       running\ndb        exited\n"
    # a --format given on the command line wins
    assert daemon.run("ps", "--format", "{{.Names}}").stdout == "web\ndb\n"


def test_ps_json(daemon):
    daemon.routes["GET /v1.41/containers/json"] = Reply(200, json=CONTAINERS[:1])
    line = daemon.run("ps", "--format", "json").stdout
    assert line.endswith("}\n") and line.count("\n") == 1
    data = json.loads(line)
    assert (data["ID"], data["Names"], data["Ports"]) == \
        ("3f4ab6f0b2c1", "web", "0.0.0.0:8080->80/tcp")


def test_ps_daemon_error(daemon):
    daemon.routes["GET /v1.41/containers/json"] = Reply(
        400, json={"message": "invalid filter 'bogus'"})
    result = daemon.run("ps", "-f", "bogus=1")
    assert (result.exit_code, result.stdout, result.stderr) == \
        (1, "", "Error response from daemon: invalid filter 'bogus'\n")


# --- images ---------------------------------------------------------------------------------------

def test_images_default_table(daemon):
    daemon.routes["GET /v1.41/images/json"] = Reply(200, json=IMAGES)
    result = daemon.run("images")
    assert result.exit_code == 0
    assert result.stdout == (
        "REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\n"
        "busybox      latest    beae173ccac6   2 hours ago   4.26MB\n"
        "busybox      1.36      beae173ccac6   2 hours ago   4.26MB\n"
        "<none>       <none>    eeeeeeeeeeee   2 hours ago   0B\n")
    assert query_of(daemon, "/v1.41/images/json") == {}


def test_images_digests(daemon):
    daemon.routes["GET /v1.41/images/json"] = Reply(200, json=IMAGES[:1])
    assert daemon.run("images", "--digests").stdout == (
        "REPOSITORY   TAG       DIGEST" + " " * 68 + "IMAGE ID       CREATED       SIZE\n"
        "busybox      latest    %s   beae173ccac6   2 hours ago   4.26MB\n"
        "busybox      1.36      %s   beae173ccac6   2 hours ago   4.26MB\n" % (DIGEST, DIGEST))


def test_images_quiet_repeats_ids_per_row(daemon):
    daemon.routes["GET /v1.41/images/json"] = Reply(200, json=IMAGES)
    assert daemon.run("images", "-q").stdout == "beae173ccac6\nbeae173ccac6\neeeeeeeeeeee\n"


@pytest.mark.parametrize("args, query", [
    (["busybox"], {"filters": ['{"reference":{"busybox":true}}']}),
    (["-a", "-f", "dangling=true"], {"all": ["1"], "filters": ['{"dangling":{"true":true}}']}),
    (["-f", "reference=a", "b"], {"filters": ['{"reference":{"a":true,"b":true}}']}),
])
def test_images_query(daemon, args, query):
    daemon.routes["GET /v1.41/images/json"] = Reply(200, json=[])
    assert daemon.run("images", *args).exit_code == 0
    assert query_of(daemon, "/v1.41/images/json") == query


def test_images_reference_on_an_old_engine(daemon):
    daemon.routes["GET /v1.24/images/json"] = Reply(200, json=[])
    assert daemon.run("images", "busybox", DOCKER_API_VERSION="1.24").exit_code == 0
    assert daemon.query() == {"filter": ["busybox"]}


def test_images_ambiguous_name_hint(daemon):
    daemon.routes["GET /v1.41/images/json"] = Reply(200, json=[])
    result = daemon.run("images", "ls")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n",
        '\nNo images found matching "ls": did you mean "docker image ls"?\n')
    # only `docker images`, only for image subcommand names
    assert daemon.run("image", "ls", "ls").stderr == ""
    assert daemon.run("images", "busybox").stderr == ""


def test_images_format_from_config_is_ignored_with_quiet(daemon):
    daemon.routes["GET /v1.41/images/json"] = Reply(200, json=IMAGES[:1])
    (daemon.config_dir / "config.json").write_text('{"imagesFormat": "{{.Repository}}:{{.Tag}}"}')
    assert daemon.run("images").stdout == "busybox:latest\nbusybox:1.36\n"
    assert daemon.run("images", "-q").stdout == "beae173ccac6\nbeae173ccac6\n"


# --- inspect ---------------------------------------------------------------------------------------

RAW = b'{"Id":"%s","Name":"/web","Config":{"Labels":{},"Cmd":["echo","\\u003chi\\u003e"]}}\n' \
    % C1.encode()


def not_found(kind):
    return Reply(404, json={"message": "No such %s: nope" % kind})


def test_inspect_container(daemon):
    daemon.routes["GET /v1.41/containers/web/json"] = Reply(
        200, RAW, headers={"Content-Type": "application/json"})
    result = daemon.run("inspect", "web")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == (
        '[\n    {\n        "Id": "%s",\n        "Name": "/web",\n        "Config": {\n'
        '            "Labels": {},\n            "Cmd": [\n                "echo",\n'
        '                "\\u003chi\\u003e"\n            ]\n        }\n    }\n]\n' % C1)
    assert daemon.paths == ["/_ping", "/v1.41/containers/web/json"]


def test_inspect_format(daemon):
    daemon.routes["GET /v1.41/containers/web/json"] = Reply(200, RAW)
    result = daemon.run("inspect", "-f", "{{.Name}} {{json .Config.Cmd}}", "web")
    assert result.stdout == '/web ["echo","<hi>"]\n'
    assert daemon.run("inspect", "--format", "json", "web").stdout == \
        '[{"Id":"%s","Name":"/web","Config":{"Labels":{},"Cmd":["echo","\\u003chi\\u003e"]}}]\n' % C1


def test_inspect_searches_every_kind_then_fails(daemon):
    for kind, path in [("container", "/containers/nope/json"), ("image", "/images/nope/json"),
                       ("network", "/networks/nope"), ("volume", "/volumes/nope"),
                       ("plugin", "/plugins/nope/json")]:
        daemon.routes["GET /v1.41" + path] = not_found(kind)
    daemon.routes["GET /v1.41/info"] = Reply(200, json={"Swarm": {"ControlAvailable": False}})
    result = daemon.run("inspect", "nope")
    assert (result.exit_code, result.stdout, result.stderr) == \
        (1, "[]\n", "Error: No such object: nope\n")
    assert daemon.paths == ["/_ping", "/v1.41/containers/nope/json", "/v1.41/images/nope/json",
                            "/v1.41/networks/nope", "/v1.41/volumes/nope", "/v1.41/info",
                            "/v1.41/plugins/nope/json"]


def test_inspect_swarm_objects_on_a_manager(daemon):
    for path in ["/containers/s/json", "/images/s/json", "/networks/s", "/volumes/s"]:
        daemon.routes["GET /v1.41" + path] = not_found("object")
    daemon.routes["GET /v1.41/info"] = Reply(200, json={"Swarm": {"ControlAvailable": True}})
    daemon.routes["GET /v1.41/services/s"] = Reply(200, b'{"ID":"svc"}')
    result = daemon.run("inspect", "s")
    assert result.stdout == '[\n    {\n        "ID": "svc"\n    }\n]\n'
    assert daemon.paths[-1] == "/v1.41/services/s"
    assert daemon.query() == {"insertDefaults": ["true"]}


def test_inspect_some_found_some_not(daemon):
    daemon.routes["*"] = not_found("thing")
    daemon.routes["GET /v1.41/info"] = Reply(200, json={"Swarm": {}})
    daemon.routes["GET /v1.41/containers/web/json"] = Reply(200, b'{"Id":"1"}')
    result = daemon.run("inspect", "nope", "web", "gone")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, '[\n    {\n        "Id": "1"\n    }\n]\n',
        "Error: No such object: nope\nError: No such object: gone\n")


def test_inspect_type_restricts_the_search(daemon):
    daemon.routes["GET /v1.41/volumes/v"] = not_found("volume")
    result = daemon.run("inspect", "--type", "volume", "v")
    assert (result.exit_code, result.stdout, result.stderr) == \
        (1, "[]\n", "Error response from daemon: No such volume: nope\n")
    assert daemon.paths == ["/_ping", "/v1.41/volumes/v"]


def test_inspect_size_warning_for_other_kinds(daemon):
    daemon.routes["GET /v1.41/containers/i/json"] = not_found("container")
    daemon.routes["GET /v1.41/images/i/json"] = Reply(200, b'{"Id":"img"}')
    result = daemon.run("inspect", "-s", "i")
    assert result.exit_code == 0
    assert result.stderr == "WARNING: --size ignored for image\n"
    assert query_of(daemon, "/v1.41/containers/i/json") == {"size": ["1"]}


def test_container_inspect_not_found(daemon):
    daemon.routes["GET /v1.41/containers/nope/json"] = not_found("container")
    result = daemon.run("container", "inspect", "nope")
    assert (result.exit_code, result.stdout, result.stderr) == \
        (1, "[]\n", "Error response from daemon: No such container: nope\n")


def test_inspect_swarm_check_per_reference(daemon):
    daemon.routes["*"] = not_found("thing")
    daemon.routes["GET /v1.41/info"] = Reply(500, json={"message": "info failed"})
    result = daemon.run("inspect", "a", "b")
    assert daemon.paths.count("/v1.41/info") == 2
    assert result.stderr == ("Error response from daemon: info failed\n"
                             "Error response from daemon: info failed\n"
                             "Error: No such object: a\nError: No such object: b\n")
