"""Real servers on 127.0.0.1 for provider tests: the embedded demo service and small scripted HTTP stubs."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import pytest

from cockpit.demo.service import DemoService
from cockpit.providers.demo import DemoProvider, DemoSettings
from cockpit.providers.results import HealthCheck, State


@pytest.fixture
async def demo_provider(demo_service: DemoService) -> AsyncIterator[DemoProvider]:
    provider = DemoProvider("checkout", DemoSettings(base_url=demo_service.base_url))
    try:
        yield provider
    finally:
        await provider.aclose()


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


class StubServer:
    """Answers each path with a fixed reply and remembers the request headers it saw."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply] = {}
        self.seen: list[Message] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), StubHandler)
        cast(Any, self._server).stub = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.start()

    def route(
        self,
        path: str,
        status: int,
        body: object = b"",
        *,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> str:
        """Serve ``body`` (bytes, text, or anything JSON-serialisable) at ``path``; returns its URL."""
        if isinstance(body, str):
            raw = body.encode()
        elif isinstance(body, bytes):
            raw = body
        else:
            raw = json.dumps(body).encode()
        self.routes[path] = Reply(status, raw, content_type, headers or {})
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


class StubHandler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Quiet test output."""

    def do_GET(self) -> None:
        stub: StubServer = cast(Any, self.server).stub
        stub.seen.append(self.headers)
        reply = stub.routes.get(self.path, Reply(404, b'{"error": "no such path"}'))
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)


@pytest.fixture
def stub_server() -> Iterator[StubServer]:
    server = StubServer()
    try:
        yield server
    finally:
        server.close()


Check = Callable[..., Any]


@pytest.fixture
async def check() -> AsyncIterator[Check]:
    """Run one http health check with the given settings; every provider made is closed afterwards."""
    from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings

    made: list[HttpHealthProvider] = []

    async def run(url: str, **settings: Any) -> HealthCheck:
        provider = HttpHealthProvider("api-health", HttpHealthSettings(url=url, **settings))
        made.append(provider)
        return await provider.health()

    yield run
    for provider in made:
        await provider.aclose()


def states(result: HealthCheck) -> dict[str, State]:
    return {component.name: component.state for component in result.components}
