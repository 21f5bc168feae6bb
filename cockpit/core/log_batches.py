"""The lines of one followed log stream, handed on in batches.

Each batch repaints the Logs pane (and, over SSH, sends the pane's rows down the wire), so a chatty service must not
cost a repaint per line: the first batch goes soon after the stream opens (its backlog at once), later ones at most
one per interval (``[cockpit] log_flush_s``). A line never waits longer than the interval for a successor to carry
it: a timer hands on what is pending when the stream goes quiet. A batch holds at most the newest ``keep`` lines (the
ring buffers' size, ``[cockpit] log_lines``): under a flood the older ones would fall off the rings before anyone saw
them, and holding them (50,000 lines in 5 s at 10,000 a second) only made memory and garbage collections grow.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable

from cockpit.providers.results import LogLine

LOG_FLUSH_S = 5.0
"""Default interval between two batches (config ``[cockpit] log_flush_s``)."""
FIRST_BATCH_S = 0.25
"""How long a newly opened stream collects its backlog before the first batch."""


class LogBatches:
    def __init__(self, publish: Callable[[list[LogLine]], None], interval_s: float, keep: int) -> None:
        self._publish = publish
        self.interval_s = interval_s
        self._loop = asyncio.get_running_loop()
        self._pending: deque[LogLine] = deque(maxlen=keep)
        self._due = self._loop.time() + min(FIRST_BATCH_S, interval_s)
        """When the next batch may go."""
        self._timer: asyncio.TimerHandle | None = None

    def add(self, line: LogLine) -> None:
        self._pending.append(line)
        if self._loop.time() >= self._due:
            self.flush()
        elif self._timer is None:
            self._timer = self._loop.call_at(self._due, self.flush)

    def flush(self) -> None:
        """Hand on what is pending now (nothing if nothing is)."""
        self.cancel()
        if self._pending:
            lines = list(self._pending)
            self._pending.clear()
            self._due = self._loop.time() + self.interval_s
            self._publish(lines)

    def cancel(self) -> None:
        """Stop the timer (the pending lines stay pending)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
