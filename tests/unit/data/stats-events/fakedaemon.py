"""A daemon stand-in on a unix socket: recorded answers for `docker stats` and `docker events`.

    python fakedaemon.py /tmp/fake.sock &
    DOCKER_HOST=unix:///tmp/fake.sock docker stats --no-stream --format json cgroup2

GET /containers/<name>/stats answers the sample <name> of stats-samples.json (the
"windows" one with a Windows daemon's Server header), GET /events the messages of
events.jsonl. record.sh runs the docker CLI against it to make the expected outputs.
"""

import json
import os
import socketserver
import sys
from http.server import BaseHTTPRequestHandler
from urllib.parse import unquote, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "stats-samples.json")) as handle:
    SAMPLES = json.load(handle)
with open(os.path.join(HERE, "events.jsonl"), "rb") as handle:
    EVENTS = handle.read()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_os = "linux"

    def version_string(self):
        return "Docker/26.1.5 (%s)" % self.server_os

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Api-Version", "1.45")
        self.send_header("Ostype", "linux")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self.server_os = "linux"
        path = unquote(urlparse(self.path).path)
        parts = path.split("/")
        if path == "/_ping":
            return self.reply(200, b"OK", "text/plain")
        if path.endswith("/events"):
            return self.reply(200, EVENTS)
        if len(parts) == 5 and parts[2] == "containers" and parts[4] == "stats":
            if parts[3] not in SAMPLES:
                return self.reply(404, {"message": "No such container: " + parts[3]})
            if parts[3] == "windows":
                self.server_os = "windows"
            return self.reply(200, SAMPLES[parts[3]])
        return self.reply(404, {"message": "page not found"})


class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    daemon_threads = True
    request_queue_size = 64   # docker asks for every container's stats at once


if __name__ == "__main__":
    if os.path.exists(sys.argv[1]):
        os.unlink(sys.argv[1])
    Server(sys.argv[1], Handler).serve_forever()
