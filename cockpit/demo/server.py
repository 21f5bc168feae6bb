"""The demo service's HTTP side: the endpoints the seed runbooks `curl` and the admin API the demo provider drives."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Mapping
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, cast
from urllib.parse import parse_qs, urlsplit

from cockpit.demo.service import LOOPBACK
from cockpit.demo.simulation import SERVICE, CheckoutSimulation
from cockpit.demo.telemetry import STREAM_WAKE_S


class DemoHTTPServer(ThreadingHTTPServer):
    """Threaded, quiet, and able to cut every open connection so ``stop()`` never waits on a client."""

    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads

    def __init__(self, listening: socket.socket, simulation: CheckoutSimulation) -> None:
        """Serves on ``listening``, a socket the demo service already bound to 127.0.0.1 and listens on."""
        self.simulation = simulation
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(listening.getsockname(), DemoRequestHandler, bind_and_activate=False)
        self.socket.close()  # the one socketserver made: serve on the bound one instead
        self.socket = listening
        # (Not HTTPServer.server_bind: it resolves the host name (getfqdn), which can stall on broken DNS.)
        self.server_name, self.server_port = LOOPBACK, listening.getsockname()[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up mid-answer are normal here; never print a traceback over the TUI."""

    def drop_connections(self) -> None:
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class DemoRequestHandler(BaseHTTPRequestHandler):
    server_version = "checkout-demo/1.0"
    timeout = 5.0
    """An idle client cannot hold a handler thread longer than this."""

    ROUTES: ClassVar[Mapping[tuple[str, str], str]] = {
        ("GET", "/health/live"): "live",
        ("GET", "/health/ready"): "ready",
        ("GET", "/version"): "version",
        ("GET", "/metrics"): "metrics",
        ("GET", "/logs"): "logs",
        ("GET", f"/api/{SERVICE}"): "checkout",
        ("POST", f"/api/{SERVICE}"): "checkout",
        ("GET", "/admin/state"): "state",
        ("POST", "/admin/deploy"): "deploy",
        ("POST", "/admin/restart"): "restart",
        ("POST", "/admin/scale"): "scale",
    }

    @property
    def simulation(self) -> CheckoutSimulation:
        return cast(DemoHTTPServer, self.server).simulation

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the TUI owns the terminal."""

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        name = self.ROUTES.get((method, url.path))
        if name is None:
            allowed = [m for (m, path) in self.ROUTES if path == url.path]
            status = 405 if allowed else 404
            self._send_json(status, {"error": f"no route {method} {url.path}"})
            return
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        getattr(self, f"_serve_{name}")(query)

    def _serve_live(self, query: Mapping[str, str]) -> None:
        self._send_json(200, {"status": "ok"})

    def _serve_ready(self, query: Mapping[str, str]) -> None:
        self._send_json(*self.simulation.readiness())

    def _serve_version(self, query: Mapping[str, str]) -> None:
        self._send_json(200, self.simulation.version())

    def _serve_metrics(self, query: Mapping[str, str]) -> None:
        self._send_body(200, self.simulation.metrics.render().encode(), "text/plain; version=0.0.4; charset=utf-8")

    def _serve_checkout(self, query: Mapping[str, str]) -> None:
        self._send_json(*self.simulation.serve_checkout(self.command))

    def _serve_state(self, query: Mapping[str, str]) -> None:
        self._send_json(200, self.simulation.state())

    def _serve_deploy(self, query: Mapping[str, str]) -> None:
        revision = self._body_field("revision")
        if not isinstance(revision, str):
            self._send_json(400, {"error": 'the body must be JSON like {"revision": "v41"}'})
            return
        self._send_json(*self.simulation.deploy(revision))

    def _serve_restart(self, query: Mapping[str, str]) -> None:
        self._body_field("")  # read (and ignore) any body, so the connection stays in step
        self._send_json(*self.simulation.restart())

    def _serve_scale(self, query: Mapping[str, str]) -> None:
        replicas = self._body_field("replicas")
        if not isinstance(replicas, int) or isinstance(replicas, bool):
            self._send_json(400, {"error": 'the body must be JSON like {"replicas": 5}'})
            return
        self._send_json(*self.simulation.scale(replicas))

    def _body_field(self, name: str) -> Any:
        """One field of the request's JSON object body; None when absent or the body is not a JSON object."""
        length = min(int(self.headers.get("Content-Length") or 0), 64 * 1024)
        try:
            body = json.loads(self.rfile.read(length) or b"null")
        except ValueError:
            body = None
        return body.get(name) if isinstance(body, dict) else None

    def _serve_logs(self, query: Mapping[str, str]) -> None:
        try:
            since = int(query["since"]) if "since" in query else None
        except ValueError:
            self._send_json(400, {"error": f"since must be a sequence number, not {query['since']!r}"})
            return
        logs = self.simulation.logs
        self.send_response(200)
        self.send_header("Content-Type", "application/x-ndjson")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        # HTTP/1.0 without Content-Length: the body ends when the connection closes, which is what a follow needs.
        lines = logs.after(since)
        last = lines[-1]["seq"] if lines else (since or 0)
        try:
            self._write_lines(lines)
            while query.get("follow") == "1" and not logs.closed:
                lines = logs.wait_after(last, STREAM_WAKE_S)
                if lines:
                    last = lines[-1]["seq"]
                    self._write_lines(lines)
        except OSError:
            return  # the client went away

    def _write_lines(self, lines: list[dict[str, Any]]) -> None:
        # One write per batch: the stream is unbuffered, and a write per line is a system call per line.
        self.wfile.write(b"".join(json.dumps(line).encode() + b"\n" for line in lines))
        self.wfile.flush()

    def _send_json(self, status: int, payload: Mapping[str, Any]) -> None:
        self._send_body(status, json.dumps(payload).encode(), "application/json")

    def _send_body(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
