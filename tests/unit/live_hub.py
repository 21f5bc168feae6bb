"""A hub polling providers for real, and ways to wait for what it publishes (never a fixed sleep).

``Scripted`` answers what a test sets; with the ``EXACT`` policy its staleness limits are exact floats, so a test
can put ``now`` exactly at a limit or one microsecond past it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from cockpit.core.hub import Hub, PollPolicy
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import (
    ComponentHealth,
    DeploymentStatus,
    HealthCheck,
    MetricSample,
    MetricSeries,
    State,
    utcnow,
)
from cockpit.runbooks.verification import STALE_SLACK_S, Baseline, Verdict, VerificationSpec, evaluate

QUICK = PollPolicy(interval_s=0.02, timeout_s=1.0, max_backoff_s=0.1)


class LiveHub:
    """A started hub over fake providers, and a way to wait for what it publishes (never a fixed sleep)."""

    def __init__(self, *, policy: PollPolicy = QUICK, **providers: FakeProvider) -> None:
        self.providers = providers
        self.hub = Hub(providers, dict.fromkeys(providers, policy))
        self._published = asyncio.Event()
        self.hub.subscribe(lambda _: self._published.set())

    async def until(self, condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
        async with asyncio.timeout(timeout_s):
            while not condition():
                self._published.clear()
                await self._published.wait()

    async def verdict_until(self, spec: VerificationSpec, outcome: str, baseline: Baseline | None = None) -> Verdict:
        baseline = baseline or Baseline()
        await self.until(lambda: evaluate(spec, self.hub, baseline).outcome == outcome)
        return evaluate(spec, self.hub, baseline)

    async def polled(self) -> None:
        """Every capability of every provider answered at least once."""
        await self.until(
            lambda: all(
                self.hub.latest(name, capability) is not None
                for name in self.providers
                for capability in ("deployments", "health", "metrics")
            )
        )


EXACT = PollPolicy(interval_s=0.0625, timeout_s=16.0, max_backoff_s=0.125)
LIMIT = timedelta(seconds=EXACT.interval_s + EXACT.timeout_s + STALE_SLACK_S)
"""How old an answer (from its fetch) or a sample (from its timestamp) may be and still be judged: 18.0625 s."""
TICK = timedelta(microseconds=1)
UNITS = {"error_rate": "ratio", "p95_latency_ms": "ms", "requests_per_s": "req/s"}


class Scripted(FakeProvider):
    """A fake whose health answer, deployment rows and metric history the test sets (``settings.fail`` still fails).

    ``history`` maps each metric it reports to (age in seconds, value) pairs, ages counted back from the hub's
    first poll; the hub backfills it once and no later sample arrives, so the series stays exactly as written.
    """

    def __init__(
        self,
        *,
        check: HealthCheck | None = None,
        rows: Sequence[DeploymentStatus] | None = None,
        history: dict[str, list[tuple[float, float]]] | None = None,
        target: str = "api",
    ) -> None:
        super().__init__(target, FakeSettings(revisions=["v2", "v1"]))
        self.check = check
        self.rows = None if rows is None else tuple(rows)
        self.history = history

    async def health(self) -> HealthCheck:
        await self._read()
        return self.check if self.check is not None else await super().health()

    async def deployments(self) -> Sequence[DeploymentStatus]:
        await self._read()
        return self.rows if self.rows is not None else await super().deployments()

    def metric_names(self) -> Sequence[str]:
        return super().metric_names() if self.history is None else tuple(self.history)

    async def range(self, name: str, start: datetime, end: datetime, step_s: float) -> MetricSeries:
        await self._read()
        written = (self.history or {}).get(name, [])
        samples = tuple(MetricSample(end - timedelta(seconds=age), value) for age, value in written)
        return MetricSeries(name, UNITS.get(name, ""), samples)

    async def instant(self, name: str) -> MetricSample | None:
        return None


class Hubs:
    """Started hubs over scripted providers (``EXACT`` policy), each stopped by ``stop`` whatever the test did."""

    def __init__(self) -> None:
        self.running: list[LiveHub] = []

    async def start(self, *providers: Scripted) -> LiveHub:
        live = LiveHub(policy=EXACT, **{p.target: p for p in providers})
        self.running.append(live)
        live.hub.start()
        await live.polled()
        return live

    async def stop(self) -> None:
        for live in self.running:
            await live.hub.stop()


def health(
    state: State, *components: ComponentHealth, status: int | None = None, message: str = "", target: str = "api"
) -> HealthCheck:
    return HealthCheck(target, "http://127.0.0.1/health", state, utcnow(), status, 9.0, components, None, message)
