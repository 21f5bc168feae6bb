"""The hub: one polling loop per (target, capability), publishing snapshots, log batches and state transitions.

Pure asyncio, no Textual: the app subscribes and turns publications into messages. Every loop has its own
interval, timeout and exponential backoff, so a hung or failing backend delays nobody but its own pane.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

import msgspec

from cockpit.core.hub_model import (
    FaultListener,
    LogListener,
    PipelineRuns,
    PollPolicy,
    Snapshot,
    SnapshotListener,
    Transition,
    TransitionListener,
    state_signature,
)
from cockpit.core.log_batches import LOG_FLUSH_S, LogBatches
from cockpit.core.results_json import snapshot_detail
from cockpit.providers.base import (
    BadResponse,
    DeploymentSource,
    HealthSource,
    LogSource,
    MetricSource,
    PipelineSource,
    Provider,
    ProviderError,
    QuotaSource,
    TimedOut,
)
from cockpit.providers.results import DeploymentStatus, LogLine, MetricSample, MetricSeries, utcnow

METRIC_WINDOW = timedelta(minutes=5)
"""How much metric history a pane shows (and the hub backfills on its first poll)."""
LOG_BUFFER = 2000
"""Lines kept per log target; older ones fall off (the provider still has them)."""
LOG_YIELD_EVERY = 200
"""Lines read from a stream between two yields to the event loop (a few milliseconds of parsing)."""
PIPELINE_RUNS = 10
"""How many of a pipeline's newest runs a poll reads."""

# The hub's data model is re-exported: the rest of the code imports it from the hub.
__all__ = ["Hub", "PipelineRuns", "PollPolicy", "Snapshot", "Transition"]


class Hub:
    def __init__(
        self,
        providers: Mapping[str, Provider],
        policies: Mapping[str, PollPolicy],
        *,
        clock: Callable[[], datetime] = utcnow,
        log_lines: int = LOG_BUFFER,
        log_flush_s: float = LOG_FLUSH_S,
        metric_window: timedelta = METRIC_WINDOW,
    ) -> None:
        self.providers = dict(providers)
        self.log_lines = log_lines
        """Lines kept per log target (a ring: the oldest fall off)."""
        self.log_flush_s = log_flush_s
        """Log lines are published in batches at most this often (see ``cockpit.core.log_batches``)."""
        self.metric_window = max(metric_window, METRIC_WINDOW)
        """Metric history kept per series: the pane's window, or the longest rollback trigger's if longer."""
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
        self._fault_listeners: list[FaultListener] = []
        self._faults: dict[tuple[str, str], dict[str, str]] = {}
        """Per loop, the standing fault of each kind of listener ('transition', 'pane update'): shown with every
        snapshot of the loop until that kind of listener next gets through (a missed transition stays missed)."""
        self._paused: set[str] = set()

    # -- subscription ------------------------------------------------------------------------------------------

    def subscribe(self, listener: SnapshotListener) -> None:
        self._snapshot_listeners.append(listener)

    def subscribe_logs(self, listener: LogListener) -> None:
        self._log_listeners.append(listener)

    def subscribe_transitions(self, listener: TransitionListener) -> None:
        self._transition_listeners.append(listener)

    def subscribe_faults(self, listener: FaultListener) -> None:
        """Told whenever a listener raised: the app records it and says so; the loop that published goes on."""
        self._fault_listeners.append(listener)

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
            if isinstance(provider, PipelineSource):
                loops.append(("pipelines", self._fetcher_pipelines(provider)))
            for capability, fetch in loops:
                self._tasks.append(
                    asyncio.create_task(self._poll(name, capability, fetch), name=f"poll:{name}:{capability}")
                )
            if isinstance(provider, LogSource):
                self.logs[name] = deque(maxlen=self.log_lines)
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

    @staticmethod
    def _fetcher_pipelines(provider: PipelineSource) -> Callable[[], Awaitable[PipelineRuns]]:
        async def fetch() -> PipelineRuns:
            runs = tuple(await provider.runs(PIPELINE_RUNS))
            return PipelineRuns(runs, provider.quota() if isinstance(provider, QuotaSource) else None)

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
                    interval = self.policy(target).interval_s
                    history = await provider.range(name, now - self.metric_window, now, interval)
                    # Room for the whole window at the polling interval (bounded: a 0.2 s test poll over hours).
                    room = min(20_000, max(600, int(self.metric_window.total_seconds() / interval) + 60))
                    buffer = self._series[key] = deque(history.samples, maxlen=room)
                    self._units[key] = history.unit
                sample = await provider.instant(name)
                if sample is not None and (not buffer or sample.at > buffer[-1].at):
                    buffer.append(sample)
                while buffer and buffer[0].at < now - self.metric_window:
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
            key = (target, capability)
            standing = self._faults.setdefault(key, {})
            emitted, faults = self._note_transition(snapshot, previous)
            self._settle(standing, "transition", emitted, faults)
            if standing:
                snapshot = msgspec.structs.replace(snapshot, fault="; ".join(standing.values()))
            self._latest[key] = snapshot
            pane_faults = [
                fault
                for listener in self._snapshot_listeners
                if (fault := self._call("pane update", listener, snapshot)) is not None
            ]
            self._settle(standing, "pane update", True, pane_faults)
            self._report_faults(target, capability, faults + pane_faults)
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
            batches = LogBatches(lambda lines: self._publish_logs(target, lines), self.log_flush_s, self.log_lines)
            read = 0
            try:
                async for line in provider.tail(since=since):
                    if since is not None and line.at <= since:
                        continue  # the reconnect overlaps what we already hold
                    batches.add(line)
                    delay = policy.interval_s
                    read += 1
                    if read % LOG_YIELD_EVERY == 0:
                        # Buffered lines are read without the loop ever waiting: let keys and frames in.
                        await asyncio.sleep(0)
            except asyncio.CancelledError:
                batches.cancel()
                raise
            except Exception:  # noqa: BLE001 - any stream failure: keep what we have and reconnect with backoff
                delay = min(delay * 2, policy.max_backoff_s)
            batches.flush()
            await asyncio.sleep(delay)

    def _publish_logs(self, target: str, lines: list[LogLine]) -> None:
        if not lines:
            return
        self.logs[target].extend(lines)
        batch = tuple(lines)
        faults = (self._call("log pane update", listener, target, batch) for listener in self._log_listeners)
        self._report_faults(target, "logs", [fault for fault in faults if fault is not None])

    # -- transitions -------------------------------------------------------------------------------------------

    def _note_transition(self, snapshot: Snapshot, previous: Snapshot | None) -> tuple[bool, list[str]]:
        """Emit what changed: (whether anything was emitted, the faults of listeners that raised on the way)."""
        key = (snapshot.target, snapshot.capability)
        was_failing = previous is not None and previous.failed
        faults: list[str] = []
        emitted = False
        if snapshot.error is not None:
            if not was_failing:
                faults += self._emit(
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
            return not was_failing, faults
        if was_failing:
            emitted = True
            faults += self._emit(
                Transition(
                    snapshot.target,
                    snapshot.capability,
                    "provider.recovered",
                    f"{snapshot.target} {snapshot.capability}: answering again",
                    previous.error.title if previous and previous.error else None,
                    "ok",
                )
            )
        signature = state_signature(snapshot)
        if signature is None:
            return emitted, faults
        before = self._signatures.get(key)
        self._signatures[key] = signature
        if signature != before:
            emitted = True
            faults += self._emit(
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
        return emitted, faults

    def _emit(self, transition: Transition) -> list[str]:
        faults = (self._call("transition", listener, transition) for listener in self._transition_listeners)
        return [fault for fault in faults if fault is not None]

    # -- faults of our own -------------------------------------------------------------------------------------

    @staticmethod
    def _call(where: str, listener: Callable[..., None], *payload: Any) -> str | None:
        """Run one listener; a raise becomes a description instead of ending the loop that published."""
        try:
            listener(*payload)
        except Exception as error:  # noqa: BLE001 - any bug of a listener: shown and recorded, the polling goes on
            return f"{where}: {type(error).__name__}: {error}"
        return None

    @staticmethod
    def _settle(standing: dict[str, str], kind: str, delivered: bool, faults: list[str]) -> None:
        """Keep a kind of listener's fault standing until a delivery of that kind gets through."""
        if faults:
            standing[kind] = "; ".join(dict.fromkeys(faults))
        elif delivered:
            standing.pop(kind, None)

    def _report_faults(self, target: str, capability: str, faults: list[str]) -> None:
        for fault in dict.fromkeys(faults):
            for listener in self._fault_listeners:
                # A fault listener that fails has nobody left to tell; the loop must still go on.
                with contextlib.suppress(Exception):
                    listener(target, capability, fault)
