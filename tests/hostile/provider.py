"""A provider whose every string comes from the hostile corpus: names, revisions, messages, logs, metric names."""

from __future__ import annotations

import shlex
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta

from cockpit.providers.base import Provider
from cockpit.providers.fake import FakeSettings
from cockpit.providers.results import (
    ActionPlan,
    ActionResult,
    Change,
    ComponentHealth,
    DeploymentEvent,
    DeploymentStatus,
    HealthCheck,
    Instance,
    LogLine,
    MetricSample,
    MetricSeries,
    Revision,
    State,
    utcnow,
)
from tests.hostile.corpus import ALL_TEXT, QUOTING

NOW = datetime(2026, 11, 23, 7, 41, tzinfo=UTC)
STATES = (State.FAILED, State.DEGRADED, State.HEALTHY, State.UNKNOWN)


class HostileProvider(Provider):
    kind = "fake"
    Settings = FakeSettings

    def __init__(self, target: str) -> None:
        super().__init__(target, FakeSettings())
        self.executed: list[ActionPlan] = []

    async def deployments(self) -> Sequence[DeploymentStatus]:
        rows = []
        for index, text in enumerate(ALL_TEXT):
            history = tuple(Revision(rev, NOW - timedelta(hours=n), text, text, current=n == 0)
                            for n, rev in enumerate((text, *QUOTING[:3])))
            rows.append(DeploymentStatus(
                target=self.target, service=text, state=STATES[index % len(STATES)], revision=text, ready=0,
                desired=3, observed_at=NOW, message=text, history=history,
                events=(DeploymentEvent(NOW, text, text, warning=True),),
                instances=(Instance(text, State.FAILED, reason=text, host=text, image=text, detail=text),),
                live_colour=text,
            ))
        return rows

    async def health(self) -> HealthCheck:
        return HealthCheck(
            target=self.target, url="http://127.0.0.1/health", state=State.FAILED, observed_at=NOW,
            status_code=503, latency_ms=12.0,
            components=tuple(ComponentHealth(text, STATES[i % len(STATES)], text) for i, text in enumerate(ALL_TEXT)),
            version=ALL_TEXT[0], message=" | ".join(ALL_TEXT),
        )

    async def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncIterator[LogLine]:
        for text in ALL_TEXT:
            yield LogLine(NOW, text, text, "ERROR")

    def metric_names(self) -> Sequence[str]:
        return ALL_TEXT

    async def instant(self, name: str) -> MetricSample | None:
        return MetricSample(NOW, 0.5)

    async def range(self, name: str, start: datetime, end: datetime, step_s: float) -> MetricSeries:
        return MetricSeries(name, name, (MetricSample(NOW, 0.5),))

    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        revision = to_revision or QUOTING[0]
        return ActionPlan(
            action="rollback", target=self.target, service=service,
            command=shlex.join(["deploy", service, "--revision", revision]),
            changes=tuple(Change(text, text, text) for text in ALL_TEXT), reversible=True,
            summary=" ".join(ALL_TEXT), params={"revision": revision}, expect_revision=revision,
        )

    async def execute(self, plan: ActionPlan) -> ActionResult:
        self.executed.append(plan)
        return ActionResult(plan, True, " ".join(ALL_TEXT), utcnow(), utcnow(), output="\n".join(ALL_TEXT))
