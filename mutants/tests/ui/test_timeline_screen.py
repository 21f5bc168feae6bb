"""The timeline screen: every event, search, source filter, stars and replay, from the keyboard."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from cockpit.core.timeline import EventKind, Timeline
from cockpit.screens.timeline import TimelineScreen
from cockpit.ui.widgets.health_pane import HealthPane
from tests.ui.conftest import fake_session, make_app, until


async def test_timeline_lists_searches_filters_stars_and_replays(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: bool(health.checks))
        await pilot.press("n", *"database pool exhausted", "enter")
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        kinds = [event.kind for event in screen.shown]
        assert kinds[0] == "incident.opened" and "state.changed" in kinds and "note" in kinds

        await pilot.press("slash", *"pool", "enter")
        assert [event.kind for event in screen.shown] == ["note"]
        await pilot.press("slash", "ctrl+u", "enter")
        await pilot.press("f", "f")  # all -> operator -> provider
        assert screen.source_filter == "provider"
        assert {event.source for event in screen.shown} == {"provider"}

        table = screen.query_one(DataTable)
        table.move_cursor(row=0)
        await pilot.pause()
        replay = str(screen.query_one("#replay-text", Static).render())
        assert "api: api degraded v3" in replay or "health failed" in replay

        await pilot.press("s")
        assert "★" in str(table.get_row_at(0)[-1])
        await pilot.press("escape")
        assert not isinstance(app.screen, TimelineScreen)
    with Timeline(tmp_path / "t.db") as timeline:
        starred = timeline.events(1, kinds=[EventKind.EVENT_STARRED])
    assert len(starred) == 1 and starred[0].detail["seq"] > 0
