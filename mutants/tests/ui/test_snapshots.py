"""What the operator sees, pixel for pixel, at the two sizes that matter: an 80x24 SSH window and 120x40."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from tests.ui.conftest import fake_session, make_app, until


async def all_panes_filled(pilot: Pilot[Any]) -> None:
    app = pilot.app
    screen = app.screen

    def filled() -> bool:
        return bool(
            screen.query_one(DeploymentsPane).rows
            and screen.query_one(HealthPane).checks
            and screen.query_one(MetricsPane).latest
            and screen.query_one(LogsPane).shown
        )

    await until(app, pilot, filled)  # type: ignore[arg-type]
    await app.hub.stop()  # type: ignore[attr-defined]  # freeze: no further polls change the picture
    await pilot.pause()


def test_dashboard_at_80x24(snap_compare: Any, tmp_path: Path) -> None:
    """A bad deploy on a protected environment, in an 80x24 SSH window: status line with PROTECTED and
    WRITES ARMED, Deployments showing api degraded at v3 with CrashLoopBackOff and its history, Health failed
    with the database component down, a log line in red, error rate and p95 with values, the footer keys."""
    assert snap_compare(make_app(fake_session(tmp_path / "t.db")), terminal_size=(80, 24), run_before=all_panes_filled)


def test_dashboard_at_120x40(snap_compare: Any, tmp_path: Path) -> None:
    """The same incident at 120x40: all four panes with room to spare, nothing truncated in the status line."""
    assert snap_compare(make_app(fake_session(tmp_path / "t.db")), terminal_size=(120, 40), run_before=all_panes_filled)


def test_read_only_healthy_dashboard(snap_compare: Any, tmp_path: Path) -> None:
    """Read-only on an unprotected, healthy environment: READ-ONLY in the status line, no PROTECTED badge,
    everything green."""
    session = fake_session(tmp_path / "t.db", protected=False, read_only=True, bad_revisions=[])
    assert snap_compare(make_app(session), terminal_size=(120, 40), run_before=all_panes_filled)


def test_no_color_at_80x24(snap_compare: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """NO_COLOR set: the same incident in monochrome; every state still reads from its glyph (! degraded,
    ✗ failed, ✓ healthy) and WRITES ARMED / PROTECTED stay legible."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(fake_session(tmp_path / "t.db"))
    assert app.no_color
    assert snap_compare(app, terminal_size=(80, 24), run_before=all_panes_filled)
