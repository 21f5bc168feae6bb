"""The timeline file's schema, and its migrations (1 -> 2: the hash chain; 2 -> 3: search indexed in batches).

Kept apart from ``timeline.py`` (the store's behaviour): the tables, indexes and guard triggers are what
``timeline verify`` and every other reader of the file rely on, and they change only with SCHEMA_VERSION.
"""

from __future__ import annotations

import sqlite3

from cockpit.core import timeline_chain, timeline_index

SCHEMA_VERSION = 3
"""1: events without a hash chain (chained when a newer cockpit opens the file for writing); 2: chained, and indexed
for search by a trigger on every insert; 3: indexed in batches off the write path (``timeline_index``)."""
EVENT_COLUMNS_AFTER_SEQ = "incident_id, ts, kind, source, actor, target, summary, detail, step_id"

SCHEMA: tuple[str, ...] = (
    """CREATE TABLE IF NOT EXISTS incidents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        environment TEXT NOT NULL,
        service TEXT NOT NULL,
        severity TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        opened_at TEXT NOT NULL,
        resolved_at TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS incidents_by_environment ON incidents (environment, status, id)",
    """CREATE TABLE IF NOT EXISTS events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        incident_id INTEGER NOT NULL REFERENCES incidents (id),
        ts TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}',
        step_id TEXT,
        hash TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX IF NOT EXISTS events_by_incident ON events (incident_id, seq)",
    *timeline_index.SCHEMA,
    *timeline_chain.TRIGGERS.values(),
)

_DROP_LEGACY_INDEX_TRIGGER = "DROP TRIGGER IF EXISTS events_fts_insert"
"""Schema 2's trigger, which indexed each event inside its INSERT."""
_ALL_INDEXED = "UPDATE events_indexed SET upto = ?"


def upgrade(db: sqlite3.Connection, version: int) -> None:
    """Bring a file at schema ``version`` (below SCHEMA_VERSION) up to date, inside the caller's write transaction."""
    if version == 0:
        for statement in SCHEMA:
            db.execute(statement)
        return
    if version == 1:
        chain_existing(db)
    index_in_batches(db)


def chain_existing(db: sqlite3.Connection) -> None:
    """Schema 1 -> 2: give the events already there their chained hashes (the chain vouches from now on)."""
    db.execute("ALTER TABLE events ADD COLUMN hash TEXT NOT NULL DEFAULT ''")
    db.execute("DROP TRIGGER IF EXISTS events_refuse_update")
    previous = timeline_chain.GENESIS
    rows = db.execute(f"SELECT seq, {EVENT_COLUMNS_AFTER_SEQ} FROM events ORDER BY seq").fetchall()
    for seq, *row in rows:
        previous = timeline_chain.event_hash(previous, row)
        db.execute("UPDATE events SET hash = ? WHERE seq = ?", (previous, seq))
    timeline_chain.create_triggers(db)


def index_in_batches(db: sqlite3.Connection) -> None:
    """Schema 2 -> 3: the insert trigger goes, and what it indexed counts as indexed (every event in the file).

    An event the trigger missed (it had been dropped by hand) stays missing from the index, as it was before the
    upgrade: ``timeline verify`` names the index as not matching the events.
    """
    db.execute(_DROP_LEGACY_INDEX_TRIGGER)
    for statement in timeline_index.SCHEMA:
        db.execute(statement)
    db.execute(_ALL_INDEXED, (timeline_index.newest_seq(db),))
