"""A streamed JSON answer (events, stats): its values as they arrive, and a way to end it.

It decodes with `streams.iter_json`; what it adds is the response's life: the
connection is closed when the values end, when the reader stops early, or
when another thread calls `close()` (a live `docker stats` ends its
collectors that way).
"""

import socket

from dockercli.api.streams import iter_json
from dockercli.errors import DockerCliError


class JSONStream:
    """Iterate once for the decoded values; a cut connection raises docker's "unexpected EOF"."""

    def __init__(self, response):
        self.response = response
        self._started = False
        self._closed = False

    def __iter__(self):
        self._started = True
        try:
            yield from iter_json(self._chunks())
        except ValueError:
            if not self._closed:
                raise DockerCliError("unexpected EOF") from None
        finally:
            self.response.close()

    def _chunks(self):
        from requests.exceptions import RequestException
        from urllib3.exceptions import HTTPError

        try:
            # chunk_size None: each chunk as the daemon flushes it, not once 512 bytes are in
            yield from self.response.iter_content(chunk_size=None)
        except (RequestException, HTTPError, OSError):
            raise ValueError("connection lost") from None

    def close(self):
        """End the stream, from any thread: a reader blocked on it sees the end at once."""
        self._closed = True
        if not self._started:
            self.response.close()
            return
        sock = _socket(self.response)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass   # already closed


def _socket(response):
    """The socket under a streamed requests response, while it is open."""
    connection = getattr(response.raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        return sock
    try:
        return response.raw._fp.fp.raw._sock
    except AttributeError:
        return None
