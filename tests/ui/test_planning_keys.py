"""Between the key that asks for a rollback and its preview, and on the preview itself, the keyboard belongs to the
action: letters typed ahead of the preview (the service name, say) never switch screens, start another action or
quit, and Esc while planning cancels with nothing changed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.fake import FakeProvider
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.planning import PlanningScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from tests.ui.conftest import fake_session, make_app, until
from tests.ui.test_confirm_and_disk import open_confirmation

APP_KEYS = ("c", "t", "n", "question_mark", "r", "q")


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[asyncio.Event]:
    """Plans wait until the gate opens: the planning moments, held open for the test."""
    opened = asyncio.Event()
    plan = ActionRunner.plan_rollback

    async def held(self: ActionRunner, *args: Any, **kwargs: Any) -> Any:
        await opened.wait()
        return await plan(self, *args, **kwargs)

    monkeypatch.setattr(ActionRunner, "plan_rollback", held)
    yield opened


async def start_planning(app: CockpitApp, pilot: Any) -> None:
    deployments = app.screen.query_one(DeploymentsPane)
    await until(app, pilot, lambda: bool(deployments.rows))
    await pilot.press("r")
    await until(app, pilot, lambda: isinstance(app.screen, PlanningScreen))


def fake(app: CockpitApp) -> FakeProvider:
    provider = app.session.providers["api"]
    assert isinstance(provider, FakeProvider)
    return provider


async def test_keys_typed_while_planning_go_nowhere(tmp_path: Path, gate: asyncio.Event) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_planning(app, pilot)
        await pilot.press(*APP_KEYS, "a", "p", "i", "enter")
        assert isinstance(app.screen, PlanningScreen) and app.current_mode == "dashboard" and app.is_running
        gate.set()
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.screen.query_one("#phrase", Input).value == ""  # typed ahead of the preview: not kept
        assert fake(app).executed == []


async def test_escape_while_planning_cancels_with_nothing_changed(tmp_path: Path, gate: asyncio.Event) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await start_planning(app, pilot)
        await pilot.press("escape")
        await until(app, pilot, lambda: not isinstance(app.screen, PlanningScreen))
        await app.workers.wait_for_complete()
        assert app.current_mode == "dashboard" and fake(app).executed == [] and fake(app).current == "v3"
        assert any("Cancelled while planning" in n.message for n in app._notifications)
    with Timeline(tmp_path / "t.db") as timeline:
        assert timeline.events(1, kinds=[EventKind.ACTION_CONFIRMED]) == []


async def test_the_app_keys_do_nothing_under_a_preview_with_no_name_to_type(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=False))
    async with app.run_test(size=(120, 40)) as pilot:
        preview = await open_confirmation(app, pilot)
        await pilot.press(*(key for key in APP_KEYS if key != "n"))  # n is the preview's own Cancel
        assert app.screen is preview and app.current_mode == "dashboard" and app.is_running
        await pilot.press("y")
        await until(app, pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        await app.workers.wait_for_complete()
        assert fake(app).current == "v2"
