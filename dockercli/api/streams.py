"""Stream formats of the Engine API, written once for every command that streams.

- JSON streams (pull, push, build, events, stats...): objects one after another,
  not always separated by newlines, split across chunks anywhere.
- The 8-byte multiplexed frame format of attach/logs/exec without a TTY:
  [stream id, 0, 0, 0, size as big-endian uint32] then `size` payload bytes.
- Hijacked connections (`Connection: Upgrade`, `Upgrade: tcp`): after the 101
  answer the HTTP connection becomes a raw two-way byte stream.
- Streamed answers (events, stats) whose connection another thread may end.
"""

import json
import socket
import struct

from dockercli.errors import DockerCliError

STDIN, STDOUT, STDERR = 0, 1, 2
SYSTEM_ERROR = 3   # engines since API 1.41 report exec/attach failures on stream 3

_decoder = json.JSONDecoder()
_WHITESPACE = b" \t\r\n"


def iter_json(chunks):
    """Yield each JSON value of a stream of byte chunks, however they are cut."""
    buffer = ""
    pending = b""
    for chunk in chunks:
        if not chunk:
            continue
        pending += chunk
        try:
            text = pending.decode("utf-8")
            pending = b""
        except UnicodeDecodeError as exc:
            # a chunk can end inside a multi-byte character: keep the tail for later
            text = pending[:exc.start].decode("utf-8")
            pending = pending[exc.start:]
            if len(pending) > 4:
                raise
        buffer += text
        start = 0
        while True:
            while start < len(buffer) and buffer[start] in " \t\r\n":
                start += 1
            if start >= len(buffer):
                break
            try:
                value, end = _decoder.raw_decode(buffer, start)
            except ValueError:
                break  # an incomplete object: wait for more bytes
            if end == len(buffer) and _may_continue(value):
                break  # "12" may be the start of "123": wait for what follows
            yield value
            start = end
        buffer = buffer[start:]
    rest = (buffer + pending.decode("utf-8", "replace")).strip()
    while rest:
        try:
            value, end = _decoder.raw_decode(rest)
        except ValueError:
            raise ValueError("truncated JSON stream: %r" % rest[:80]) from None
        yield value
        rest = rest[end:].strip()


def _may_continue(value):
    """A number at the very end of the bytes so far may have more digits to come."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class FrameDecoder:
    """Incremental decoder of the multiplexed frame format.

    `feed(bytes)` answers the complete (stream id, payload) frames so far;
    partial headers and payloads wait for the next call.
    """

    HEADER = struct.Struct(">BxxxL")

    def __init__(self):
        self._buffer = bytearray()

    def feed(self, data):
        self._buffer += data
        frames = []
        header = self.HEADER
        while len(self._buffer) >= header.size:
            stream_id, size = header.unpack_from(self._buffer)
            end = header.size + size
            if len(self._buffer) < end:
                break
            frames.append((stream_id, bytes(self._buffer[header.size:end])))
            del self._buffer[:end]
        return frames

    @property
    def pending(self):
        """Bytes of an unfinished frame: non-empty at the end means a truncated stream."""
        return len(self._buffer)


def iter_frames(chunks):
    """Yield (stream id, payload) for each frame of a chunked multiplexed stream."""
    decoder = FrameDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
    if decoder.pending:
        raise ValueError("truncated multiplexed stream: %d bytes left" % decoder.pending)


class HijackedConnection:
    """The raw two-way stream behind a `101 UPGRADED` answer.

    Reads go through the response's buffered reader, since bytes that arrived
    with the 101 headers may already sit in its buffer; writes go straight to
    the socket. `close_write` half-closes, which delivers EOF to the process.
    """

    def __init__(self, response):
        self.response = response
        self._reader = response.raw._fp.fp
        self.sock = response_socket(response)

    def read(self, size=65536):
        """Up to `size` bytes; b"" at end of stream."""
        return self._reader.read1(size)

    def __iter__(self):
        while True:
            data = self.read()
            if not data:
                return
            yield data

    def write(self, data):
        self.sock.sendall(data)

    def close_write(self):
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # already closed by the daemon: nothing left to tell it

    def close(self):
        self.response.close()
        try:
            self.sock.close()
        except OSError:
            pass


def response_socket(response):
    """The socket under a streamed requests response, while it is open."""
    connection = getattr(response.raw, "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        return sock
    try:
        return response.raw._fp.fp.raw._sock
    except AttributeError:
        return None


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
        sock = response_socket(self.response)
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass   # already closed
