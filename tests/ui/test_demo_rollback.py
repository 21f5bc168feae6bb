"""`cockpit demo` end to end: a real service on 127.0.0.1 at a bad v42, rolled back from the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input

from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.results import State
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from tests.ui.conftest import until


async def test_rolling_the_demo_back_recovers_health(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: "checkout-health" in health.checks and bool(deployments.rows))
        assert health.checks["checkout-health"].state is State.FAILED
        assert deployments.rows["checkout/checkout"].revision == "v42"

        metrics = app.screen.query_one(MetricsPane)
        await until(app, pilot, lambda: any(s.latest is not None for s in metrics.latest.values()))
        newest_before = max(s.latest.at for s in metrics.latest.values() if s.latest is not None)

        await pilot.press("r")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        assert "/admin/deploy" in confirm.plan.command and '"v41"' in confirm.plan.command
        assert isinstance(app.focused, Input)
        # Pilot waits for an idle CPU after every key, and the in-process demo service never idles: type, then Enter.
        app.focused.insert_text_at_cursor("checkout")
        await pilot.press("enter")

        await until(app, pilot, lambda: health.checks["checkout-health"].state is State.HEALTHY, timeout=30)
        await app.workers.wait_for_complete()
        assert deployments.rows["checkout/checkout"].revision == "v41"
        assert health.checks["checkout-health"].version == "v41"
        # The panes kept updating through the rollout: the Metrics pane holds samples taken after it started.
        assert max(s.latest.at for s in metrics.latest.values() if s.latest is not None) > newest_before
    with Timeline(tmp_path / "timeline.db") as timeline:
        kinds = [event.kind for event in timeline.events(1)]
    for expected in ("action.planned", "action.confirmed", "action.succeeded", "action.verified"):
        assert expected in kinds
    assert kinds.index("action.planned") < kinds.index("action.confirmed") < kinds.index("action.verified")


async def test_a_wrong_service_name_does_not_roll_back(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(deployments.rows))
        await pilot.press("r")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        confirm = app.screen
        confirm.query_one(Input).insert_text_at_cursor("checkou")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is confirm  # a typo is typed again, never executed; Esc gives up
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
    with Timeline(tmp_path / "timeline.db") as timeline:
        refused = timeline.events(1, kinds=[EventKind.ACTION_REFUSED])
        executed = timeline.events(1, kinds=[EventKind.ACTION_SUCCEEDED])
    assert executed == [] and "cancelled by the operator" in refused[-1].summary


async def test_read_only_demo_refuses_the_rollback(demo_app_factory: Callable[..., CockpitApp], tmp_path: Path) -> None:
    app = demo_app_factory(read_only=True)
    async with app.run_test(size=(120, 40)) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(deployments.rows))
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert deployments.rows["checkout/checkout"].revision == "v42"
