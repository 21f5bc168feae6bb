"""A blocking engine stream (events, one container's logs) read in a daemon thread and closable from another.

The SDK's streams block in a socket (or ssh pipe) read; closing the stream is the only way to wake that read, so
the stream is kept where ``close`` can reach it, and a close that races the opening is honoured.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any


class StreamThread:
    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._stream: Any = None
        self._closed = False
        self.finished = threading.Event()
        self.error: BaseException | None = None
        """What broke the last stream (None after a clean end or a close)."""

    def run(self, open_stream: Callable[[], Any], take: Callable[[Any], None]) -> None:
        """Start a daemon thread that opens the stream and hands every item to ``take`` until it ends."""
        self.finished.clear()
        threading.Thread(target=self._read, args=(open_stream, take), name=self.name, daemon=True).start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            stream = self._stream
        if stream is not None:
            try:
                stream.close()
            except Exception:  # noqa: BLE001 - closing a broken stream may raise anything; it is gone either way
                pass

    @property
    def closed(self) -> bool:
        return self._closed

    def _read(self, open_stream: Callable[[], Any], take: Callable[[Any], None]) -> None:
        try:
            stream = open_stream()
            with self._lock:
                if self._closed:
                    stream.close()
                    return
                self._stream = stream
            items: Iterable[Any] = stream
            for item in items:
                take(item)
            self.error = None
        except Exception as error:  # noqa: BLE001 - the owner sees it through `error` and the engine's next answer
            self.error = None if self._closed else error
        finally:
            with self._lock:
                self._stream = None
            self.finished.set()
