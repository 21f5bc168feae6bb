"""Tampering with the timeline file by hand, as issue 11 reproduced it, and `cockpit timeline verify` naming it.

Each test records a real incident, edits the SQLite file with another connection the way an attacker (or a
well-meaning cleanup) would, then runs the real CLI entry point on it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from cockpit.cli import main
from cockpit.core.timeline import EventKind, EventSource, Timeline


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "timeline.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("api 5xx after deploy", "prod", "api", actor="ana")
        for n in range(5):
            timeline.record(incident.id, EventKind.NOTE, f"note {n}", source=EventSource.NOTE, actor="ana")
        other = timeline.open_incident("unrelated", "staging", "web")
        timeline.record(other.id, EventKind.NOTE, "staging note", source=EventSource.NOTE)
    return path, incident.id


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        yield db


def verify(path: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["timeline", "verify", *args, "--db", str(path), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_untouched_timeline_verifies(recorded: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, incident_id = recorded
    code, report = verify(path, capsys=capsys)
    assert (code, report["verified"], report["events"], report["problems"]) == (0, True, 8, [])
    assert main(["timeline", "verify", f"INC-{incident_id}", "--db", str(path)]) == 0
    assert "chain verified: 8 events, every trigger in place" in capsys.readouterr().out


def test_insert_or_replace_is_refused_by_the_file_itself(recorded: tuple[Path, int]) -> None:
    path, incident_id = recorded
    with raw(path) as db, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("INSERT OR REPLACE INTO events (seq, incident_id, ts, kind, source, summary) "
                   "VALUES (3, ?, '2026-01-01T00:00:00.000000Z', 'note', 'note', 'nothing happened')", (incident_id,))


def test_a_rewritten_event_is_named(recorded: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, incident_id = recorded
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_replace")
        db.execute("INSERT OR REPLACE INTO events (seq, incident_id, ts, kind, source, summary, hash) "
                   "SELECT seq, incident_id, ts, kind, source, 'nothing happened', hash FROM events WHERE seq = 3")
    code, report = verify(path, capsys=capsys)
    assert code == 1 and report["first_bad_event"] == 3
    problems = "\n".join(map(str, report["problems"]))
    assert "trigger events_refuse_replace is missing" in problems
    assert "event 3 (INC-1): its hash does not match its content" in problems
    assert "search index does not match the events" in problems


def test_drop_trigger_then_delete_is_noticed(recorded: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = recorded
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_delete")
        db.execute("DELETE FROM events WHERE seq = 4")
        db.execute("CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events "
                   "BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END")  # covering the tracks
    code, report = verify(path, capsys=capsys)
    assert code == 1 and report["first_bad_event"] == 5
    assert "event 5 (INC-1): events 4..4 before it were removed" in report["problems"]


def test_removing_the_newest_events_is_noticed(
    recorded: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = recorded
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_delete")
        db.execute("DELETE FROM events WHERE seq >= 7")
    code, report = verify(path, capsys=capsys)
    assert code == 1
    assert "event 8: events 7..8 were removed from the end" in report["problems"]


def test_an_update_with_triggers_dropped_is_named(
    recorded: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, incident_id = recorded
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_update")
        db.execute("UPDATE events SET actor = 'someone else' WHERE seq = 2")
    code, report = verify(path, f"INC-{incident_id}", capsys=capsys)
    assert code == 1 and report["first_bad_event"] == 2
    # Another incident's events are not implicated by a break in this one; the missing trigger is always reported.
    code, report = verify(path, "INC-2", capsys=capsys)
    assert code == 1 and report["first_bad_event"] is None
    assert report["problems"] == ["the file: trigger events_refuse_update is missing (events could be changed or "
                                  "deleted unnoticed)"]


def test_a_forged_event_is_named(recorded: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, incident_id = recorded
    with raw(path) as db:
        db.execute("INSERT INTO events (incident_id, ts, kind, source, summary, hash) VALUES "
                   "(?, '2026-01-01T00:00:00.000000Z', 'note', 'operator', 'rollback approved by lead', ?)",
                   (incident_id, "0" * 64))
    code, report = verify(path, capsys=capsys)
    assert code == 1 and report["first_bad_event"] == 9


def test_opening_a_file_without_its_triggers_recreates_them_and_says_so(recorded: tuple[Path, int]) -> None:
    path, incident_id = recorded
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_update")
        db.execute("DROP TRIGGER events_refuse_delete")
    with Timeline(path) as timeline:
        repaired = timeline.events(incident_id, kinds=[EventKind.TIMELINE_REPAIRED])
        assert timeline.verify().ok
    # Both incidents are open: each one's record says its file was unguarded.
    assert len(repaired) == 1 and repaired[0].detail["triggers"] == ["events_refuse_update", "events_refuse_delete"]
    with raw(path) as db, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM events WHERE seq = 1")


def test_a_file_from_before_the_chain_is_chained_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("old", "prod", "api")
        timeline.record(incident.id, EventKind.NOTE, "before the chain", source=EventSource.NOTE)
    with raw(path) as db:  # make it a schema-1 file, as the previous release wrote it
        for name in ("events_refuse_update", "events_refuse_replace"):
            db.execute(f"DROP TRIGGER {name}")
        db.execute("ALTER TABLE events DROP COLUMN hash")
        db.execute("PRAGMA user_version = 1")
    with Timeline(path) as timeline:
        assert timeline.verify().ok
        assert [e.summary for e in timeline.events(incident.id)][-1] == "before the chain"


@pytest.mark.parametrize("ref", ["INC-99999999999999999999", "9" * 5000])
def test_a_huge_incident_number_is_a_usage_error(
    recorded: tuple[Path, int], ref: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = recorded
    assert main(["timeline", "export", ref, "--format", "md", "--db", str(path)]) == 2
    assert "cannot exist (incident numbers stop at 9223372036854775807)" in capsys.readouterr().err


def test_the_file_is_private_through_a_dangling_symlink(tmp_path: Path) -> None:
    target = tmp_path / "data" / "timeline.db"
    link = tmp_path / "link.db"
    link.symlink_to(target)
    with Timeline(link) as timeline:
        timeline.open_incident("x", "prod", "api")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_an_existing_world_readable_file_becomes_private(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    with Timeline(path) as timeline:
        timeline.open_incident("x", "prod", "api")
    os.chmod(path, 0o644)
    with Timeline(path):
        pass
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_exports_state_whether_the_chain_verified(recorded: tuple[Path, int]) -> None:
    from cockpit.review.export import export

    path, incident_id = recorded
    with Timeline(path) as timeline:
        assert "Record integrity: chain verified: 8 events" in export(timeline, incident_id, "md")
        assert json.loads(export(timeline, incident_id, "json"))["integrity"]["verified"] is True
    with raw(path) as db:
        db.execute("DROP TRIGGER events_refuse_update")
        db.execute("UPDATE events SET summary = 'all fine' WHERE seq = 3")
    with Timeline(path) as timeline:  # reopening puts the trigger back; the changed event stays evidence
        markdown = export(timeline, incident_id, "md")
        integrity = json.loads(export(timeline, incident_id, "json"))["integrity"]
        html = export(timeline, incident_id, "html")
    assert "Record integrity: chain NOT verified: event 3 (INC-1): its hash does not match" in markdown
    assert (integrity["verified"], integrity["first_bad_event"]) == (False, 3)
    assert "chain NOT verified" in html
