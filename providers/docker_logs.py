"""Follow the logs of every container of a target, each in a thread of its own, merged into one async stream.

Each line carries the engine's timestamp and its service as the source. Lines are bounded in length, and a chatty
container cannot grow memory without bound: the queue is bounded and a full one drops (and counts) lines.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from .docker_model import parse_time
from .docker_stream import StreamThread
from .results import LogLine
from .text import clean_result

LINE_LIMIT = 4096
"""Characters kept of one log line."""
QUEUE_LIMIT = 10_000
BACKLOG_LINES = 100
"""Lines per container when following starts without a ``since``."""
_LEVEL = re.compile(r"\b(ERROR|ERR|FATAL|CRITICAL|WARN|WARNING|INFO|DEBUG)\b", re.IGNORECASE)
_LEVEL_NAMES = {"ERR": "ERROR", "WARNING": "WARN", "FATAL": "ERROR", "CRITICAL": "ERROR"}


def level_of(message: str) -> str:
    found = _LEVEL.search(message[:200])
    if found is None:
        return ""
    word = found[1].upper()
    return _LEVEL_NAMES.get(word, word)


def parse_line(raw: str, source: str) -> LogLine | None:
    """``2026-12-01T16:34:42.311515316Z message`` (docker logs --timestamps) as a LogLine."""
    stamp, _, message = raw.partition(" ")
    at = parse_time(stamp)
    if at is None:
        return None
    message = message.rstrip("\r")[:LINE_LIMIT]
    return clean_result(LogLine(at, source, message, level_of(message)))


class LogFollower:
    """One container's ``docker logs --follow --timestamps`` in a daemon thread, feeding ``deliver``."""

    def __init__(self, open_stream: Callable[[], Any], source: str, deliver: Callable[[LogLine], None]) -> None:
        self._source = source
        self._deliver = deliver
        self._pending = b""
        self.last_at: datetime | None = None
        """Time of the last line delivered: where following resumes if the container runs again."""
        self._reader = StreamThread(f"docker-logs:{source}")
        self.finished = self._reader.finished
        self._reader.run(open_stream, self._take)

    def close(self) -> None:
        self._reader.close()

    def _take(self, chunk: bytes) -> None:
        *lines, self._pending = (self._pending + chunk).split(b"\n")
        if len(self._pending) > LINE_LIMIT * 4:
            lines, self._pending = [*lines, self._pending], b""  # no newline for far too long: cut it here
        for raw in lines:
            line = parse_line(raw.decode(errors="replace"), self._source)
            if line is not None:
                self.last_at = line.at
                self._deliver(line)


class LineQueue:
    """Thread-safe hand-over of lines to the event loop; a full queue drops lines and counts them."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.queue: asyncio.Queue[LogLine] = asyncio.Queue(QUEUE_LIMIT)
        self.dropped = 0

    def deliver(self, line: LogLine) -> None:
        try:
            self._loop.call_soon_threadsafe(self._put, line)
        except RuntimeError:
            pass  # the loop is closed: nobody is reading any more

    def _put(self, line: LogLine) -> None:
        try:
            self.queue.put_nowait(line)
        except asyncio.QueueFull:
            self.dropped += 1


def since_value(since: datetime | None) -> float | None:
    return since.timestamp() if since is not None else None
