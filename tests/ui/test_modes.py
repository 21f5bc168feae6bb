"""Dashboard, checklist and timeline are modes: switched, never stacked; app-level state shows on each of them;
worker failures and the cockpit's own errors are handled in one place and said the same way as the CLI says them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.core.actions import ActionRefused
from cockpit.core.timeline import EventKind, Timeline
from cockpit.errors import presented
from cockpit.runbooks.checklist import Checklist
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.dashboard import DashboardScreen
from cockpit.screens.timeline import TimelineScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.status_bar import StatusBar
from tests.ui.conftest import fake_session, make_app, until

RUNBOOK = "# Roll back the api\n\n1. Look at the health pane.\n2. Roll back: `echo rollback`\n"


def session_with_runbook(tmp_path: Path) -> CockpitApp:
    runbook = tmp_path / "rollback.md"
    runbook.write_text(RUNBOOK)
    return make_app(fake_session(tmp_path / "t.db", runbook=runbook))


async def test_c_t_c_t_c_leaves_one_screen_per_mode(tmp_path: Path) -> None:
    """Reproduced in issue 14: c t c t c stacked six screens, each still subscribed to the snapshots."""
    app = session_with_runbook(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: bool(health.checks))
        for key in "ctctc":
            await pilot.press(key)
        assert isinstance(app.screen, ChecklistScreen)
        assert len(app.screen_stack) == 1
        screens = [screen for mode in ("dashboard", "checklist", "timeline") for screen in app._screen_stacks[mode]]
        assert [type(screen) for screen in screens] == [DashboardScreen, ChecklistScreen, TimelineScreen]
        # Two health panes take snapshots: the dashboard's and the checklist's side pane, once each.
        subscribed = app.feed._live("health")
        assert len(subscribed) == 2 and len(set(map(id, subscribed))) == 2
        await pilot.press("escape")
        assert isinstance(app.screen, DashboardScreen) and len(app.screen_stack) == 1


async def test_zoom_is_textuals_maximize(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3", "z")
        assert app.screen.maximized is app.screen.query_one(LogsPane)
        await pilot.press("2")
        assert app.screen.maximized is app.screen.query_one(HealthPane)
        await pilot.press("escape")
        assert app.screen.maximized is None


async def test_app_state_shows_on_the_status_line_of_every_mode(tmp_path: Path) -> None:
    app = session_with_runbook(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c")
        app.activity = "rollback api → v2…"
        await pilot.pause()
        assert app.screen.query_one(StatusBar).activity == "rollback api → v2…"
        await pilot.press("t")
        bar = app.screen.query_one(StatusBar)
        assert bar.activity == "rollback api → v2…" and bar.environment == "production" and "INC-1" in bar.incident


async def test_a_failing_worker_is_shown_and_recorded_in_one_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Checklist, step_id: str, reason: str | None = None) -> None:
        raise RuntimeError("engine bug")

    monkeypatch.setattr(Checklist, "complete", broken)
    app = session_with_runbook(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "d")  # a worker of the checklist screen runs complete() and fails
        await app.workers.wait_for_complete()
        await until(app, pilot, lambda: any("engine bug" in n.message for n in app._notifications))
        shown = next(n for n in app._notifications if "engine bug" in n.message)
        assert shown.title == "internal error" and "RuntimeError" in shown.message
    with Timeline(tmp_path / "t.db") as timeline:
        faults = timeline.events(1, kinds=[EventKind.FAULT])
    assert faults and "engine bug" in faults[0].summary and faults[0].detail["expected"] is False


async def test_the_ui_says_a_cockpit_error_in_the_words_of_the_cli(tmp_path: Path) -> None:
    refusal = ActionRefused("read-only mode: rollback refused", hint="reopen without --read-only")
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        app.show_error(refusal)
        await pilot.pause()
        (note,) = list(app._notifications)
    assert (note.title, note.message) == ("refused", "read-only mode: rollback refused (reopen without --read-only)")
    assert presented(refusal).line() == "refused: read-only mode: rollback refused (reopen without --read-only)"
