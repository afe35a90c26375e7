"""Where the daemon is and how to talk to it: host strings and TLS settings.

`parse_host` follows docker's `opts.ParseHost`, so every host string the docker
CLI accepts (`unix://`, `tcp://:2375`, `127.0.0.1`, `[::1]:2376`) means the same.
"""

from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from dockercli.errors import ConfigError

DEFAULT_UNIX_SOCKET = "/var/run/docker.sock"
DEFAULT_HOST = "unix://" + DEFAULT_UNIX_SOCKET
DEFAULT_HTTP_PORT = "2375"
DEFAULT_TLS_HTTP_PORT = "2376"
DEFAULT_TCP_HOST = "tcp://localhost:" + DEFAULT_HTTP_PORT
DEFAULT_TLS_HOST = "tcp://localhost:" + DEFAULT_TLS_HTTP_PORT


@dataclass(frozen=True)
class TLSSettings:
    """Client side of a TLS connection; empty strings mean "not given"."""

    ca_file: str = ""
    cert_file: str = ""
    key_file: str = ""
    verify: bool = True


@dataclass(frozen=True)
class Endpoint:
    """A daemon address in docker's normalized form, and its TLS settings."""

    host: str = DEFAULT_HOST
    tls: Optional[TLSSettings] = None

    @property
    def scheme(self):
        return self.host.split("://", 1)[0]

    @property
    def address(self):
        """The socket path for unix hosts, `host:port` (plus path) for tcp."""
        return self.host.split("://", 1)[1]


def parse_host(value, default_to_tls=False):
    """Normalize a -H/DOCKER_HOST value exactly as docker's opts.ParseHost does."""
    host = value.strip()
    if not host:
        return DEFAULT_TLS_HOST if default_to_tls else DEFAULT_HOST
    proto, sep, rest = host.partition("://")
    if not sep:
        proto, rest = "tcp", host
    if proto == "tcp":
        return _parse_tcp(rest, host)
    if proto == "unix":
        if "://" in rest:
            raise ConfigError("invalid proto, expected unix: " + rest)
        return "unix://" + (rest or DEFAULT_UNIX_SOCKET)
    if proto in ("fd", "ssh", "npipe"):
        raise ConfigError("unsupported protocol for the daemon host in dockercli: " + host)
    raise ConfigError("invalid bind address format: " + host)


def _parse_tcp(address, original):
    if not address:
        return DEFAULT_TCP_HOST
    if "://" in address:
        raise ConfigError("invalid proto, expected tcp: " + original)
    if address.endswith("]:"):
        address += DEFAULT_HTTP_PORT
    try:
        parts = urlsplit("tcp://" + address)
        hostname, port = parts.hostname, parts.port
    except ValueError:
        raise ConfigError("invalid bind address format: " + original) from None
    netloc = parts.netloc
    if hostname is None and netloc not in ("", ":"):
        raise ConfigError("invalid bind address format: " + original)
    hostname = hostname or "localhost"
    if ":" in hostname:
        hostname = "[" + hostname + "]"
    port = DEFAULT_HTTP_PORT if port is None else str(port)
    return "tcp://%s:%s%s" % (hostname, port, parts.path)
