"""Issue 2's commands against real engines: what they return, not only how it looks."""

import hashlib
import json
import os

import pytest
from support import objects
from support.cli import dockercli

from dockercli.api import containers as containers_api
from dockercli.api.streams import STDERR, STDOUT, HijackedConnection, iter_frames


def run(engine, *args, env=None):
    return dockercli(list(args), env=dict(engine.env(), **(env or {})))


@pytest.fixture
def api(engine):
    client = objects.client_for(engine)
    yield client
    client.close()


@pytest.mark.tls
def test_ps_flags_select_and_shape_rows(engine, api):
    every = api.get_json("/containers/json", {"all": "1"})
    code, out, err = run(engine, "ps", "-a", "-q", "--no-trunc")
    assert (code, err) == (0, "")
    assert out.split() == [c["Id"] for c in every]

    code, out, _ = run(engine, "ps", "--all", "--filter", "name=dctest-running", "--format",
                       "{{.Names}}|{{.State}}|{{.Label \"tier\"}}|{{.Mounts}}")
    assert (code, out) == (0, "dctest-running|running|front|dctest-vol\n")

    code, out, _ = run(engine, "ps", "-a", "-f", "label=dctest", "-f", "status=exited",
                       "--format", "{{.Names}}")
    assert code == 0
    assert set(out.split()) == {"dctest-exited", "dctest-failed", "dctest-commit"}

    code, out, _ = run(engine, "ps", "-n", "1", "--format", "{{.ID}}")
    assert (code, out) == (0, every[0]["Id"][:12] + "\n")
    assert run(engine, "ps", "-l", "-q").out == every[0]["Id"][:12] + "\n"

    code, out, _ = run(engine, "ps", "-a", "-s", "--format", "{{.Names}} {{.Size}}",
                       "-f", "name=dctest-exited")
    assert code == 0 and out.startswith("dctest-exited ") and "B" in out


@pytest.mark.tls
def test_images_flags_and_reference_argument(engine, api):
    code, out, err = run(engine, "images", "--format", "{{.Repository}}:{{.Tag}}", "dctest/app")
    assert (code, out, err) == (0, "dctest/app:1.0\n", "")

    busybox = api.get_json("/images/busybox:latest/json")
    code, out, _ = run(engine, "images", "-q", "--no-trunc", "busybox")
    assert (code, out) == (0, busybox["Id"] + "\n")

    code, out, _ = run(engine, "images", "-a", "--digests", "--format", "json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {"busybox", "dctest/app", "<none>"} <= {r["Repository"] for r in rows}

    code, out, _ = run(engine, "images", "-f", "dangling=true", "-q")
    dangling = api.get_json("/images/json", {"filters": json.dumps({"dangling": ["true"]})})
    assert (code, out.split()) == (0, [i["Id"].split(":")[1][:12] for i in dangling])


@pytest.mark.tls
def test_inspect_objects_of_every_kind(engine, api):
    code, out, err = run(engine, "inspect", "dctest-running", "busybox", "dctest-vol", "none")
    assert (code, err) == (0, "")
    found = json.loads(out)
    assert [found[0]["Name"], found[2]["Name"], found[3]["Name"]] == [
        "/dctest-running", "dctest-vol", "none"]
    assert found[1]["Id"] == api.get_json("/images/busybox/json")["Id"]
    assert out.startswith("[\n    {\n        \"")

    # SizeRootFs is a *int64: set with -s (a non-nil pointer is true); docker refuses to order it
    code, out, err = run(engine, "inspect", "--type", "container", "-s", "-f",
                         "{{.Name}} {{.State.ExitCode}} {{if .SizeRootFs}}true{{end}}", "dctest-failed")
    assert (code, out, err) == (0, "/dctest-failed 3 true\n", "")

    code, out, err = run(engine, "inspect", "dctest-running", "nosuch")
    assert code == 1 and json.loads(out)[0]["Name"] == "/dctest-running"
    assert err == "Error: No such object: nosuch\n"

    code, out, err = run(engine, "inspect", "-f", "{{", "busybox")
    assert (code, out) == (64, "") and err.startswith("template parsing error: ")


def test_version_reports_the_negotiated_api_version(engine):
    code, out, err = run(engine, "version", "-f", "{{.Client.APIVersion}} {{.Server.APIVersion}}")
    client_version, server_version = out.split()
    assert (code, err) == (0, "")
    assert client_version == (engine.api_version or server_version)


def test_info_and_system_info_agree(engine, api):
    daemon = api.get_json("/info")
    code, out, _ = run(engine, "system", "info", "-f", "{{.ID}} {{.Containers}}")
    assert (code, out) == (0, "%s %d\n" % (daemon["ID"], daemon["Containers"]))
    code, out, _ = run(engine, "info")
    assert code == 0 and " Containers: %d\n" % daemon["Containers"] in out


def test_exec_through_a_hijacked_connection(engine, api):
    """The raw socket of an `Upgrade: tcp` answer: stdin in, framed stdout/stderr out."""
    exec_id = api.post_json("/containers/dctest-running/exec", body={
        "Cmd": ["sh", "-c", "cat; echo oops >&2"], "AttachStdin": True, "AttachStdout": True,
        "AttachStderr": True})["Id"]
    response = api.request("POST", "/exec/%s/start" % exec_id, body={"Detach": False, "Tty": False},
                           headers={"Connection": "Upgrade", "Upgrade": "tcp"}, stream=True)
    connection = HijackedConnection(response)
    try:
        connection.write(b"hello through the socket\n")
        connection.close_write()
        frames = list(iter_frames(connection))
    finally:
        connection.close()
    stdout = b"".join(data for stream, data in frames if stream == STDOUT)
    stderr = b"".join(data for stream, data in frames if stream == STDERR)
    assert (stdout, stderr) == (b"hello through the socket\n", b"oops\n")
    assert api.get_json("/exec/%s/json" % exec_id)["ExitCode"] == 0


def test_pinned_api_version_is_used_for_every_request(engine):
    client = objects.client_for(engine)
    try:
        summaries = containers_api.list_containers(client, all=True,
                                                   filters={"name": ["dctest-running"]})
        assert client.api_version == (engine.api_version or client.api_version)
        assert client.url("/x").endswith("/v%s/x" % client.api_version)
        assert [s["Names"] for s in summaries] == [["/dctest-running"]]
    finally:
        client.close()


def test_config_file_ps_format_and_contexts(engine, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.json").write_text(json.dumps({"psFormat": "{{.Names}}!"}))
    env = {"DOCKER_CONFIG": str(config)}
    code, out, _ = run(engine, "ps", "-f", "name=dctest-running", env=env)
    assert (code, out) == (0, "dctest-running!\n")

    digest = hashlib.sha256(b"testctx").hexdigest()
    meta = config / "contexts" / "meta" / digest
    meta.mkdir(parents=True)
    host = engine.host
    (meta / "meta.json").write_text(json.dumps({
        "Name": "testctx", "Metadata": {}, "Endpoints": {"docker": {"Host": host}}}))
    context_env = dict(env, DOCKER_HOST=None)
    code, out, err = dockercli(["--context", "testctx", "ps", "-q", "-f", "name=dctest-running"],
                               env=dict(context_env, DOCKER_API_VERSION=engine.api_version or None))
    assert (code, err) == (0, "") and len(out.strip()) == 12
    code, out, _ = dockercli(["version", "-f", "{{.Client.Context}}"],
                             env=dict(context_env, DOCKER_CONTEXT="testctx"))
    assert (code, out) == (0, "testctx\n")


def test_unreachable_daemon_is_a_clear_error(testbed_values, tmp_path):
    socket_path = os.path.join(str(tmp_path), "none.sock")
    code, out, err = dockercli(["-H", "unix://" + socket_path, "ps"])
    assert (code, out) == (1, "")
    assert err == ("Cannot connect to the Docker daemon at unix://%s. Is the docker daemon "
                   "running?\n" % socket_path)


def test_tls_with_a_certificate_from_another_ca_fails_clearly(testbed_values):
    env = {"DOCKER_HOST": testbed_values["DCTB_TLS_HOST"], "DOCKER_TLS_VERIFY": "1",
           "DOCKER_CERT_PATH": testbed_values["DCTB_TLS_BAD_CERT_PATH"]}
    code, out, err = dockercli(["ps"], env=env)
    assert (code, out) == (1, "")
    assert err == ('error during connect: Get "https://127.0.0.1:2376/v1.50/containers/json": '
                   "tls: failed to verify certificate: x509: certificate signed by unknown "
                   "authority\n")


def test_plain_http_to_the_tls_port_is_refused(testbed_values):
    code, _, err = dockercli(["ps"], env={"DOCKER_HOST": testbed_values["DCTB_TLS_HOST"]})
    assert (code, err) == (1, "Error response from daemon: Client sent an HTTP request to an "
                              "HTTPS server.\n")


def test_images_lists_every_tag_of_an_image(engine, api):
    """One row per repository:tag; their order is the engine's, which may vary per call."""
    tags = [("dctest/multi", "a"), ("dctest/multi", "b"), ("dctest/other", "c")]
    for repo, tag in tags:
        api.request("POST", "/images/busybox:latest/tag", params={"repo": repo, "tag": tag})
    try:
        code, out, err = run(engine, "images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}")
        busybox = api.get_json("/images/busybox/json")["Id"].split(":")[1][:12]
        rows = set(out.splitlines())
        assert (code, err) == (0, "")
        assert {"%s:%s %s" % (repo, tag, busybox) for repo, tag in tags} <= rows
        code, out, _ = run(engine, "images", "-q", "dctest/multi")
        assert (code, out.splitlines()) == (0, [busybox, busybox])
    finally:
        for repo, tag in tags:
            api.request("DELETE", "/images/%s:%s" % (repo, tag), params={"noprune": True})
