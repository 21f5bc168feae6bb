"""A rollback this incident already made: it satisfies the runbook's rollback step, "previous" stays the revision
before the bad one, and a plan that moves away from a revision verified healthy says so before it runs."""
# ruff: noqa: F811 - the tests take test_checklist's `walk` fixture, imported under its own name

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import EventKind, EventSource, Timeline
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.parser import parse_runbook
from cockpit.runbooks.step_state import ChecklistError, StepState
from cockpit.runbooks.verification import VerdictOutcome
from tests.unit.test_checklist import RUNBOOK, Walk, walk  # noqa: F401


async def roll_back_from_the_dashboard(walk: Walk) -> None:
    """`r` on the dashboard: the runner rolls api back v3 -> v2 and verifies it, before any checklist starts."""
    plan = await walk.runner.plan_rollback("api", "api")
    assert plan.expect_revision == "v2"
    outcome = await walk.runner.execute(plan, typed="api")
    assert outcome.verified is True
    await walk.until(lambda: walk.hub.latest("api", "deployments").data[0].revision == "v2")


def fresh_checklist(walk: Walk) -> Checklist:
    return Checklist(parse_runbook(RUNBOOK), walk.timeline, walk.incident_id, walk.hub, walk.runner,
                     operator="oncall")


async def test_a_rollback_before_the_checklist_started_satisfies_its_rollback_step(walk: Walk) -> None:
    await roll_back_from_the_dashboard(walk)
    checklist = fresh_checklist(walk)
    checklist.start()

    # The baseline is the bad revision the incident is about, not the good one live when the checklist opened.
    assert checklist.baseline.to_json() == [{"target": "api", "service": "api", "revision": "v3", "previous": "v2"}]
    verdict = checklist.evaluate(checklist.step("rollback"))
    assert verdict is not None and verdict.outcome is VerdictOutcome.PASS, verdict
    assert "want v1" not in verdict.evidence and "v2 (the one before v3)" in verdict.evidence
    assert checklist.complete("rollback").state is StepState.DONE

    # `a` offers no second rollback of the good v2 to v1.
    with pytest.raises(ChecklistError, match="already runs v2, the revision before v3: nothing to roll back"):
        await checklist.plan_step_action("rollback")
    assert [p.expect_revision for p in walk.provider.executed] == ["v2"]


async def test_moving_away_from_a_revision_verified_healthy_is_warned_in_the_plan(walk: Walk) -> None:
    plan = await walk.runner.plan_rollback("api", "api")
    assert walk.runner.warning(plan) is None  # v3 was never verified healthy: rolling back from it is no surprise
    await roll_back_from_the_dashboard(walk)

    again = await walk.runner.plan_rollback("api", "api")  # `r` once more: v2 -> v1
    warning = walk.runner.warning(again)
    assert warning is not None
    assert "api v2 was verified healthy in this incident" in warning and "(rollback v3 → v2)" in warning
    assert "moves it away from v2 to v1" in warning
    planned = walk.events(EventKind.ACTION_PLANNED)
    assert "warning" not in planned[0] and planned[-1]["warning"] == warning


async def test_a_step_action_names_its_step_and_its_verification_marks_the_step_done(walk: Walk) -> None:
    checklist = walk.checklist
    plan = await checklist.plan_step_action("rollback")
    outcome = await walk.runner.execute(plan, typed="api")
    assert outcome.verified is True

    stages = [EventKind.ACTION_PLANNED, EventKind.ACTION_CONFIRMED, EventKind.ACTION_SUCCEEDED,
              EventKind.ACTION_VERIFIED]
    assert [event["step_id"] for kind in stages for event in walk.events(kind)] == ["rollback"] * 4

    status = checklist.complete_by_action("rollback", outcome.verification)
    assert status.state is StepState.DONE and not status.overridden
    assert status.verdict is not None and status.verdict.outcome is VerdictOutcome.PASS
    assert status.verdict.evidence == f"rollback verified: {outcome.verification}"
    recorded = walk.events(EventKind.CHECKLIST_STEP)[-1]
    assert (recorded["step_id"], recorded["state"], recorded["verdict"]) == ("rollback", "done", "pass")
    assert "serves v2" in str(recorded["evidence"])
    assert checklist.progress() == (1, 9)


async def test_a_revision_verified_on_one_service_says_nothing_of_another_services_revision(tmp_path: Path) -> None:
    api = FakeProvider("api", FakeSettings(service="api"))
    web = FakeProvider("web", FakeSettings(service="web", revisions=["v2", "v1"], bad_revisions=[]))
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("bad deploy", "production", "api")
        runner = ActionRunner(timeline, incident.id, {"api": api, "web": web}, read_only=False, protected=True,
                              operator="oncall", verify_interval_s=0.01, verify_timeout_s=1)
        outcome = await runner.execute(await runner.plan_rollback("api", "api"), typed="api")
        assert outcome.verified is True  # api v2 verified healthy
        assert runner.warning(await runner.plan_rollback("web", "web")) is None  # web's v2 never was


async def test_what_it_cannot_read_of_an_action_event_is_left_out_not_a_crash(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("bad deploy", "production", "api")
        # What an older or foreign writer may have left in the file: changes that are no list, a plan with no action.
        unreadable: list[dict[str, object]] = [
            {"action": "rollback", "target": "api", "service": "api", "changes": None},
            {"target": "api", "service": "api", "changes": []},
        ]
        for plan in unreadable:
            plan["expect_revision"] = "v3"
            timeline.record(incident.id, EventKind.ACTION_VERIFIED, "verified", source=EventSource.OPERATOR,
                            detail={"plan": plan})
        cited = timeline.events(incident.id, kinds=[EventKind.ACTION_VERIFIED])[0]
        runner = ActionRunner(timeline, incident.id, {"api": FakeProvider("api", FakeSettings())}, read_only=False,
                              protected=True, operator="oncall")
        assert runner.warning(await runner.plan_rollback("api", "api")) == (
            f"api v3 was verified healthy in this incident at {cited.ts:%H:%M:%S} UTC (rollback); "
            "this rollback moves it away from v3 to v2")

