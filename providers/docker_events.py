"""Follow the engine's container events in a thread of their own, for as long as the provider lives.

What it keeps: per service, the latest events worth showing (die, oom, restart, health_status, start) and which
images the service was seen running (create/start events), so history survives the containers it came from. A
stream that breaks (engine restarted, ssh dropped) ends the thread; the provider starts a new one, from the last
event seen, on its next good poll.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from cockpit.providers.base import DeploymentEvent
from cockpit.providers.docker_model import WATCHED_EVENTS, ImageUse, deployment_event, event_time, normalise_ref

EVENTS_KEPT = 20
"""Events kept per service (newest first in the pane)."""
BACKLOG = timedelta(hours=6)
"""How far back the first stream asks the engine (it keeps its latest few hundred events in memory)."""


class EventFollower:
    def __init__(self, open_stream: Callable[[str], Any], service_of: Callable[[Mapping[str, str]], str | None]) -> None:
        """``open_stream(since)`` opens the filtered event stream; ``service_of(attributes)`` names an event's
        service, or None for a container that is not part of the target."""
        self._open_stream = open_stream
        self._service_of = service_of
        self._lock = threading.Lock()
        self._events: dict[str, deque[DeploymentEvent]] = {}
        self._used: dict[str, dict[str, ImageUse]] = {}
        self._seen: set[tuple[int, str, str]] = set()
        self._last: datetime = datetime.now(UTC) - BACKLOG
        self._thread: threading.Thread | None = None
        self._stream: Any = None
        self._closed = False
        self.error: BaseException | None = None

    def ensure_running(self) -> None:
        """Start (or restart after a break) the following thread."""
        with self._lock:
            if self._closed or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._follow, name="docker-events", daemon=True)
            self._thread.start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            stream = self._stream
        if stream is not None:
            try:
                stream.close()
            except Exception:  # noqa: BLE001 - closing a broken stream may raise anything; it is gone either way
                pass

    def events(self, service: str) -> tuple[DeploymentEvent, ...]:
        with self._lock:
            return tuple(reversed(self._events.get(service, ())))

    def used(self, service: str) -> dict[str, ImageUse]:
        with self._lock:
            return dict(self._used.get(service, {}))

    def _follow(self) -> None:
        since = self._last.timestamp()
        try:
            stream = self._open_stream(f"{since:.9f}")
            with self._lock:
                if self._closed:
                    stream.close()
                    return
                self._stream = stream
            for event in stream:
                if isinstance(event, Mapping):
                    self._take(event)
            self.error = None
        except Exception as error:  # noqa: BLE001 - whatever broke the stream, the next poll restarts it
            self.error = error
        finally:
            with self._lock:
                self._stream = None

    def _take(self, event: Mapping[str, Any]) -> None:
        attributes = (event.get("Actor") or {}).get("Attributes") or {}
        service = self._service_of(attributes)
        if service is None:
            return
        at = event_time(event)
        key = (int(event.get("timeNano") or 0), str((event.get("Actor") or {}).get("ID", "")), str(event.get("Action")))
        action = str(event.get("Action") or "")
        with self._lock:
            if key in self._seen:
                return  # a restarted stream overlaps the last one by design
            self._seen.add(key)
            if len(self._seen) > 10_000:
                self._seen.clear()
            self._last = max(self._last, at)
            image = attributes.get("image")
            if image and action in ("create", "start"):
                ref = normalise_ref(image)
                known = self._used.setdefault(service, {}).get(ref)
                if known is None or at > known.last_seen:
                    name = attributes.get("name", "?")
                    self._used[service][ref] = ImageUse(at, f"ran in {name} ({at:%Y-%m-%d %H:%M} UTC)")
            shown = deployment_event(event)
            if shown is not None:
                self._events.setdefault(service, deque(maxlen=EVENTS_KEPT)).append(shown)


def event_filters(base: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {"type": ["container"], "event": list(WATCHED_EVENTS), **base}
