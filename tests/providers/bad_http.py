"""A loopback HTTP(S) server that answers as badly as a broken or hostile health endpoint can.

Every route is bounded: the hang ends when the server stops (or after 30 s), the 50 MB body is 50 MB and no more.
The self-signed certificate is generated per test session with ``cryptography`` (already a dependency of ours
through paramiko/moto), for 127.0.0.1 only.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

HUGE_BYTES = 50 * 1024 * 1024
CHUNK = b"x" * 65536

Route = Callable[["BadHandler"], None]


class BadHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet test output."""

    @property
    def bad(self) -> BadServer:
        return cast(Any, self.server).bad  # type: ignore[no-any-return]

    def do_GET(self) -> None:
        route = self.bad.routes.get(self.path.split("?")[0])
        if route is None:
            self.reply(404, b'{"error": "no such path"}')
        else:
            route(self)

    def reply(self, status: int, body: bytes | object, content_type: str = "application/json",
              headers: dict[str, str] | None = None) -> None:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(raw)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def hang(self) -> None:
        self.bad.stopping.wait(30)

    def huge(self) -> None:
        """50 MB of body without a Content-Length: only a reader that counts can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        self.end_headers()
        sent = 0
        try:
            while sent < HUGE_BYTES and not self.bad.stopping.is_set():
                self.wfile.write(CHUNK)
                sent += len(CHUNK)
        except OSError:
            return  # the client stopped reading: exactly what it should do
        self.close_connection = True


class BadServer:
    """``routes``: path -> handler method; ``url(path)``; stops its hanging handlers on ``close``."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), BadHandler)
        self._server.daemon_threads = True
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        cast(Any, self._server).bad = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.start()

    def url(self, path: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self._server.server_port}{path}"

    def json(self, path: str, status: int, body: object) -> str:
        self.routes[path] = lambda handler: handler.reply(status, body)
        return self.url(path)

    def raw(self, path: str, status: int, body: bytes, content_type: str = "application/json",
            headers: dict[str, str] | None = None) -> str:
        self.routes[path] = lambda handler: handler.reply(status, body, content_type, headers)
        return self.url(path)

    def close(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def standard_routes(server: BadServer) -> dict[str, str]:
    """The seven bad answers of issue 10 (plus a healthy one), by name -> URL."""
    server.json("/ok", 200, {"status": "ok"})
    server.json("/500", 500, {"status": "error", "error": "internal"})
    server.json("/503", 503, {"status": "unhealthy",
                              "checks": {"database": {"status": "unhealthy", "detail": "pool exhausted"}}})
    server.raw("/invalid-json", 200, b'{"status": "ok", "checks": {"db": ')
    server.raw("/loop-a", 302, b"", headers={"Location": "/loop-b"})
    server.raw("/loop-b", 302, b"", headers={"Location": "/loop-a"})
    server.routes["/huge"] = BadHandler.huge
    server.routes["/hang"] = BadHandler.hang
    return {name: server.url(f"/{name}") for name in ("ok", "500", "503", "invalid-json", "loop-a", "huge", "hang")}
