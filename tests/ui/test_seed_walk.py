"""The seed runbooks, loaded without edits, walked in the cockpit against the demo service."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from cockpit.core.timeline import EventKind, Timeline
from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.ui.app import CockpitApp
from tests.ui.test_checklist_walk import open_checklist

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


def seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed runbooks missing from {SEEDS}")
        pytest.skip(f"seed runbooks missing from {SEEDS}")
    return found[0]


async def test_seed_004s_decision_matrix_is_evaluated_against_live_health(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path
) -> None:
    app = demo_app_factory(runbook=seed("004"))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        assert isinstance(screen, ChecklistScreen)
        checklist = screen.checklist
        assert checklist.runbook.title == "Deployment Rollback Runbook"
        assert [table.header for table in checklist.decision_tables()] == [("Component Status", "Action")]
        # An unverified checkbox step of the seed is done on the operator's word.
        step = next(s for s in checklist.steps if s.text.startswith("All containers healthy"))
        screen.select_step(step.id)
        await pilot.press("d")
        await app.workers.wait_for_complete()
        assert checklist.status(step.id).state is StepState.DONE
    with Timeline(tmp_path / "timeline.db") as timeline:
        # Decision-table verdicts (rollback triggers are advisor verdicts too, without a table line).
        verdicts = [e for e in timeline.events(1, kinds=[EventKind.ADVISOR_VERDICT]) if "table_line" in e.detail]
    assert verdicts and "Immediate rollback" in verdicts[0].detail["verdict"]
    assert any("database" in reason for reason in verdicts[0].detail["evidence"])


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
async def test_every_seed_opens_as_a_checklist(demo_app_factory: Callable[..., CockpitApp], prefix: str) -> None:
    app = demo_app_factory(runbook=seed(prefix))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        steps = screen.checklist.steps
        assert len(steps) >= 10
        first = steps[0]
        screen.select_step(first.id)
        await pilot.press("s")
        app.screen.query_one("Input").insert_text_at_cursor("not relevant to this incident")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        assert screen.checklist.status(first.id).state is StepState.SKIPPED
