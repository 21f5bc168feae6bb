"""The incident timeline against real SQLite files: append-only, private, WAL, searchable, shared by processes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cockpit.core.redaction import Redactor
from cockpit.core.timeline import (
    EventKind,
    EventSource,
    NewEvent,
    Timeline,
    TimelineError,
    UnknownIncident,
    default_db_path,
)
from cockpit.core.timeline_schema import SCHEMA_VERSION

REPO_ROOT = Path(__file__).resolve().parents[2]
GITHUB_TOKEN = "ghp_" + "Zq8kR2mN5vX9pL3wT7yB1cH6jF4dS0aE2gU8"  # fake; split so secret scanners stay quiet


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "timeline.db"


@pytest.fixture
def timeline(db_path: Path) -> Iterator[Timeline]:
    with Timeline(db_path) as opened:
        yield opened


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection, as any other program (or a curious operator with sqlite3) would open the file."""
    db = sqlite3.connect(path, isolation_level=None)
    try:
        yield db
    finally:
        db.close()


# -- the file ----------------------------------------------------------------------------------------------------


def test_file_is_created_private_whatever_the_umask(db_path: Path) -> None:
    previous = os.umask(0)
    try:
        with Timeline(db_path) as timeline:
            incident = timeline.open_incident("api 5xx", "prod", "api")
            timeline.record(incident.id, EventKind.NOTE, "looking", source=EventSource.NOTE)
            siblings = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in siblings}
    finally:
        os.umask(previous)
    assert modes[db_path.name] == 0o600
    assert set(modes.values()) == {0o600}, modes  # the -wal and -shm files hold the same data


def test_file_is_in_wal_mode(timeline: Timeline, db_path: Path) -> None:
    with raw(db_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_keeps_data_and_schema(db_path: Path) -> None:
    with Timeline(db_path) as first:
        incident = first.open_incident("api 5xx", "prod", "api")
    with Timeline(db_path) as second, Timeline(db_path) as third:
        assert second.incident(incident.id) == incident
        assert [e.kind for e in third.events(incident.id)] == [EventKind.INCIDENT_OPENED]
    with raw(db_path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_from_a_newer_cockpit_is_refused(db_path: Path) -> None:
    Timeline(db_path).close()
    with raw(db_path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(TimelineError, match=r"written by a newer cockpit \(schema 99"):
        Timeline(db_path)


# -- append-only -------------------------------------------------------------------------------------------------


def test_events_cannot_be_updated_or_deleted_by_anyone(timeline: Timeline, db_path: Path) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api")
    event = timeline.record(incident.id, EventKind.NOTE, "rolled back by hand", source=EventSource.NOTE)
    with raw(db_path) as db:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("UPDATE events SET summary = 'nothing happened' WHERE seq = ?", (event.seq,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute("DELETE FROM events WHERE seq = ?", (event.seq,))
    assert timeline.events(incident.id)[-1].summary == "rolled back by hand"


def test_starring_is_an_event_and_leaves_the_starred_event_untouched(timeline: Timeline) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api")
    noted = timeline.record(incident.id, EventKind.NOTE, "error rate 30%", source=EventSource.NOTE)
    timeline.record(
        incident.id, EventKind.EVENT_STARRED, "starred", source=EventSource.OPERATOR, detail={"seq": noted.seq}
    )
    events = timeline.events(incident.id)
    assert events[1] == noted
    assert events[2].detail == {"seq": noted.seq}


# -- recording and reading ---------------------------------------------------------------------------------------


def test_record_returns_only_once_another_connection_can_read_it(timeline: Timeline, db_path: Path) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api", actor="ana")
    event = timeline.record(
        incident.id,
        EventKind.ACTION_PLANNED,
        "planned rollback",
        source=EventSource.OPERATOR,
        actor="ana",
        target="k8s-prod",
        detail={"plan": {"command": "kubectl rollout undo deployment/api"}},
        step_id="rollback-2",
    )
    with raw(db_path) as db:
        row = db.execute(
            "SELECT kind, actor, target, step_id, detail FROM events WHERE seq = ?", (event.seq,)
        ).fetchone()
    assert row == (
        "action.planned",
        "ana",
        "k8s-prod",
        "rollback-2",
        '{"plan":{"command":"kubectl rollout undo deployment/api"}}',
    )
    assert event.ts.tzinfo is not None and event.ts.utcoffset() == timedelta(0)


def test_opening_an_incident_records_it(timeline: Timeline) -> None:
    incident = timeline.open_incident("api 5xx after deploy", "prod", "api", severity="SEV1", actor="ana")
    assert incident.ref == f"INC-{incident.id}"
    assert incident.status == "open" and incident.resolved_at is None
    (opened,) = timeline.events(incident.id)
    assert opened.kind is EventKind.INCIDENT_OPENED
    assert opened.actor == "ana"
    assert opened.ts == incident.opened_at
    assert "SEV1" in opened.summary and incident.ref in opened.summary


def test_resolve_closes_the_incident_once(timeline: Timeline) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api")
    resolved = timeline.resolve(incident.id, "rolled back to api:41, error rate 0%", actor="ana")
    assert resolved.status == "resolved"
    assert resolved.resolved_at is not None and resolved.resolved_at >= incident.opened_at
    assert timeline.events(incident.id)[-1].kind is EventKind.INCIDENT_RESOLVED
    with pytest.raises(TimelineError, match="already resolved"):
        timeline.resolve(incident.id, "again")
    assert timeline.latest_open("prod") is None


def test_incidents_are_listed_newest_first_and_filtered(timeline: Timeline) -> None:
    first = timeline.open_incident("old", "prod", "api")
    staging = timeline.open_incident("staging", "staging", "api")
    newest = timeline.open_incident("new", "prod", "web")
    timeline.resolve(first.id, "done")
    assert [i.id for i in timeline.incidents()] == [newest.id, staging.id, first.id]
    assert [i.id for i in timeline.incidents(environment="prod")] == [newest.id, first.id]
    assert [i.id for i in timeline.incidents(status="resolved")] == [first.id]
    assert timeline.latest_open("prod") == newest
    assert timeline.latest_open("dev") is None


def test_unknown_incidents_are_named(timeline: Timeline) -> None:
    with pytest.raises(UnknownIncident, match="INC-42 is not in the incident timeline"):
        timeline.incident(42)
    with pytest.raises(UnknownIncident, match="INC-42"):
        timeline.record(42, EventKind.NOTE, "hello", source=EventSource.NOTE)
    with pytest.raises(UnknownIncident, match="INC-42"):
        timeline.resolve(42, "done")


@pytest.mark.parametrize(("ref", "expected"), [("INC-12", 12), ("inc-7", 7), ("12", 12), (" INC12 ", 12), (3, 3)])
def test_parse_ref_accepts_what_people_type(ref: str | int, expected: int) -> None:
    assert Timeline.parse_ref(ref) == expected


@pytest.mark.parametrize("ref", ["", "INC-", "twelve", "INC-1-2", "-3"])
def test_parse_ref_refuses_anything_else_clearly(ref: str) -> None:
    with pytest.raises(ValueError, match="expected INC-<number>"):
        Timeline.parse_ref(ref)


def test_unknown_kinds_and_naive_times_are_refused(timeline: Timeline) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api")
    with pytest.raises(ValueError, match="'deploy.started' is not a valid EventKind"):
        timeline.record(incident.id, "deploy.started", "x", source=EventSource.SYSTEM)
    with pytest.raises(ValueError, match="timezone-aware"):
        timeline.record_many([NewEvent(incident.id, "note", "x", "note", ts=datetime(2024, 1, 1))])
    assert len(timeline.events(incident.id)) == 1


def test_events_filter_by_kind_source_position_and_count(timeline: Timeline) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api")
    other = timeline.open_incident("web slow", "prod", "web")
    timeline.record(incident.id, EventKind.STATE_CHANGED, "api healthy -> failed", source=EventSource.PROVIDER)
    note = timeline.record(incident.id, EventKind.NOTE, "paged db team", source=EventSource.NOTE)
    timeline.record(other.id, EventKind.NOTE, "other incident", source=EventSource.NOTE)
    timeline.record(incident.id, EventKind.ADVISOR_VERDICT, "rollback advised", source=EventSource.ADVISOR)

    assert [e.summary for e in timeline.events(incident.id, kinds=[EventKind.NOTE])] == ["paged db team"]
    assert [e.kind for e in timeline.events(incident.id, sources=["advisor", "provider"])] == [
        EventKind.STATE_CHANGED,
        EventKind.ADVISOR_VERDICT,
    ]
    assert [e.summary for e in timeline.events(incident.id, after_seq=note.seq)] == ["rollback advised"]
    assert len(timeline.events(incident.id, limit=2)) == 2


def test_record_many_writes_everything_in_one_go(timeline: Timeline) -> None:
    incident = timeline.open_incident("load", "prod", "api")
    start = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    rows = [
        NewEvent(incident.id, EventKind.NOTE, f"imported line {n}", EventSource.SYSTEM, ts=start + timedelta(seconds=n))
        for n in range(1000)
    ]
    assert timeline.record_many(rows) == 1000
    events = timeline.events(incident.id, kinds=[EventKind.NOTE])
    assert len(events) == 1000
    assert events[999].ts == start + timedelta(seconds=999)
    assert [e.summary for e in timeline.search("line 777")] == ["imported line 777"]


def test_record_many_is_all_or_nothing(timeline: Timeline) -> None:
    incident = timeline.open_incident("load", "prod", "api")
    rows = [NewEvent(incident.id, EventKind.NOTE, "fine", EventSource.NOTE), NewEvent(999, "note", "orphan", "note")]
    with pytest.raises(UnknownIncident):
        timeline.record_many(rows)
    assert len(timeline.events(incident.id)) == 1


def test_default_db_path_follows_cockpit_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COCKPIT_DB", str(tmp_path / "elsewhere.db"))
    assert default_db_path() == tmp_path / "elsewhere.db"
    monkeypatch.delenv("COCKPIT_DB")
    assert default_db_path().name == "timeline.db"
    assert "cockpit" in default_db_path().parts


# -- search ------------------------------------------------------------------------------------------------------


def test_search_finds_words_in_summary_detail_kind_and_target(timeline: Timeline) -> None:
    incident = timeline.open_incident("api 5xx", "prod", "api")
    other = timeline.open_incident("web", "prod", "web")
    rollback = timeline.record(
        incident.id,
        EventKind.ACTION_SUCCEEDED,
        "rollback succeeded",
        source=EventSource.OPERATOR,
        target="k8s-prod",
        detail={"result": {"output": "deployment.apps/api rolled back to revision 3"}},
    )
    timeline.record(incident.id, EventKind.NOTE, "database pool exhausted", source=EventSource.NOTE)
    timeline.record(other.id, EventKind.NOTE, "database fine here", source=EventSource.NOTE)

    assert timeline.search("revision 3") == [rollback]  # from the detail JSON
    assert timeline.search("k8s-prod") == [rollback]  # target
    assert timeline.search("action succeeded") == [rollback]  # kind
    assert [e.summary for e in timeline.search("DATABASE")] == ["database pool exhausted", "database fine here"]
    assert [e.summary for e in timeline.search("database", incident_id=incident.id)] == ["database pool exhausted"]
    assert [e.summary for e in timeline.search("datab*", incident_id=incident.id)] == ["database pool exhausted"]
    assert timeline.search("database rollback") == []  # every word must be there


NOTE = "pool AND replica NOT ready"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # Operators and stray syntax are searched as plain words, or dropped when they hold none.
        ("AND", True), ("NOT", True), ('pool"', True), ("ready)", True), ("repl*", True), ("AND OR", False),
        ("NEAR(", False), ("a:b", False), ("^x", False), ("{x}", False),
        ('"', False), ("*", False), ("(", False), (")", False), ("''", False), ("- -", False), ("\x00", False),
    ],
)
def test_search_never_fails_on_what_a_user_types(timeline: Timeline, query: str, found: bool) -> None:
    incident = timeline.open_incident("api", "prod", "api")
    timeline.record(incident.id, EventKind.NOTE, NOTE, source=EventSource.NOTE)
    assert [e.summary for e in timeline.search(query)] == ([NOTE] if found else [])


@pytest.mark.parametrize("query", ["", "   ", "\n", '"', "*", "()"])
def test_search_without_words_finds_nothing(timeline: Timeline, query: str) -> None:
    incident = timeline.open_incident("api", "prod", "api")
    timeline.record(incident.id, EventKind.NOTE, "anything", source=EventSource.NOTE)
    assert timeline.search(query) == []


# -- secrets -----------------------------------------------------------------------------------------------------


def test_secrets_are_redacted_before_they_reach_the_file(db_path: Path) -> None:
    configured = "correct-horse-battery"
    with Timeline(db_path, redactor=Redactor(extra_values=[configured])) as timeline:
        incident = timeline.open_incident(f"leak of {configured}", "prod", "api")
        event = timeline.record(
            incident.id,
            EventKind.ACTION_FAILED,
            f"git push failed with GITHUB_TOKEN={GITHUB_TOKEN}",
            source=EventSource.OPERATOR,
            detail={"result": {"output": f"remote: {configured} rejected"}, "password": "hunter2"},
        )
        assert GITHUB_TOKEN not in event.summary and event.detail["password"] == "***REDACTED***"
        assert timeline.search("hunter2") == [] and timeline.search(configured) == []
        # Read the bytes while the WAL still holds the rows, and again after the checkpoint on close.
        during = b"".join(p.read_bytes() for p in db_path.parent.iterdir())
    after = b"".join(p.read_bytes() for p in db_path.parent.iterdir())
    for blob in (during, after):
        assert b"GITHUB_TOKEN=***REDACTED***" in blob
        for secret in (GITHUB_TOKEN, configured, "hunter2"):
            assert secret.encode() not in blob


# -- concurrency -------------------------------------------------------------------------------------------------

WRITER = """
import sys
from pathlib import Path
from cockpit.core.timeline import EventKind, EventSource, Timeline
path, incident_id, name = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with Timeline(path) as timeline:
    print("ready", flush=True)
    sys.stdin.readline()  # the parent releases both writers at once
    for n in range(500):
        timeline.record(incident_id, EventKind.NOTE, f"{name} {n}", source=EventSource.NOTE, actor=name)
print("done", flush=True)
"""


def test_two_processes_appending_at_once_lose_nothing(timeline: Timeline, db_path: Path) -> None:
    incident = timeline.open_incident("shared bastion", "prod", "api")
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(incident.id), name],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("ana", "bob")
    ]
    try:
        for writer in writers:
            assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        outcomes = [writer.communicate(timeout=120) for writer in writers]
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
    for writer, (out, err) in zip(writers, outcomes, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and out == "done\n"
    notes = timeline.events(incident.id, kinds=[EventKind.NOTE])
    for name in ("ana", "bob"):
        assert [e.summary for e in notes if e.actor == name] == [f"{name} {n}" for n in range(500)]
    assert len(notes) == 1000


# -- storage failures --------------------------------------------------------------------------------------------


@pytest.fixture
def read_only(db_path: Path) -> Iterator[Path]:
    """Make the timeline file truly read-only, also for root (who ignores permission bits): chattr +i."""
    with Timeline(db_path) as timeline:
        timeline.open_incident("archived", "prod", "api")
    if os.geteuid() != 0:
        db_path.chmod(0o400)
        yield db_path
        db_path.chmod(0o600)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(db_path)], check=False, capture_output=True).returncode:
        reason = "running as root where chattr +i does not work: nothing is read-only for root"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield db_path
    finally:
        subprocess.run([chattr, "-i", str(db_path)], check=True)


def test_read_only_file_can_be_read_but_writing_says_why(read_only: Path) -> None:
    with Timeline(read_only) as timeline:
        (incident,) = timeline.incidents()
        assert timeline.events(incident.id)[0].kind is EventKind.INCIDENT_OPENED
        with pytest.raises(TimelineError) as caught:
            timeline.record(incident.id, EventKind.NOTE, "x", source=EventSource.NOTE)
    assert str(caught.value) == f"cannot write the incident timeline {read_only}: the file is read-only"


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a timeline\n" * 200)
    with pytest.raises(TimelineError) as caught:
        Timeline(path)
    assert str(caught.value) == f"cannot open the incident timeline {path}: the file is not an SQLite database"


def test_a_full_disk_is_reported_and_loses_no_recorded_event(timeline: Timeline) -> None:
    incident = timeline.open_incident("api", "prod", "api")
    kept = timeline.record(incident.id, EventKind.NOTE, "before the disk filled", source=EventSource.NOTE)
    # A real SQLITE_FULL without filling a real disk: cap this connection's file size at what it has now.
    pages = timeline._db.execute("PRAGMA page_count").fetchone()[0]
    timeline._db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(TimelineError) as caught:
        timeline.record(incident.id, EventKind.NOTE, "x" * 50_000, source=EventSource.NOTE)
    assert str(caught.value) == f"cannot write the incident timeline {timeline.path}: database or disk is full"
    assert timeline.events(incident.id)[-1] == kept


def test_a_missing_directory_that_cannot_be_created_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(TimelineError, match=r"cannot create the incident timeline .*file/t\.db"):
        Timeline(blocker / "t.db")
