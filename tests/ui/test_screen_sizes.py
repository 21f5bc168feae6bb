"""Every screen at the two sizes that matter: an 80x24 SSH window and 120x40. Each snapshot is the same incident
as tests/ui/test_snapshots.py (a bad deploy of api on a protected environment), on a clock frozen at the fake's
own time, so every run draws the same frame.

Look at the SVG before updating one: at 80x24 nothing an operator needs may be cut (titles, counters, the why of a
deployment, the `?` and `q` keys, the timeline's summaries, the whole plan of a confirmation).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from cockpit.core.timeline import Timeline
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.app import CockpitApp
from tests.ui.conftest import FROZEN, fake_session, until
from tests.ui.test_snapshots import all_panes_filled

SIZES = {"80x24": (80, 24), "120x40": (120, 40)}
DEMO_RUNBOOK = Path(str(resources.files("cockpit.runbooks") / "builtin" / "health-decision-rollback.md"))


PICKER_RUNBOOK = """# Restart the api's workers when the database pool is exhausted

## 1. Restart

- [ ] Look at the pods, then restart them one by one:

  ```sh
  kubectl --namespace production get pods --selector app=api --output wide
  kubectl --namespace production rollout restart deployment/api
  ```
"""


def frozen_app(db: Path, runbook: Path = DEMO_RUNBOOK) -> CockpitApp:
    """The fake incident with every clock frozen: the hub's at the fake's time, the timeline's ticking one second
    per event from it (the timeline screen lists each event's time)."""
    start = datetime.fromisoformat(FROZEN)
    ticks = itertools.count()
    timeline = Timeline(db, clock=lambda: start + timedelta(seconds=next(ticks)))
    return CockpitApp(fake_session(db, runbook=runbook), timeline, clock=lambda: start)


async def settled(pilot: Pilot[Any]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def keys(*pressed: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def run_before(pilot: Pilot[Any]) -> None:
        await all_panes_filled(pilot)
        await pilot.press(*pressed)
        await settled(pilot)

    return run_before


async def checklist(pilot: Pilot[Any]) -> None:
    await all_panes_filled(pilot)
    await pilot.press("c")
    await until(pilot.app, pilot, lambda: isinstance(pilot.app.screen, ChecklistScreen))  # type: ignore[arg-type]
    await settled(pilot)


async def confirm(pilot: Pilot[Any]) -> None:
    """The rollback's worker waits on this dialog: wait for the dialog, not for the workers."""
    await all_panes_filled(pilot)
    await pilot.press("r")
    for _ in range(100):  # the plan is read from the fake: a few turns of the loop
        if isinstance(pilot.app.screen, ConfirmScreen):
            break
        await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press(*"apu")  # a typo on its way: the dialog stays open and says so
    await pilot.press("enter")
    await pilot.pause()


async def timeline_detail(pilot: Pilot[Any]) -> None:
    await all_panes_filled(pilot)
    await pilot.press("t", "down", "down", "enter")
    await settled(pilot)


SCREENS: dict[str, Callable[[Pilot[Any]], Awaitable[None]]] = {
    "deployments_zoomed": keys("1", "z"),
    "health_zoomed": keys("2", "z"),
    "logs_zoomed": keys("3", "z"),
    "metrics_zoomed": keys("4", "z"),
    "help": keys("question_mark"),
    "note": keys("n", *"db pool exhausted at 07:40"),
    "confirm_with_a_typo": confirm,
    "timeline": keys("t"),
    "timeline_event_detail": timeline_detail,
    "checklist": checklist,
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_at_both_sizes(snap_compare: Any, tmp_path: Path, screen: str, size: str) -> None:
    assert snap_compare(frozen_app(tmp_path / "t.db"), terminal_size=SIZES[size], run_before=SCREENS[screen])


async def command_picker(pilot: Pilot[Any]) -> None:
    await checklist(pilot)
    await pilot.press("x")  # a step with two commands: which one?
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_the_command_picker_at_both_sizes(snap_compare: Any, tmp_path: Path, size: str) -> None:
    runbook = tmp_path / "restart.md"
    runbook.write_text(PICKER_RUNBOOK)
    app = frozen_app(tmp_path / "t.db", runbook)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=command_picker)
