"""Two cockpits on one timeline file: while another process holds the write lock for 5 s, key presses are handled
at once (the UI thread never waits on the timeline more than 50 ms) and a note still says "Recorded" only once it
is committed."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from cockpit.core.timeline import EventKind, Timeline
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from tests.ui.conftest import fake_session, make_app, until

HOLD_S = 5.0
MAX_STALL_S = 0.050
HOLDER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
print("released", flush=True)
"""


class UiWaits:
    """How long the UI thread spends inside the timeline's reads and writes: the delay the lock could add to a key
    press (Textual's own rendering time is not the timeline's doing, so it is not counted)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.worst = 0.0
        for name in ("_write", "_read"):
            original = getattr(Timeline, name)
            monkeypatch.setattr(Timeline, name, self._timed(original))

    def _timed(self, original: Callable[..., Any]) -> Callable[..., Any]:
        watch = self

        if original.__name__ == "_write":

            @contextmanager
            def write(timeline: Timeline, *args: Any, **kwargs: Any) -> Iterator[Any]:
                started = time.perf_counter()
                try:
                    with original(timeline, *args, **kwargs) as db:
                        watch.note(started)
                        yield db
                finally:
                    watch.note(started)

            return write

        def read(timeline: Timeline, *args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(timeline, *args, **kwargs)
            finally:
                watch.note(started)

        return read

    def note(self, started: float) -> None:
        if threading.current_thread() is threading.main_thread():
            self.worst = max(self.worst, time.perf_counter() - started)


async def test_another_process_holding_the_write_lock_never_stalls_a_key_press(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.db"
    app = make_app(fake_session(db))
    waits = UiWaits(monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        health = app.screen.query_one(HealthPane)
        await until(app, pilot, lambda: bool(health.checks))
        await app.workers.wait_for_complete()
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db), str(HOLD_S)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None
            assert (await asyncio.to_thread(holder.stdout.readline)).strip() == "locked"
            locked_at = time.monotonic()
            waits.worst = 0.0
            await pilot.press("n", *"held lock", "enter")  # its commit waits for the lock, off the UI loop
            await pilot.press("3")
            focused_logs = app.screen.focused is app.screen.query_one(LogsPane)
            keys_done_at = time.monotonic()
            still_held = holder.poll() is None
            recorded_early = any("held lock" in n.message for n in app._notifications)
            released = (await asyncio.to_thread(holder.stdout.readline)).strip()
            released_at = time.monotonic()
            await until(app, pilot, lambda: any("Recorded: held lock" in n.message for n in app._notifications))
        finally:
            holder.wait(timeout=15)
    assert released == "released" and released_at - locked_at >= HOLD_S - 0.5
    assert focused_logs and still_held, f"keys handled {keys_done_at - locked_at:.1f} s into the {HOLD_S:g} s hold"
    assert waits.worst < MAX_STALL_S, f"the UI thread waited {waits.worst * 1000:.0f} ms on the timeline"
    assert not recorded_early, "the note was shown as recorded before its commit"
    with Timeline(db) as timeline:
        assert [e.summary for e in timeline.events(1, kinds=[EventKind.NOTE])] == ["held lock"]
