"""The simulated checkout service: its revisions, rollouts, replicas, events, and how a request turns out at each
revision. Thread-safe: the HTTP handler threads and the clock share it."""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from datetime import datetime, timedelta
from typing import Any

import msgspec

from cockpit.demo.telemetry import LogBuffer, RequestMetrics
from cockpit.providers.results import utcnow

SERVICE = "checkout"
REPLICAS = 3
MAX_REPLICAS = 20
"""What ``POST /admin/scale`` accepts at most (a typo of 300 must not look like a plan)."""
EVENT_CAPACITY = 50
CLOCK_TICK_S = 0.1
"""How often the background clock serves traffic and checks on a rollout."""
ACCESS_LOG_SAMPLE = 40
"""By default one successful request in this many is written to the log (1: every request)."""

class DemoRevision(msgspec.Struct, frozen=True):
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




class Rollout(msgspec.Struct, frozen=True):
    source: DemoRevision
    target: DemoRevision
    started: float
    """time.monotonic() at the start."""


class Outcome(msgspec.Struct, frozen=True):
    status: int
    duration_s: float
    level: str
    message: str


def ready_when_settled(revision: DemoRevision, desired: int = REPLICAS) -> int:
    # At the bad revision two of three pods fail readiness: the database pool is exhausted.
    return desired // 3 if revision.bad else desired


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
        self._desired = REPLICAS
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
                phase, message = "progressing", f"rolling out {rollout.target.id}: {ready}/{self._desired} ready"
            elif self._current.bad:
                phase = "degraded"
                failing = self._desired - ready
                message = f"{failing}/{self._desired} replicas failing readiness: database connection pool exhausted"
            else:
                phase, message = "healthy", ""
            return {
                "service": SERVICE,
                "revision": self._current.id,
                "image": self._current.image,
                "state": phase,
                "message": message,
                "desired_replicas": self._desired,
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

    def restart(self) -> tuple[int, dict[str, Any]]:
        """A rolling restart of the deployed revision: its pods are replaced, as ``kubectl rollout restart`` does."""
        with self._lock:
            self._advance_locked()
            if self._rollout is not None:
                return 409, {"error": f"a rollout to {self._rollout.target.id} is in progress; wait for it to finish"}
            current = self._current
            self._rollout = Rollout(current, current, time.monotonic())
            text = f"restart of {current.id} started: replacing {self._desired} pods"
            self._event_locked("RestartStarted", text)
            self.logs.append("INFO", "deploy", text)
            self._advance_locked()
        return 202, {"status": "progressing", "revision": current.id, "rollout_s": self.rollout_s, "message": text}

    def scale(self, replicas: int) -> tuple[int, dict[str, Any]]:
        """Change the desired replica count; new pods of the deployed revision start at once."""
        if not 0 <= replicas <= MAX_REPLICAS:
            return 400, {"error": f"replicas must be between 0 and {MAX_REPLICAS}, not {replicas}"}
        with self._lock:
            self._advance_locked()
            if self._rollout is not None:
                return 409, {"error": f"a rollout to {self._rollout.target.id} is in progress; wait for it to finish"}
            before, self._desired = self._desired, replicas
            text = f"scaled {SERVICE} from {before} to {replicas} replicas"
            self._event_locked("ScalingReplicaSet", text)
            self.logs.append("INFO", "deploy", text)
        return 200, {"replicas": replicas, "previous": before, "message": text}

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
            return ready_when_settled(self._current, self._desired)
        # Old pods go away during the first half, new ones become ready during the second.
        progress = self._progress(rollout)
        if progress < 0.5:
            return round(ready_when_settled(rollout.source, self._desired) * (1 - 2 * progress))
        return round(ready_when_settled(rollout.target, self._desired) * (2 * progress - 1))

    def _advance_locked(self) -> None:
        rollout = self._rollout
        if rollout is None or self._progress(rollout) < 1.0:
            return
        self._rollout = None
        target = rollout.target
        ready = ready_when_settled(target, self._desired)
        text = f"rollout of {target.id} finished: {ready}/{self._desired} replicas ready"
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
