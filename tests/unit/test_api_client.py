"""dockercli.api.client: negotiation, URLs, parameters, HTTP errors, connection errors.

Runs against a fake requests adapter (unit_fakes.FakeAdapter) and, for the
connection errors, against real local sockets that are not a daemon.
Reference texts: docker 28.2.2's vendored client (request.go, ping.go,
errors.go) and the docker binary's output against the same sockets.
"""

import http.client
import socket
import ssl
import threading

import pytest
import requests
import urllib3

from unit_fakes import Reply, fake_transport  # noqa: F401  (fixture)
from dockercli import __version__, errors
from dockercli.api.client import APIClient, _clean, connection_error, raise_for_status
from dockercli.api.endpoint import Endpoint, TLSSettings
from dockercli.api.transport import base_url
from dockercli.api.versions import MAX_API_VERSION, MIN_API_VERSION, version_tuple

UNIX = Endpoint("unix:///var/run/docker.sock")
TCP = Endpoint("tcp://h:1")


def ping(version="1.41"):
    return Reply(200, b"OK", headers={"Api-Version": version} if version else {})


# --- versions --------------------------------------------------------------------------

def test_version_range():
    assert MAX_API_VERSION == "1.50"
    assert version_tuple(MIN_API_VERSION) < version_tuple(MAX_API_VERSION)


@pytest.mark.parametrize("text, expected", [
    ("1.41", (1, 41)), ("1.9", (1, 9)), ("2", (2,)), ("", (0,)), ("v1.41", (0,)), (None, (0,)),
])
def test_version_tuple(text, expected):
    assert version_tuple(text) == expected


def test_versions_compare_numerically_not_as_text():
    assert version_tuple("1.9") < version_tuple("1.10") < version_tuple("1.41")


# --- negotiation ---------------------------------------------------------------------------

def test_negotiates_with_the_ping_header(fake_transport):
    fake_transport.routes["GET /_ping"] = ping("1.41")
    fake_transport.routes["GET /v1.41/containers/json"] = Reply(200, json=[])
    client = APIClient(UNIX)
    assert client.get_json("/containers/json") == []
    assert client.api_version == "1.41"
    assert fake_transport.paths == ["/_ping", "/v1.41/containers/json"]


def test_negotiates_once(fake_transport):
    fake_transport.routes["GET /_ping"] = ping("1.43")
    fake_transport.routes["*"] = Reply(200, json={})
    client = APIClient(UNIX)
    client.get_json("/info")
    client.get_json("/version")
    assert fake_transport.paths == ["/_ping", "/v1.43/info", "/v1.43/version"]


@pytest.mark.parametrize("server, expected", [
    ("1.50", "1.50"), ("1.51", "1.50"), ("2.0", "1.50"), ("1.24", "1.24"), ("1.9", "1.9"),
])
def test_negotiated_version_is_the_lower_of_both(fake_transport, server, expected):
    fake_transport.routes["GET /_ping"] = ping(server)
    assert APIClient(UNIX).api_version == expected


def test_missing_ping_header_falls_back_to_version_endpoint(fake_transport):
    fake_transport.routes["GET /_ping"] = ping(None)
    fake_transport.routes["GET /version"] = Reply(200, json={"ApiVersion": "1.21"})
    client = APIClient(UNIX)
    assert client.api_version == "1.21"
    assert fake_transport.paths == ["/_ping", "/version"]


def test_no_version_anywhere_means_the_newest(fake_transport):
    fake_transport.routes["GET /_ping"] = ping(None)
    fake_transport.routes["GET /version"] = Reply(200, json={})
    assert APIClient(UNIX).api_version == MAX_API_VERSION


def test_pinned_version_skips_the_ping(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(UNIX, version="1.30")
    client.get_json("/images/json")
    assert client.api_version == "1.30"
    assert fake_transport.paths == ["/v1.30/images/json"]


def test_pinned_version_is_not_capped(fake_transport):
    assert APIClient(UNIX, version="1.99").api_version == "1.99"
    assert fake_transport.requests == []


def test_ping_connection_failure_keeps_the_newest_version(fake_transport):
    refused = requests.exceptions.ConnectionError(ConnectionRefusedError(111, "refused"))
    fake_transport.routes["*"] = refused
    client = APIClient(TCP)
    with pytest.raises(errors.ConnectionFailed) as info:
        client.get_json("/containers/json")
    assert info.value.message == ("Cannot connect to the Docker daemon at tcp://h:1. "
                                  "Is the docker daemon running?")
    assert fake_transport.paths == ["/_ping", "/v1.50/containers/json"]


def test_ping_server_error_still_negotiates(fake_transport):
    fake_transport.routes["GET /_ping"] = Reply(500, b"oops", headers={"Api-Version": "1.41"})
    assert APIClient(UNIX).api_version == "1.41"


def test_features_follow_the_negotiated_version(fake_transport):
    client = APIClient(UNIX, version="1.25")
    assert client.supports("image-reference-filter")
    assert client.supports("filters-as-sets")
    assert not client.supports("image-shared-size")
    assert not APIClient(UNIX, version="1.21").supports("filters-as-sets")


# --- URLs, parameters and headers --------------------------------------------------------------

@pytest.mark.parametrize("endpoint, expected", [
    (Endpoint("unix:///var/run/docker.sock"), "http+unix://%2Fvar%2Frun%2Fdocker.sock"),
    (Endpoint("unix:///tmp/a b.sock"), "http+unix://%2Ftmp%2Fa%20b.sock"),
    (Endpoint("tcp://h:1"), "http://h:1"),
    (Endpoint("tcp://h:1/"), "http://h:1"),
    (Endpoint("tcp://h:1/prefix"), "http://h:1/prefix"),
    (Endpoint("tcp://h:2376", TLSSettings()), "https://h:2376"),
])
def test_base_url(endpoint, expected):
    assert base_url(endpoint) == expected


def test_url_carries_the_version_prefix():
    client = APIClient(TCP, version="1.41")
    assert client.url("/containers/json") == "http://h:1/v1.41/containers/json"
    assert client.url("/_ping", versioned=False) == "http://h:1/_ping"


def test_url_under_a_host_path(fake_transport):
    fake_transport.routes["*"] = Reply(200, json={})
    APIClient(Endpoint("tcp://h:1/base"), version="1.41").get_json("/info")
    assert fake_transport.requests[0].url == "http://h:1/base/v1.41/info"


def test_params_are_cleaned(fake_transport):
    fake_transport.routes["*"] = Reply(200, json=[])
    client = APIClient(UNIX, version="1.41")
    client.get_json("/containers/json", {"all": True, "size": False, "limit": None, "n": 3,
                                         "filters": '{"status":{"running":true}}'})
    assert fake_transport.query() == {"all": ["1"], "size": ["0"], "n": ["3"],
                                      "filters": ['{"status":{"running":true}}']}


def test_clean():
    assert _clean(None) is None
    assert _clean({}) is None
    assert _clean({"a": None}) == {}
    assert _clean({"a": True, "b": False, "c": 0, "d": "", "e": "x"}) == \
        {"a": "1", "b": "0", "c": 0, "d": "", "e": "x"}


def test_headers_user_agent_and_config_headers(fake_transport):
    fake_transport.routes["*"] = Reply(200, json={})
    APIClient(UNIX, version="1.41", headers={"X-Meta": "yes"}).get_json("/info")
    sent = fake_transport.requests[0].headers
    assert sent["User-Agent"] == "dockercli/%s" % __version__
    assert sent["X-Meta"] == "yes"


def test_config_headers_may_replace_the_user_agent(fake_transport):
    fake_transport.routes["*"] = Reply(200, json={})
    APIClient(UNIX, version="1.41", headers={"User-Agent": "mine"}).get_json("/info")
    assert fake_transport.requests[0].headers["User-Agent"] == "mine"


def test_json_body(fake_transport):
    fake_transport.routes["POST /v1.41/things/create"] = Reply(201, json={"Id": "x"})
    client = APIClient(UNIX, version="1.41")
    assert client.post_json("/things/create", params={"name": "n"}, body={"A": [1]}) == {"Id": "x"}
    request = fake_transport.requests[0]
    assert request.body == b'{"A": [1]}'
    assert request.headers["Content-Type"] == "application/json"
    assert fake_transport.query() == {"name": ["n"]}


def test_post_json_without_content(fake_transport):
    fake_transport.routes["*"] = Reply(204)
    assert APIClient(UNIX, version="1.41").post_json("/containers/x/start") is None


def test_redirect_and_not_modified_are_not_errors(fake_transport):
    fake_transport.routes["*"] = Reply(304)
    assert APIClient(UNIX, version="1.41").request("POST", "/x").status_code == 304


def test_session_is_made_once_and_closed(fake_transport):
    client = APIClient(UNIX, version="1.41")
    assert client.session is client.session
    client.close()
    APIClient(UNIX).close()   # never used: nothing to close


# --- HTTP errors ---------------------------------------------------------------------------------

def response(status, body=b"", content_type="application/json", reason=None, url=None):
    r = requests.Response()
    r.status_code = status
    r.reason = reason if reason is not None else http.client.responses.get(status, "")
    r.headers["Content-Type"] = content_type
    r._content = body
    r.url = url or "http://h:1/v1.41/things"
    return r


@pytest.mark.parametrize("status, cls", [
    (400, errors.BadRequest), (401, errors.Unauthorized), (403, errors.Forbidden),
    (404, errors.NotFound), (409, errors.Conflict), (500, errors.ServerError),
    (501, errors.NotImplementedByServer), (503, errors.Unavailable),
])
def test_status_maps_to_error_class(status, cls):
    with pytest.raises(cls) as info:
        raise_for_status(response(status, b'{"message":"No such container: x"}'))
    error = info.value
    assert type(error) is cls
    assert error.status == status
    assert error.explanation == "No such container: x"
    assert error.message == "Error response from daemon: No such container: x"
    assert str(error) == error.message
    assert error.exit_code == 1


@pytest.mark.parametrize("status, cls", [(418, errors.APIError), (502, errors.ServerError),
                                         (599, errors.ServerError), (429, errors.APIError)])
def test_other_statuses(status, cls):
    with pytest.raises(errors.APIError) as info:
        raise_for_status(response(status, b'{"message":"m"}'))
    assert type(info.value) is cls
    assert info.value.status == status


@pytest.mark.parametrize("status", [200, 201, 204, 301, 304, 399])
def test_success_statuses_pass(status):
    assert raise_for_status(response(status, b"")) is None


def test_message_is_trimmed():
    with pytest.raises(errors.NotFound) as info:
        raise_for_status(response(404, b'{"message":"  gone \\n"}'))
    assert info.value.explanation == "gone"


def test_plain_text_body():
    with pytest.raises(errors.ServerError) as info:
        raise_for_status(response(500, b"something broke\n", content_type="text/plain"))
    assert info.value.message == "Error response from daemon: something broke"


def test_html_body_without_content_type():
    with pytest.raises(errors.APIError) as info:
        raise_for_status(response(502, b"<html>bad gateway</html>", content_type=""))
    assert info.value.explanation == "<html>bad gateway</html>"


@pytest.mark.parametrize("body", [b"{}", b'{"message":""}', b'{"message":null}',
                                  b'{"other":"x"}'])
def test_json_without_message(body):
    with pytest.raises(errors.ServerError) as info:
        raise_for_status(response(500, body))
    assert info.value.message == ("Error response from daemon: API returned a 500 "
                                  "(Internal Server Error) but provided no error-message")


def test_empty_body_names_the_route():
    with pytest.raises(errors.NotFound) as info:
        raise_for_status(response(404, b"", url="http://h:1/v1.41/x"))
    assert info.value.message.endswith(
        "request returned 404 Not Found for API route and version http://h:1/v1.41/x, "
        "check if the server supports the requested API version")


def test_empty_body_error_has_no_daemon_prefix():
    with pytest.raises(errors.NotFound) as info:
        raise_for_status(response(404, b"", url="http://h:1/v1.41/x"))
    assert info.value.message == (
        "request returned 404 Not Found for API route and version http://h:1/v1.41/x, "
        "check if the server supports the requested API version")


def test_empty_body_error_shows_the_go_url_for_unix_sockets(fake_transport):
    fake_transport.routes["*"] = Reply(404)
    with pytest.raises(errors.NotFound) as info:
        APIClient(UNIX, version="1.41").get_json("/x")
    assert "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/x" in info.value.message
    assert "http+unix" not in info.value.message


def test_no_message_error_uses_the_standard_status_text():
    with pytest.raises(errors.ServerError) as info:
        raise_for_status(response(500, b"{}", reason="Oops"))
    assert "API returned a 500 (Internal Server Error)" in info.value.message


def test_malformed_json_error_body():
    with pytest.raises(errors.APIError) as info:
        raise_for_status(response(500, b"x"))
    assert info.value.message == \
        "Error reading JSON: invalid character 'x' looking for beginning of value"


def test_json_with_parameters_is_plain_text_for_docker():
    with pytest.raises(errors.APIError) as info:
        raise_for_status(response(500, b'{"message":"m"}',
                                  content_type="application/json; charset=utf-8"))
    assert info.value.explanation == '{"message":"m"}'


def test_request_raises_typed_errors(fake_transport):
    fake_transport.routes["GET /v1.41/containers/x/json"] = Reply(
        404, json={"message": "No such container: x"})
    client = APIClient(UNIX, version="1.41")
    with pytest.raises(errors.NotFound) as info:
        client.request("GET", "/containers/x/json")
    assert info.value.message == "Error response from daemon: No such container: x"


def test_error_for_status_direct():
    error = errors.error_for_status(409, "conflict")
    assert isinstance(error, errors.Conflict)
    assert isinstance(error, errors.DockerCliError)
    assert error.message == "Error response from daemon: conflict"


# --- connection errors: real sockets that are not a daemon ------------------------------------------

def test_missing_socket(tmp_path):
    host = "unix://%s/nonexistent.sock" % tmp_path
    client = APIClient(Endpoint(host), version="1.41")
    with pytest.raises(errors.ConnectionFailed) as info:
        client.get_json("/containers/json")
    assert info.value.message == ("Cannot connect to the Docker daemon at %s. "
                                  "Is the docker daemon running?" % host)
    assert info.value.exit_code == 1


def test_socket_nobody_listens_on(tmp_path):
    path = str(tmp_path / "dead.sock")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(path)   # bound, never listening: connecting is refused
    try:
        client = APIClient(Endpoint("unix://" + path))
        with pytest.raises(errors.ConnectionFailed) as info:
            client.get_json("/containers/json")
    finally:
        sock.close()
    assert info.value.message == ("Cannot connect to the Docker daemon at unix://%s. "
                                  "Is the docker daemon running?" % path)


def test_refused_tcp_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()   # nobody listens there now
    client = APIClient(Endpoint("tcp://127.0.0.1:%d" % port), version="1.41")
    with pytest.raises(errors.ConnectionFailed) as info:
        client.get_json("/containers/json")
    assert info.value.message == ("Cannot connect to the Docker daemon at tcp://127.0.0.1:%d. "
                                  "Is the docker daemon running?" % port)


class OneShotServer:
    """A TCP server answering every connection with fixed bytes, then closing it."""

    def __init__(self, reply):
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            try:
                conn.recv(65536)
                conn.sendall(self.reply)
            finally:
                conn.close()

    def close(self):
        self.sock.close()


@pytest.fixture
def garbage_server():
    servers = []

    def start(reply):
        server = OneShotServer(reply)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


def test_malformed_http_answer_hints_at_tls(garbage_server):
    server = garbage_server(b"garbage\r\n\r\n")
    client = APIClient(Endpoint("tcp://127.0.0.1:%d" % server.port), version="1.41")
    with pytest.raises(errors.ConnectionFailed) as info:
        client.get_json("/containers/json")
    assert info.value.message.endswith(
        "\n* Are you trying to connect to a TLS-enabled daemon without TLS?")


def test_malformed_http_answer_text(garbage_server):
    server = garbage_server(b"garbage\r\n\r\n")
    client = APIClient(Endpoint("tcp://127.0.0.1:%d" % server.port), version="1.41")
    with pytest.raises(errors.ConnectionFailed) as info:
        client.get_json("/containers/json")
    # docker 28.2.2 against the same server
    assert info.value.message == (
        'Get "http://127.0.0.1:%d/v1.41/containers/json": net/http: HTTP/1.x transport '
        'connection broken: malformed HTTP response "garbage".\n'
        "* Are you trying to connect to a TLS-enabled daemon without TLS?" % server.port)


def test_connection_closed_without_answer(garbage_server):
    server = garbage_server(b"")
    client = APIClient(Endpoint("tcp://127.0.0.1:%d" % server.port), version="1.41")
    with pytest.raises(errors.ConnectionFailed) as info:
        client.get_json("/containers/json")
    assert info.value.message == ('error during connect: Get "http://127.0.0.1:%d/v1.41/'
                                  'containers/json": EOF' % server.port)


# --- connection_error on the exceptions requests raises ------------------------------------

def _ssl_error(text):
    """The chain requests raises for a TLS failure (as seen against a real TLS server)."""
    inner = ssl.SSLCertVerificationError(1, text)
    reason = urllib3.exceptions.SSLError(inner)
    return requests.exceptions.SSLError(
        urllib3.exceptions.MaxRetryError(None, "/v1.41/containers/json", reason=reason))


URL = "https://127.0.0.1:2376/v1.41/containers/json"
GET = 'Get "%s"' % URL


@pytest.mark.parametrize("text, expected", [
    ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer "
     "certificate (_ssl.c:1006)",
     "error during connect: %s: tls: failed to verify certificate: x509: certificate signed by "
     "unknown authority" % GET),
    ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate "
     "(_ssl.c:1006)",
     "error during connect: %s: tls: failed to verify certificate: x509: certificate signed by "
     "unknown authority" % GET),
    ("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired "
     "(_ssl.c:1006)",
     "error during connect: %s: tls: failed to verify certificate: x509: certificate has expired "
     "or is not yet valid" % GET),
    ("[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca (_ssl.c:1006)",
     "error during connect: %s: remote error: tls: unknown certificate authority" % GET),
    ("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)",
     "error during connect: %s: tls: first record does not look like a TLS handshake" % GET),
    ("[SSL: SOMETHING_NEW] new failure (_ssl.c:1)",
     "error during connect: %s: [SSL: SOMETHING_NEW] new failure (_ssl.c:1)" % GET),
])
def test_tls_errors_in_go_words(text, expected):
    error = connection_error(_ssl_error(text), "tcp://127.0.0.1:2376", "GET", URL)
    assert isinstance(error, errors.ConnectionFailed)
    assert error.message == expected


def test_bad_certificate_hint_layout():
    error = connection_error(
        _ssl_error("[SSL: SSLV3_ALERT_BAD_CERTIFICATE] sslv3 alert bad certificate (_ssl.c:1006)"),
        "tcp://127.0.0.1:2376", "GET", URL)
    # request.go: errors.Wrap(err, "the server probably has client authentication ...")
    assert error.message == ("the server probably has client authentication (--tlsverify) "
                             "enabled; check your TLS client certification settings: "
                             "%s: remote error: tls: bad certificate" % GET)


def test_handshake_failure_in_go_words():
    # docker 28.2.2 against a TLS 1.2 server that wants a client certificate
    error = connection_error(
        _ssl_error("[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure "
                   "(_ssl.c:1006)"), "tcp://127.0.0.1:2376", "GET", URL)
    assert error.message == "error during connect: %s: remote error: tls: handshake failure" % GET


def test_permission_denied_first_line_is_dockers():
    exc = requests.exceptions.ConnectionError(
        urllib3.exceptions.ProtocolError("Connection aborted.", PermissionError(13, "denied")))
    error = connection_error(exc, "unix:///var/run/docker.sock", "GET",
                             "http+unix://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json")
    assert error.message.split("\n")[0] == (
        "permission denied while trying to connect to the Docker daemon socket at "
        "unix:///var/run/docker.sock: Get "
        '"http://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json": '
        "dial unix /var/run/docker.sock: connect: permission denied")


def test_permission_denied_suggests_the_fix():
    """docker's line, then one more: the issue asks for the fix to be suggested."""
    exc = requests.exceptions.ConnectionError(PermissionError(13, "denied"))
    error = connection_error(exc, "unix:///var/run/docker.sock", "GET",
                             "http+unix://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json")
    assert error.message == (
        "permission denied while trying to connect to the Docker daemon socket at "
        "unix:///var/run/docker.sock: Get "
        '"http://%2Fvar%2Frun%2Fdocker.sock/v1.50/containers/json": '
        "dial unix /var/run/docker.sock: connect: permission denied\n"
        "Hint: run as a user in the socket's group (usually `docker`: sudo usermod -aG docker "
        "$USER, then log in again), or use sudo.")


@pytest.mark.parametrize("cause", [FileNotFoundError(2, "No such file or directory"),
                                   ConnectionRefusedError(111, "Connection refused"),
                                   TimeoutError("timed out")])
def test_cannot_connect(cause):
    exc = requests.exceptions.ConnectionError(
        urllib3.exceptions.MaxRetryError(None, "/_ping", reason=cause))
    error = connection_error(exc, "tcp://10.0.0.1:2375", "GET", "http://10.0.0.1:2375/_ping")
    assert error.message == ("Cannot connect to the Docker daemon at tcp://10.0.0.1:2375. "
                             "Is the docker daemon running?")


def test_other_errors_are_shown_after_the_request():
    exc = requests.exceptions.ConnectionError(OSError(99, "Cannot assign requested address"))
    error = connection_error(exc, "tcp://h:1", "POST", "http://h:1/v1.41/containers/create")
    assert error.message == ('error during connect: Post "http://h:1/v1.41/containers/create": '
                             "[Errno 99] Cannot assign requested address")


def test_request_wraps_transport_errors(fake_transport):
    fake_transport.routes["*"] = requests.exceptions.ConnectionError(
        FileNotFoundError(2, "No such file or directory"))
    with pytest.raises(errors.ConnectionFailed) as info:
        APIClient(UNIX, version="1.41").get_json("/info")
    assert info.value.message == ("Cannot connect to the Docker daemon at "
                                  "unix:///var/run/docker.sock. Is the docker daemon running?")
    assert info.value.__cause__ is None and info.value.__suppress_context__
