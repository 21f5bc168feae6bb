"""The embedded backend of ``cockpit demo``: a real HTTP service on 127.0.0.1, just deployed at a bad revision.

It serves what the seed runbooks ``curl`` by hand (``/health/live``, ``/health/ready`` with ``checks``, ``/version``,
Prometheus ``/metrics``, NDJSON ``/logs``) plus a small admin API the demo provider reads and drives
(``/admin/state``, ``POST /admin/deploy``). A background clock generates synthetic checkout traffic through the same
path as ``/api/checkout`` and finishes rollouts, so rolling back really makes the errors stop and the panes recover.
Only the standard library is used, and nothing is written to the terminal: the TUI owns it.
"""

from __future__ import annotations

import json
import math
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import TCPServer
from types import TracebackType
from typing import Any, ClassVar, Self, cast
from urllib.parse import parse_qs, urlsplit

from providers.base import utcnow

LOOPBACK = "127.0.0.1"
SERVICE = "checkout"
REPLICAS = 3
LOG_CAPACITY = 5000
LOG_BACKLOG = 200
"""Lines a ``/logs`` request without ``since`` starts with."""
EVENT_CAPACITY = 50
CLOCK_TICK_S = 0.1
"""How often the background clock serves traffic and checks on a rollout."""
STREAM_WAKE_S = 0.5
"""A following log stream re-checks for shutdown at least this often."""
BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0)
STATUSES = (200, 500, 503)
"""Status codes whose counters exist from the start, so a scrape sees every series even before the first error."""
ACCESS_LOG_SAMPLE = 40
"""By default one successful request in this many is written to the log (1: every request)."""


@dataclass(frozen=True, slots=True)
class DemoRevision:
    id: str
    commit: str
    description: str
    age: timedelta
    """How long before the service started this revision was built (v42: three minutes: it was just deployed)."""
    bad: bool = False

    @property
    def image(self) -> str:
        return f"registry.local/{SERVICE}:{self.id}"


REVISIONS = (
    DemoRevision(
        "v42",
        "9f3c2ab",
        "checkout: move order writes to the async connection pool (#1842)",
        timedelta(minutes=3),
        bad=True,
    ),
    DemoRevision(
        "v41", "4e81d07", "checkout: retry card authorisation on 429 from the PSP (#1831)", timedelta(days=1, hours=4)
    ),
    DemoRevision("v40", "b7a90c5", "deps: bump psycopg to 3.2.1 (#1820)", timedelta(days=3, hours=2)),
    DemoRevision("v39", "12d4e6f", "checkout: idempotency keys on order submit (#1807)", timedelta(days=6, hours=5)),
)
"""Newest first."""


def find_revision(revision_id: str) -> DemoRevision | None:
    return next((revision for revision in REVISIONS if revision.id == revision_id), None)


# ---------------------------------------------------------------------------------------------------------------
# Logs and metrics: the two things traffic leaves behind.


class LogBuffer:
    """A bounded ring of NDJSON-ready log entries with sequence numbers, and a wait for new ones."""

    def __init__(self, capacity: int = LOG_CAPACITY) -> None:
        self._lines: deque[dict[str, Any]] = deque(maxlen=capacity)
        self._next_seq = 1
        self._changed = threading.Condition()
        self._closed = False

    def append(self, level: str, source: str, message: str, at: datetime | None = None) -> None:
        with self._changed:
            stamp = (at or utcnow()).isoformat()
            self._lines.append(
                {"seq": self._next_seq, "ts": stamp, "level": level, "source": source, "message": message}
            )
            self._next_seq += 1
            self._changed.notify_all()

    def after(self, seq: int | None) -> list[dict[str, Any]]:
        """Entries newer than ``seq`` (None: the last LOG_BACKLOG)."""
        with self._changed:
            return self._after_locked(seq)

    def wait_after(self, seq: int, timeout: float) -> list[dict[str, Any]]:
        """Entries newer than ``seq``, waiting up to ``timeout`` for one; empty on timeout or close."""
        with self._changed:
            self._changed.wait_for(lambda: self._closed or self._next_seq - 1 > seq, timeout)
            return [] if self._closed else self._after_locked(seq)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed

    def _after_locked(self, seq: int | None) -> list[dict[str, Any]]:
        if seq is None:
            return list(self._lines)[-LOG_BACKLOG:]
        first = self._lines[0]["seq"] if self._lines else self._next_seq
        # Sequence numbers are contiguous, so the position of seq + 1 is arithmetic.
        skip = max(seq + 1 - first, 0)
        return list(self._lines)[skip:]


class RequestMetrics:
    """Counters and a latency histogram, rendered in the Prometheus text format 0.0.4."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_status: dict[int, int] = dict.fromkeys(STATUSES, 0)
        self._bucket_hits = [0] * (len(BUCKETS_S) + 1)
        """Per bucket, not cumulative; the last one is +Inf."""
        self._duration_sum = 0.0

    def observe(self, status: int, duration_s: float) -> None:
        index = next((i for i, bound in enumerate(BUCKETS_S) if duration_s <= bound), len(BUCKETS_S))
        with self._lock:
            self._by_status[status] = self._by_status.get(status, 0) + 1
            self._bucket_hits[index] += 1
            self._duration_sum += duration_s

    def render(self) -> str:
        with self._lock:
            by_status = dict(sorted(self._by_status.items()))
            hits = list(self._bucket_hits)
            duration_sum = self._duration_sum
        lines = [
            "# HELP http_requests_total Checkout requests served, by status code.",
            "# TYPE http_requests_total counter",
            *(f'http_requests_total{{status="{status}"}} {count:.1f}' for status, count in by_status.items()),
            "# HELP http_request_duration_seconds Checkout request duration.",
            "# TYPE http_request_duration_seconds histogram",
        ]
        cumulative = 0
        for bound, count in zip((*(f"{b:g}" for b in BUCKETS_S), "+Inf"), hits, strict=True):
            cumulative += count
            lines.append(f'http_request_duration_seconds_bucket{{le="{bound}"}} {cumulative:.1f}')
        lines.append(f"http_request_duration_seconds_sum {duration_sum:.6f}")
        lines.append(f"http_request_duration_seconds_count {cumulative:.1f}")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# The simulated service: revision, rollout, replicas, events, and how a request turns out at each revision.


@dataclass(frozen=True, slots=True)
class Rollout:
    source: DemoRevision
    target: DemoRevision
    started: float
    """time.monotonic() at the start."""


@dataclass(frozen=True, slots=True)
class Outcome:
    status: int
    duration_s: float
    level: str
    message: str


def ready_when_settled(revision: DemoRevision) -> int:
    # At the bad revision two of three pods fail readiness: the database pool is exhausted.
    return 1 if revision.bad else REPLICAS


class CheckoutSimulation:
    """The state behind every endpoint. Thread-safe: HTTP handler threads and the clock share it."""

    def __init__(
        self, *, revision: str, rollout_s: float, seed: int | None, access_log_sample: int = ACCESS_LOG_SAMPLE
    ) -> None:
        initial = find_revision(revision)
        if initial is None:
            raise ValueError(f"unknown demo revision {revision!r} (known: {', '.join(r.id for r in REVISIONS)})")
        self.rollout_s = max(rollout_s, 0.0)
        self.access_log_sample = max(access_log_sample, 1)
        self.logs = LogBuffer()
        self.metrics = RequestMetrics()
        self.started_at = utcnow()
        self._lock = threading.Lock()
        self._settled = threading.Condition(self._lock)
        self._rng = random.Random(seed)
        self._current = initial
        self._rollout: Rollout | None = None
        self._events: deque[dict[str, Any]] = deque(maxlen=EVENT_CAPACITY)
        self._record_past_deploy(initial)

    # -- reads -------------------------------------------------------------------------------------------------

    @property
    def revision(self) -> str:
        """The deployed revision (the target of a rollout in progress, as a Deployment reports it)."""
        with self._lock:
            self._advance_locked()
            return self._current.id

    def readiness(self) -> tuple[int, dict[str, Any]]:
        revision = self._answering()
        database = (
            {"status": "unhealthy", "detail": "connection pool exhausted: 0/20 free"}
            if revision.bad
            else {"status": "healthy", "detail": "pool 4/20 in use"}
        )
        checks = {
            "database": database,
            "cache": {"status": "healthy", "detail": "redis 7.2, 1 ms"},
            "migrations": {"status": "healthy", "critical_pending": 0, "detail": "at head"},
        }
        healthy = not revision.bad
        body = {"status": "ok" if healthy else "unhealthy", "version": revision.id, "checks": checks}
        return (200 if healthy else 503), body

    def version(self) -> dict[str, Any]:
        revision = self._answering()
        built = self.started_at - revision.age
        return {
            "version": revision.id,
            "commit": revision.commit,
            "image": revision.image,
            "built_at": built.isoformat(),
        }

    def state(self) -> dict[str, Any]:
        with self._lock:
            self._advance_locked()
            ready = self._ready_locked()
            rollout = self._rollout
            if rollout is not None:
                phase, message = "progressing", f"rolling out {rollout.target.id}: {ready}/{REPLICAS} ready"
            elif self._current.bad:
                phase = "degraded"
                failing = REPLICAS - ready
                message = f"{failing}/{REPLICAS} replicas failing readiness: database connection pool exhausted"
            else:
                phase, message = "healthy", ""
            return {
                "service": SERVICE,
                "revision": self._current.id,
                "image": self._current.image,
                "state": phase,
                "message": message,
                "desired_replicas": REPLICAS,
                "ready_replicas": ready,
                "rollout": None
                if rollout is None
                else {
                    "from": rollout.source.id,
                    "to": rollout.target.id,
                    "progress": round(self._progress(rollout), 3),
                },
                "history": [
                    {
                        "revision": r.id,
                        "image": r.image,
                        "created_at": (self.started_at - r.age).isoformat(),
                        "description": r.description,
                        "commit": r.commit,
                        "current": r is self._current,
                    }
                    for r in REVISIONS
                ],
                "events": list(reversed(self._events)),
            }

    # -- actions -----------------------------------------------------------------------------------------------

    def deploy(self, revision_id: str) -> tuple[int, dict[str, Any]]:
        target = find_revision(revision_id)
        if target is None:
            known = ", ".join(r.id for r in REVISIONS)
            return 404, {"error": f"unknown revision {revision_id!r} (known: {known})"}
        with self._lock:
            self._advance_locked()
            if self._rollout is not None:
                return 409, {"error": f"a rollout to {self._rollout.target.id} is in progress; wait for it to finish"}
            if target is self._current:
                return 409, {"error": f"{target.id} is already deployed"}
            source, self._current = self._current, target
            self._rollout = Rollout(source, target, time.monotonic())
            text = f"rollout of {target.id} ({target.image}) started, replacing {source.id}"
            self._event_locked("DeployStarted", text)
            self.logs.append("INFO", "deploy", text)
            self._advance_locked()  # a zero-length rollout is already finished
        return 202, {
            "status": "progressing",
            "revision": target.id,
            "previous": source.id,
            "rollout_s": self.rollout_s,
            "message": text,
        }

    def wait_settled(self, timeout: float) -> bool:
        """Block until no rollout is in progress; False when ``timeout`` ran out first."""
        deadline = time.monotonic() + timeout
        with self._settled:
            while True:
                self._advance_locked()
                remaining = deadline - time.monotonic()
                if self._rollout is None or remaining <= 0:
                    return self._rollout is None
                self._settled.wait(min(remaining, CLOCK_TICK_S))

    def tick(self) -> None:
        with self._lock:
            self._advance_locked()

    # -- traffic -----------------------------------------------------------------------------------------------

    def serve_checkout(self, method: str = "POST") -> tuple[int, dict[str, Any]]:
        """One checkout request: pick the outcome for the revision serving it, and record it like a real one.

        The simulated latency is recorded, never slept, so traffic costs microseconds whatever the revision.
        """
        with self._lock:
            self._advance_locked()
            revision = self._serving_locked()
            outcome = self._outcome_locked(revision, method)
            replica = f"{SERVICE}-{revision.id}-{self._rng.randint(1, REPLICAS)}"
            pool_warning = revision.bad and self._rng.random() < 0.05
            # Like most services at this volume, successful requests are access-logged 1 in ACCESS_LOG_SAMPLE;
            # warnings and errors always are.
            logged = outcome.level != "INFO" or self._rng.random() < 1 / self.access_log_sample
        self.metrics.observe(outcome.status, outcome.duration_s)
        if logged:
            self.logs.append(outcome.level, replica, outcome.message)
        if pool_warning:
            self.logs.append("WARN", replica, "db pool saturated: 0/20 connections free, 17 waiting")
        body = {
            "status": outcome.status,
            "revision": revision.id,
            "simulated_latency_ms": round(outcome.duration_s * 1000),
        }
        if outcome.status >= 500:
            body["error"] = outcome.message
        return outcome.status, body

    def generate(self, count: int) -> None:
        for _ in range(count):
            self.serve_checkout()

    # -- internals ---------------------------------------------------------------------------------------------

    def _outcome_locked(self, revision: DemoRevision, method: str) -> Outcome:
        rng = self._rng
        draw = rng.random()
        request = f"{method} /api/{SERVICE}"
        if revision.bad:
            if draw < 0.22:
                return Outcome(
                    500,
                    rng.uniform(1.0, 2.4),
                    "ERROR",
                    f"{request} 500 psycopg.OperationalError: connection pool exhausted",
                )
            if draw < 0.30:
                return Outcome(
                    503,
                    rng.uniform(1.0, 2.4),
                    "ERROR",
                    f"{request} 503 upstream timed out waiting for a database connection",
                )
            duration = rng.lognormvariate(math.log(0.35), 0.5)
        else:
            if draw < 0.003:
                return Outcome(
                    500,
                    rng.uniform(0.2, 0.6),
                    "ERROR",
                    f"{request} 500 PaymentGatewayTimeout: card authorisation timed out",
                )
            duration = rng.lognormvariate(math.log(0.06), 0.42)
        if duration > 1.0:
            return Outcome(200, duration, "WARN", f"{request} 200 slow request: {duration:.2f}s")
        return Outcome(200, duration, "INFO", f"{request} 200 {duration * 1000:.0f}ms")

    def _answering(self) -> DemoRevision:
        # Probes and /version hit the old pods until the rollout completes, so health recovers all at once.
        with self._lock:
            self._advance_locked()
            return self._rollout.source if self._rollout is not None else self._current

    def _serving_locked(self) -> DemoRevision:
        # During a rollout the new pods take a growing share of the traffic.
        rollout = self._rollout
        if rollout is None:
            return self._current
        return rollout.target if self._rng.random() < self._progress(rollout) else rollout.source

    def _progress(self, rollout: Rollout) -> float:
        if self.rollout_s == 0:
            return 1.0
        return min((time.monotonic() - rollout.started) / self.rollout_s, 1.0)

    def _ready_locked(self) -> int:
        rollout = self._rollout
        if rollout is None:
            return ready_when_settled(self._current)
        # Old pods go away during the first half, new ones become ready during the second.
        progress = self._progress(rollout)
        if progress < 0.5:
            return round(ready_when_settled(rollout.source) * (1 - 2 * progress))
        return round(ready_when_settled(rollout.target) * (2 * progress - 1))

    def _advance_locked(self) -> None:
        rollout = self._rollout
        if rollout is None or self._progress(rollout) < 1.0:
            return
        self._rollout = None
        target = rollout.target
        ready = ready_when_settled(target)
        text = f"rollout of {target.id} finished: {ready}/{REPLICAS} replicas ready"
        self._event_locked("DeployFinished", text)
        self.logs.append("INFO", "deploy", text)
        if target.bad:
            self._warn_unready_locked(utcnow())
        self._settled.notify_all()

    def _warn_unready_locked(self, at: datetime) -> None:
        text = "Readiness probe failed: HTTP 503 database: connection pool exhausted (0/20 free)"
        self._event_locked("Unhealthy", text, warning=True, at=at)
        self.logs.append("WARN", f"{SERVICE}-{self._current.id}-2", text, at=at)

    def _event_locked(self, reason: str, message: str, *, warning: bool = False, at: datetime | None = None) -> None:
        self._events.append(
            {"at": (at or utcnow()).isoformat(), "reason": reason, "message": message, "warning": warning}
        )

    def _record_past_deploy(self, revision: DemoRevision) -> None:
        """The events and log lines of the deploy that brought ``revision`` in, before the service started."""
        deployed = self.started_at - min(revision.age, timedelta(minutes=3))
        index = REVISIONS.index(revision)
        previous = REVISIONS[index + 1].id if index + 1 < len(REVISIONS) else "nothing"
        started = f"rollout of {revision.id} ({revision.image}) started, replacing {previous}"
        finished = f"rollout of {revision.id} finished: {REPLICAS}/{REPLICAS} replicas running"
        with self._lock:
            for at, reason, text in (
                (deployed, "DeployStarted", started),
                (deployed + timedelta(seconds=20), "DeployFinished", finished),
            ):
                self._event_locked(reason, text, at=at)
                self.logs.append("INFO", "deploy", text, at=at)
            if revision.bad:
                self._warn_unready_locked(deployed + timedelta(seconds=60))


# ---------------------------------------------------------------------------------------------------------------
# HTTP.


class DemoHTTPServer(ThreadingHTTPServer):
    """Threaded, quiet, and able to cut every open connection so ``stop()`` never waits on a client."""

    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads

    def __init__(self, port: int, simulation: CheckoutSimulation) -> None:
        self.simulation = simulation
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__((LOOPBACK, port), DemoRequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (getfqdn), which can stall on a machine with broken DNS.
        TCPServer.server_bind(self)
        self.server_name, self.server_port = LOOPBACK, self.socket.getsockname()[1]

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
        length = int(self.headers.get("Content-Length") or 0)
        try:
            body = json.loads(self.rfile.read(length) or b"null")
        except ValueError:
            body = None
        revision = body.get("revision") if isinstance(body, dict) else None
        if not isinstance(revision, str):
            self._send_json(400, {"error": 'the body must be JSON like {"revision": "v41"}'})
            return
        self._send_json(*self.simulation.deploy(revision))

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
        for line in lines:
            self.wfile.write(json.dumps(line).encode() + b"\n")
        self.wfile.flush()

    def _send_json(self, status: int, payload: Mapping[str, Any]) -> None:
        self._send_body(status, json.dumps(payload).encode(), "application/json")

    def _send_body(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# ---------------------------------------------------------------------------------------------------------------
# The service: server thread, clock thread, lifecycle.


class DemoService:
    """The checkout service of ``cockpit demo``, started in-process on 127.0.0.1.

    >>> with DemoService(seed=1) as demo:
    ...     demo.revision
    'v42'
    """

    def __init__(
        self,
        *,
        host: str = LOOPBACK,
        port: int = 0,
        revision: str = "v42",
        rollout_s: float = 3.0,
        traffic_rps: float = 8.0,
        seed: int | None = None,
        access_log_sample: int = ACCESS_LOG_SAMPLE,
    ) -> None:
        if host != LOOPBACK:
            raise ValueError(f"the demo service binds {LOOPBACK} only, not {host!r}")
        self.simulation = CheckoutSimulation(
            revision=revision, rollout_s=rollout_s, seed=seed, access_log_sample=access_log_sample
        )
        self.traffic_rps = max(traffic_rps, 0.0)
        self._port = port
        self._server: DemoHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the demo service is not running: call start() first")
        return f"http://{LOOPBACK}:{self._server.server_port}"

    @property
    def revision(self) -> str:
        return self.simulation.revision

    def start(self) -> str:
        """Bind, start serving and generating traffic; returns the base URL. Starting twice is harmless."""
        if self._server is not None:
            return self.base_url
        if self._stopping.is_set():
            raise RuntimeError("a stopped demo service cannot be restarted: create a new one")
        self._server = DemoHTTPServer(self._port, self.simulation)
        self._threads = [
            threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="demo-http", daemon=True
            ),
            threading.Thread(target=self._run_clock, name="demo-clock", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        return self.base_url

    def stop(self) -> None:
        """End log streams and traffic, close the socket and join every thread. Stopping twice is harmless."""
        self._stopping.set()
        self.simulation.logs.close()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.drop_connections()
            server.server_close()
        for thread in self._threads:
            thread.join()
        self._threads = []

    def generate_traffic(self, count: int) -> None:
        """Serve ``count`` synthetic checkout requests now (the clock thread serves ``traffic_rps`` a second)."""
        self.simulation.generate(count)

    def wait_for_rollout(self, timeout: float) -> bool:
        """Block until no rollout is in progress; False when ``timeout`` seconds ran out first."""
        return self.simulation.wait_settled(timeout)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def _run_clock(self) -> None:
        owed = 0.0
        last = time.monotonic()
        while not self._stopping.wait(CLOCK_TICK_S):
            now = time.monotonic()
            # Capped so a process resumed after a long pause does not replay minutes of traffic in one go.
            owed = min(owed + (now - last) * self.traffic_rps, max(self.traffic_rps, 1.0))
            last = now
            due = int(owed)
            owed -= due
            self.simulation.tick()
            self.simulation.generate(due)
