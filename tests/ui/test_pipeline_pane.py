"""The Pipeline pane through Pilot, fed by the hub from a GitHub Actions target on the replay API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from cockpit.core.timeline import EventKind, Timeline
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.widgets.pipeline_pane import PipelinePane
from tests.providers.github.replay import ReplayServer, replay_server
from tests.ui.conftest import fake_session, make_app, until
from tests.ui.pipeline_support import pipeline_session


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with replay_server() as server:
        yield server


def table_rows(pane: PipelinePane) -> list[list[str]]:
    table = pane.query_one(DataTable)
    return [[cell.plain for cell in table.get_row_at(index)] for index in range(table.row_count)]


async def test_the_failed_run_its_failed_step_and_error_lines(tmp_path: Path, replay: ReplayServer) -> None:
    app = make_app(pipeline_session(tmp_path / "t.db", replay.url))
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.screen.query_one(PipelinePane)
        await until(app, pilot, lambda: bool(pane.runs and pane._deployments))
        assert pane.border_title == "Pipeline" and pane.border_subtitle == "API 4987/5000"
        assert table_rows(pane)[0] == ["✗ #128 failure", "Deploy", "main", "9f3c2a1", "07:41", "1", "mhernandez",
                                       "Release 2.14: ledger export"]
        assert [row[0] for row in table_rows(pane)] == ["✗ #128 failure", "✓ #127 success", "✓ #126 success"]
        lines = str(pane.detail.content).splitlines()
        assert lines[0] == "✗ deploy (Deploy #128) failed at Deploy to Amazon ECS"
        # A log line that looks like markup is shown as it was written.
        assert "exited (exit code 1) [red]not markup[/red]" in lines[1]
        assert lines[-2] == "  error: Process completed with exit code 1."
        assert lines[-1] == ("running finance-hub-api finance-hub-api:sha-9f3c2a1 ← Deploy #128 9f3c2a1"
                             "   last success before: #127 4d2e8b7")
        assert pane.has_class("-alert")
    with Timeline(tmp_path / "t.db") as timeline:
        changes = [e.summary for e in timeline.events(1, kinds=[EventKind.STATE_CHANGED]) if e.target == "ci"]
    assert changes == ["ci pipelines: Deploy #128 failed"]


async def test_e_re_runs_the_failed_jobs_after_the_typed_confirmation(tmp_path: Path, replay: ReplayServer) -> None:
    app = make_app(pipeline_session(tmp_path / "t.db", replay.url, with_service=False))
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.screen.query_one(PipelinePane)
        await until(app, pilot, lambda: bool(pane.runs))
        await pilot.press("5", "e")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        command = str(confirm.query_one("#command", Static).content)
        assert command == "gh run rerun 7001128 --failed --repo acme/finance-hub"
        confirm.query_one("#phrase", Input).value = "acme/finance-hub"
        await pilot.press("enter")
        await until(app, pilot, lambda: bool(replay.requests("rerun-failed-jobs")))
        await app.workers.wait_for_complete()
    with Timeline(tmp_path / "t.db") as timeline:
        done = timeline.events(1, kinds=[EventKind.ACTION_SUCCEEDED])
    assert [e.detail["plan"]["command"] for e in done] == ["gh run rerun 7001128 --failed --repo acme/finance-hub"]


async def test_a_refusing_api_shows_in_the_pane_and_the_pane_stays(tmp_path: Path, replay: ReplayServer) -> None:
    replay.use("unauthorised")
    app = make_app(pipeline_session(tmp_path / "t.db", replay.url, with_service=False))
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.screen.query_one(PipelinePane)
        await until(app, pilot, lambda: pane.has_class("-failed"))
        banner = str(pane.query_one(".banner", Static).content)
        assert "ci: unauthorised" in banner and "Bad credentials" in banner
        assert "ghp_uiTestToken000" not in banner


async def test_no_pipeline_target_no_pipeline_pane(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert not app.screen.query(PipelinePane)
        await pilot.press("5")  # nothing to focus, nothing breaks
        assert [pane.id for pane in app.screen.query(".pane")] == ["deployments", "health", "logs", "metrics"]
