"""HTTP sessions for unix sockets, plain TCP and TLS.

requests is imported here, and only when a session is really made: commands
that fail before talking to the daemon (usage errors, bad templates) and
`--help` never pay for it.
"""

import os
from urllib.parse import quote

from dockercli.errors import TLSConfigError


def base_url(endpoint):
    """The URL prefix requests needs to reach `endpoint`."""
    if endpoint.scheme == "unix":
        return "http+unix://" + quote(endpoint.address, safe="")
    scheme = "https" if endpoint.tls is not None else "http"
    return "%s://%s" % (scheme, endpoint.address.rstrip("/"))


def make_session(endpoint):
    """A requests session able to reach `endpoint`, with TLS material loaded."""
    if endpoint.scheme == "unix":
        import requests_unixsocket

        return requests_unixsocket.Session()
    import requests

    session = requests.Session()
    session.trust_env = False  # proxies from the environment must not capture the daemon's traffic
    if endpoint.tls is not None:
        _apply_tls(session, endpoint.tls)
    return session


def _apply_tls(session, tls):
    for label, path in (("CA certificate", tls.ca_file), ("certificate", tls.cert_file),
                        ("key", tls.key_file)):
        if path and not os.path.isfile(path):
            raise TLSConfigError('could not read %s "%s": open %s: no such file or directory'
                                 % (label, path, path))
    if tls.cert_file and tls.key_file:
        session.cert = (tls.cert_file, tls.key_file)
    if tls.verify:
        session.verify = tls.ca_file or True
    else:
        import urllib3

        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        session.verify = False
