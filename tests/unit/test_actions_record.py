"""What the action runner writes to the timeline, word for word: the review is read from these records.

Each test pins the exact summaries and details of one path (confirmed, refused, failed, timed out, unverified),
so a change to what the record says is a deliberate change to this file, never an accident.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace

from cockpit.core.actions import ActionRefused, ActionRunner
from cockpit.core.timeline import Timeline
from cockpit.providers.base import Unreachable
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import ActionPlan, ActionResult, DeploymentStatus, HealthCheck
from cockpit.providers.shell import RUN_COMMAND


@pytest.fixture
def timeline(tmp_path: Path) -> Timeline:
    with Timeline(tmp_path / "t.db") as store:
        yield store  # type: ignore[misc]


def runner(timeline: Timeline, provider: FakeProvider, **options: Any) -> ActionRunner:
    incident = timeline.open_incident("bad deploy", "production", "api")
    settings: dict[str, Any] = {"read_only": False, "protected": True, "operator": "oncall",
                                "verify_interval_s": 0.01, "verify_timeout_s": 0.3}
    settings.update(options)
    return ActionRunner(timeline, incident.id, {"api": provider}, **settings)


def records(timeline: Timeline) -> list[tuple[str, str, str | None, str]]:
    """(kind, summary, target, actor) of every event after the incident was opened."""
    return [(e.kind, e.summary, e.target, e.actor) for e in timeline.events(1)][1:]


def last_detail(timeline: Timeline) -> dict[str, Any]:
    detail: dict[str, Any] = timeline.events(1)[-1].detail
    return detail


async def test_a_verified_rollback_records_each_stage_in_words_the_review_can_use(timeline: Timeline) -> None:
    executed_targets: list[str] = []
    actions = runner(timeline, FakeProvider("api", FakeSettings()), after_execute=executed_targets.append)
    plan = await actions.plan_rollback("api", "api")
    outcome = await actions.execute(plan, typed=" api ")
    assert outcome.verification == "api serves v2, all replicas ready, health passing"
    assert records(timeline) == [
        ("action.planned", "planned rollback: roll api back from v3 to v2", "api", "oncall"),
        ("action.confirmed", "rollback confirmed: fake-deploy api --revision v2", "api", "oncall"),
        ("action.succeeded", "rollback succeeded: api now at v2", "api", "oncall"),
        ("action.verified", "rollback verified: api serves v2, all replicas ready, health passing", "api", "oncall"),
    ]
    assert last_detail(timeline)["verification"] == "api serves v2, all replicas ready, health passing"
    assert last_detail(timeline)["plan"]["expect_revision"] == "v2"
    assert executed_targets == ["api"]


async def test_read_only_at_execution_is_recorded_with_the_action_and_service(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()))
    plan = await actions.plan_rollback("api", "checkout")
    actions.read_only = True
    with pytest.raises(ActionRefused) as refused:
        await actions.execute(plan, typed="checkout")
    message = "read-only mode: rollback of checkout refused (restart without --read-only to act)"
    assert str(refused.value) == message
    assert records(timeline)[-1] == ("action.refused", message, "api", "oncall")
    assert last_detail(timeline) == {"action": "rollback"}


async def test_read_only_names_the_target_when_the_plan_has_no_service(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()))
    plan = replace(await actions.plan_rollback("api", "api"), service="")
    actions.read_only = True
    with pytest.raises(ActionRefused, match=r"^read-only mode: rollback of api refused"):
        await actions.execute(plan, typed="api")


async def test_a_mismatched_confirmation_is_recorded_with_what_to_type(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()))
    plan = await actions.plan_rollback("api", "api")
    with pytest.raises(ActionRefused):
        await actions.execute(plan, typed="XXXX")
    message = "confirmation did not match: type 'api' to rollback in a protected environment"
    assert records(timeline)[-1] == ("action.refused", message, "api", "oncall")
    assert last_detail(timeline) == {"action": "rollback"}


async def test_a_refused_command_is_recorded_against_its_step(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()), read_only=True)
    with pytest.raises(ActionRefused, match="read-only mode: the command of step s1.1 was not run"):
        actions.plan_command("date", step_id="s1.1")
    refused = timeline.events(1)[-1]
    assert (refused.kind, refused.step_id) == ("action.refused", "s1.1")
    assert refused.detail == {"action": RUN_COMMAND, "step_id": "s1.1", "command": "date"}


def command_plan(actions: ActionRunner) -> ActionPlan:
    return actions.plan_command("systemctl restart api", step_id="s1.1")


@pytest.mark.parametrize(
    ("protected", "confirm_phrase", "command_needs", "rollback_needs"),
    [
        (False, "checkout", None, None),
        (True, None, "systemctl", "api"),  # a command's own program name, when the environment names no service
        (True, "checkout", "checkout", "api"),  # the environment's service confirms its commands, not provider actions
    ],
)
async def test_what_the_operator_types_to_confirm(
    timeline: Timeline, protected: bool, confirm_phrase: str | None, command_needs: str | None,
    rollback_needs: str | None,
) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()), protected=protected, confirm_phrase=confirm_phrase)
    command = command_plan(actions)
    assert command.action == RUN_COMMAND
    assert actions.confirmation_phrase(command) == command_needs
    assert actions.confirmation_phrase(await actions.plan_rollback("api", "api")) == rollback_needs


class HangingProvider(FakeProvider):
    async def execute(self, plan: ActionPlan) -> ActionResult:
        await asyncio.Event().wait()
        raise AssertionError("never answers")


async def test_a_timed_out_execution_keeps_its_plan_and_says_so(timeline: Timeline) -> None:
    actions = runner(timeline, HangingProvider("api", FakeSettings()), execute_timeout_s=0.2)
    plan = await actions.plan_rollback("api", "api")
    outcome = await actions.execute(plan, typed="api")
    assert outcome.result.plan is plan and outcome.result.ok is False
    assert (outcome.verified, outcome.verification) == (False, "no answer within 0.2 s")
    assert records(timeline)[-1] == ("action.failed", "rollback failed: no answer within 0.2 s", "api", "oncall")
    assert last_detail(timeline)["result"]["ok"] is False


class RefusingProvider(FakeProvider):
    async def execute(self, plan: ActionPlan) -> ActionResult:
        raise Unreachable("connection refused", target=self.target)


async def test_a_provider_error_keeps_its_plan_and_its_title(timeline: Timeline) -> None:
    actions = runner(timeline, RefusingProvider("api", FakeSettings()))
    plan = await actions.plan_rollback("api", "api")
    outcome = await actions.execute(plan, typed="api")
    assert outcome.result.plan is plan and outcome.result.ok is False
    assert (outcome.verified, outcome.verification) == (False, "unreachable: connection refused")
    failed = ("action.failed", "rollback failed: unreachable: connection refused", "api", "oncall")
    assert records(timeline)[-1] == failed


class StuckProvider(FakeProvider):
    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.current = "v3"
        return result


async def test_an_unverified_rollback_is_recorded_as_not_verified_with_the_reason(timeline: Timeline) -> None:
    actions = runner(timeline, StuckProvider("api", FakeSettings()))
    await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert records(timeline)[-1] == (
        "action.unverified", "rollback NOT verified: after 0.3 s: api still at v3", "api", "oncall"
    )
    assert last_detail(timeline)["verification"] == "after 0.3 s: api still at v3"


async def test_no_time_to_verify_says_there_was_no_answer(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()), verify_timeout_s=0)
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert (outcome.verified, outcome.verification) == (False, "after 0 s: no answer yet")


class ReportsRows(FakeProvider):
    """Rolls back, then reports the rows a test gives it (a deployment that is not quite there yet)."""

    def __init__(self, target: str, settings: FakeSettings, adjust: Any) -> None:
        super().__init__(target, settings)
        self.adjust = adjust

    async def deployments(self) -> Sequence[DeploymentStatus]:
        return [self.adjust(row) for row in await super().deployments()]


@pytest.mark.parametrize(
    ("adjust", "missing"),
    [
        (lambda row: replace(row, ready=row.desired - 1), "api at v2: healthy, 2/3 ready"),
        (lambda row: replace(row, state=row.state.PROGRESSING), "api at v2: progressing, 3/3 ready"),
        (lambda row: replace(row, service="worker"), "api not reported by api"),
    ],
)
async def test_every_replica_ready_and_healthy_is_what_verified_means(
    timeline: Timeline, adjust: Any, missing: str
) -> None:
    actions = runner(timeline, ReportsRows("api", FakeSettings(), adjust))
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert (outcome.verified, outcome.verification) == (False, f"after 0.3 s: {missing}")


class SlowReads(FakeProvider):
    """Every read takes 30 ms: slower than a tenth of the verify interval, well within ten of them."""

    async def deployments(self) -> Sequence[DeploymentStatus]:
        await asyncio.sleep(0.03)
        return await super().deployments()


async def test_a_slow_but_answering_backend_still_verifies(timeline: Timeline) -> None:
    actions = runner(timeline, SlowReads("api", FakeSettings()), verify_interval_s=0.05, verify_timeout_s=2)
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert outcome.verified is True


class HangsAfterRollback(FakeProvider):
    """Executes, then its reads never answer (the API server went away mid-rollout)."""

    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.settings.hang_s = 3600
        return result


async def test_a_backend_that_stops_answering_is_not_verified_within_the_verify_time(timeline: Timeline) -> None:
    actions = runner(timeline, HangsAfterRollback("api", FakeSettings()), verify_interval_s=0.02)
    async with asyncio.timeout(10):  # a missing per-read limit would hang here
        outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert (outcome.verified, outcome.verification) == (False, "after 0.3 s: TimeoutError: ")


class HealthHangsAfterRollback(FakeProvider):
    """Rolls out fine, then its health endpoint never answers."""

    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.health_hangs = True
        return result

    async def health(self) -> HealthCheck:
        if getattr(self, "health_hangs", False):
            await asyncio.Event().wait()
        return await super().health()


async def test_a_health_check_that_stops_answering_is_not_verified_within_the_verify_time(timeline: Timeline) -> None:
    actions = runner(timeline, HealthHangsAfterRollback("api", FakeSettings()), verify_interval_s=0.02)
    async with asyncio.timeout(10):  # a missing per-read limit would hang here
        outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert (outcome.verified, outcome.verification) == (False, "after 0.3 s: TimeoutError: ")
