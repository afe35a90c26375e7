"""Where the daemon is and how to talk to it: host strings and TLS settings.

`parse_host` follows docker's `opts.ParseHost`, so every host string the docker
CLI accepts (`unix://`, `tcp://:2375`, `127.0.0.1`, `[::1]:2376`) means the same.
"""

from collections import namedtuple

from dockercli.errors import ConfigError

DEFAULT_UNIX_SOCKET = "/var/run/docker.sock"
DEFAULT_HOST = "unix://" + DEFAULT_UNIX_SOCKET
DEFAULT_HTTP_PORT = "2375"
DEFAULT_TLS_HTTP_PORT = "2376"
DEFAULT_TCP_HOST = "tcp://localhost:" + DEFAULT_HTTP_PORT
DEFAULT_TLS_HOST = "tcp://localhost:" + DEFAULT_TLS_HTTP_PORT


class TLSSettings(namedtuple("TLSSettings", "ca_file cert_file key_file verify",
                             defaults=("", "", "", True))):
    """Client side of a TLS connection; empty strings mean "not given".

    (Named tuples rather than dataclasses here: every command builds these, and
    the dataclasses module costs a few milliseconds at start.)
    """

    __slots__ = ()


class Endpoint(namedtuple("Endpoint", "host tls", defaults=(DEFAULT_HOST, None))):
    """A daemon address in docker's normalized form, and its TLS settings."""

    __slots__ = ()

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
        return _parse_tcp(rest, DEFAULT_TCP_HOST)
    if proto == "unix":
        rest = rest[len("unix://"):] if rest.startswith("unix://") else rest
        if "://" in rest:
            raise ConfigError("invalid proto, expected unix: " + rest)
        return "unix://" + (rest or DEFAULT_UNIX_SOCKET)
    if proto in ("fd", "ssh", "npipe"):
        raise ConfigError("unsupported protocol for the daemon host in dockercli: " + host)
    raise ConfigError("invalid bind address format: " + host)


def _parse_tcp(try_addr, default_addr):
    """opts.ParseTCPAddr, with Go's url.Parse and net.SplitHostPort rules."""
    if try_addr in ("", "tcp://"):
        return default_addr
    address = try_addr[len("tcp://"):] if try_addr.startswith("tcp://") else try_addr
    if "://" in address or not address:
        raise ConfigError("invalid proto, expected tcp: " + try_addr)
    default_host, default_port = _split_host_port(default_addr[len("tcp://"):])
    if address.endswith("]:"):
        address += default_port
    url_host, path = _go_url_host_and_path("tcp://" + address)
    try:
        host, port = _split_host_port(url_host)
    except ValueError:
        try:
            host, port = _split_host_port(_join_host_port(url_host, default_port))
        except ValueError:
            raise ConfigError("invalid bind address format: " + try_addr) from None
    host = host or default_host
    port = port or default_port
    if not port.isdigit() and not (port[:1] in "+-" and port[1:].isdigit()):
        raise ConfigError("invalid bind address format: " + try_addr)
    return "tcp://%s%s" % (_join_host_port(host, port), path)


def _split_host_port(hostport):
    """net.SplitHostPort; ValueError when Go's would fail."""
    colon = hostport.rfind(":")
    if colon < 0:
        raise ValueError("missing port in address")
    start, end_search = 0, 0
    if hostport.startswith("["):
        end = hostport.find("]")
        if end < 0 or end + 1 != colon:
            raise ValueError("bad brackets in address")
        host = hostport[1:end]
        start, end_search = 1, end + 1
    else:
        host = hostport[:colon]
        if ":" in host:
            raise ValueError("too many colons in address")
    if "[" in hostport[start:] or "]" in hostport[end_search:]:
        raise ValueError("unexpected bracket in address")
    return host, hostport[colon + 1:]


def _join_host_port(host, port):
    return ("[%s]:%s" if ":" in host else "%s:%s") % (host, port)


# characters Go's url package accepts in a host name without escaping
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                        "-._~!$&'()*+,;=:[]<>\"")


def _go_url_host_and_path(raw):
    """The host and path Go's url.Parse finds in "tcp://...", or its error, in Go's words."""
    def fail(reason):
        raise ConfigError('parse "%s": %s' % (raw, reason))

    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in raw):
        fail("net/url: invalid control character in URL")
    rest = raw[len("tcp://"):].split("#", 1)[0].split("?", 1)[0]
    authority, slash, path = rest.partition("/")
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        close = host.rfind("]")
        if close < 0:
            fail("missing ']' in host")
        port_part = host[close + 1:]
    else:
        colon = host.rfind(":")
        port_part = host[colon:] if colon >= 0 else ""
    if port_part and (port_part[0] != ":" or not all(c.isdigit() for c in port_part[1:])):
        fail('invalid port "%s" after host' % port_part)
    for index, char in enumerate(host):
        if char == "%":
            escape = host[index:index + 3]
            fail('invalid URL escape "%s"' % escape)
        if char < "\x80" and char not in _HOST_CHARS:
            fail('invalid character "%s" in host name' % char)
    return host, slash + path
