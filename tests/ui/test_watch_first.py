"""`cockpit open` on a failing environment with no open incident only watches: the operator's first action or note
opens the incident, with what was observed before it; looking and leaving records nothing."""

from __future__ import annotations

from pathlib import Path

from cockpit.core.timeline import EventKind, Timeline
from cockpit.ui.incident_link import WATCHING_LABEL
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.status_bar import StatusBar
from tests.ui.conftest import fake_session, make_app, until


def watching_session(db: Path):  # type: ignore[no-untyped-def]
    session = fake_session(db)
    session.watch_first = True  # as `cockpit open` builds it
    return session


async def test_looking_opens_no_incident_and_the_first_note_opens_one_with_what_was_seen(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    app = make_app(watching_session(db))
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: bool(health.checks))
        assert app.incident is None
        assert app.screen.query_one(StatusBar).incident == WATCHING_LABEL
        with Timeline(db) as timeline:
            assert timeline.incidents() == []
        await pilot.press("n", *"paging the database team", "enter")
        await until(app, pilot, lambda: app.incident is not None)
        await app.workers.wait_for_complete()
        assert app.screen.query_one(StatusBar).incident.startswith("INC-1 ")
    with Timeline(db) as timeline:
        [incident] = timeline.incidents()
        events = timeline.events(incident.id)
    kinds = [event.kind for event in events]
    assert kinds[-1] == EventKind.NOTE and events[-1].summary == "paging the database team"
    seen = [event for event in events if event.kind == EventKind.STATE_CHANGED]
    assert {event.detail["capability"] for event in seen} >= {"health"}  # the failing check seen while watching
    assert all("observed_at" in event.detail for event in seen)
    assert max(event.seq for event in seen) < events[-1].seq  # written before the note that opened the incident


async def test_an_open_incident_is_resumed_at_once_even_when_watching_first(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    with Timeline(db) as timeline:
        timeline.open_incident("checkout is down", "production", "api", actor="oncall")
    app = make_app(watching_session(db))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(app, pilot, lambda: app.incident is not None)
        assert app.screen.query_one(StatusBar).incident.startswith("INC-1 (resumed) ")


async def test_the_timeline_key_says_there_is_no_incident_yet(tmp_path: Path) -> None:
    app = make_app(watching_session(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: bool(health.checks))
        await pilot.press("t")
        await pilot.pause()
        assert app.current_mode == "dashboard"
        assert any("No incident yet" in str(note.message) for note in app._notifications)
