"""Rollback triggers beside the checklist steps that depend on them, on the demo's bad deploy."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList, Static

from cockpit.ui.app import CockpitApp
from tests.ui.conftest import until
from tests.ui.test_checklist_walk import open_checklist


async def test_the_rollback_step_shows_the_failing_health_trigger(
    demo_app_factory: Callable[..., CockpitApp],
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        health = lambda: app.triggers.verdicts.get("health")  # noqa: E731
        await until(app, pilot, lambda: health() is not None and health().failed)  # type: ignore[union-attr]
        await until(app, pilot, lambda: "⚠ trigger failing" in str(
            screen.query_one(OptionList).get_option("rollback").prompt))
        screen.select_step("rollback")
        await pilot.pause()
        detail = str(screen.query_one("#step-detail", Static).render())
        assert "Rollback triggers" in detail and "(they recommend; you decide)" in detail
        assert "fail health: checkout-health: " in detail and "failed checks in a row, the first at" in detail
        # A step with no bearing on the triggers carries no mark.
        first = screen.query_one(OptionList).get_option_at_index(0)
        assert first.id != "rollback" and "trigger failing" not in str(first.prompt)
