"""Done when of the review: an incident driven through the demo (rollback via the checklist, notes, a TODO)
exports to Markdown that reads as a review, JSON that validates, and HTML that Chromium renders."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
from textual.pilot import Pilot
from textual.widgets import Input

from cockpit.core.timeline import Timeline
from cockpit.providers.results import State
from cockpit.review.export import export
from cockpit.review.json import load_schema
from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.note import NoteScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.health_pane import HealthPane
from tests.browser import run_chromium
from tests.ui.conftest import until


async def write_note(app: CockpitApp, pilot: Pilot[int], text: str) -> None:
    """`n`, the text, Enter. Pilot waits for an idle CPU after every key and the in-process demo never idles, so the
    text goes into the input at once rather than key by key (two seconds a key on a loaded machine)."""
    await pilot.press("n")
    await until(app, pilot, lambda: isinstance(app.screen, NoteScreen))
    app.screen.query_one(Input).insert_text_at_cursor(text)
    await pilot.press("enter")
    await app.workers.wait_for_complete()


async def drive_the_demo_incident(app: CockpitApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: "checkout-health" in health.checks)
        await write_note(app, pilot, "db pool exhausted after v42")
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        screen.select_step("rollback")
        await pilot.press("a")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        app.screen.query_one(Input).insert_text_at_cursor("checkout")
        await pilot.press("enter")
        await until(app, pilot, lambda: health.checks["checkout-health"].state is State.HEALTHY, timeout=30)
        await app.workers.wait_for_complete()
        # The rollback step is done by the verified action itself (its evidence is the runner's verification).
        assert screen.checklist.status("rollback").state is StepState.DONE
        await write_note(app, pilot, "TODO: alert on pool saturation before deploys finish")
        await pilot.pause()


async def test_the_demo_incident_exports_to_a_finished_review(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path, chromium: str
) -> None:
    app = demo_app_factory()
    await drive_the_demo_incident(app)
    with Timeline(tmp_path / "timeline.db") as timeline:
        markdown = export(timeline, 1, "md")
        document = json.loads(export(timeline, 1, "json"))
        page = export(timeline, 1, "html")

    assert "/admin/deploy" in markdown and '"v41"' in markdown  # the exact command that rolled back
    assert "alert on pool saturation before deploys finish" in markdown.split("Action items", 1)[1]
    assert "db pool exhausted after v42" in markdown
    assert "Roll back now" in markdown  # the advisor's verdict from the decision table
    for figure in ("Time to detect", "Time to roll back", "Time to recover"):
        line = next(row for row in markdown.splitlines() if row.startswith(f"| {figure}"))
        assert "—" not in line.split("|")[2], line  # every milestone was reached and measured

    jsonschema.validate(document, load_schema())
    kinds = {event["kind"] for event in document["events"]}
    assert {"action.verified", "checklist.step", "advisor.verdict", "note"} <= kinds

    review = tmp_path / "review.html"
    review.write_text(page, encoding="utf-8")
    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", review.as_uri()).stdout
    assert "alert on pool saturation before deploys finish" in dom and "/admin/deploy" in dom
