"""The search index, filled in batches off the write path: search finds every event from the moment it is recorded.

Real SQLite files throughout; `raw` reads a file the way any other program would. "Indexed" is read from the file
itself (events_indexed.upto), and every index is checked against the events by FTS5's own integrity check.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from cockpit.core.timeline import EventKind, EventSource, NewEvent, Timeline, TimelineError
from cockpit.core.timeline_index import INDEX_BATCH
from cockpit.core.timeline_schema import SCHEMA_VERSION

SCHEMA2 = Path(__file__).resolve().parents[1] / "data" / "timeline" / "schema2.db"
"""A file as schema 2 wrote it (every event indexed by an insert trigger): 2 incidents, 208 events."""


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path, isolation_level=None)) as db:
        yield db


def marks(path: Path) -> tuple[int, int]:
    """(newest seq indexed, newest seq) as the file says."""
    with raw(path) as db:
        upto = db.execute("SELECT upto FROM events_indexed").fetchone()[0]
        return upto, db.execute("SELECT max(seq) FROM events").fetchone()[0]


def index_matches_events(path: Path) -> None:
    """FTS5's check of the index against the events it indexes (raises when a row is missing, extra or stale)."""
    with raw(path) as db:
        db.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")


def note(timeline: Timeline, incident_id: int, text: str, **detail: object) -> int:
    return timeline.record(incident_id, EventKind.NOTE, text, source=EventSource.NOTE, detail=detail or None).seq


@contextmanager
def another_writer(timeline: Timeline) -> Iterator[None]:
    """Another program holds the file's write lock (a backup, a long import): the timeline cannot index meanwhile.

    The timeline's busy timeout drops to 0 so the test does not wait the 10 s a real cockpit would first.
    """
    timeline._db.execute("PRAGMA busy_timeout = 0")
    with raw(timeline.path) as other:
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")
    timeline._db.execute("PRAGMA busy_timeout = 10000")


# -- found from the moment it is recorded ---------------------------------------------------------------------


def test_an_event_is_found_right_after_it_is_recorded_and_writing_does_not_index(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("checkout 5xx", "prod", "checkout")
        seq = note(timeline, incident.id, "pool exhausted on db-2")
        assert marks(path) == (0, seq)  # written, not indexed: the write did not pay for the index
        assert [e.seq for e in timeline.search("exhausted")] == [seq]
        assert marks(path) == (seq, seq)  # the search indexed what was pending first
        later = note(timeline, incident.id, "pool exhausted again")
        assert [e.seq for e in timeline.search("pool exhausted")] == [seq, later]
    index_matches_events(path)


def test_another_cockpit_finds_what_this_one_just_recorded(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as writer, Timeline(path) as reader:
        incident = writer.open_incident("checkout 5xx", "prod", "checkout")
        seq = note(writer, incident.id, "failover to Zürich", region="eu-central")
        assert [e.seq for e in reader.search("zurich")] == [seq]  # same tokenizer: diacritics folded
        assert [e.seq for e in reader.search("eu-central")] == [seq]
    index_matches_events(path)


def test_the_writer_indexes_in_batches_and_the_file_closes_indexed(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("flapping health", "prod", "api")
        for n in range(INDEX_BATCH - 2):
            note(timeline, incident.id, f"flap {n}")
        assert marks(path) == (0, INDEX_BATCH - 1)  # opened + INDEX_BATCH - 2 notes: one short of a batch
        note(timeline, incident.id, "flap last of the batch")
        assert marks(path) == (INDEX_BATCH, INDEX_BATCH)
        after = note(timeline, incident.id, "after the batch")
        assert marks(path) == (INDEX_BATCH, after)
    assert marks(path) == (after, after)  # closing indexed the rest
    index_matches_events(path)


def test_each_batch_is_counted_from_the_last_one(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("flapping health", "prod", "api")
        for n in range(2 * INDEX_BATCH - 2):
            note(timeline, incident.id, f"flap {n}")
        assert marks(path) == (INDEX_BATCH, 2 * INDEX_BATCH - 1)
        note(timeline, incident.id, "second batch full")
        assert marks(path) == (2 * INDEX_BATCH, 2 * INDEX_BATCH)


def test_a_bulk_import_is_indexed_by_the_first_search(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("import", "prod", "api")
        timeline.record_many(NewEvent(incident.id, "note", f"pager line {n}", "system") for n in range(3000))
        assert marks(path) == (0, 3001)
        assert [e.summary for e in timeline.search("line 2999")] == ["pager line 2999"]
        assert marks(path) == (3001, 3001)
    index_matches_events(path)


# -- when the index cannot be written ---------------------------------------------------------------------------


def test_events_the_index_cannot_take_yet_are_still_found(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("disk filling", "prod", "api")
        indexed = note(timeline, incident.id, "database pool exhausted")
        assert [e.seq for e in timeline.search("pool")] == [indexed]
        pending = [note(timeline, incident.id, "pool exhausted again", host="db-2"),
                   note(timeline, incident.id, "database fine", host="db-3")]
        with another_writer(timeline):
            # Neither searching nor verifying can index now; both still see every event.
            assert [e.seq for e in timeline.search("pool")] == [indexed, pending[0]]
            assert [e.seq for e in timeline.search("datab*")] == [indexed, pending[1]]
            assert [e.seq for e in timeline.search("db-3", incident_id=incident.id)] == [pending[1]]
            assert timeline.search("db-3", incident_id=incident.id + 1) == []
            assert timeline.search("exhausted again pool") == [timeline.events(incident.id)[2]]
            assert [str(p) for p in timeline.verify().problems] == [
                "the file: the search index could not be checked (database is locked)"]  # the chain holds
            assert marks(path) == (indexed, pending[1])
        assert [e.seq for e in timeline.search("pool")] == [indexed, pending[0]]
        assert marks(path) == (pending[1], pending[1])
    index_matches_events(path)


def test_a_search_over_pending_events_leaves_nothing_behind(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("disk filling", "prod", "api")
        first = note(timeline, incident.id, "alpha one")
        with another_writer(timeline):
            assert [e.seq for e in timeline.search("alpha")] == [first]
        second = note(timeline, incident.id, "beta two")
        with another_writer(timeline):
            # The private index of the first search was emptied: nothing of it is found twice.
            assert [e.seq for e in timeline.search("alpha")] == [first]
            assert [e.seq for e in timeline.search("beta")] == [second]


def test_verify_names_an_index_that_does_not_match_the_events(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("x", "prod", "api")
        note(timeline, incident.id, "one")
    with raw(path) as db:  # the mark moved back by hand: the indexed events would be indexed twice
        db.execute("UPDATE events_indexed SET upto = 0")
    with Timeline(path) as timeline:
        report = timeline.verify()
    assert "the file: the search index does not match the events (an event was replaced)" in map(str, report.problems)


# -- schema 2 files ---------------------------------------------------------------------------------------------


def test_a_schema_2_file_is_upgraded_without_losing_anything(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(SCHEMA2, path)
    with raw(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        events_before = db.execute("SELECT * FROM events ORDER BY seq").fetchall()
        incidents_before = db.execute("SELECT * FROM incidents ORDER BY id").fetchall()
    assert len(events_before) == 208

    with Timeline(path) as timeline:
        # What the trigger indexed is found without indexing it again.
        assert marks(path) == (208, 208)
        assert [e.summary for e in timeline.search("Zürich")] == ["Failover nach Zürich vorbereitet"]
        assert [e.summary for e in timeline.search("goteborg")] == ["Failover nach Zürich vorbereitet"]
        assert [e.summary for e in timeline.search("revision 117")] == [
            "rollback succeeded", "checkout healthy on revision 117"]
        assert len(timeline.search("imported pager line")) == 200
        added = timeline.record(2, EventKind.NOTE, "after the upgrade", source=EventSource.NOTE)
        assert timeline.search("upgrade") == [added]
        assert timeline.verify().summary() == "chain verified: 209 events, every trigger in place"
        assert timeline.events(1, kinds=[EventKind.TIMELINE_REPAIRED]) == []

    with raw(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
        assert db.execute("SELECT * FROM events WHERE seq <= 208 ORDER BY seq").fetchall() == events_before
        assert db.execute("SELECT * FROM incidents ORDER BY id").fetchall() == incidents_before
        triggers = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"events_refuse_update", "events_refuse_delete", "events_refuse_replace"}
    index_matches_events(path)


def test_a_schema_2_file_is_upgraded_once_by_one_of_two_cockpits(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(SCHEMA2, path)
    with Timeline(path) as first, Timeline(path) as second:
        seq = note(first, 2, "from the first")
        assert [e.seq for e in second.search("first")] == [seq]
    assert marks(path) == (209, 209)
    index_matches_events(path)


def test_a_full_disk_leaves_events_pending_and_verify_checks_the_index_it_has(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        incident = timeline.open_incident("disk filling", "prod", "api")
        timeline.search("nothing")  # the incident's first event indexed
        seqs = [note(timeline, incident.id, f"word{n} " + " ".join(f"w{n}x{m}" for m in range(20)))
                for n in range(300)]
        pages = timeline._db.execute("PRAGMA page_count").fetchone()[0]
        timeline._db.execute(f"PRAGMA max_page_count = {pages}")  # no room for the index of 300 events
        assert [e.seq for e in timeline.search("word299")] == [seqs[-1]]
        assert marks(path) == (1, seqs[-1])  # still pending: the disk is full
        assert timeline.verify().ok  # the index checked on its own, the pending events by the chain


def test_a_file_closed_before_its_first_event_finds_that_event_later(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        assert timeline.search("anything") == []
    assert marks(path) == (0, None)
    with Timeline(path) as timeline:
        incident = timeline.open_incident("first ever", "prod", "api")
        opened = f"INC-{incident.id} opened: first ever (SEV2, api in prod)"
        assert [e.summary for e in timeline.search("opened")] == [opened]
    index_matches_events(path)


def test_a_search_of_a_damaged_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Timeline(path) as timeline:
        note(timeline, timeline.open_incident("x", "prod", "api").id, "one")
    with raw(path) as db:
        db.execute("DROP TABLE events_fts")
    with Timeline(path) as timeline, pytest.raises(TimelineError) as failed:
        timeline.search("one")
    assert str(failed.value) == f"cannot read the incident timeline {path}: no such table: events_fts"
