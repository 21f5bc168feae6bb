"""The dashboard with a Pipeline pane, pixel for pixel, at 120x40: fake service beside replayed GitHub runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from cockpit.ui.widgets.pipeline_pane import PipelinePane
from tests.providers.github.replay import replay_server
from tests.ui.conftest import make_app, until
from tests.ui.pipeline_support import pipeline_session


async def every_pane_filled(pilot: Pilot[Any]) -> None:
    app = pilot.app
    screen = app.screen

    def filled() -> bool:
        pipeline = screen.query_one(PipelinePane)
        # The health trigger settles on its third check (fail) or its first (pass): the banner is then final.
        health_trigger = app.triggers.verdicts.get("health")  # type: ignore[attr-defined]
        return bool(
            health_trigger is not None
            and health_trigger.outcome.value != "inconclusive"
            and screen.query_one(DeploymentsPane).rows
            and screen.query_one(HealthPane).checks
            and screen.query_one(MetricsPane).latest
            and screen.query_one(LogsPane).shown
            and pipeline.runs
            and pipeline._deployments
        )

    await until(app, pilot, filled)  # type: ignore[arg-type]
    await app.hub.stop()  # type: ignore[attr-defined]  # freeze: no further polls change the picture
    await pilot.pause()


def test_dashboard_with_the_pipeline_pane_at_120x40(snap_compare: Any, tmp_path: Path) -> None:
    """A failed Deploy run beside the degraded service it deployed: the four panes on two rows, and below them a
    full-width Pipeline pane titled with the API quota (API 4987/5000) listing #128 ✗ failure, #127 and #126
    ✓ success with workflow, branch, short SHA, duration, attempt, actor and title; under the table the failed
    job 'deploy' failed at 'Deploy to Amazon ECS', its last error lines (one containing a literal
    '[red]not markup[/red]'), and 'running finance-hub-api ... ← Deploy #128 9f3c2a1, last success before: #127'."""
    with replay_server() as replay:
        app = make_app(pipeline_session(tmp_path / "t.db", replay.url))
        assert snap_compare(app, terminal_size=(120, 40), run_before=every_pane_filled)


async def pipeline_zoomed(pilot: Pilot[Any]) -> None:
    await every_pane_filled(pilot)
    await pilot.press("5", "z")
    await pilot.pause()


def test_the_dashboard_with_a_pipeline_at_80x24(snap_compare: Any, tmp_path: Path) -> None:
    """Five panes in an 80x24 window: each pane still shows its title and first lines; ? and q in the footer."""
    with replay_server() as replay:
        app = make_app(pipeline_session(tmp_path / "t.db", replay.url))
        assert snap_compare(app, terminal_size=(80, 24), run_before=every_pane_filled)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_the_pipeline_pane_zoomed(snap_compare: Any, tmp_path: Path, size: tuple[int, int]) -> None:
    """5 then z: the Pipeline pane alone, its runs table and the failed job's error lines."""
    with replay_server() as replay:
        app = make_app(pipeline_session(tmp_path / "t.db", replay.url))
        assert snap_compare(app, terminal_size=size, run_before=pipeline_zoomed)
