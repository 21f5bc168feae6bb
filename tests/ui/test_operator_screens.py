"""What an operator at 80x24 over SSH needs from the screens (issue 12): a typo in the confirmation is typed
again, notices never cover the plan or the step, an old refusal is gone once a new plan starts, help explains the
glyphs, `/` then Enter clears the log filter, `?` and `q` stay in every footer, the why of a deployment and the
timeline's summaries are readable."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rich.console import Console
from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey
from textual.widgets._toast import Toast

from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.event_detail import EventDetailScreen
from cockpit.screens.help import help_table
from cockpit.screens.note import NoteScreen
from cockpit.screens.step_detail import STATE_MARK
from cockpit.screens.timeline import TimelineScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.logs_pane import LogsPane
from tests.ui.conftest import fake_session, make_app, until
from tests.ui.test_confirm_and_disk import fake, open_confirmation

SMALL = (80, 24)
DEMO_RUNBOOK = Path(str(resources.files("cockpit.runbooks") / "builtin" / "health-decision-rollback.md"))


async def toasts_on(screen: Screen[object], pilot: Pilot[object]) -> list[Toast]:
    """The toasts drawn on ``screen`` once the rack has shown them (it mounts them after the next refresh)."""
    for _ in range(20):
        await pilot.pause()
        shown = list(screen.query(Toast))
        if shown:
            return shown
    return []


def notices(app: CockpitApp) -> list[str]:
    return [notification.title for notification in app._notifications]


async def test_a_typo_in_the_confirmation_is_said_in_the_dialog_and_typed_again(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=True))
    async with app.run_test(size=SMALL) as pilot:
        confirm = await open_confirmation(app, pilot)
        await pilot.press(*"apu", "enter")
        assert app.screen is confirm  # still open, the input empty and focused for another try
        field = confirm.query_one("#phrase", Input)
        assert field.value == "" and app.focused is field
        mismatch = confirm.query_one("#phrase-mismatch", Static)
        assert mismatch.display and "'apu' is not 'api'" in mismatch.visual.plain  # type: ignore[attr-defined]
        assert fake(app).executed == []
        await pilot.press(*"api", "enter")
        await until(app, pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        await app.workers.wait_for_complete()
        assert fake(app).current == "v2"


async def test_a_refusal_is_gone_once_a_new_plan_starts(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", read_only=True))
    async with app.run_test(size=SMALL) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(deployments.rows))
        for _ in range(3):
            await pilot.press("r")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert len([title for title in notices(app) if "refused" in title.lower() or "read-only" in title.lower()]) \
            == 1, notices(app)


async def test_a_cancelled_plans_notice_is_gone_and_never_over_the_next_plan(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=False))
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await open_confirmation(app, pilot)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert notices(app) == ["rollback"]  # "Cancelled; nothing was changed."
        confirm = await open_confirmation(app, pilot)
        assert notices(app) == []
        app.notify("a backend answered garbage", title="checkout-health", severity="error")  # unrelated news
        box = confirm.query_one("#confirm-box")
        toasts = await toasts_on(confirm, pilot)
        assert toasts and not any(toast.visible and toast.region.overlaps(box.region) for toast in toasts)
        await pilot.press("y")
        await until(app, pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "rollback" not in notices(app) and "Rollback verified" in notices(app)


async def test_a_notice_about_a_step_stays_off_the_steps(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", runbook=DEMO_RUNBOOK))
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(deployments.rows))
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        screen.select_step("health-ok")  # its check fails: done asks for a reason; Esc leaves it open, with a notice
        await pilot.press("d")
        await until(app, pilot, lambda: isinstance(app.screen, NoteScreen))
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.checklist.status("health-ok").state is not StepState.DONE
        toasts = await toasts_on(screen, pilot)
        assert toasts, "the notice should show"
        steps = screen.query_one("#checklist-main")
        assert not any(toast.region.overlaps(steps.region) for toast in toasts), (
            [toast.region for toast in toasts], steps.region)


def test_help_explains_every_checklist_glyph() -> None:
    console = Console(width=76, record=True)
    console.print(help_table())
    text = console.export_text()
    glyphs = {Content.from_markup(mark).plain for mark in STATE_MARK.values()} | {"⚑", "⚙", "⚠"}
    for glyph in glyphs:
        assert any(line.lstrip().startswith(glyph) for line in text.splitlines()), glyph
    assert "skipped (not counted as done)" in text


async def test_slash_then_enter_on_the_empty_filter_clears_it(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=SMALL) as pilot:
        logs = app.screen.query_one(LogsPane)
        await until(app, pilot, lambda: logs.shown > 0)
        await pilot.press("slash", *"no such text", "enter")
        assert logs.shown == 0 and logs.border_subtitle == "filter: no such text"
        await pilot.press("slash")
        field = logs.query_one(".log-filter", Input)
        assert field.value == "" and "no such text" in field.placeholder
        await pilot.press("enter")
        assert logs.shown > 0 and not logs.border_subtitle and not logs.filter_open
        await pilot.press("slash", *"error", "enter", "slash", "escape")  # Esc keeps the filter
        assert logs.filter_text == "error"


async def test_help_and_quit_are_in_every_footer_at_80_columns(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", runbook=DEMO_RUNBOOK))
    async with app.run_test(size=SMALL) as pilot:
        deployments = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(deployments.rows))
        for key in ("", "c", "t"):
            if key:
                await pilot.press(key)
            await pilot.pause()
            keys = {footer_key.key: footer_key for footer_key in app.screen.query(FooterKey)}
            for wanted in ("question_mark", "q"):
                region = keys[wanted].region
                assert region.width > 0 and region.right <= SMALL[0], (type(app.screen).__name__, wanted, region)


async def test_the_why_of_a_deployment_shows_at_80_columns(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=SMALL) as pilot:
        pane = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(pane.rows))
        await pilot.pause()
        lines = pane.query_one(".rows-text", Static)
        assert pane.has_class("-narrow") and lines.region.height >= 2
        assert "why: CrashLoopBackOff" in lines.visual.plain  # type: ignore[attr-defined]
        await pilot.press("1", "z")  # zoomed, the table has room for every column again
        await pilot.pause()
        assert not pane.has_class("-narrow") and not lines.region.height


async def test_the_timeline_summary_is_whole_under_the_list_and_in_the_detail_view(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=SMALL) as pilot:
        pane = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: bool(pane.rows))
        note = "the database pool ran dry at 07:40, right after v3 went out; paging the DBA on call to confirm it"
        await pilot.press("n", *note, "enter")
        await app.workers.wait_for_complete()
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.pause()
        row = next(index for index, event in enumerate(screen.shown) if event.summary == note)
        await pilot.press(*["down"] * row)
        summary = screen.query_one("#event-summary", Static)
        assert summary.visual.plain == note and summary.region.height >= 2  # type: ignore[attr-defined]
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, EventDetailScreen) and detail.event.summary == note
        assert note in detail.query_one(".summary", Static).visual.plain  # type: ignore[attr-defined]
        await pilot.press("escape")
        assert app.screen is screen
