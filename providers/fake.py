"""An in-memory provider with every capability, for tests, snapshots and trying a config without a backend.

Its behaviour is fixed by its settings (a frozen clock, scripted failures, a hang), so a test can put any pane in
any state. Rolling back really changes its state, so the action runner's verification runs against it unchanged.
"""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec

from .base import (
    BadResponse,
    ContractBackend,
    Forbidden,
    NotFound,
    Provider,
    ProviderError,
    TimedOut,
    Unauthorised,
    Unreachable,
)
from .results import (
    ActionPlan,
    ActionResult,
    Change,
    ComponentHealth,
    DeploymentEvent,
    DeploymentStatus,
    HealthCheck,
    LogLine,
    MetricSample,
    MetricSeries,
    Revision,
    State,
    utcnow,
)

FAILURES: dict[str, type[ProviderError]] = {
    "unreachable": Unreachable,
    "unauthorised": Unauthorised,
    "forbidden": Forbidden,
    "timeout": TimedOut,
    "garbage": BadResponse,
}


class FakeSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    service: str = "api"
    revisions: list[str] = msgspec.field(default_factory=lambda: ["v3", "v2", "v1"])
    """Newest first; the first is deployed."""
    bad_revisions: list[str] = msgspec.field(default_factory=lambda: ["v3"])
    replicas: int = 3
    fail: str | None = None
    """Make every read fail with: unreachable, unauthorised, forbidden, timeout or garbage."""
    hang_s: float = 0.0
    """Delay every read this long (a slow or hung backend)."""
    frozen_at: str | None = None
    """ISO timestamp to report instead of the clock (stable snapshots)."""


class FakeProvider(Provider):
    kind = "fake"
    Settings = FakeSettings

    def __init__(self, target: str, settings: FakeSettings) -> None:
        super().__init__(target, settings)
        self.settings: FakeSettings = settings
        self.current = settings.revisions[0]
        self.executed: list[ActionPlan] = []

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any]:
        # The fake has no backend: "down" is its own unreachable mode.
        return {"fail": "unreachable"} if backend.dead else {}

    def _now(self) -> datetime:
        if self.settings.frozen_at:
            return datetime.fromisoformat(self.settings.frozen_at).astimezone(UTC)
        return utcnow()

    async def _read(self) -> None:
        if self.settings.hang_s:
            await asyncio.sleep(self.settings.hang_s)
        if self.settings.fail:
            error = FAILURES.get(self.settings.fail, ProviderError)
            raise error(f"fake {self.settings.fail} failure", target=self.target)

    @property
    def _bad(self) -> bool:
        return self.current in self.settings.bad_revisions

    async def deployments(self) -> Sequence[DeploymentStatus]:
        await self._read()
        now = self._now()
        history = tuple(
            Revision(
                rev,
                now - timedelta(hours=index + 1),
                f"registry.local/{self.settings.service}:{rev}",
                current=rev == self.current,
            )
            for index, rev in enumerate(self.settings.revisions)
        )
        ready = 1 if self._bad else self.settings.replicas
        events = (DeploymentEvent(now, "BackOff", "Back-off restarting failed container", True),) if self._bad else ()
        return [
            DeploymentStatus(
                target=self.target,
                service=self.settings.service,
                state=State.DEGRADED if self._bad else State.HEALTHY,
                revision=self.current,
                ready=ready,
                desired=self.settings.replicas,
                observed_at=now,
                message="CrashLoopBackOff" if self._bad else "",
                history=history,
                events=events,
            )
        ]

    async def health(self) -> HealthCheck:
        await self._read()
        database = ComponentHealth(
            "database", State.FAILED if self._bad else State.HEALTHY, "connection refused" if self._bad else ""
        )
        return HealthCheck(
            target=self.target,
            url=f"fake://{self.settings.service}/health",
            state=State.FAILED if self._bad else State.HEALTHY,
            observed_at=self._now(),
            status_code=503 if self._bad else 200,
            latency_ms=12.0,
            components=(database, ComponentHealth("cache", State.HEALTHY)),
            version=self.current,
        )

    async def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncIterator[LogLine]:
        await self._read()
        level, text = ("ERROR", "request failed: connection refused") if self._bad else ("INFO", "GET /health 200")
        line = LogLine(self._now(), f"{self.settings.service}-1", f"{level} {text}", level)
        if contains is None or contains.lower() in line.message.lower():
            yield line

    def metric_names(self) -> Sequence[str]:
        return ("error_rate", "p95_latency_ms")

    async def instant(self, name: str) -> MetricSample | None:
        await self._read()
        values = {"error_rate": (0.3, 0.001), "p95_latency_ms": (1800.0, 120.0)}
        if name not in values:
            raise NotFound(f"no metric {name!r}", target=self.target)
        bad, good = values[name]
        return MetricSample(self._now(), bad if self._bad else good)

    async def range(self, name: str, start: datetime, end: datetime, step_s: float) -> MetricSeries:
        sample = await self.instant(name)
        unit = "ratio" if name == "error_rate" else "ms"
        return MetricSeries(name, unit, (sample,) if sample else ())

    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        await self._read()
        revisions = self.settings.revisions
        index = revisions.index(self.current)
        target = to_revision or (revisions[index + 1] if index + 1 < len(revisions) else None)
        if target is None or target not in revisions:
            raise NotFound(f"no revision {to_revision or 'before ' + self.current} for {service}", target=self.target)
        return ActionPlan(
            action="rollback",
            target=self.target,
            service=service,
            command=shlex.join(["fake-deploy", service, "--revision", target]),
            changes=(Change("revision", self.current, target),),
            reversible=True,
            summary=f"roll {service} back from {self.current} to {target}",
            params={"revision": target},
            expect_revision=target,
        )

    async def execute(self, plan: ActionPlan) -> ActionResult:
        started = utcnow()
        self.executed.append(plan)
        self.current = str(plan.params["revision"])
        return ActionResult(plan, True, f"{plan.service} now at {self.current}", started, utcnow())
