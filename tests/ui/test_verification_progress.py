"""While a rollback is being verified (up to the runner's timeout), the status line says what it still waits for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.widgets import Input

from cockpit.providers.results import State
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.status_bar import StatusBar
from tests.ui.conftest import until


@pytest.fixture
def demo_options() -> dict[str, Any]:
    """A rollout slow enough (3 s) that verification has to wait for it."""
    return {"rollout_s": 3.0, "traffic_rps": 10, "seed": 7}


async def test_the_status_line_names_what_verification_waits_for(demo_app_factory: Callable[..., CockpitApp]) -> None:
    app = demo_app_factory()
    said: list[str] = []
    async with app.run_test(size=(160, 40)) as pilot:
        app.watch(app, "activity", lambda text: said.append(text), init=False)
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: "checkout-health" in health.checks)
        await pilot.press("r")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert isinstance(app.focused, Input)
        app.focused.insert_text_at_cursor("checkout")
        await pilot.press("enter")

        await until(app, pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        status = app.screen.query_one(StatusBar)
        await until(app, pilot, lambda: "waiting for" in status.activity)
        line = status.render().plain
        assert "rollback checkout → v41… verifying, waiting for: checkout" in line

        await until(app, pilot, lambda: health.checks["checkout-health"].state is State.HEALTHY, timeout=30)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert status.activity == "" and "waiting for" not in status.render().plain
    # Before the wait, the action alone; after it, nothing: the line never keeps a stale "waiting for".
    assert said[0] == "rollback checkout → v41…" and said[-1] == ""
