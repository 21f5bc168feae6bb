"""A local GitHub REST API on 127.0.0.1 that replays recorded answers (``fixtures/*.json``), one scenario at a time.

Each fixture is one recorded exchange: the request (method, path, query) and the response (status, headers, and a
JSON ``body`` or a plain ``text``). In header values ``{base}`` becomes this server's URL (so Link and Location point
back here) and ``{now+N}`` an epoch N seconds from now (rate-limit reset times). The server honours
``If-None-Match`` against a fixture's ETag with a 304, and remembers every request it saw (headers included) so
tests can check what the provider sent: the token to the API, and never to the signed log URL.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).with_name("fixtures")
SCENARIOS: Mapping[str, tuple[str, ...]] = {
    "failed": ("runs_failed", "jobs_failed_run", "job_log_redirect", "job_log_content", "jobs_page_1", "jobs_page_2",
               "jobs_ok_run", "rerun_accepted"),
    "cancelled": ("runs_cancelled", "jobs_cancelled_run", "jobs_failed_run", "job_log_redirect", "job_log_content"),
    "in_progress": ("runs_in_progress", "jobs_in_progress_run", "jobs_failed_run", "job_log_redirect",
                    "job_log_content"),
    "rerun": ("runs_rerun", "jobs_rerun_run", "jobs_page_1", "jobs_page_2"),
    "not_found": ("not_found",),
    "unauthorised": ("unauthorised",),
    "rate_limited": ("rate_limited",),
    "forbidden": ("forbidden",),
}
"""Scenario -> the recorded exchanges it serves."""
NOT_MODIFIED = "not_modified"
"""The recorded 304 whose headers every conditional hit answers with."""
MAX_DELAY_S = 30.0
_NOW = re.compile(r"\{now\+(\d+)\}")


@cache
def fixture(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return loaded


def all_fixtures() -> list[str]:
    return sorted(path.stem for path in FIXTURES.glob("*.json"))


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    """Lower-case names."""
    status: int


@dataclass
class Override:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


class ReplayServer:
    def __init__(self, scenario: str = "failed") -> None:
        self.scenario = scenario
        self.seen: list[Seen] = []
        self.overrides: dict[tuple[str, str], Override] = {}
        """(method, path) -> a reply made by the test itself (garbage, a hang, a huge body)."""
        self.extra_headers: dict[str, str] = {}
        """Sent with every answer, over the recorded ones (a quota running low, say)."""
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        cast(Any, self._server).replay = self
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="github-replay", daemon=True)
        self._thread.start()

    def use(self, scenario: str) -> None:
        if scenario not in SCENARIOS:
            raise KeyError(f"no scenario {scenario!r} (known: {', '.join(SCENARIOS)})")
        self.scenario = scenario

    def override(self, method: str, path: str, status: int, body: bytes | str = b"", *,
                 headers: Mapping[str, str] | None = None, delay_s: float = 0.0) -> None:
        raw = body.encode() if isinstance(body, str) else body
        self.overrides[(method, path)] = Override(status, raw, dict(headers or {}), min(delay_s, MAX_DELAY_S))

    def requests(self, path_part: str = "") -> list[Seen]:
        with self._lock:
            return [seen for seen in self.seen if path_part in seen.path]

    def close(self) -> None:
        self._stopping.set()  # wakes any handler sleeping in a delay
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # -- called by the handler ---------------------------------------------------------------------------------

    def find(self, method: str, path: str, query: dict[str, str]) -> dict[str, Any] | None:
        for name in SCENARIOS[self.scenario]:
            request = fixture(name)["request"]
            if request["method"] == method and request["path"] == path and request["query"] == query:
                return fixture(name)
        return None

    def expand(self, value: str) -> str:
        value = value.replace("{base}", self.url)
        return _NOW.sub(lambda match: str(int(time.time()) + int(match.group(1))), value)

    def note(self, seen: Seen) -> None:
        with self._lock:
            self.seen.append(seen)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet test output."""

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(min(length, 65536))
        self._answer("POST")

    def _answer(self, method: str) -> None:
        replay: ReplayServer = cast(Any, self.server).replay
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        override = replay.overrides.get((method, parts.path))
        if override is not None:
            if override.delay_s and replay._stopping.wait(override.delay_s):
                return
            status, headers, body = override.status, override.headers, override.body
        else:
            status, headers, body = self._recorded(replay, method, parts.path, query)
        replay.note(Seen(method, parts.path, query, {k.lower(): v for k, v in self.headers.items()}, status))
        self.send_response(status)
        for name, value in {**headers, **replay.extra_headers}.items():
            if name.lower() != "content-length":
                self.send_header(name, replay.expand(value))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _recorded(self, replay: ReplayServer, method: str, path: str,
                  query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        found = replay.find(method, path, query)
        if found is None:
            missing = {"message": f"Not Found (no recorded {method} {path} in scenario {replay.scenario!r})",
                       "documentation_url": "https://docs.github.com/rest"}
            return 404, {"Content-Type": "application/json"}, json.dumps(missing).encode()
        response = found["response"]
        headers: dict[str, str] = dict(response["headers"])
        etag = headers.get("ETag")
        if etag is not None and self.headers.get("If-None-Match") == etag:
            return 304, {**fixture(NOT_MODIFIED)["response"]["headers"], "ETag": etag}, b""
        if "text" in response:
            return response["status"], headers, response["text"].encode()
        body = json.dumps(response["body"]).encode() if "body" in response else b""
        return response["status"], headers, body


@contextmanager
def replay_server(scenario: str = "failed") -> Iterator[ReplayServer]:
    server = ReplayServer(scenario)
    try:
        yield server
    finally:
        server.close()
