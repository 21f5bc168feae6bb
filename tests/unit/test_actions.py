"""The action runner: plan -> confirm -> execute -> verify -> record, and every way it refuses."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from msgspec.structs import replace

from cockpit.core.actions import ActionRefused, ActionRunner
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.base import Unreachable
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import ActionPlan, ActionResult, HealthCheck, State


@pytest.fixture
def timeline(tmp_path: Path) -> Timeline:
    with Timeline(tmp_path / "t.db") as store:
        yield store  # type: ignore[misc]


def runner(timeline: Timeline, provider: FakeProvider, **options: object) -> ActionRunner:
    incident = timeline.open_incident("bad deploy", "production", "api")
    settings: dict[str, object] = {
        "read_only": False,
        "protected": True,
        "operator": "oncall",
        "verify_interval_s": 0.01,
        "verify_timeout_s": 0.5,
    }
    settings.update(options)
    return ActionRunner(timeline, incident.id, {"api": provider}, **settings)  # type: ignore[arg-type]


def kinds(timeline: Timeline) -> list[str]:
    return [event.kind for event in timeline.events(1)]


async def test_a_confirmed_rollback_is_executed_verified_and_recorded(timeline: Timeline) -> None:
    provider = FakeProvider("api", FakeSettings())
    actions = runner(timeline, provider)
    plan = await actions.plan_rollback("api", "api")
    assert plan.command == "fake-deploy api --revision v2"
    assert actions.confirmation_phrase(plan) == "api"
    outcome = await actions.execute(plan, typed="api")
    assert outcome.result.ok and outcome.verified is True
    assert provider.current == "v2"
    assert kinds(timeline) == [
        "incident.opened",
        "action.planned",
        "action.confirmed",
        "action.succeeded",
        "action.verified",
    ]
    succeeded = timeline.events(1, kinds=[EventKind.ACTION_SUCCEEDED])[0]
    assert succeeded.detail["plan"]["command"] == "fake-deploy api --revision v2"
    assert succeeded.detail["result"]["ok"] is True


async def test_a_wrong_typed_name_refuses_and_changes_nothing(timeline: Timeline) -> None:
    provider = FakeProvider("api", FakeSettings())
    actions = runner(timeline, provider)
    plan = await actions.plan_rollback("api", "api")
    with pytest.raises(ActionRefused, match="type 'api'"):
        await actions.execute(plan, typed="ap")
    assert provider.current == "v3" and provider.executed == []
    assert kinds(timeline)[-1] == "action.refused"


async def test_read_only_refuses_at_planning_and_at_execution(timeline: Timeline) -> None:
    provider = FakeProvider("api", FakeSettings())
    armed = runner(timeline, provider)
    plan = await armed.plan_rollback("api", "api")
    armed.read_only = True
    with pytest.raises(ActionRefused, match="read-only"):
        await armed.plan_rollback("api", "api")
    with pytest.raises(ActionRefused, match="read-only"):
        await armed.execute(plan, typed="api")
    assert provider.executed == []


async def test_unprotected_environments_need_no_typed_name(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()), protected=False)
    plan = await actions.plan_rollback("api", "api")
    assert actions.confirmation_phrase(plan) is None
    assert (await actions.execute(plan)).verified is True


class StuckProvider(FakeProvider):
    """Accepts the rollback but never rolls out (a deployment stuck on a bad image)."""

    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.current = "v3"
        return result


async def test_a_rollback_that_never_lands_is_recorded_as_not_verified(timeline: Timeline) -> None:
    actions = runner(timeline, StuckProvider("api", FakeSettings()))
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert outcome.result.ok and outcome.verified is False
    assert "still at v3" in outcome.verification
    assert kinds(timeline)[-1] == "action.unverified"


class BrokenProvider(FakeProvider):
    async def execute(self, plan: ActionPlan) -> ActionResult:
        raise Unreachable("connection refused", target=self.target)


async def test_a_provider_failure_during_execution_is_a_failed_action(timeline: Timeline) -> None:
    actions = runner(timeline, BrokenProvider("api", FakeSettings()))
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert not outcome.result.ok and "unreachable" in outcome.result.message
    assert kinds(timeline)[-1] == "action.failed"


async def test_planning_against_a_dead_backend_is_refused_with_the_reason(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings(fail="unreachable")))
    with pytest.raises(ActionRefused, match="unreachable"):
        await actions.plan_rollback("api", "api")
    assert kinds(timeline)[-1] == "action.refused"


@pytest.mark.parametrize("typed", [None, "", "   "])
async def test_a_missing_or_blank_typed_name_refuses_in_a_protected_environment(
    timeline: Timeline, typed: str | None
) -> None:
    provider = FakeProvider("api", FakeSettings())
    actions = runner(timeline, provider)
    plan = await actions.plan_rollback("api", "api")
    with pytest.raises(ActionRefused, match="confirmation did not match"):
        await actions.execute(plan, typed=typed)
    assert provider.current == "v3" and provider.executed == []
    assert kinds(timeline)[-1] == "action.refused"


class RestartableFake(FakeProvider):
    """A fake that can also restart: a restart keeps the revision, so there is nothing to wait for."""

    async def plan_restart(self, service: str) -> ActionPlan:
        return ActionPlan("restart", self.target, service, f"fake-restart {service}", (), True, f"restart {service}",
                          params={"revision": self.current})


async def test_a_restart_is_planned_confirmed_and_executed_with_nothing_to_verify(timeline: Timeline) -> None:
    provider = RestartableFake("api", FakeSettings())
    actions = runner(timeline, provider)
    plan = await actions.plan_restart("api", "api")
    assert plan.command == "fake-restart api"
    outcome = await actions.execute(plan, typed="api")
    assert outcome.result.ok and outcome.verified is None and outcome.verification == "nothing to verify"
    assert [p.action for p in provider.executed] == ["restart"]
    assert kinds(timeline)[-3:] == ["action.planned", "action.confirmed", "action.succeeded"]


async def test_a_provider_that_cannot_restart_is_refused_and_recorded(timeline: Timeline) -> None:
    actions = runner(timeline, FakeProvider("api", FakeSettings()))
    with pytest.raises(ActionRefused, match="cannot restart"):
        await actions.plan_restart("api", "api")
    assert kinds(timeline)[-1] == "action.refused"


class HangingProvider(FakeProvider):
    """Accepts the rollback and never answers (an API call stuck behind a dead load balancer)."""

    async def execute(self, plan: ActionPlan) -> ActionResult:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


async def test_an_execution_that_never_answers_times_out_as_a_failed_action(timeline: Timeline) -> None:
    actions = runner(timeline, HangingProvider("api", FakeSettings()), execute_timeout_s=0.2)
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert not outcome.result.ok and outcome.verified is False
    assert outcome.result.message == "no answer within 0.2 s"
    failed = timeline.events(1, kinds=[EventKind.ACTION_FAILED])
    assert failed and failed[0].detail["result"]["message"] == "no answer within 0.2 s"
    assert "action.verified" not in kinds(timeline)


class UnhealthyAfterRollback(FakeProvider):
    """Rolls back, but its health check keeps failing (the bad migration is still applied)."""

    async def health(self) -> HealthCheck:
        check = await super().health()
        return replace(check, state=State.FAILED, message="database failed")


async def test_verification_fails_while_health_still_fails_after_the_rollout(timeline: Timeline) -> None:
    actions = runner(timeline, UnhealthyAfterRollback("api", FakeSettings()))
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert outcome.result.ok and outcome.verified is False
    assert outcome.verification == "after 0.5 s: health api: failed database failed"
    assert kinds(timeline)[-1] == "action.unverified"


class GoneAfterRollback(FakeProvider):
    """Executes the rollback, then its API stops answering."""

    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.settings.fail = "unreachable"
        return result


async def test_verification_never_passes_on_a_provider_error(timeline: Timeline) -> None:
    actions = runner(timeline, GoneAfterRollback("api", FakeSettings()))
    outcome = await actions.execute(await actions.plan_rollback("api", "api"), typed="api")
    assert outcome.result.ok and outcome.verified is False
    assert outcome.verification == "after 0.5 s: Unreachable: fake unreachable failure"
    assert kinds(timeline)[-1] == "action.unverified"
