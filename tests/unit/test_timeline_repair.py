"""Opening a file whose guard triggers are gone puts them back and says so in the record: where, and which ones.

Each test edits a real SQLite file by hand (another connection), then opens it as a cockpit does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from cockpit.core.timeline import EventKind, EventSource, Timeline, TimelineError

GUARDS = {"events_refuse_update", "events_refuse_delete", "events_refuse_replace"}


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        yield db


def triggers(path: Path) -> set[str]:
    with raw(path) as db:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def repairs(timeline: Timeline, *incident_ids: int) -> list[tuple[int, str, dict[str, object], str]]:
    found = [e for i in incident_ids for e in timeline.events(i, kinds=[EventKind.TIMELINE_REPAIRED])]
    return [(e.incident_id, e.summary, e.detail, e.source) for e in found]


def test_each_open_incident_records_the_repair(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        first, second, third = (timeline.open_incident(title, "prod", "api").id for title in ("a", "b", "c"))
        timeline.resolve(second, "fixed")
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_delete")
        db.execute("DROP TRIGGER events_refuse_replace")
    with Timeline(path) as timeline:
        summary = "timeline guards were missing and were recreated: events_refuse_delete, events_refuse_replace"
        detail = {"triggers": ["events_refuse_delete", "events_refuse_replace"], "file": str(path)}
        assert repairs(timeline, first, second, third) == [
            (first, summary, detail, EventSource.SYSTEM), (third, summary, detail, EventSource.SYSTEM)]
        assert timeline.verify().ok
    assert triggers(path) == GUARDS


def test_with_every_incident_resolved_the_latest_records_the_repair(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        first, second = (timeline.open_incident(title, "prod", "api").id for title in ("a", "b"))
        timeline.resolve(second, "fixed")
        timeline.resolve(first, "fixed")
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_update")
    with Timeline(path) as timeline:
        assert repairs(timeline, first, second) == [(
            second, "timeline guards were missing and were recreated: events_refuse_update",
            {"triggers": ["events_refuse_update"], "file": str(path)}, EventSource.SYSTEM)]
    assert triggers(path) == GUARDS


def test_a_file_without_incidents_gets_its_guards_back(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Timeline(path).close()
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_update")
    Timeline(path).close()
    assert triggers(path) == GUARDS
    with raw(path) as db:
        assert db.execute("SELECT count(*) FROM events").fetchone() == (0,)


def unguarded(path: Path) -> Path:
    """A file with one incident whose events_refuse_update trigger was dropped by hand."""
    with Timeline(path) as timeline:
        timeline.open_incident("a", "prod", "api")
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_update")
    return path


def test_verify_opens_the_file_as_it_is(tmp_path: Path) -> None:
    path = unguarded(tmp_path / "t.db")
    with Timeline(path, repair=False) as timeline:
        assert [str(p) for p in timeline.verify().problems] == [
            "the file: trigger events_refuse_update is missing (events could be changed or deleted unnoticed)"]
    assert triggers(path) == GUARDS - {"events_refuse_update"}


def test_a_repair_that_cannot_be_recorded_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = unguarded(tmp_path / "t.db")
    with raw(path) as db:
        # A file someone made refuse the record of its own repair.
        db.execute("CREATE TRIGGER no_repairs BEFORE INSERT ON events WHEN new.kind = 'timeline.repaired' "
                   "BEGIN SELECT RAISE(ABORT, 'no repairs here'); END")
    with pytest.raises(TimelineError) as refused:
        Timeline(path)
    assert str(refused.value) == f"cannot open the incident timeline {path}: no repairs here"
    assert triggers(path) == GUARDS - {"events_refuse_update"} | {"no_repairs"}  # the repair was rolled back whole
