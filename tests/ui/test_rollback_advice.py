"""The demo after a rollback from the dashboard: the checklist's rollback step is satisfied, `a` offers no second
rollback, and rolling the good revision back once more is warned about in red on the preview."""

from __future__ import annotations

from collections.abc import Callable

from textual.content import Content
from textual.widgets import Input, Static

from cockpit.providers.results import State
from cockpit.runbooks.verification import VerdictOutcome
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from tests.ui.conftest import until


async def test_after_a_dashboard_rollback_the_checklist_does_not_offer_to_roll_back_the_good_revision(
    demo_app_factory: Callable[..., CockpitApp],
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: "checkout-health" in health.checks and bool(deployments.rows))
        await pilot.press("r")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert not app.screen.query("#confirm-warning")  # v42 was never verified healthy: nothing to warn about
        app.screen.query_one(Input).insert_text_at_cursor("checkout")
        await pilot.press("enter")
        await until(app, pilot, lambda: health.checks["checkout-health"].state is State.HEALTHY, timeout=30)
        await app.workers.wait_for_complete()
        await until(app, pilot, lambda: deployments.rows["checkout/checkout"].revision == "v41")

        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        checklist = screen.checklist
        verdict = checklist.evaluate(checklist.step("rollback"))
        assert verdict is not None and verdict.outcome is VerdictOutcome.PASS, verdict
        assert "v41 (the one before v42)" in verdict.evidence
        screen.select_step("rollback")
        await pilot.press("a")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ChecklistScreen)  # no preview of a v41 -> v40 rollback
        shown = " ".join(str(n.message) for n in app._notifications)
        assert "already runs v41, the revision before v42: nothing to roll back" in shown

        # `r` once more from the dashboard would move the verified v41 to v40: the preview says so in red.
        await pilot.press("escape")
        await pilot.press("r")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen) and confirm.plan.expect_revision == "v40"
        drawn = confirm.query_one("#confirm-warning", Static).render()
        assert isinstance(drawn, Content)
        assert "checkout v41 was verified healthy in this incident" in drawn.plain
        assert "moves it away from v41 to v40" in drawn.plain
        assert any("$error" in str(span.style) for span in drawn.spans)  # in red
        await pilot.press("escape")
