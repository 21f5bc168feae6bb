"""Rollback triggers beside the checklist steps that depend on them, and in the timeline as their verdicts change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import OptionList, Static

from cockpit.core.timeline import EventKind
from cockpit.providers.fake import FakeProvider
from cockpit.ui.app import CockpitApp
from tests.ui.conftest import fake_session, make_app, until
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


async def test_every_change_of_verdict_is_a_timeline_event(tmp_path: Path) -> None:
    """The fake's bad deploy fails the health trigger; after the rollback it passes again: two advisor events."""
    session = fake_session(tmp_path / "t.db")
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        health = lambda: app.triggers.verdicts.get("health")  # noqa: E731
        await until(app, pilot, lambda: health() is not None and health().failed)  # type: ignore[union-attr]
        provider = session.providers["api"]
        assert isinstance(provider, FakeProvider)
        await provider.execute(await provider.plan_rollback("api"))
        app.hub.refresh()
        # The pass shows once it has held for the trigger's hold (10 s by default): no flapping back and forth.
        await until(app, pilot, lambda: health() is not None and health().outcome.value == "pass",  # type: ignore
                    timeout=40)
        assert app.incident is not None
        events = [e for e in app.timeline.events(app.incident.id, kinds=[EventKind.ADVISOR_VERDICT])
                  if e.detail.get("name") == "health"]
    # Until the third check the trigger cannot tell (not recorded: no data is not a verdict), then it fails.
    assert [(e.detail["previous"], e.detail["verdict"]) for e in events] == [("inconclusive", "fail"),
                                                                             ("fail", "pass")]
    assert events[0].summary.startswith("rollback trigger health: inconclusive -> fail: api: failing since")
    assert events[0].detail["failing_since"] is not None
