"""The dashboard driven with the keyboard through Pilot, on fake targets in any state we choose."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from cockpit.core.hub import Snapshot, Transition
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.results import State
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from cockpit.ui.widgets.status_bar import StatusBar
from tests.ui.conftest import fake_session, make_app, until


async def test_the_four_panes_fill_from_the_targets(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        health = app.screen.query_one(HealthPane)
        metrics = app.screen.query_one(MetricsPane)
        await until(app, pilot, lambda: bool(deployments.rows and health.checks and metrics.latest))
        assert [pane.border_title for pane in app.screen.query(".pane")] == ["Deployments", "Health", "Logs", "Metrics"]
        assert deployments.rows["api/api"].revision == "v3"
        assert health.checks["api"].state is State.FAILED
        assert deployments.has_class("-alert")
        bar = app.screen.query_one(StatusBar)
        assert bar.environment == "production" and bar.protected and not bar.read_only
        assert "INC-1" in bar.incident


async def test_zoom_shows_one_pane_and_escape_brings_back_all(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "z")
        logs = app.screen.query_one(LogsPane)
        assert logs.region.width == 80
        assert not app.screen.query_one(HealthPane).display or app.screen.query_one(HealthPane).region.width == 0
        await pilot.press("escape")
        assert logs.region.width < 80
        assert app.screen.query_one(HealthPane).region.width > 0


async def test_a_note_goes_to_the_timeline(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n")
        await pilot.press(*"TODO: add a readiness gate")
        await pilot.press("enter")
        await pilot.pause()
    with Timeline(tmp_path / "t.db") as timeline:
        notes = timeline.events(1, kinds=[EventKind.NOTE])
    assert [note.summary for note in notes] == ["TODO: add a readiness gate"]


async def test_log_filter_keeps_only_matching_lines(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        logs = app.screen.query_one(LogsPane)
        await until(app, pilot, lambda: logs.shown > 0)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"no such text", "enter")
        assert logs.shown == 0 and logs.border_subtitle == "filter: no such text"
        await pilot.press("slash", "ctrl+u", "enter")
        assert logs.shown > 0


async def test_a_failing_backend_shows_why_and_the_keyboard_still_answers(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", fail="forbidden"))
    async with app.run_test(size=(120, 40)) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: deployments.has_class("-failed"))
        banner = str(deployments.query_one(".banner").render())
        assert "forbidden" in banner and "last good never" in banner
        await pilot.press("question_mark")
        assert app.screen.__class__.__name__ == "HelpScreen"


async def test_rollback_is_refused_in_read_only_mode(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", read_only=True))
    async with app.run_test(size=(120, 40)) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(deployments.rows))
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.__class__.__name__ == "DashboardScreen"  # no confirm dialog opened
        assert app.screen.query_one(StatusBar).read_only
    with Timeline(tmp_path / "t.db") as timeline:
        refused = timeline.events(1, kinds=[EventKind.ACTION_REFUSED])
        executed = timeline.events(1, kinds=[EventKind.ACTION_CONFIRMED, EventKind.ACTION_SUCCEEDED])
    assert len(refused) == 1 and "read-only" in refused[0].summary
    assert executed == []


async def test_reopening_resumes_the_incident_without_repeating_unchanged_states(tmp_path: Path) -> None:
    for _ in range(2):
        app = make_app(fake_session(tmp_path / "t.db"))
        async with app.run_test(size=(120, 40)) as pilot:
            health = app.screen.query_one(HealthPane)
            await until(app, pilot, lambda pane=health: bool(pane.checks))  # type: ignore[misc]
            incident = app.screen.query_one(StatusBar).incident
    assert incident.startswith("INC-1 (resumed) ")
    with Timeline(tmp_path / "t.db") as timeline:
        assert len(timeline.incidents()) == 1
        changes = timeline.events(1, kinds=[EventKind.STATE_CHANGED])
        attached = timeline.events(1, kinds=[EventKind.SESSION_ATTACHED])
    assert sorted(event.detail["capability"] for event in changes) == ["deployments", "health"]
    assert len(attached) == 1


async def test_a_raising_transition_listener_shows_in_the_pane_and_the_timeline_and_polling_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: a listener bug used to kill the deployments and health loops after their first poll, silently."""

    def broken(self: CockpitApp, transition: Transition) -> None:
        raise KeyError(f"no column for {transition.kind}")

    monkeypatch.setattr(CockpitApp, "_on_transition", broken)
    app = make_app(fake_session(tmp_path / "t.db"))
    health_polls: list[Snapshot] = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.hub.subscribe(lambda snapshot: health_polls.append(snapshot) if snapshot.capability == "health" else None)
        health = app.screen.query_one(HealthPane)
        banner = health.query_one(".banner", Static)
        await until(app, pilot, lambda: "KeyError" in str(banner.content) and len(health_polls) >= 3)
        assert "cockpit fault" in str(banner.content) and health.has_class("-failed")
        assert health.checks["api"].state is State.FAILED  # the data is still live beside the fault
    with Timeline(tmp_path / "t.db") as timeline:
        faults = timeline.events(1, kinds=[EventKind.FAULT])
    assert faults and "KeyError" in faults[0].summary and faults[0].detail["capability"] in ("health", "deployments")


async def test_a_pane_that_raises_shows_the_fault_and_the_app_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(self: HealthPane, snapshot: Snapshot) -> None:
        raise ZeroDivisionError("pane bug")

    monkeypatch.setattr(HealthPane, "update_snapshot", broken)
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        deployments = app.screen.query_one(DeploymentsPane)
        banner = health.query_one(".banner", Static)
        await until(app, pilot, lambda: "pane bug" in str(banner.content) and bool(deployments.rows))
        assert "ZeroDivisionError" in str(banner.content)
        await pilot.press("3")  # the app still answers keys
        assert app.screen.focused is app.screen.query_one(LogsPane)
    with Timeline(tmp_path / "t.db") as timeline:
        faults = timeline.events(1, kinds=[EventKind.FAULT])
    assert faults and "pane bug" in faults[0].summary
