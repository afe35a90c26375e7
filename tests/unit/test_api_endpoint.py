"""dockercli.api.endpoint.parse_host: docker's opts.ParseHost.

Expected values were printed by docker 28.2.2's opts.ParseHost (hosts.go,
compiled with Go) for the same inputs.
"""

import pytest

from dockercli.api.endpoint import (DEFAULT_HOST, DEFAULT_TCP_HOST, DEFAULT_TLS_HOST, Endpoint,
                                    TLSSettings, parse_host)
from dockercli.errors import ConfigError


def test_defaults():
    assert DEFAULT_HOST == "unix:///var/run/docker.sock"
    assert DEFAULT_TCP_HOST == "tcp://localhost:2375"
    assert DEFAULT_TLS_HOST == "tcp://localhost:2376"


@pytest.mark.parametrize("value, default_to_tls, expected", [
    ("", False, "unix:///var/run/docker.sock"),
    ("", True, "tcp://localhost:2376"),
    ("   ", False, "unix:///var/run/docker.sock"),
    ("  \t ", True, "tcp://localhost:2376"),
    ("unix://", False, "unix:///var/run/docker.sock"),
    ("unix://", True, "unix:///var/run/docker.sock"),
    ("unix:///x", False, "unix:///x"),
    ("unix:///var/run/docker.sock", False, "unix:///var/run/docker.sock"),
    ("unix://relative/path", False, "unix://relative/path"),
    ("tcp://", False, "tcp://localhost:2375"),
    # only the empty string defaults to the TLS port
    ("tcp://", True, "tcp://localhost:2375"),
    ("127.0.0.1", True, "tcp://127.0.0.1:2375"),
    ("tcp://:", False, "tcp://localhost:2375"),
    ("127.0.0.1", False, "tcp://127.0.0.1:2375"),
    ("127.0.0.1:1234", False, "tcp://127.0.0.1:1234"),
    ("localhost", False, "tcp://localhost:2375"),
    ("host", False, "tcp://host:2375"),
    ("host:", False, "tcp://host:2375"),
    ("[::1]:2376", False, "tcp://[::1]:2376"),
    ("[::1]:", False, "tcp://[::1]:2375"),
    ("tcp://[::1]:", False, "tcp://[::1]:2375"),
    ("tcp://[::]:2375", False, "tcp://[::]:2375"),
    ("tcp://host:2375/path", False, "tcp://host:2375/path"),
    ("tcp://host:2375/", False, "tcp://host:2375/"),
    ("tcp://1.2.3.4:5/a/b", False, "tcp://1.2.3.4:5/a/b"),
    ("tcp://host:2375/path?x=1#f", False, "tcp://host:2375/path"),
    ("tcp://h:2375?q", False, "tcp://h:2375"),
    ("tcp://h/p", False, "tcp://h:2375/p"),
    ("tcp://:/p", False, "tcp://localhost:2375/p"),
    ("tcp://host:0", False, "tcp://host:0"),
    ("tcp://user@host:2375", False, "tcp://host:2375"),
    ("tcp://user:pw@host", False, "tcp://host:2375"),
    ("tcp://ho_st:1", False, "tcp://ho_st:1"),
    ("  tcp://h:1  ", False, "tcp://h:1"),
])
def test_parse_host(value, default_to_tls, expected):
    assert parse_host(value, default_to_tls=default_to_tls) == expected


@pytest.mark.parametrize("value, message", [
    ("udp://x", "invalid bind address format: udp://x"),
    ("TCP://host", "invalid bind address format: TCP://host"),
    ("http://host:2375", "invalid bind address format: http://host:2375"),
    ("://x", "invalid bind address format: ://x"),
    ("unix://tcp://x", "invalid proto, expected unix: tcp://x"),
])
def test_parse_host_errors(value, message):
    with pytest.raises(ConfigError) as info:
        parse_host(value)
    assert info.value.message == message
    assert info.value.exit_code == 1


@pytest.mark.parametrize("value", ["ssh://user@host", "fd://", "fd://3", "npipe://"])
def test_unsupported_protocols_are_refused_with_a_clear_message(value):
    # documented difference (README): docker accepts these, dockercli cannot dial them
    with pytest.raises(ConfigError) as info:
        parse_host(value)
    assert info.value.message == "unsupported protocol for the daemon host in dockercli: " + value


def test_tcp_port_is_not_a_number():
    with pytest.raises(ConfigError):
        parse_host("tcp://host:abc")


# --- where dockercli differs from opts.ParseHost ------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("tcp://:2375", "tcp://localhost:2375"),
    ("tcp://:2376/", "tcp://localhost:2376/"),
    (":2375", "tcp://localhost:2375"),
])
def test_empty_host_with_port_means_localhost(value, expected):
    assert parse_host(value) == expected


def test_host_name_case_is_kept():
    assert parse_host("tcp://MyHost:2375") == "tcp://MyHost:2375"


def test_large_port_is_kept():
    assert parse_host("tcp://host:99999") == "tcp://host:99999"


def test_port_spelling_is_kept():
    assert parse_host("tcp://h:01") == "tcp://h:01"


def test_bare_ipv6_address():
    assert parse_host("::1") == "tcp://[::1]:2375"


@pytest.mark.parametrize("value", ["[::1]", "tcp://[::1]"])
def test_bracketed_ipv6_without_port_is_refused(value):
    with pytest.raises(ConfigError) as info:
        parse_host(value)
    assert info.value.message == "invalid bind address format: [::1]"


@pytest.mark.parametrize("value, expected", [
    ("tcp://tcp://x", "tcp://x:2375"),
    ("tcp://tcp://", "tcp://localhost:2375"),
    ("unix://unix:///x", "unix:///x"),
])
def test_doubled_scheme_prefix(value, expected):
    assert parse_host(value) == expected


def test_invalid_proto_message_for_tcp():
    with pytest.raises(ConfigError) as info:
        parse_host("tcp://udp://x")
    assert info.value.message == "invalid proto, expected tcp: udp://x"


@pytest.mark.parametrize("value, message", [
    ("tcp://host:port", 'parse "tcp://host:port": invalid port ":port" after host'),
    ("tcp://host:-1", 'parse "tcp://host:-1": invalid port ":-1" after host'),
    ("tcp://a b", 'parse "tcp://a b": invalid character " " in host name'),
    ("tcp://h%20x:1", 'parse "tcp://h%20x:1": invalid URL escape "%20"'),
])
def test_url_parse_errors(value, message):
    with pytest.raises(ConfigError) as info:
        parse_host(value)
    assert info.value.message == message


# --- Endpoint -----------------------------------------------------------------------------

def test_endpoint_scheme_and_address():
    unix = Endpoint(host="unix:///var/run/docker.sock")
    assert (unix.scheme, unix.address) == ("unix", "/var/run/docker.sock")
    tcp = Endpoint(host="tcp://h:1/p", tls=TLSSettings(ca_file="ca"))
    assert (tcp.scheme, tcp.address) == ("tcp", "h:1/p")
    assert tcp.tls == TLSSettings(ca_file="ca", cert_file="", key_file="", verify=True)


def test_endpoint_default_is_the_unix_socket():
    assert Endpoint() == Endpoint(host="unix:///var/run/docker.sock", tls=None)
