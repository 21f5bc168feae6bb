"""The demo's built-in runbook walked end to end from the keyboard, against the real demo service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.content import Content
from textual.widgets import Input, Static

from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.results import State
from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.note import NoteScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.health_pane import HealthPane
from tests.ui.conftest import until


async def open_checklist(app: CockpitApp, pilot: object) -> ChecklistScreen:
    health = app.screen.query_one(HealthPane)
    await until(app, pilot, lambda: "checkout-health" in health.checks)  # type: ignore[arg-type]
    await pilot.press("c")  # type: ignore[attr-defined]
    assert isinstance(app.screen, ChecklistScreen)
    return app.screen


async def test_a_verified_step_waits_for_recovery_and_an_override_needs_a_reason(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        checklist = screen.checklist

        # Before the rollback the health check fails: "done" asks for a reason, and Esc leaves the step open.
        screen.select_step("health-ok")
        await pilot.press("enter")
        await until(app, pilot, lambda: isinstance(app.screen, NoteScreen))
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        assert checklist.status("health-ok").state is not StepState.DONE

        # The rollback step runs its action through the runner: preview, typed confirmation, execute, verify.
        screen.select_step("rollback")
        await pilot.press("a")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert '"v41"' in app.screen.plan.command  # type: ignore[attr-defined]
        app.screen.query_one(Input).insert_text_at_cursor("checkout")
        await pilot.press("enter")
        health = screen.query_one(HealthPane)
        await until(app, pilot, lambda: health.checks["checkout-health"].state is State.HEALTHY, timeout=30)
        await app.workers.wait_for_complete()
        # Verified by the runner: the step is done, with the verification as its evidence, and no key to press.
        rolled_back = checklist.status("rollback")
        assert rolled_back.state is StepState.DONE and not rolled_back.overridden
        assert rolled_back.verdict is not None and "serves v41" in rolled_back.verdict.evidence
        # The advisor re-evaluates on the hub's next publications: wait for its verdict on the recovered service.
        await until(app, pilot, lambda: bool(screen.advice) and "Roll back now" not in screen.advice.values())

        # Now the health step passes its check without any reason.
        screen.select_step("health-ok")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        assert checklist.status("health-ok").state is StepState.DONE
        assert not checklist.status("health-ok").overridden

        # A step without a check is done on the operator's word; skipping needs a reason.
        screen.select_step("s2.3")
        await pilot.press("s")
        await until(app, pilot, lambda: isinstance(app.screen, NoteScreen))
        app.screen.query_one(Input).insert_text_at_cursor("channel already told by the IC")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        assert checklist.status("s2.3").state is StepState.SKIPPED
        # A skipped step is not counted as done.
        counter = screen.query_one("#checklist-title", Static).render()
        assert isinstance(counter, Content) and "2/14 done, 1 skipped" in counter.plain

    with Timeline(tmp_path / "timeline.db") as timeline:
        steps = timeline.events(1, kinds=[EventKind.CHECKLIST_STEP])
        actions = timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])
        # Decision-table verdicts (rollback triggers are advisor verdicts too, without a table line).
        advice = [e for e in timeline.events(1, kinds=[EventKind.ADVISOR_VERDICT]) if "table_line" in e.detail]
    assert [(e.step_id, e.detail["state"]) for e in steps] == [
        ("rollback", "done"),
        ("health-ok", "done"),
        ("s2.3", "skipped"),
    ]
    assert steps[-1].detail["reason"] == "channel already told by the IC"
    assert actions and actions[0].step_id == "rollback"
    # The decision table advised a rollback while the database was down, and stopped once it recovered.
    assert advice[0].detail["verdict"] == "Roll back now" and "database" in " ".join(advice[0].detail["evidence"])
    assert any(event.detail["verdict"] != "Roll back now" for event in advice[1:])


async def test_overriding_a_failing_check_records_the_reason_and_reopening_resumes(
    demo_app_factory: Callable[..., CockpitApp],
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        screen.select_step("health-ok")
        await pilot.press("enter")
        await until(app, pilot, lambda: isinstance(app.screen, NoteScreen))
        app.screen.query_one(Input).insert_text_at_cursor("known flaky probe, watching error rate instead")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        status = screen.checklist.status("health-ok")
        assert status.state is StepState.DONE and status.overridden
        db = app.session.db_path
        incident = app.incident
    assert incident is not None

    # Quit and reopen the same incident: the checklist resumes where it was.
    reopened = demo_app_factory(incident_ref=incident.ref)
    async with reopened.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(reopened, pilot)
        status = screen.checklist.status("health-ok")
        assert status.state is StepState.DONE and status.overridden
        assert status.reason == "known flaky probe, watching error rate instead"
        assert screen.checklist.progress()[0] == 1
    assert reopened.session.db_path == db


async def test_read_only_refuses_a_step_command(demo_app_factory: Callable[..., CockpitApp], tmp_path: Path) -> None:
    app = demo_app_factory(read_only=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        screen.select_step("s2.1")
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)  # no confirmation was offered
    with Timeline(tmp_path / "timeline.db") as timeline:
        refused = timeline.events(1, kinds=[EventKind.ACTION_REFUSED])
        ran = timeline.events(1, kinds=[EventKind.ACTION_SUCCEEDED, EventKind.ACTION_FAILED])
    assert ran == [] and "read-only" in refused[-1].summary and refused[-1].step_id == "s2.1"
