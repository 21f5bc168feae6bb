"""The hub: one polling loop per (target, capability), publishing snapshots, log batches and state transitions.

Pure asyncio, no Textual: the app subscribes and turns publications into messages. Every loop has its own
interval, timeout and exponential backoff, so a hung or failing backend delays nobody but its own pane.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from providers.base import (
    BadResponse,
    DeploymentSource,
    DeploymentStatus,
    HealthCheck,
    HealthSource,
    LogLine,
    LogSource,
    MetricSample,
    MetricSeries,
    MetricSource,
    Provider,
    ProviderError,
    State,
    TimedOut,
    utcnow,
)

METRIC_WINDOW = timedelta(minutes=5)
"""How much metric history a pane shows (and the hub backfills on its first poll)."""
LOG_BUFFER = 2000
"""Lines kept per log target; older ones fall off (the provider still has them)."""
LOG_FLUSH_S = 2.0
"""Log lines are published in batches at most this often: each batch scrolls (repaints) the log pane, and a chatty
service must not flood an SSH link."""


@dataclass(frozen=True, slots=True)
class PollPolicy:
    interval_s: float = 5.0
    timeout_s: float = 10.0
    max_backoff_s: float = 60.0


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The latest answer (or failure) of one (target, capability) loop."""

    target: str
    capability: str
    """'deployments', 'health' or 'metrics'."""
    data: Any
    """tuple[DeploymentStatus, ...] | HealthCheck | Mapping[str, MetricSeries] | None (no good answer yet)."""
    fetched_at: datetime
    last_ok_at: datetime | None
    error: ProviderError | None = None
    next_poll_s: float = 0.0

    @property
    def failed(self) -> bool:
        return self.error is not None


@dataclass(frozen=True, slots=True)
class Transition:
    """A change worth a timeline line: a state change, or a backend failing or coming back (not every poll)."""

    target: str
    capability: str
    kind: str
    """'state.changed', 'provider.failed' or 'provider.recovered' (timeline EventKind values)."""
    summary: str
    before: str | None
    after: str
    detail: Mapping[str, Any] = field(default_factory=dict)


SnapshotListener = Callable[[Snapshot], None]
LogListener = Callable[[str, Sequence[LogLine]], None]
TransitionListener = Callable[[Transition], None]


def deployment_signature(rows: Sequence[DeploymentStatus]) -> str:
    return "; ".join(f"{row.service} {row.state.value} {row.revision} {row.ready}/{row.desired}" for row in rows)


def health_signature(check: HealthCheck) -> str:
    bad = [f"{c.name}={c.state.value}" for c in check.components if c.state is not State.HEALTHY]
    return check.state.value + (f" ({', '.join(bad)})" if bad else "")


def deployment_state_signature(rows: Sequence[DeploymentStatus]) -> str:
    """What counts as a deployment transition: state and revision, not ready-count wobble during a rollout."""
    return "; ".join(f"{row.service} {row.state.value} {row.revision}" for row in rows)


class Hub:
    def __init__(
        self,
        providers: Mapping[str, Provider],
        policies: Mapping[str, PollPolicy],
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.providers = dict(providers)
        self._policies = dict(policies)
        self._clock = clock
        self._tasks: list[asyncio.Task[None]] = []
        self._wake: dict[str, asyncio.Event] = {}
        self._latest: dict[tuple[str, str], Snapshot] = {}
        self._signatures: dict[tuple[str, str], str] = {}
        self._series: dict[tuple[str, str], deque[MetricSample]] = {}
        self._units: dict[tuple[str, str], str] = {}
        self.logs: dict[str, deque[LogLine]] = {}
        self._snapshot_listeners: list[SnapshotListener] = []
        self._log_listeners: list[LogListener] = []
        self._transition_listeners: list[TransitionListener] = []
        self._paused: set[str] = set()

    # -- subscription ------------------------------------------------------------------------------------------

    def subscribe(self, listener: SnapshotListener) -> None:
        self._snapshot_listeners.append(listener)

    def subscribe_logs(self, listener: LogListener) -> None:
        self._log_listeners.append(listener)

    def subscribe_transitions(self, listener: TransitionListener) -> None:
        self._transition_listeners.append(listener)

    def latest(self, target: str, capability: str) -> Snapshot | None:
        return self._latest.get((target, capability))

    def snapshots(self, capability: str) -> list[Snapshot]:
        return [snap for (_, cap), snap in self._latest.items() if cap == capability]

    def all_logs(self) -> list[LogLine]:
        """Every buffered line of every log target, oldest first."""
        return sorted((line for buffer in self.logs.values() for line in buffer), key=lambda line: line.at)

    def seed_states(self, states: Mapping[tuple[str, str], str]) -> None:
        """Start from states already recorded (a resumed incident), so only real changes become transitions."""
        self._signatures.update(states)

    def policy(self, target: str) -> PollPolicy:
        return self._policies.get(target, PollPolicy())

    # -- lifecycle ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start every loop in the running event loop; call once."""
        for name, provider in self.providers.items():
            loops: list[tuple[str, Callable[[], Awaitable[Any]]]] = []
            if isinstance(provider, DeploymentSource):
                loops.append(("deployments", self._fetcher_deployments(provider)))
            if isinstance(provider, HealthSource):
                loops.append(("health", provider.health))
            if isinstance(provider, MetricSource):
                loops.append(("metrics", self._fetcher_metrics(name, provider)))
            for capability, fetch in loops:
                self._tasks.append(
                    asyncio.create_task(self._poll(name, capability, fetch), name=f"poll:{name}:{capability}")
                )
            if isinstance(provider, LogSource):
                self.logs[name] = deque(maxlen=LOG_BUFFER)
                self._tasks.append(asyncio.create_task(self._follow_logs(name, provider), name=f"logs:{name}"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()

    def refresh(self, target: str | None = None) -> None:
        """Poll now instead of waiting out the interval (after an action, or on the operator's request)."""
        for key, event in self._wake.items():
            if target is None or key.startswith(f"{target}:"):
                event.set()

    def pause(self, capability: str) -> None:
        """Stop polling a capability nobody is looking at (the loop idles until resumed)."""
        self._paused.add(capability)

    def resume(self, capability: str) -> None:
        self._paused.discard(capability)
        self.refresh()

    # -- the loops ---------------------------------------------------------------------------------------------

    @staticmethod
    def _fetcher_deployments(provider: DeploymentSource) -> Callable[[], Awaitable[tuple[DeploymentStatus, ...]]]:
        async def fetch() -> tuple[DeploymentStatus, ...]:
            return tuple(await provider.deployments())

        return fetch

    def _fetcher_metrics(self, target: str, provider: MetricSource) -> Callable[[], Awaitable[dict[str, MetricSeries]]]:
        """First poll backfills the window with range queries; later polls append one instant sample each."""

        async def fetch() -> dict[str, MetricSeries]:
            now = self._clock()
            result: dict[str, MetricSeries] = {}
            for name in provider.metric_names():
                key = (target, name)
                buffer = self._series.get(key)
                if buffer is None:
                    history = await provider.range(name, now - METRIC_WINDOW, now, self.policy(target).interval_s)
                    buffer = self._series[key] = deque(history.samples, maxlen=600)
                    self._units[key] = history.unit
                sample = await provider.instant(name)
                if sample is not None and (not buffer or sample.at > buffer[-1].at):
                    buffer.append(sample)
                while buffer and buffer[0].at < now - METRIC_WINDOW:
                    buffer.popleft()
                result[name] = MetricSeries(name=name, unit=self._units[key], samples=tuple(buffer))
            return result

        return fetch

    async def _poll(self, target: str, capability: str, fetch: Callable[[], Awaitable[Any]]) -> None:
        policy = self.policy(target)
        wake = self._wake.setdefault(f"{target}:{capability}", asyncio.Event())
        delay = policy.interval_s
        while True:
            if capability in self._paused:
                await wake.wait()
                wake.clear()
                continue
            previous = self._latest.get((target, capability))
            try:
                # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancel that races a finished fetch.
                async with asyncio.timeout(policy.timeout_s):
                    data = await fetch()
            except TimeoutError:
                error: ProviderError | None = TimedOut(
                    f"no answer within {policy.timeout_s:g} s", target=target, hint="the backend is slow or hung"
                )
            except ProviderError as failure:
                error = failure
            except Exception as failure:  # noqa: BLE001 - a provider bug must show in its pane, not kill the loop
                error = BadResponse(f"{type(failure).__name__}: {failure}", target=target)
            else:
                error = None
            now = self._clock()
            if error is None:
                delay = policy.interval_s
                snapshot = Snapshot(target, capability, data, now, now, None, delay)
            else:
                delay = min(max(delay, policy.interval_s) * 2, policy.max_backoff_s)
                keep = previous.data if previous is not None else None
                last_ok = previous.last_ok_at if previous is not None else None
                snapshot = Snapshot(target, capability, keep, now, last_ok, error, delay)
            self._latest[(target, capability)] = snapshot
            self._note_transition(snapshot, previous)
            for listener in self._snapshot_listeners:
                listener(snapshot)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await wake.wait()
            wake.clear()

    async def _follow_logs(self, target: str, provider: LogSource) -> None:
        policy = self.policy(target)
        buffer = self.logs[target]
        delay = policy.interval_s
        while True:
            since = buffer[-1].at if buffer else None
            pending: list[LogLine] = []
            loop = asyncio.get_running_loop()
            flushed_at = loop.time()
            try:
                async for line in provider.tail(since=since):
                    if since is not None and line.at <= since:
                        continue  # the reconnect overlaps what we already hold
                    pending.append(line)
                    if loop.time() - flushed_at >= LOG_FLUSH_S:
                        self._publish_logs(target, pending)
                        pending, flushed_at = [], loop.time()
                        delay = policy.interval_s
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - any stream failure: keep what we have and reconnect with backoff
                delay = min(delay * 2, policy.max_backoff_s)
            self._publish_logs(target, pending)
            await asyncio.sleep(delay)

    def _publish_logs(self, target: str, lines: list[LogLine]) -> None:
        if not lines:
            return
        self.logs[target].extend(lines)
        for listener in self._log_listeners:
            listener(target, tuple(lines))

    # -- transitions -------------------------------------------------------------------------------------------

    def _note_transition(self, snapshot: Snapshot, previous: Snapshot | None) -> None:
        key = (snapshot.target, snapshot.capability)
        was_failing = previous is not None and previous.failed
        if snapshot.error is not None:
            if not was_failing:
                self._emit(
                    Transition(
                        snapshot.target,
                        snapshot.capability,
                        "provider.failed",
                        f"{snapshot.target} {snapshot.capability}: {snapshot.error.title}: {snapshot.error}",
                        None,
                        snapshot.error.title,
                        {"error": str(snapshot.error), "title": snapshot.error.title},
                    )
                )
            return
        if was_failing:
            self._emit(
                Transition(
                    snapshot.target,
                    snapshot.capability,
                    "provider.recovered",
                    f"{snapshot.target} {snapshot.capability}: answering again",
                    previous.error.title if previous and previous.error else None,
                    "ok",
                )
            )
        signature = self._signature(snapshot)
        if signature is None:
            return
        before = self._signatures.get(key)
        self._signatures[key] = signature
        if signature != before:
            self._emit(
                Transition(
                    snapshot.target,
                    snapshot.capability,
                    "state.changed",
                    f"{snapshot.target} {snapshot.capability}: {before + ' -> ' if before else ''}{signature}",
                    before,
                    signature,
                    {"snapshot": snapshot_detail(snapshot)},
                )
            )

    @staticmethod
    def _signature(snapshot: Snapshot) -> str | None:
        if snapshot.capability == "deployments":
            return deployment_state_signature(snapshot.data)
        if snapshot.capability == "health":
            return health_signature(snapshot.data)
        return None  # metrics move every poll; the advisor judges them, not the transition log

    def _emit(self, transition: Transition) -> None:
        for listener in self._transition_listeners:
            listener(transition)


def snapshot_detail(snapshot: Snapshot) -> dict[str, Any]:
    """A JSON-ready picture of a snapshot, recorded at transitions so the review can replay the panes."""
    data = snapshot.data
    if snapshot.capability == "deployments":
        return {
            "deployments": [
                {
                    "service": row.service,
                    "state": row.state.value,
                    "revision": row.revision,
                    "ready": row.ready,
                    "desired": row.desired,
                    "message": row.message,
                }
                for row in data
            ]
        }
    if snapshot.capability == "health":
        return {
            "health": {
                "url": data.url,
                "state": data.state.value,
                "status_code": data.status_code,
                "latency_ms": data.latency_ms,
                "version": data.version,
                "components": {c.name: {"state": c.state.value, "detail": c.detail} for c in data.components},
            }
        }
    return {}
