"""The one writer of a running cockpit's timeline events, off the UI loop.

SQLite lets one writer at a time hold a file's lock; a second cockpit on the same file (or a backup taking a long
read-write transaction) makes a write wait up to the busy timeout. Done on the UI loop, that wait froze every key.
Here the writes queue for one thread with a connection of its own, in order, and ``record`` resolves only once the
event is committed: "recorded" still means on disk.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from cockpit.core.timeline import Event, EventKind, Timeline


class TimelineWriter:
    def __init__(self, timeline: Timeline) -> None:
        self._source = timeline
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="timeline-writer")
        self._timeline: Timeline | None = None
        """The writer's own connection, opened on its thread at the first write."""

    def _record(self, incident_id: int, kind: EventKind, summary: str, fields: dict[str, Any]) -> Event:
        if self._timeline is None:
            self._timeline = self._source.reopen()
        return self._timeline.record(incident_id, kind, summary, **fields)

    async def record(self, incident_id: int, kind: EventKind, summary: str, **fields: Any) -> Event:
        """Queue one event; returns once it is committed (raises TimelineError when it cannot be)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._record, incident_id, kind, summary, fields)

    def _close(self) -> None:
        if self._timeline is not None:
            self._timeline.close()
            self._timeline = None

    async def aclose(self) -> None:
        """Write what is queued, then close the connection (idempotent)."""
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self._executor, self._close)
        except RuntimeError:  # already shut down
            return
        self._executor.shutdown(wait=True)
