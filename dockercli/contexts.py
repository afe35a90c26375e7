"""Which daemon to talk to: -H, DOCKER_HOST, TLS flags, and docker's context store.

`resolve_endpoint` follows docker's rules: --context, then -H, then DOCKER_HOST,
then DOCKER_CONTEXT, then the config's currentContext, then the default context.
"""

import hashlib
import json
import os
from dockercli.api.endpoint import Endpoint, TLSSettings, parse_host
from dockercli.errors import ConfigError

DEFAULT_CONTEXT = "default"


class ConnectionOptions:
    """The global flags that choose the daemon; None means "flag not given"."""

    def __init__(self, hosts=(), context="", tls=None, tlsverify=None, tlscacert=None,
                 tlscert=None, tlskey=None):
        self.hosts = list(hosts)
        self.context = context
        self.tls = tls
        self.tlsverify = tlsverify
        self.tlscacert = tlscacert
        self.tlscert = tlscert
        self.tlskey = tlskey

    def __eq__(self, other):
        return isinstance(other, ConnectionOptions) and vars(self) == vars(other)

    def __repr__(self):
        return "ConnectionOptions(%s)" % ", ".join("%s=%r" % item for item in vars(self).items())


def resolve_context_name(options, env, config):
    if options.context:
        return options.context
    if options.hosts or env.get("DOCKER_HOST"):
        return DEFAULT_CONTEXT
    return env.get("DOCKER_CONTEXT") or config.get("currentContext") or DEFAULT_CONTEXT


def resolve_endpoint(options, env, config, config_dir):
    """(context name, Endpoint) for these flags, environment and config."""
    if options.context and options.hosts:
        raise ConfigError("conflicting options: cannot specify both --host and --context")
    name = resolve_context_name(options, env, config)
    try:
        if name == DEFAULT_CONTEXT:
            return name, _default_endpoint(options, env)
        return name, _stored_endpoint(config_dir, name)
    except _Uninitialized as exc:
        raise ConfigError("Failed to initialize: " + exc.message) from None
    except ConfigError as exc:
        raise ConfigError("Failed to initialize: unable to resolve docker endpoint: %s"
                          % exc.message) from None


def _default_endpoint(options, env):
    # the host is chosen and checked before the TLS files are read, as docker does
    if len(options.hosts) > 1:
        raise ConfigError("Specify only one -H")
    default_to_tls = _tls_wanted(options, env)
    raw = options.hosts[0] if options.hosts else env.get("DOCKER_HOST", "")
    host = parse_host(raw, default_to_tls=default_to_tls)
    tls = _tls_settings(options, env) if default_to_tls else None
    return Endpoint(host=host, tls=tls if host.startswith("tcp://") else None)


def _tls_verify(options, env):
    return options.tlsverify if options.tlsverify is not None else bool(env.get("DOCKER_TLS_VERIFY"))


def _tls_wanted(options, env):
    use_tls = options.tls if options.tls is not None else bool(env.get("DOCKER_TLS"))
    return use_tls or options.tlsverify is not None or _tls_verify(options, env)


def _tls_settings(options, env):
    verify = _tls_verify(options, env)
    cert_path = env.get("DOCKER_CERT_PATH") or os.path.join(os.path.expanduser("~"), ".docker")
    if not env.get("DOCKER_CERT_PATH") and env.get("DOCKER_CONFIG"):
        cert_path = env["DOCKER_CONFIG"]

    def pick(flag_value, filename, keep_missing):
        if flag_value is not None:
            return flag_value
        path = os.path.join(cert_path, filename)
        return path if keep_missing or os.path.exists(path) else ""

    settings = TLSSettings(ca_file=pick(options.tlscacert, "ca.pem", True),
                           cert_file=pick(options.tlscert, "cert.pem", False),
                           key_file=pick(options.tlskey, "key.pem", False),
                           verify=verify)
    # docker reads the TLS files while it resolves the endpoint, before any request
    for path in (settings.ca_file, settings.cert_file, settings.key_file):
        if path and not os.path.isfile(path):
            raise ConfigError("open %s: no such file or directory" % path)
    return settings


class _Uninitialized(ConfigError):
    """A failure docker reports when it makes its client, after resolving the endpoint."""


def context_dir_name(name):
    return hashlib.sha256(name.encode()).hexdigest()


def _stored_endpoint(config_dir, name):
    digest = context_dir_name(name)
    meta_path = os.path.join(config_dir, "contexts", "meta", digest, "meta.json")
    try:
        with open(meta_path, "rb") as handle:
            meta = json.load(handle)
    except FileNotFoundError:
        raise ConfigError('context "%s": context not found: open %s: no such file or directory'
                          % (name, meta_path)) from None
    except (OSError, ValueError) as exc:
        raise ConfigError('context "%s": parsing %s: %s' % (name, meta_path, exc)) from None
    docker = (meta.get("Endpoints") or {}).get("docker")
    if not isinstance(docker, dict):
        raise ConfigError("cannot find docker endpoint in context")
    host = docker.get("Host") or ""
    # docker takes a stored host as written (empty means the default socket): it must
    # name its protocol
    if host and "://" not in host:
        raise _Uninitialized("unable to parse docker host `%s`" % host)
    host = parse_host(host)
    tls_dir = os.path.join(config_dir, "contexts", "tls", digest, "docker")
    tls = None
    if host.startswith("tcp://") and (os.path.isdir(tls_dir) or docker.get("SkipTLSVerify")):
        files = {name: os.path.join(tls_dir, name) for name in ("ca.pem", "cert.pem", "key.pem")}
        present = {name: path if os.path.isfile(path) else "" for name, path in files.items()}
        tls = TLSSettings(ca_file=present["ca.pem"], cert_file=present["cert.pem"],
                          key_file=present["key.pem"], verify=not docker.get("SkipTLSVerify"))
    return Endpoint(host=host, tls=tls)
