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

from .docker_model import WATCHED_EVENTS, ImageUse, deployment_event, event_time, normalise_ref
from .docker_stream import StreamThread
from .results import DeploymentEvent

EVENTS_KEPT = 20
"""Events kept per service (newest first in the pane)."""
BACKLOG = timedelta(hours=6)
"""How far back the first stream asks the engine (it keeps its latest few hundred events in memory)."""


class EventFollower:
    def __init__(
        self, open_stream: Callable[[str], Any], service_of: Callable[[Mapping[str, str]], str | None]
    ) -> None:
        """``open_stream(since)`` opens the filtered event stream; ``service_of(attributes)`` names an event's
        service, or None for a container that is not part of the target."""
        self._open_stream = open_stream
        self._service_of = service_of
        self._lock = threading.Lock()
        self._events: dict[str, deque[DeploymentEvent]] = {}
        self._used: dict[str, dict[str, ImageUse]] = {}
        self._seen: set[tuple[int, str, str]] = set()
        self._last: datetime = datetime.now(UTC) - BACKLOG
        self._reader = StreamThread("docker-events")
        self._running = False

    @property
    def error(self) -> BaseException | None:
        return self._reader.error

    def ensure_running(self) -> None:
        """Start (or restart after a break) the following thread, from the last event seen."""
        with self._lock:
            if self._reader.closed or (self._running and not self._reader.finished.is_set()):
                return
            self._running = True
            since = f"{self._last.timestamp():.9f}"
        self._reader.run(lambda: self._open_stream(since), self._take_any)

    def close(self) -> None:
        self._reader.close()

    def events(self, service: str) -> tuple[DeploymentEvent, ...]:
        with self._lock:
            return tuple(reversed(self._events.get(service, ())))

    def used(self, service: str) -> dict[str, ImageUse]:
        with self._lock:
            return dict(self._used.get(service, {}))

    def _take_any(self, event: Any) -> None:
        if isinstance(event, Mapping):
            self._take(event)

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
