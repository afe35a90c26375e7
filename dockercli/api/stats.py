"""Container statistics: GET /containers/{id}/stats, one sample or a stream of them."""

import re

from dockercli.api.streams import JSONStream
from dockercli.api.paths import object_path

# docker's getDockerOS: the daemon's OS is the parenthesized end of its Server header
_SERVER_OS = re.compile(r"\ADocker/.+\s\((.+)\)\Z")


def container_stats(client, container, stream):
    """(daemon OS type, JSONStream of samples): one sample, or one about every second when `stream`.

    Without `stream` the daemon takes a second to answer, so that the sample
    holds the CPU usage of the second before (precpu_stats) too. docker's
    `stats` never asks for `one-shot`, which skips that wait and leaves
    precpu_stats empty.
    """
    path = object_path("container", container, "/containers", "/stats")
    response = client.request("GET", path, params={"stream": "1" if stream else "0"}, stream=True)
    return daemon_os_type(response.headers.get("Server", "")), JSONStream(response)


def daemon_os_type(server_header):
    match = _SERVER_OS.match(server_header)
    return match.group(1) if match else ""
