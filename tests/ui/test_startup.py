"""Start-up (issue 13): the first frame comes before the timeline file is opened and before the panes' bodies are
built; nothing recorded in between is lost, and a timeline that cannot be opened ends the run with its error."""

from __future__ import annotations

from pathlib import Path

from cockpit.core.timeline import EventKind, EventSource, Timeline, TimelineError
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.pane import Pane
from tests.ui.conftest import fake_session, until


async def test_events_recorded_before_the_timeline_opens_wait_for_it_in_order(tmp_path: Path) -> None:
    session = fake_session(tmp_path / "t.db")
    opened: list[Timeline] = []

    def open_timeline() -> Timeline:
        opened.append(Timeline(session.db_path))
        return opened[-1]

    app = CockpitApp(session, open_timeline)
    # Recorded before the app runs at all: the incident does not exist yet, nothing is open.
    app.record_soon(EventKind.NOTE, "first, before the first frame", source=EventSource.NOTE)
    app.record_soon(EventKind.NOTE, "second, before the first frame", source=EventSource.NOTE)
    assert opened == [] and not session.db_path.exists()
    async with app.run_test(size=(120, 40)) as pilot:
        await until(app, pilot, lambda: app.incident is not None and bool(app.screen.query_one(LogsPane).shown))
        assert len(opened) == 1
        await pilot.press("n", *"after it", "enter")
        await pilot.pause()
    assert opened[0].path == session.db_path
    with Timeline(session.db_path) as timeline:
        notes = [event.summary for event in timeline.events(1, kinds=[EventKind.NOTE])]
        assert timeline.verify(1).ok
    assert notes == ["first, before the first frame", "second, before the first frame", "after it"]


async def test_panes_mount_their_body_after_the_first_frame_and_only_then_listen(tmp_path: Path) -> None:
    app = CockpitApp(fake_session(tmp_path / "t.db"), lambda: Timeline(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        panes = list(app.screen.query(Pane))
        assert [pane.border_title for pane in panes] == ["Deployments", "Health", "Logs", "Metrics"]
        for pane in panes:
            await pane.body_ready.wait()
        deployments = app.screen.query_one(DeploymentsPane)
        # The body is in place (table header, the waiting line) before the first answer, and the first answers
        # reach it: none was sent before the pane listened.
        assert deployments.query_one("DataTable") is not None
        await until(app, pilot, lambda: bool(deployments.rows and app.screen.query_one(LogsPane).shown))


async def test_a_timeline_that_cannot_be_opened_ends_the_run_with_its_error(tmp_path: Path) -> None:
    def cannot_open() -> Timeline:
        raise TimelineError(f"cannot open the timeline {tmp_path / 'x.db'}: disk I/O error")

    app = CockpitApp(fake_session(tmp_path / "t.db"), cannot_open)
    app.record_soon(EventKind.NOTE, "queued before the failure", source=EventSource.NOTE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert app.return_code == 2
    assert app.incident is None and app.runner is None
