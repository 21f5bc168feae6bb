"""The timeline's search index, filled in batches off the write path.

An FTS5 trigger used to index every event inside its own INSERT: two thirds of a single write went to the index, for
a search someone may never run. Now an event is written unindexed, and ``events_indexed.upto`` says how far the
index goes. Seqs are handed out in commit order (one writer at a time, AUTOINCREMENT never reuses one), so every
event at or below ``upto`` is in the index and every event above it is pending. Pending events are indexed in one
statement: every ``INDEX_BATCH`` events by the cockpit that writes them, before a search, and when a cockpit closes
the file.

A search never misses a pending event: when they cannot be indexed (a read-only copy, a full disk), the search
matches them through a private index of its own, with the same tokenizer.
"""

from __future__ import annotations

import sqlite3
from typing import Any

INDEX_BATCH = 1024
"""Pending events that make the writer index them. Per event, indexing 64 at once costs a quarter of a single write,
1,024 a tenth (FTS5 writes a segment per transaction); and a search never has more than this many to index first
(a few milliseconds), bulk imports aside."""

SCHEMA: tuple[str, ...] = (
    # External content: the text lives once, in events; the index holds only the words.
    """CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5 (
        summary, detail, kind, target, content='events', content_rowid='seq'
    )""",
    "CREATE TABLE IF NOT EXISTS events_indexed (id INTEGER PRIMARY KEY CHECK (id = 1), upto INTEGER NOT NULL)",
    "INSERT OR IGNORE INTO events_indexed (id, upto) VALUES (1, 0)",
)

# SQL lives in constants: the statements are the file's contract, and their spelling is not behaviour.
_MARK = "SELECT upto FROM events_indexed"
_MOVE_MARK = "UPDATE events_indexed SET upto = ?"
_NEWEST = "SELECT coalesce(max(seq), 0) FROM events"
_INDEXED_TEXT = "SELECT seq, summary, detail, kind, target FROM events WHERE seq > ?"
_INDEX = f"INSERT INTO events_fts (rowid, summary, detail, kind, target) {_INDEXED_TEXT} AND seq <= ?"
_PENDING_FTS = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.events_pending_fts USING fts5 (summary, detail, kind, target)"
_FILL_PENDING = f"INSERT INTO temp.events_pending_fts (rowid, summary, detail, kind, target) {_INDEXED_TEXT}"
_EMPTY_PENDING = "DELETE FROM temp.events_pending_fts"
_EVENT_COLUMNS = "e.seq, e.incident_id, e.ts, e.kind, e.source, e.actor, e.target, e.summary, e.detail, e.step_id"
_MATCH_INDEXED = (
    f"SELECT {_EVENT_COLUMNS} FROM events_fts JOIN events AS e ON e.seq = events_fts.rowid WHERE events_fts MATCH ?"
)
_MATCH_PENDING = (
    f"SELECT {_EVENT_COLUMNS} FROM temp.events_pending_fts JOIN events AS e ON e.seq = events_pending_fts.rowid "
    "WHERE events_pending_fts MATCH ?"
)
_OF_INCIDENT = " AND e.incident_id = ?"
_IN_ORDER = " ORDER BY e.seq"
_READ, _DONE = "BEGIN", "COMMIT"


def indexed_upto(db: sqlite3.Connection) -> int:
    """The newest seq in the search index: every event at or below it is indexed, none above it is."""
    return int(db.execute(_MARK).fetchone()[0])


def newest_seq(db: sqlite3.Connection) -> int:
    """The newest event's seq; 0 in a file without events."""
    return int(db.execute(_NEWEST).fetchone()[0])


def index_pending(db: sqlite3.Connection) -> int:
    """Index every pending event and move the mark past them; inside a write transaction. Returns the new mark."""
    upto = indexed_upto(db)
    newest = newest_seq(db)
    if newest == upto:
        return upto  # nothing pending: no write at all
    db.execute(_INDEX, (upto, newest))
    db.execute(_MOVE_MARK, (newest,))
    return newest


def search(db: sqlite3.Connection, match: str, incident_id: int | None = None) -> list[Any]:
    """Rows of the events matching an FTS5 ``match``, indexed or pending, in seq order; one read of the file."""
    where, params = ("", [match]) if incident_id is None else (_OF_INCIDENT, [match, incident_id])
    db.execute(_READ)  # the mark, the index and the pending events as of one moment
    try:
        upto = indexed_upto(db)
        # Every indexed seq is below every pending one: the two lists in order make one.
        indexed = db.execute(_MATCH_INDEXED + where + _IN_ORDER, params).fetchall()
        return indexed + _search_pending(db, upto, where, params)
    finally:
        db.execute(_DONE)


def _search_pending(db: sqlite3.Connection, upto: int, where: str, params: list[Any]) -> list[Any]:
    """The pending events matching, through an index of this connection's own (private to it, emptied after)."""
    db.execute(_PENDING_FTS)
    try:
        db.execute(_FILL_PENDING, (upto,))
        return db.execute(_MATCH_PENDING + where + _IN_ORDER, params).fetchall()
    finally:
        db.execute(_EMPTY_PENDING)
