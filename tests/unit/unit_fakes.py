"""A fake HTTP transport for the API layer (no daemon): import `fake_transport` and `Reply`."""

import json as jsonlib

import pytest
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from dockercli.api import transport

_REASONS = {200: "OK", 201: "Created", 204: "No Content", 304: "Not Modified",
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            409: "Conflict", 418: "I'm a teapot", 500: "Internal Server Error",
            501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable"}


class Reply:
    """One canned answer: status, headers and body (bytes, str, or JSON-able data)."""

    def __init__(self, status=200, body=b"", headers=None, json=None, reason=None):
        self.status = status
        self.headers = dict(headers or {})
        if json is not None:
            body = jsonlib.dumps(json).encode()
            self.headers.setdefault("Content-Type", "application/json")
        self.body = body.encode() if isinstance(body, str) else body
        self.reason = _REASONS.get(status, "") if reason is None else reason


class FakeAdapter(BaseAdapter):
    """A requests adapter answering from `routes` and recording every request.

    `routes` maps "METHOD /path" (path without the query) to a Reply, an
    exception to raise, or a callable(request) returning either.
    """

    def __init__(self, routes=None):
        super().__init__()
        self.routes = dict(routes or {})
        self.requests = []

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        self.requests.append(request)
        path = requests.utils.urlparse(request.url).path
        answer = self.routes.get("%s %s" % (request.method, path))
        if answer is None:
            answer = self.routes.get("*", Reply(404, json={"message": "page not found"}))
        if callable(answer) and not isinstance(answer, (Reply, BaseException)):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        response = requests.Response()
        response.status_code = answer.status
        response.reason = answer.reason
        response.headers = CaseInsensitiveDict(answer.headers)
        response._content = answer.body
        response._content_consumed = True
        response.url = request.url
        response.request = request
        response.encoding = "utf-8"
        return response

    def close(self):
        pass

    # helpers for assertions
    @property
    def paths(self):
        return [requests.utils.urlparse(r.url).path for r in self.requests]

    def query(self, index=-1):
        from urllib.parse import parse_qs, urlparse

        return parse_qs(urlparse(self.requests[index].url).query, keep_blank_values=True)


@pytest.fixture
def fake_transport(monkeypatch):
    """Every session dockercli makes answers from one FakeAdapter (returned)."""
    adapter = FakeAdapter()

    def make_session(endpoint):
        session = requests.Session()
        session.trust_env = False
        for prefix in ("http+unix://", "http://", "https://"):
            session.mount(prefix, adapter)
        return session

    monkeypatch.setattr(transport, "make_session", make_session)
    return adapter
