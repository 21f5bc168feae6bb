"""The placeholder form at both sizes: the command, each value with its suggestion and where it comes from, and the
final command as it will run (80x24 SSH window and 120x40)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from cockpit.screens.placeholders import PlaceholderScreen
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from tests.ui.conftest import fake_session, make_app, until

RUNBOOK = """\
# Roll back by hand

- [ ] Check out the previous commit: `git checkout <previous-commit> && kubectl -n <namespace> logs POD_NAME`
"""


async def placeholders_asked(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await until(app, pilot, lambda: bool(app.screen.query_one(DeploymentsPane).rows))  # type: ignore[arg-type]
    await pilot.press("c")
    await pilot.press("x")
    await until(app, pilot, lambda: isinstance(app.screen, PlaceholderScreen))  # type: ignore[arg-type]
    await app.hub.stop()  # type: ignore[attr-defined]  # freeze: no further polls change the picture
    # A still cursor at the end of the suggestion: a blinking one would make the picture depend on the moment.
    field = app.screen.query_one("#hole-0", Input)
    field.cursor_blink = False
    field.action_end()
    await pilot.pause()


def session(tmp_path: Path) -> Any:
    runbook = tmp_path / "rollback.md"
    runbook.write_text(RUNBOOK)
    return fake_session(tmp_path / "t.db", runbook=runbook)


def test_placeholder_form_at_80x24(snap_compare: Any, tmp_path: Path) -> None:
    """Three placeholders: <previous-commit> suggested as v2 (the revision before the bad v3, from deployments),
    <namespace> and POD_NAME with no suggestion (a fake target has neither), the final command refusing to form
    until each has a value, and the keys to move on or cancel."""
    assert snap_compare(make_app(session(tmp_path)), terminal_size=(80, 24), run_before=placeholders_asked)


def test_placeholder_form_at_120x40(snap_compare: Any, tmp_path: Path) -> None:
    """The same form at 120x40."""
    assert snap_compare(make_app(session(tmp_path)), terminal_size=(120, 40), run_before=placeholders_asked)
