"""While verification waits for a rollout, each new thing still missing is reported once, as the CLI prints it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from msgspec.structs import replace

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import Timeline
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import ActionPlan, ActionResult, DeploymentStatus, State


class SlowRollout(FakeProvider):
    """After execute, the old revision is still live for three reads, then one read shows it progressing."""

    def __init__(self) -> None:
        super().__init__("api", FakeSettings())
        self.lagging: list[str] = []

    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.lagging = ["old", "old", "old", "progressing"]
        return result

    async def deployments(self) -> Sequence[DeploymentStatus]:
        (row,) = await super().deployments()
        if not self.lagging:
            return [row]
        stage = self.lagging.pop(0)
        if stage == "old":
            return [replace(row, revision="v3", state=State.DEGRADED, ready=1)]
        return [replace(row, state=State.PROGRESSING, ready=2)]


@pytest.fixture
def timeline(tmp_path: Path) -> Iterator[Timeline]:
    with Timeline(tmp_path / "t.db") as store:
        yield store


async def test_each_change_in_what_is_missing_is_reported_once(timeline: Timeline) -> None:
    incident = timeline.open_incident("bad deploy", "production", "api")
    seen: list[str] = []
    actions = ActionRunner(timeline, incident.id, {"api": SlowRollout()}, read_only=False, protected=False,
                           operator="oncall", verify_interval_s=0.01, verify_timeout_s=5.0, progress=seen.append)
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed=None)
    assert outcome.verified is True
    assert seen == ["api still at v3", "api at v2: progressing, 2/3 ready"]
