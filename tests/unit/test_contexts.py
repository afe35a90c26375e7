"""dockercli.contexts: which daemon a command talks to, and with which TLS material.

Reference: docker 28.2.2's cli/command/cli.go (resolveContextName,
resolveDefaultDockerEndpoint, getServerHost), cli/flags/options.go
(SetDefaultOptions) and its context store, whose files were written by
`docker context create` to see their layout.
"""

import hashlib
import json
import os

import pytest

from dockercli.api.endpoint import Endpoint, TLSSettings
from dockercli.contexts import (ConnectionOptions, context_dir_name, resolve_context_name,
                                resolve_endpoint)
from dockercli.errors import ConfigError

PREFIX = "Failed to initialize: unable to resolve docker endpoint: "


def resolve(config_dir, options=None, env=None, config=None):
    return resolve_endpoint(options or ConnectionOptions(), env or {}, config or {},
                            str(config_dir))


def resolve_error(config_dir, options=None, env=None, config=None):
    with pytest.raises(ConfigError) as info:
        resolve(config_dir, options, env, config)
    assert info.value.exit_code == 1
    return info.value.message


def write_context(config_dir, name, host, skip_tls_verify=False, tls_files=None):
    """A context as `docker context create NAME --docker host=...` stores it."""
    digest = hashlib.sha256(name.encode()).hexdigest()
    meta_dir = config_dir / "contexts" / "meta" / digest
    meta_dir.mkdir(parents=True)
    meta = {"Name": name, "Metadata": {},
            "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_tls_verify}}}
    (meta_dir / "meta.json").write_text(json.dumps(meta, separators=(",", ":")))
    if tls_files:
        tls_dir = config_dir / "contexts" / "tls" / digest / "docker"
        tls_dir.mkdir(parents=True)
        for filename in tls_files:
            (tls_dir / filename).write_text("PEM " + filename)
    return digest


def cert_dir(tmp_path, *names):
    directory = tmp_path / "certs"
    directory.mkdir(exist_ok=True)
    for filename in names:
        (directory / filename).write_text("PEM " + filename)
    return directory


# --- context names -----------------------------------------------------------------

def test_context_dir_name_is_sha256_of_the_name():
    # the directory docker 28.2.2 made for `docker context create foo`
    assert context_dir_name("foo") == \
        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"
    assert context_dir_name("nope") == \
        "ca3704aa0b06f5954c79ee837faa152d84d6b2d42838f0637a15eda8337dbdce"


@pytest.mark.parametrize("options, env, config, expected", [
    (ConnectionOptions(), {}, {}, "default"),
    (ConnectionOptions(context="ctx"), {"DOCKER_CONTEXT": "env"}, {"currentContext": "cfg"}, "ctx"),
    (ConnectionOptions(context="ctx"), {"DOCKER_HOST": "tcp://h"}, {}, "ctx"),
    (ConnectionOptions(hosts=["tcp://h"]), {"DOCKER_CONTEXT": "env"}, {"currentContext": "c"},
     "default"),
    (ConnectionOptions(), {"DOCKER_HOST": "tcp://h", "DOCKER_CONTEXT": "env"}, {}, "default"),
    (ConnectionOptions(), {"DOCKER_CONTEXT": "env"}, {"currentContext": "cfg"}, "env"),
    (ConnectionOptions(), {}, {"currentContext": "cfg"}, "cfg"),
    (ConnectionOptions(), {"DOCKER_HOST": "", "DOCKER_CONTEXT": ""}, {"currentContext": ""},
     "default"),
])
def test_context_name_resolution_order(options, env, config, expected):
    assert resolve_context_name(options, env, config) == expected


def test_context_and_host_conflict(tmp_path):
    message = resolve_error(tmp_path, ConnectionOptions(hosts=["tcp://h"], context="foo"))
    # docker prints this one without the "Failed to initialize" prefix
    assert message == "conflicting options: cannot specify both --host and --context"


# --- the default context -----------------------------------------------------------

def test_default_endpoint_is_the_unix_socket(tmp_path):
    assert resolve(tmp_path) == ("default", Endpoint("unix:///var/run/docker.sock", None))


def test_host_flag_wins_over_docker_host(tmp_path):
    name, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["tcp://flag:1"]),
                             env={"DOCKER_HOST": "tcp://env:2"})
    assert (name, endpoint.host) == ("default", "tcp://flag:1")


def test_docker_host_is_normalized(tmp_path):
    assert resolve(tmp_path, env={"DOCKER_HOST": "10.0.0.1"})[1].host == "tcp://10.0.0.1:2375"


def test_docker_host_wins_over_current_context(tmp_path):
    write_context(tmp_path, "cfg", "tcp://ctx:1")
    name, endpoint = resolve(tmp_path, env={"DOCKER_HOST": "unix:///env.sock"},
                             config={"currentContext": "cfg"})
    assert (name, endpoint.host) == ("default", "unix:///env.sock")


def test_explicit_default_context_still_reads_docker_host(tmp_path):
    name, endpoint = resolve(tmp_path, ConnectionOptions(context="default"),
                             env={"DOCKER_HOST": "tcp://127.0.0.1:5"})
    assert (name, endpoint.host) == ("default", "tcp://127.0.0.1:5")


def test_more_than_one_host(tmp_path):
    message = resolve_error(tmp_path, ConnectionOptions(hosts=["a", "b"]))
    assert message == PREFIX + "Specify only one -H"


def test_bad_host(tmp_path):
    message = resolve_error(tmp_path, ConnectionOptions(hosts=["udp://x"]))
    assert message == PREFIX + "invalid bind address format: udp://x"


# --- TLS for the default context ---------------------------------------------------------

def test_no_tls_by_default(tmp_path):
    assert resolve(tmp_path, ConnectionOptions(hosts=["tcp://h:1"]))[1].tls is None


def test_tls_flag_defaults_to_the_tls_port_and_the_cert_path(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem", "cert.pem", "key.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(tls=True),
                          env={"DOCKER_CERT_PATH": str(certs)})
    assert endpoint == Endpoint("tcp://localhost:2376", TLSSettings(
        ca_file=str(certs / "ca.pem"), cert_file=str(certs / "cert.pem"),
        key_file=str(certs / "key.pem"), verify=False))


def test_tlsverify_implies_tls_and_verifies(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["tcp://h:1"], tlsverify=True),
                          env={"DOCKER_CERT_PATH": str(certs)})
    # missing cert.pem and key.pem are dropped (client certificates are optional)
    assert endpoint.tls == TLSSettings(ca_file=str(certs / "ca.pem"), cert_file="", key_file="",
                                       verify=True)


def test_tlsverify_false_given_explicitly_still_means_tls(tmp_path):
    # docker: flags.Changed("tlsverify") turns TLS on, without verification
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["tcp://h:1"], tlsverify=False),
                          env={"DOCKER_CERT_PATH": str(certs)})
    assert endpoint.tls is not None
    assert endpoint.tls.verify is False


@pytest.mark.parametrize("value", ["1", "0", "false", "anything"])
def test_docker_tls_verify_env_means_verify_when_not_empty(tmp_path, value):
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, env={"DOCKER_TLS_VERIFY": value,
                                         "DOCKER_CERT_PATH": str(certs)})
    assert endpoint.host == "tcp://localhost:2376"
    assert endpoint.tls.verify is True


def test_empty_docker_tls_verify_is_unset(tmp_path):
    assert resolve(tmp_path, env={"DOCKER_TLS_VERIFY": ""})[1].tls is None


def test_docker_tls_env_turns_tls_on_without_verification(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["tcp://h:1"]),
                          env={"DOCKER_TLS": "1", "DOCKER_CERT_PATH": str(certs)})
    assert endpoint.tls.verify is False


def test_tls_false_flag_loses_to_docker_tls_verify(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["tcp://h:1"], tls=False),
                          env={"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(certs)})
    assert endpoint.tls.verify is True


def test_tls_false_flag_wins_over_docker_tls(tmp_path):
    _, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["tcp://h:1"], tls=False),
                          env={"DOCKER_TLS": "1"})
    assert endpoint.tls is None


def test_cert_path_defaults_to_docker_config(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem", "cert.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(tls=True),
                          env={"DOCKER_CONFIG": str(certs)})
    assert endpoint.tls == TLSSettings(ca_file=str(certs / "ca.pem"),
                                       cert_file=str(certs / "cert.pem"), key_file="",
                                       verify=False)


def test_cert_path_defaults_to_home_dot_docker(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    certs = tmp_path / ".docker"
    certs.mkdir()
    (certs / "ca.pem").write_text("x")
    _, endpoint = resolve(tmp_path, ConnectionOptions(tls=True))
    assert endpoint.tls.ca_file == str(certs / "ca.pem")


def test_docker_cert_path_wins_over_docker_config(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(tls=True),
                          env={"DOCKER_CERT_PATH": str(certs), "DOCKER_CONFIG": "/nowhere"})
    assert endpoint.tls.ca_file == str(certs / "ca.pem")


def test_explicit_tls_file_flags_are_used(tmp_path):
    files = cert_dir(tmp_path, "my-ca", "my-cert", "my-key")
    options = ConnectionOptions(hosts=["tcp://h:1"], tlsverify=True, tlscacert=str(files / "my-ca"),
                                tlscert=str(files / "my-cert"), tlskey=str(files / "my-key"))
    _, endpoint = resolve(tmp_path, options, env={"DOCKER_CERT_PATH": "/nowhere"})
    assert endpoint.tls == TLSSettings(str(files / "my-ca"), str(files / "my-cert"),
                                       str(files / "my-key"), True)


def test_missing_ca_is_an_error(tmp_path):
    certs = cert_dir(tmp_path)
    message = resolve_error(tmp_path, ConnectionOptions(hosts=["tcp://h:1"], tls=True),
                            env={"DOCKER_CERT_PATH": str(certs)})
    assert message == PREFIX + "open %s: no such file or directory" % (certs / "ca.pem")


def test_missing_explicit_client_certificate_is_an_error(tmp_path):
    # docker 28.2.2: `--tls --tlscert /tmp/nocert` fails even without a key
    certs = cert_dir(tmp_path, "ca.pem")
    missing = str(tmp_path / "nocert")
    message = resolve_error(tmp_path, ConnectionOptions(hosts=["tcp://h:1"], tls=True,
                                                        tlscert=missing),
                            env={"DOCKER_CERT_PATH": str(certs)})
    assert message == PREFIX + "open %s: no such file or directory" % missing


def test_tls_files_are_read_even_for_a_unix_socket(tmp_path):
    # docker: `--tls -H unix:///x.sock` fails on the missing ca.pem before connecting
    certs = cert_dir(tmp_path)
    message = resolve_error(tmp_path, ConnectionOptions(hosts=["unix:///x.sock"], tls=True),
                            env={"DOCKER_CERT_PATH": str(certs)})
    assert message == PREFIX + "open %s: no such file or directory" % (certs / "ca.pem")


def test_unix_socket_gets_no_tls_settings(tmp_path):
    certs = cert_dir(tmp_path, "ca.pem")
    _, endpoint = resolve(tmp_path, ConnectionOptions(hosts=["unix:///x.sock"], tls=True),
                          env={"DOCKER_CERT_PATH": str(certs)})
    assert endpoint == Endpoint("unix:///x.sock", None)


@pytest.mark.parametrize("hosts, error", [
    (["a", "b"], "Specify only one -H"),
    (["udp://x"], "invalid bind address format: udp://x"),
])
def test_host_errors_come_before_tls_file_errors(tmp_path, hosts, error):
    certs = cert_dir(tmp_path)
    message = resolve_error(tmp_path, ConnectionOptions(hosts=hosts, tls=True),
                            env={"DOCKER_CERT_PATH": str(certs)})
    assert message == PREFIX + error


# --- stored contexts ---------------------------------------------------------------------

def test_stored_context(tmp_path):
    write_context(tmp_path, "foo", "tcp://127.0.0.1:1")
    assert resolve(tmp_path, ConnectionOptions(context="foo")) == \
        ("foo", Endpoint("tcp://127.0.0.1:1", None))


def test_stored_context_from_docker_context_env(tmp_path):
    write_context(tmp_path, "uni", "unix:///tmp/x.sock")
    assert resolve(tmp_path, env={"DOCKER_CONTEXT": "uni"}) == \
        ("uni", Endpoint("unix:///tmp/x.sock", None))


def test_stored_context_from_config_current_context(tmp_path):
    write_context(tmp_path, "cfg", "tcp://c:2")
    assert resolve(tmp_path, config={"currentContext": "cfg"}) == \
        ("cfg", Endpoint("tcp://c:2", None))


def test_stored_context_ignores_tls_environment(tmp_path):
    write_context(tmp_path, "foo", "tcp://127.0.0.1:1")
    _, endpoint = resolve(tmp_path, ConnectionOptions(context="foo"),
                          env={"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": "/nowhere"})
    assert endpoint.tls is None


def test_stored_context_with_tls_files(tmp_path):
    digest = write_context(tmp_path, "sec", "tcp://h:2376", tls_files=["ca.pem", "cert.pem",
                                                                      "key.pem"])
    tls_dir = os.path.join(str(tmp_path), "contexts", "tls", digest, "docker")
    _, endpoint = resolve(tmp_path, ConnectionOptions(context="sec"))
    assert endpoint.tls == TLSSettings(os.path.join(tls_dir, "ca.pem"),
                                       os.path.join(tls_dir, "cert.pem"),
                                       os.path.join(tls_dir, "key.pem"), True)


def test_stored_context_with_only_a_ca_and_skip_verify(tmp_path):
    # `docker context create bar --docker host=...,ca=...,skip-tls-verify=true`
    digest = write_context(tmp_path, "bar", "tcp://127.0.0.1:1", skip_tls_verify=True,
                           tls_files=["ca.pem"])
    tls_dir = os.path.join(str(tmp_path), "contexts", "tls", digest, "docker")
    _, endpoint = resolve(tmp_path, ConnectionOptions(context="bar"))
    assert endpoint.tls == TLSSettings(os.path.join(tls_dir, "ca.pem"), "", "", False)


def test_stored_context_skip_verify_without_files(tmp_path):
    write_context(tmp_path, "insecure", "tcp://h:2376", skip_tls_verify=True)
    _, endpoint = resolve(tmp_path, ConnectionOptions(context="insecure"))
    assert endpoint.tls == TLSSettings("", "", "", False)


def test_stored_unix_context_has_no_tls(tmp_path):
    write_context(tmp_path, "u", "unix:///x.sock", tls_files=["ca.pem"])
    assert resolve(tmp_path, ConnectionOptions(context="u"))[1].tls is None


def test_stored_context_with_empty_host_is_the_default_socket(tmp_path):
    write_context(tmp_path, "empty", "")
    assert resolve(tmp_path, ConnectionOptions(context="empty"))[1].host == \
        "unix:///var/run/docker.sock"


def test_missing_context(tmp_path):
    message = resolve_error(tmp_path, ConnectionOptions(context="nope"))
    path = os.path.join(str(tmp_path), "contexts", "meta",
                        "ca3704aa0b06f5954c79ee837faa152d84d6b2d42838f0637a15eda8337dbdce",
                        "meta.json")
    # docker --context nope ps, with --config pointing here
    assert message == (PREFIX + 'context "nope": context not found: open %s: '
                       "no such file or directory" % path)


def test_missing_context_named_by_docker_context(tmp_path):
    message = resolve_error(tmp_path, env={"DOCKER_CONTEXT": "nope"})
    assert message.startswith(PREFIX + 'context "nope": context not found: open ')


def test_context_without_docker_endpoint(tmp_path):
    digest = hashlib.sha256(b"foo").hexdigest()
    meta_dir = tmp_path / "contexts" / "meta" / digest
    meta_dir.mkdir(parents=True)
    (meta_dir / "meta.json").write_text('{"Name":"foo","Metadata":{},"Endpoints":{}}')
    message = resolve_error(tmp_path, ConnectionOptions(context="foo"))
    assert message == PREFIX + "cannot find docker endpoint in context"


def test_context_with_unparsable_meta(tmp_path):
    digest = hashlib.sha256(b"foo").hexdigest()
    meta_dir = tmp_path / "contexts" / "meta" / digest
    meta_dir.mkdir(parents=True)
    (meta_dir / "meta.json").write_text("not json")
    message = resolve_error(tmp_path, ConnectionOptions(context="foo"))
    # the detail after the path is Go's JSON error in docker, Python's here
    assert message.startswith(PREFIX + 'context "foo": parsing %s: '
                              % (meta_dir / "meta.json"))


def test_stored_host_is_not_normalized(tmp_path):
    from support.cli import runner as cli_runner

    from dockercli.cli.root import root

    write_context(tmp_path, "foo", "127.0.0.1")
    result = cli_runner().invoke(root, ["--config", str(tmp_path), "--context", "foo", "ps"],
                                prog_name="docker", env={"DOCKER_HOST": None})
    # docker 28.2.2 with this meta.json
    assert (result.exit_code, result.stdout, result.stderr) == \
        (1, "", "Failed to initialize: unable to parse docker host `127.0.0.1`\n")
