"""The incident timeline: an append-only SQLite record of everything that happened during an incident.

Events are never updated or deleted (triggers in the file refuse it, whoever connects), secrets are redacted before
a row is written, and ``record`` returns only after the commit: its return is the "recorded" signal the UI shows.
The search index is filled in batches off the write path (``cockpit.core.timeline_index``); search still finds every
event, from the moment it is recorded.
Several cockpits may write the same file at once (two operators on one bastion): WAL mode, a busy timeout and
``BEGIN IMMEDIATE`` for every write make them queue instead of failing with "database is locked".

Stdlib ``sqlite3`` on purpose: sqlite-utils costs 160 ms of import at start-up.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from cockpit.core import timeline_chain, timeline_file, timeline_index
from cockpit.core.db_path import default_db_path
from cockpit.core.redaction import Redactor
from cockpit.core.timeline_chain import ChainReport
from cockpit.core.timeline_model import (
    Event,
    EventKind,
    EventSource,
    Incident,
    NewEvent,
    TimelineError,
    UnknownIncident,
    iso_utc,
)
from cockpit.core.timeline_rows import encode_detail, event_from_row, incident_from_row, parse_ts
from cockpit.providers.results import utcnow

# The data model and the default path are re-exported: the rest of the code imports them from the timeline.
__all__ = ["ChainReport", "Event", "EventKind", "EventSource", "Incident", "NewEvent", "Timeline", "TimelineError",
           "UnknownIncident", "default_db_path", "fts_query"]

MAX_INCIDENT_ID = 2**63 - 1
"""SQLite's largest integer: a bigger incident number is a typo, not an OverflowError."""


_EVENT_COLUMNS = "seq, incident_id, ts, kind, source, actor, target, summary, detail, step_id"
_INSERT_EVENT = (
    "INSERT INTO events (incident_id, ts, kind, source, actor, target, summary, detail, step_id, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INCIDENT_COLUMNS = "id, title, environment, service, severity, status, opened_at, resolved_at"
_OPEN_INCIDENTS = "SELECT id FROM incidents WHERE status = 'open'"
_LATEST_INCIDENT = "SELECT id FROM incidents ORDER BY id DESC LIMIT 1"
_BEGIN_WRITE, _COMMIT, _ROLLBACK = "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"
_REF = re.compile(r"\s*(?:INC-?)?(\d+)\s*", re.IGNORECASE)
_WORD = re.compile(r"\w+")

def fts_query(text: str) -> str:
    """User words -> a safe FTS5 query: each whitespace-separated chunk becomes a quoted phrase of its words.

    Operators and punctuation ('"', 'AND', 'NEAR(', '*') are searched as plain words or dropped, so nothing a user
    types can be an FTS syntax error. A chunk ending in '*' keeps its meaning as a prefix search.
    """
    phrases = []
    for chunk in text.split():
        words = _WORD.findall(chunk)
        if words:
            phrases.append('"' + " ".join(words) + '"' + ("*" if chunk.endswith("*") else ""))
    return " ".join(phrases)


class Timeline:
    def __init__(
        self,
        path: Path,
        *,
        redactor: Redactor | None = None,
        clock: Callable[[], datetime] = utcnow,
        repair: bool = True,
    ) -> None:
        """``repair=False`` leaves missing guard triggers missing (``timeline verify`` must see the file as it is)."""
        self.path = Path(path)
        self._repair = repair
        self._redactor = redactor if redactor is not None else Redactor()
        self._clock = clock
        # One connection shared by the UI loop and worker threads; the lock keeps each call whole.
        self._lock = threading.RLock()
        self._indexed = 0
        """The search index's mark as this cockpit last moved it: ``record`` indexes once INDEX_BATCH are pending."""
        timeline_file.create_private_file(self.path)
        self._db = self._connect()

    def reopen(self) -> Timeline:
        """The same file with a connection of its own (for another thread that must not wait on this one's lock)."""
        return Timeline(self.path, redactor=self._redactor, clock=self._clock)

    # -- opening -----------------------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        db = timeline_file.connect(self.path)
        try:
            if self._repair and timeline_chain.missing_triggers(db):
                self._repair_triggers(db)
        except sqlite3.Error as error:
            db.close()
            raise self._error("open", error) from None
        except BaseException:
            db.close()
            raise
        timeline_file.make_private(self.path)
        return db

    def _repair_triggers(self, db: sqlite3.Connection) -> None:
        """Recreate missing guard triggers, and say so in the record: their absence is itself evidence."""
        try:
            db.execute(_BEGIN_WRITE)
        except sqlite3.OperationalError:
            return  # a read-only copy (opened to export or verify): `timeline verify` reports the gap
        try:
            missing = timeline_chain.missing_triggers(db)  # again under the lock: another cockpit may have repaired
            timeline_chain.create_triggers(db)
            rows = db.execute(_OPEN_INCIDENTS).fetchall() or db.execute(_LATEST_INCIDENT).fetchall()
            for (incident_id,) in rows:
                summary = f"timeline guards were missing and were recreated: {', '.join(missing)}"
                detail = {"triggers": missing, "file": str(self.path)}
                self._insert(db, self._row(NewEvent(incident_id, EventKind.TIMELINE_REPAIRED, summary,
                                                    EventSource.SYSTEM, detail=detail)))
            db.execute(_COMMIT)
        except BaseException:
            db.execute(_ROLLBACK)
            raise

    # -- transactions and errors -------------------------------------------------------------------------------

    def _error(self, verb: str, error: sqlite3.Error) -> TimelineError:
        return timeline_file.failure(self.path, verb, error)

    @contextmanager
    def _write(self, incident_id: int | None = None) -> Iterator[sqlite3.Connection]:
        """One IMMEDIATE transaction: it takes the write lock up front, so it waits its turn instead of failing."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._error("write", error) from None
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException as failure:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                if isinstance(failure, sqlite3.IntegrityError) and "FOREIGN KEY" in str(failure):
                    raise self._unknown(incident_id) from None
                if isinstance(failure, sqlite3.Error) and not isinstance(failure, sqlite3.IntegrityError):
                    raise self._error("write", failure) from None
                raise

    def _unknown(self, incident_id: int | None) -> UnknownIncident:
        which = f"INC-{incident_id} is" if incident_id is not None else "an event names an incident that is"
        return UnknownIncident(f"{which} not in the incident timeline {self.path}")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as error:  # locked, I/O error, a corrupted page...
                raise self._error("read", error) from None

    # -- incidents ---------------------------------------------------------------------------------------------

    def open_incident(
        self, title: str, environment: str, service: str, severity: str = "SEV2", actor: str = ""
    ) -> Incident:
        """Open an incident and record ``incident.opened`` in the same transaction."""
        opened = self._clock()
        # Every field is free text someone typed or a config named: each can carry a secret (a DSN as a service).
        title, environment, service, severity = (
            self._redactor.redact(field) for field in (title, environment, service, severity)
        )
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO incidents (title, environment, service, severity, status, opened_at) "
                "VALUES (?, ?, ?, ?, 'open', ?)",
                (title, environment, service, severity, iso_utc(opened)),
            )
            incident_id = int(cursor.lastrowid or 0)
            self._insert(
                db,
                self._row(
                    NewEvent(
                        incident_id,
                        EventKind.INCIDENT_OPENED,
                        f"INC-{incident_id} opened: {title} ({severity}, {service} in {environment})",
                        EventSource.OPERATOR,
                        actor=actor,
                        target=service,
                        detail={"severity": severity, "environment": environment, "service": service},
                        ts=opened,
                    )
                ),
            )
        return Incident(incident_id, title, environment, service, severity, "open", parse_ts(iso_utc(opened)), None)

    def incident(self, incident_id: int) -> Incident:
        rows = self._read(f"SELECT {_INCIDENT_COLUMNS} FROM incidents WHERE id = ?", (incident_id,))
        if not rows:
            raise self._unknown(incident_id)
        return incident_from_row(rows[0])

    @staticmethod
    def parse_ref(ref: str | int) -> int:
        """'INC-12', 'inc12' or '12' -> 12; anything else is a ValueError saying what was expected."""
        match = _REF.fullmatch(str(ref)[:100])
        if match is None:
            raise ValueError(f"{str(ref)[:40]!r} is not an incident reference (expected INC-<number>, e.g. INC-12)")
        number = int(match.group(1)[:30])  # 30 digits: past SQLite's range, and no quadratic int parsing
        if number > MAX_INCIDENT_ID:
            raise ValueError(f"INC-{match.group(1)[:30]} cannot exist (incident numbers stop at {MAX_INCIDENT_ID})")
        return number

    def incidents(self, status: str | None = None, environment: str | None = None) -> list[Incident]:
        """Newest first."""
        clauses: list[str] = []
        params: list[str] = []
        if status is not None:
            clauses.append("status = ?")
            params.append(status)
        if environment is not None:
            clauses.append("environment = ?")
            params.append(environment)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._read(f"SELECT {_INCIDENT_COLUMNS} FROM incidents {where} ORDER BY id DESC", params)
        return [incident_from_row(row) for row in rows]

    def latest_open(self, environment: str) -> Incident | None:
        found = self.incidents(status="open", environment=environment)
        return found[0] if found else None

    def resolve(self, incident_id: int, summary: str, actor: str = "") -> Incident:
        """Mark the incident resolved (incidents may change, events may not) and record ``incident.resolved``."""
        resolved = self._clock()
        with self._write(incident_id) as db:
            row = db.execute("SELECT status FROM incidents WHERE id = ?", (incident_id,)).fetchone()
            if row is None:
                raise self._unknown(incident_id)
            if row[0] == "resolved":
                raise TimelineError(f"INC-{incident_id} is already resolved")
            db.execute(
                "UPDATE incidents SET status = 'resolved', resolved_at = ? WHERE id = ?",
                (iso_utc(resolved), incident_id),
            )
            self._insert(
                db,
                self._row(
                    NewEvent(
                        incident_id, EventKind.INCIDENT_RESOLVED, summary, EventSource.OPERATOR, actor, ts=resolved
                    )
                ),
            )
        return self.incident(incident_id)

    # -- events ------------------------------------------------------------------------------------------------

    def record(
        self,
        incident_id: int,
        kind: EventKind | str,
        summary: str,
        *,
        source: EventSource | str,
        actor: str = "",
        target: str = "",
        detail: dict[str, Any] | None = None,
        step_id: str | None = None,
    ) -> Event:
        """Redact, write and commit one event; returning is the promise that it is on disk."""
        row = self._row(NewEvent(incident_id, kind, summary, source, actor, target, detail, step_id))
        with self._write(incident_id) as db:
            seq = self._insert(db, row)
        if seq - self._indexed >= timeline_index.INDEX_BATCH:
            self._index_pending()
        return event_from_row((seq, *row))

    def record_many(self, rows: Iterable[NewEvent]) -> int:
        """Write many events in one transaction (bulk import, benchmarks); returns how many.

        They are indexed for search by the next search, or when this cockpit closes the file.
        """
        prepared = [self._row(row) for row in rows]
        with self._write() as db:
            previous = timeline_chain.last_hash(db)
            chained = []
            for row in prepared:
                previous = timeline_chain.event_hash(previous, row)
                chained.append((*row, previous))
            db.executemany(_INSERT_EVENT, chained)
        return len(prepared)

    @staticmethod
    def _insert(db: sqlite3.Connection, row: tuple[Any, ...]) -> int:
        """Insert one event chained to the newest one; inside a write transaction (the chain needs the lock)."""
        chained = (*row, timeline_chain.event_hash(timeline_chain.last_hash(db), row))
        return int(db.execute(_INSERT_EVENT, chained).lastrowid or 0)

    def _index_pending(self) -> None:
        """Index the events not yet in the search index, if the file can be written now.

        Best effort: a read-only copy or a full disk leaves them pending, and search still finds them.
        """
        try:
            with self._write() as db:
                upto = timeline_index.index_pending(db)
        except TimelineError:
            return
        self._indexed = upto

    def redact(self, text: str) -> str:
        """``text`` as this timeline would store it: for callers that must cut text short (redact, then cut)."""
        return self._redactor.redact(text)

    def verify(self, incident_id: int | None = None) -> ChainReport:
        """Check the hash chain, the guard triggers and the search index (see ``cockpit.core.timeline_chain``)."""
        with self._lock:
            self._index_pending()
            try:
                return timeline_chain.verify(self._db, incident_id)
            except sqlite3.DatabaseError as error:
                raise self._error("verify", error) from None

    def events(
        self,
        incident_id: int,
        *,
        kinds: Iterable[EventKind | str] | None = None,
        sources: Iterable[EventSource | str] | None = None,
        after_seq: int = 0,
        limit: int | None = None,
    ) -> list[Event]:
        """Events of one incident in recorded order; ``after_seq`` lets a screen fetch only what is new."""
        sql = f"SELECT {_EVENT_COLUMNS} FROM events WHERE incident_id = ? AND seq > ?"
        params: list[Any] = [incident_id, after_seq]
        for column, values in (("kind", kinds), ("source", sources)):
            if values is not None:
                wanted = [str(value) for value in values]
                sql += f" AND {column} IN ({', '.join('?' * len(wanted))})"
                params.extend(wanted)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [event_from_row(row) for row in self._read(sql, params)]

    def search(self, query: str, incident_id: int | None = None) -> list[Event]:
        """Events whose summary, detail, kind or target hold every word of ``query``, in recorded order."""
        match = fts_query(query)
        if not match:
            return []
        with self._lock:
            self._index_pending()
            try:
                rows = timeline_index.search(self._db, match, incident_id)
            except sqlite3.DatabaseError as error:
                raise self._error("read", error) from None
        return [event_from_row(row) for row in rows]

    # -- rows --------------------------------------------------------------------------------------------------

    def _row(self, new: NewEvent) -> tuple[Any, ...]:
        """The redacted column values of an event, in ``_INSERT_EVENT`` order; unknown kinds are refused here."""
        kind, source = EventKind(new.kind), EventSource(new.source)
        redact = self._redactor.redact
        return (
            new.incident_id,
            iso_utc(new.ts or self._clock()),
            kind.value,
            source.value,
            redact(new.actor),
            redact(new.target),
            redact(new.summary),
            encode_detail(self._redactor.redact_obj(new.detail or {})).decode(),
            new.step_id,
        )

    # -- lifetime ----------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Index what is pending (so a closed file's index is whole), then close."""
        with self._lock:
            self._index_pending()
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
