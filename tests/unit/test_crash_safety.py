"""Crash safety of the timeline with real processes and a real (small) file system.

- A writer killed with SIGKILL at random moments never loses an event it reported as recorded, never leaves half a
  batch, and the file always reopens and passes SQLite's and FTS5's integrity checks.
- Cockpits creating the same new file and writing the same incident at once, while another one searches it, lose
  nothing and never fail with "database is locked".
- A full disk (a 1 MiB tmpfs when this runs as root, else SQLite's page cap) and a read-only file system give a
  one-line TimelineError; nothing recorded before is lost and the same Timeline writes again once there is room.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cockpit.core.timeline import EventKind, EventSource, Timeline, TimelineError
from tests.disks import tmpfs

REPO_ROOT = Path(__file__).resolve().parents[2]
BATCH = 40
"""Rows per record_many call in the writers."""

WRITER = """
import sys
from pathlib import Path
from cockpit.core.timeline import EventKind, EventSource, NewEvent, Timeline
path, name, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with Timeline(path) as timeline:
    print("ready", flush=True)
    incident_id = int(sys.stdin.readline())  # the parent says which incident once the file is open
    for n in range(1, rounds + 1):
        if n % 7 == 0:  # bulk writes too: a batch is all there or not at all
            labels = [f"{name} batch {n} row {i}" for i in range(BATCH)]
            timeline.record_many([NewEvent(incident_id, "note", label, "note", actor=name) for label in labels])
            print(f"batch {n}", flush=True)
        else:
            event = timeline.record(
                incident_id, EventKind.NOTE, f"{name} {n}", source=EventSource.NOTE, actor=name,
                detail={"n": n, "pad": "x" * (n % 13) * 100},
            )
            print(f"seq {event.seq}", flush=True)  # the promise: returned means on disk
print("done", flush=True)
""".replace("BATCH", str(BATCH))

READER = """
import sys
from pathlib import Path
from cockpit.core.timeline import Timeline
path, incident_id = Path(sys.argv[1]), int(sys.argv[2])
with Timeline(path) as timeline:
    print("ready", flush=True)
    seen = 0
    while sys.stdin.readline() == "more\\n":
        seen = max(seen, len(timeline.events(incident_id)), len(timeline.search("batch", incident_id=incident_id)))
        print(seen, flush=True)
"""


def spawn(script: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def start_writing(writer: subprocess.Popen[str], incident_id: int) -> None:
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline() == "ready\n"
    writer.stdin.write(f"{incident_id}\n")
    writer.stdin.flush()


@contextmanager
def running(*processes: subprocess.Popen[str]) -> Iterator[None]:
    """Whatever happens in the test, no process outlives it."""
    try:
        yield
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
            process.communicate()


def check_file(path: Path) -> None:
    """The checks a careful operator would run on a timeline after a crash: the file, its foreign keys, its index."""
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # Raises if the full-text index disagrees with the events it indexes.
        db.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
    finally:
        db.close()


# -- SIGKILL ---------------------------------------------------------------------------------------------------


def test_a_writer_killed_at_random_moments_loses_nothing_it_reported(tmp_path: Path) -> None:
    path = tmp_path / "timeline.db"
    with Timeline(path) as timeline:
        incident_id = timeline.open_incident("killed writers", "prod", "api").id
    # From the suite's seed (pytest-randomly prints it and reseeds `random` per test), so a failure can be replayed.
    seed = random.getrandbits(32)
    chance = random.Random(seed)
    reported: set[int] = set()
    batches: set[str] = set()
    for kill in range(5):
        writer = spawn(WRITER, path, f"w{kill}", 100_000)
        with running(writer):
            assert writer.stdout is not None
            # Kill after a random number of reports; the writer keeps writing meanwhile, so the kill lands anywhere
            # in its loop: mid-transaction, mid-commit, mid-print. The first kill hits it while it opens the file.
            if kill:
                start_writing(writer, incident_id)
                for _ in range(chance.randint(1, 400)):
                    if not writer.stdout.readline():
                        break
            writer.send_signal(signal.SIGKILL)
            rest, _ = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        lines = rest.splitlines()
        reported |= {int(line.split()[1]) for line in lines if line.startswith("seq ")}
        batches |= {f"w{kill} batch {line.split()[1]}" for line in lines if line.startswith("batch ")}
        check_file(path)

    with Timeline(path) as timeline:
        events = timeline.events(incident_id)
    recorded = {event.seq for event in events}
    assert reported <= recorded
    rows_per_batch: dict[str, int] = {}
    for event in events:
        if " batch " in event.summary:
            label = event.summary.rsplit(" row ", 1)[0]
            rows_per_batch[label] = rows_per_batch.get(label, 0) + 1
    assert set(rows_per_batch.values()) <= {BATCH}  # never half a batch
    assert batches <= set(rows_per_batch)


def test_the_writers_reports_were_real_reports(tmp_path: Path) -> None:
    """The kill test is only as good as its writer: left alone, it reports every event and the file holds them."""
    path = tmp_path / "timeline.db"
    with Timeline(path) as timeline:
        incident_id = timeline.open_incident("one writer", "prod", "api").id
    writer = spawn(WRITER, path, "w", 30)
    with running(writer):
        start_writing(writer, incident_id)
        out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    lines = out.splitlines()
    assert lines[-1] == "done"
    with Timeline(path) as timeline:
        events = timeline.events(incident_id)
    assert len(events) == 1 + 26 + 4 * BATCH  # opened, 26 single events, 4 batches (n = 7, 14, 21, 28)
    assert {int(line.split()[1]) for line in lines if line.startswith("seq ")} <= {e.seq for e in events}


# -- many cockpits at once -------------------------------------------------------------------------------------


def test_cockpits_creating_and_writing_one_new_file_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new" / "timeline.db"  # neither the file nor its directory exists yet
    writers = [spawn(WRITER, path, name, 350) for name in ("ana", "bob", "eve")]
    # They race to create the file and its schema, and this cockpit races them to open the incident.
    with running(*writers), Timeline(path) as timeline:
        incident_id = timeline.open_incident("shared bastion", "prod", "api").id
        reader = spawn(READER, path, incident_id)
        with running(reader):
            for writer in writers:
                start_writing(writer, incident_id)
            assert reader.stdout is not None and reader.stdin is not None
            assert reader.stdout.readline() == "ready\n"
            while any(writer.poll() is None for writer in writers):
                reader.stdin.write("more\n")
                reader.stdin.flush()
                assert reader.stdout.readline().strip().isdigit()
            reader.stdin.write("stop\n")
            reader.stdin.flush()
            _, reader_err = reader.communicate(timeout=30)
        assert reader.returncode == 0, reader_err
        outcomes = [writer.communicate(timeout=120) for writer in writers]
        events = timeline.events(incident_id)
    for writer, (out, err) in zip(writers, outcomes, strict=True):
        assert writer.returncode == 0, err
        assert "locked" not in err and out.endswith("done\n")
    for name in ("ana", "bob", "eve"):
        single = [e.summary for e in events if e.actor == name and " batch " not in e.summary]
        assert single == [f"{name} {n}" for n in range(1, 351) if n % 7]  # all there, in each writer's order
        assert sum(1 for e in events if e.actor == name and " batch " in e.summary) == 50 * BATCH
    check_file(path)


# -- full and read-only disks ----------------------------------------------------------------------------------


def fill(timeline: Timeline, incident_id: int) -> tuple[list[int], TimelineError]:
    """Record until the disk is full; the seqs recorded and the error that stopped it."""
    seqs: list[int] = []
    for n in range(10_000):
        try:
            event = timeline.record(
                incident_id, EventKind.NOTE, f"note {n}", source=EventSource.NOTE, detail={"pad": "y" * 4000}
            )
        except TimelineError as error:
            return seqs, error
        seqs.append(event.seq)
    pytest.fail("the disk never filled up")


def test_a_full_disk_is_a_clear_error_that_loses_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with tmpfs(disk, "1m") as mounted:
        path = disk / "timeline.db"
        with Timeline(path) as timeline:
            incident_id = timeline.open_incident("disk filling", "prod", "api").id
            if not mounted:
                # Not root: the same SQLITE_FULL, from a cap on this connection's file size.
                pages = timeline._db.execute("PRAGMA page_count").fetchone()[0]
                timeline._db.execute(f"PRAGMA max_page_count = {pages + 40}")
            seqs, error = fill(timeline, incident_id)
            assert str(error) == f"cannot write the incident timeline {path}: database or disk is full"
            assert len(seqs) >= 3
            assert [e.seq for e in timeline.events(incident_id)][1:] == seqs  # still readable, nothing lost
        with Timeline(path) as reopened:
            assert [e.seq for e in reopened.events(incident_id)][1:] == seqs
        check_file(path)


def test_a_full_disk_frees_up_and_writing_resumes(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with tmpfs(disk, "1m") as mounted:
        if not mounted:
            reason = "needs root to mount a small tmpfs (the page-cap variant above covers the error itself)"
            if os.environ.get("CI") == "true":
                pytest.fail(reason)
            pytest.skip(reason)
        ballast = disk / "ballast"
        ballast.write_bytes(b"\0" * 600_000)
        path = disk / "timeline.db"
        with Timeline(path) as timeline:
            incident_id = timeline.open_incident("disk filling", "prod", "api").id
            seqs, _ = fill(timeline, incident_id)
            ballast.unlink()  # the operator makes room, the cockpit keeps running
            after = timeline.record(incident_id, EventKind.NOTE, "recording again", source=EventSource.NOTE)
            assert [e.seq for e in timeline.events(incident_id)][1:] == [*seqs, after.seq]
        check_file(path)


def test_a_read_only_file_system_is_a_clear_error(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with tmpfs(disk, "1m") as mounted:
        if not mounted:
            reason = "needs root to mount and remount a tmpfs read-only"
            if os.environ.get("CI") == "true":
                pytest.fail(reason)
            pytest.skip(reason)
        path = disk / "timeline.db"
        with Timeline(path) as timeline:
            timeline.open_incident("archived", "prod", "api")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(TimelineError) as opening:
            Timeline(path).close()
        with pytest.raises(TimelineError) as creating:
            Timeline(disk / "other.db").close()
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    for caught, verb, name in ((opening, "open", "timeline.db"), (creating, "create", "other.db")):
        message = str(caught.value)
        assert message.startswith(f"cannot {verb} the incident timeline {disk / name}: ")
        assert "\n" not in message and "Traceback" not in message
    assert str(creating.value).endswith(": Read-only file system")
