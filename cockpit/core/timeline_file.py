"""Opening the timeline's SQLite file: created private before sqlite touches it, connected in WAL mode with a busy
timeout, its schema upgraded under the write lock, and sqlite's errors put in an operator's words.

What the file holds and how it is written is ``cockpit.core.timeline``; this module only gets a connection to it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cockpit.core.timeline_model import TimelineError
from cockpit.core.timeline_schema import SCHEMA_VERSION, upgrade

BUSY_TIMEOUT_S = 10.0
"""How long a write waits for another writer before giving up."""
FILE_MODE = 0o600
"""The timeline holds commands, hostnames and error output: readable by its owner only."""

# sqlite's own words -> what an operator should read.
_REASONS: tuple[tuple[str, str], ...] = (
    ("readonly", "the file is read-only"),
    ("not a database", "the file is not an SQLite database"),
    ("disk is full", "database or disk is full"),
    ("locked", f"another process kept it locked for more than {BUSY_TIMEOUT_S:g} s"),
    ("unable to open", "the file cannot be opened"),
    ("disk i/o error", "disk I/O error"),
)


def failure(path: Path, verb: str, error: sqlite3.Error) -> TimelineError:
    """``error`` (from ``verb``: open, read, write...) as the operator should read it."""
    text = str(error)
    reason = next((plain for needle, plain in _REASONS if needle in text.lower()), text)
    return TimelineError(f"cannot {verb} the incident timeline {path}: {reason}")


def create_private_file(path: Path) -> None:
    """Create the file 0600 before sqlite does, so it never exists with the umask's wider mode.

    A dangling symlink names a file sqlite would create through it with the umask's mode: create its target.
    """
    if path.exists():
        return
    target = Path(os.path.realpath(path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, FILE_MODE))
    except FileExistsError:
        if not path.parent.is_dir():
            raise TimelineError(
                f"cannot create the incident timeline {path}: {target.parent} is not a directory"
            ) from None
        # Otherwise another cockpit created the file first: theirs is as private as ours.
    except OSError as error:
        raise TimelineError(f"cannot create the incident timeline {path}: {error.strerror}") from None


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the file, its schema current; sqlite's errors as ``TimelineError``."""
    try:
        # isolation_level=None: transactions are begun explicitly, IMMEDIATE for writes.
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise failure(path, "open", error) from None
    try:
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        db.execute("PRAGMA journal_mode = WAL")
        # In WAL mode NORMAL survives a crash of the process (what we promise: the cockpit dying mid-incident);
        # only a power cut or kernel crash can lose the last commits, and FULL would fsync on every event.
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        _migrate(db, path)
    except sqlite3.Error as error:
        db.close()
        raise failure(path, "open", error) from None
    except TimelineError:
        db.close()
        raise
    return db


def make_private(path: Path) -> None:
    """Always, not only on creation: a file made 0644 by an older cockpit or by hand becomes private too."""
    for suffix in ("", "-wal", "-shm"):
        try:
            os.chmod(path.with_name(path.name + suffix), FILE_MODE)
        except OSError:
            pass  # absent, or owned by another user sharing the file: theirs to keep private


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    # Look before taking the write lock: an up-to-date file needs no write, so a read-only copy still opens
    # (to export it) and only writing to it fails.
    if _schema_version(db, path) == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        # Again under the lock: another cockpit may have created the schema meanwhile.
        version = _schema_version(db, path)
        if version < SCHEMA_VERSION:
            upgrade(db, version)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _schema_version(db: sqlite3.Connection, path: Path) -> int:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise TimelineError(
            f"the incident timeline {path} was written by a newer cockpit "
            f"(schema {version}, this one knows {SCHEMA_VERSION}): upgrade, or use another file"
        )
    return version
