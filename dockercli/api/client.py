"""The thin API client: version negotiation, requests, and HTTP errors as exceptions.

One `APIClient` per invocation. The first call negotiates the API version with
`GET /_ping` (unless a version is pinned, as DOCKER_API_VERSION does) and every
later path is prefixed with `/vX.Y`. Non-2xx answers become the typed errors of
`dockercli.errors` in `raise_for_status`, the one place that maps them.
"""

import json
from http import HTTPStatus

from dockercli import __version__
from dockercli.api import transport
from dockercli.api.paths import clean_path
from dockercli.api.versions import MAX_API_VERSION, supports, version_tuple
from dockercli.errors import APIError, ConnectionFailed, DockerCliError, error_for_status
from dockercli.template.gojson import go_json_error
from dockercli.template.strconv import quote

USER_AGENT = "dockercli/%s" % __version__


class APIClient:
    """Talks to one daemon endpoint. Methods return responses or decoded JSON."""

    def __init__(self, endpoint, version=None, headers=None):
        self.endpoint = endpoint
        self.base_url = transport.base_url(endpoint)
        self._pinned_version = version
        self._version = version
        self.ping_headers = None   # the headers of the negotiation ping, once it was made
        self._session = None
        self._headers = {"User-Agent": USER_AGENT}
        self._headers.update(headers or {})

    @property
    def session(self):
        if self._session is None:
            self._session = transport.make_session(self.endpoint)
            self._session.headers.update(self._headers)
        return self._session

    @property
    def api_version(self):
        """The API version every request uses: pinned, or negotiated on first use."""
        if self._version is None:
            self._version = self._negotiate()
        return self._version

    def swarm_manager(self):
        """Whether the daemon is a swarm manager, from its ping's `Swarm` header; None if unknown."""
        if self.ping_headers is None:
            try:
                self.ping_headers = self.request("GET", "/_ping", versioned=False).headers
            except DockerCliError:
                return None
        status = self.ping_headers.get("Swarm")
        return None if not status else status.endswith("/manager")

    def supports(self, feature):
        """Whether the negotiated API version has `feature` (see versions.FEATURES)."""
        return supports(self.api_version, feature)

    def _negotiate(self):
        try:
            response = self.request("GET", "/_ping", versioned=False)
            self.ping_headers = response.headers
            server = response.headers.get("Api-Version")
        except ConnectionFailed:
            # as docker does: give up negotiating; the request itself then fails and says so
            return MAX_API_VERSION
        except APIError as exc:
            # a failing ping still tells the version, and docker goes on with it
            server = exc.headers.get("Api-Version")
            if not server:
                raise
        if not server:
            # Engines before API 1.25 answer the ping without the header; /version has it.
            server = self.request("GET", "/version", versioned=False).json().get("ApiVersion")
        if not server:
            return MAX_API_VERSION
        return min(server, MAX_API_VERSION, key=version_tuple)

    def url(self, path, versioned=True):
        if versioned:
            path = "/v%s%s" % (self.api_version, path)
        return self.base_url + clean_path(path)

    def request(self, method, path, params=None, body=None, data=None, headers=None,
                stream=False, versioned=True):
        """Send one request; answer 2xx/3xx responses, raise typed errors for the rest.

        `body` is sent as JSON; `data` as is (bytes, file or iterator, for tar streams).
        """
        url = self.url(path, versioned)
        if body is not None:
            data = json.dumps(body).encode()
            headers = dict(headers or {}, **{"Content-Type": "application/json"})
        session = self.session
        from requests.exceptions import RequestException

        try:
            response = session.request(method, url, params=_clean(params), data=data,
                                       headers=headers, stream=stream)
        except (RequestException, OSError) as exc:
            raise connection_error(exc, self.endpoint.host, method, url) from None
        try:
            raise_for_status(response)
        except APIError as exc:
            exc.headers = response.headers
            raise
        return response

    def get_json(self, path, params=None):
        return self.request("GET", path, params=params).json()

    def post_json(self, path, params=None, body=None):
        response = self.request("POST", path, params=params, body=body)
        return response.json() if response.content else None

    def close(self):
        if self._session is not None:
            self._session.close()


def connection_error(exc, host, method, url):
    """A docker-worded ConnectionFailed for an exception raised while sending."""
    cause = _root_cause(exc)
    text = str(cause) or type(cause).__name__
    shown = '%s "%s"' % (method.capitalize(), go_url(url))
    kind = type(cause).__name__
    if isinstance(cause, PermissionError):
        return ConnectionFailed(
            "permission denied while trying to connect to the Docker daemon socket at %s: "
            "%s: dial unix %s: connect: permission denied\n"
            "Hint: run as a user in the socket's group (usually `docker`: "
            "sudo usermod -aG docker $USER, then log in again), or use sudo."
            % (host, shown, host[len("unix://"):]))
    if isinstance(cause, (FileNotFoundError, ConnectionRefusedError)):
        return ConnectionFailed(
            "Cannot connect to the Docker daemon at %s. Is the docker daemon running?" % host)
    if _is_tls_error(exc):
        words = tls_error_text(text)
        if "bad certificate" in words:
            return ConnectionFailed("the server probably has client authentication (--tlsverify) "
                                    "enabled; check your TLS client certification settings: "
                                    "%s: %s" % (shown, words))
        return ConnectionFailed("error during connect: %s: %s" % (shown, words))
    if kind == "RemoteDisconnected":
        return ConnectionFailed("error during connect: %s: EOF" % shown)
    if kind == "BadStatusLine" or kind == "LineTooLong":
        line = cause.args[0] if cause.args and isinstance(cause.args[0], str) else text
        return ConnectionFailed(
            "%s: net/http: HTTP/1.x transport connection broken: malformed HTTP response %s.\n"
            "* Are you trying to connect to a TLS-enabled daemon without TLS?"
            % (shown, quote(line.strip("\r\n"))))
    if isinstance(cause, TimeoutError) or "timed out" in text:
        return ConnectionFailed(
            "Cannot connect to the Docker daemon at %s. Is the docker daemon running?" % host)
    return ConnectionFailed("error during connect: %s: %s" % (shown, text))


def go_url(url):
    """A request URL as docker shows it: unix sockets are http:// URLs in Go's client."""
    return url.replace("http+unix://", "http://", 1)


# OpenSSL's words for the failures a docker user meets, in Go's crypto/tls words
_TLS_ERRORS = (
    ("unable to get local issuer certificate",
     "tls: failed to verify certificate: x509: certificate signed by unknown authority"),
    ("self-signed certificate",
     "tls: failed to verify certificate: x509: certificate signed by unknown authority"),
    ("self signed certificate",
     "tls: failed to verify certificate: x509: certificate signed by unknown authority"),
    ("certificate has expired",
     "tls: failed to verify certificate: x509: certificate has expired or is not yet valid"),
    ("Hostname mismatch", "tls: failed to verify certificate: x509: certificate is not valid "
                          "for this host"),
    ("IP address mismatch", "tls: failed to verify certificate: x509: certificate is not valid "
                            "for this IP address"),
    ("TLSV1_ALERT_UNKNOWN_CA", "remote error: tls: unknown certificate authority"),
    ("CERTIFICATE_REQUIRED", "remote error: tls: certificate required"),
    ("SSLV3_ALERT_BAD_CERTIFICATE", "remote error: tls: bad certificate"),
    ("SSLV3_ALERT_HANDSHAKE_FAILURE", "remote error: tls: handshake failure"),
    ("WRONG_VERSION_NUMBER", "tls: first record does not look like a TLS handshake"),
)


def tls_error_text(text):
    """Go's wording for an OpenSSL failure."""
    for needle, words in _TLS_ERRORS:
        if needle in text:
            return words
    return text


def _causes(exc):
    """The chain of exceptions requests and urllib3 wrap around the OS's error."""
    chain = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((a for a in exc.args if isinstance(a, BaseException)), None)
        exc = inner or exc.__cause__ or exc.__context__
    return chain


def _root_cause(exc):
    return _causes(exc)[-1]


def _is_tls_error(exc):
    return any("SSL" in type(e).__name__ for e in _causes(exc))


def raise_for_status(response):
    """Raise the typed error for a non-success answer, worded as docker's checkResponseErr."""
    status = response.status_code
    if status < 400:
        return
    body = response.content
    if not body:
        raise error_for_status(status, "request returned %s %s for API route and version %s, "
                               "check if the server supports the requested API version"
                               % (status, response.reason, go_url(response.url)),
                               from_daemon=False)
    if response.headers.get("Content-Type") == "application/json":
        try:
            decoded = json.loads(body)
        except ValueError:
            raise error_for_status(status, "Error reading JSON: " + go_json_error(body.decode(
                "utf-8", "replace")),
                                   from_daemon=False) from None
        message = decoded.get("message", "") if isinstance(decoded, dict) else ""
        if not message:
            message = "API returned a %d (%s) but provided no error-message" % (
                status, HTTPStatus(status).phrase if status in _STATUS_CODES else "")
    else:
        message = body.decode("utf-8", "replace")
    raise error_for_status(status, message.strip())


_STATUS_CODES = frozenset(code.value for code in HTTPStatus)


def _clean(params):
    """Drop unset parameters, and send booleans the way the daemon parses them."""
    if not params:
        return None
    cleaned = {}
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, bool):
            value = "1" if value else "0"
        cleaned[key] = value
    return cleaned
