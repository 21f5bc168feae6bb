"""Which incident the cockpit records into, and when it opens: the app's link to the timeline.

The timeline file and the incident open right after the first frame. ``cockpit open`` on an environment with no open
incident only watches at first: looking at a failing service is not yet an incident, so none is opened until the
operator acts (a rollback, a checklist, a runbook command, a note). What the cockpit observed meanwhile (state
changes, trigger verdicts) is kept, bounded, and written into the incident when it opens, each with the time it was
observed; nothing is written when the operator only looked and left.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from rich.text import Text

from cockpit.errors import CockpitError, presented
from cockpit.providers.results import utcnow

if TYPE_CHECKING:
    from cockpit.core.timeline import EventKind
    from cockpit.ui.app import CockpitApp

WATCHED_EVENTS = 500
"""Events kept while only watching: enough for an hour of a flapping service; the oldest go first beyond it."""

WATCHING_LABEL = "no incident yet: your first action or note (n) opens one"


@dataclass
class WatchedEvents:
    """What happened before there was an incident to record it in, oldest first, bounded."""

    events: deque[tuple[EventKind, str, dict[str, Any]]] = field(default_factory=lambda: deque(maxlen=WATCHED_EVENTS))
    dropped: int = 0

    def keep(self, kind: EventKind, summary: str, fields: dict[str, Any]) -> None:
        if len(self.events) == self.events.maxlen:
            self.dropped += 1
        detail = {**(fields.get("detail") or {}), "observed_at": utcnow().isoformat()}
        self.events.append((kind, summary, {**fields, "detail": detail}))

    def drain(self) -> Iterator[tuple[EventKind, str, dict[str, Any]]]:
        while self.events:
            yield self.events.popleft()


class IncidentLink:
    """Opens the timeline and the incident for the app, builds the action runner with it, and holds what is observed
    before the incident exists (the first frame's moments, or a session that is only watching)."""

    def __init__(self, app: CockpitApp) -> None:
        self.app = app
        self.ready = asyncio.Event()
        """Set once the incident is open: events recorded before wait for it (queued, never lost)."""
        self.watching: WatchedEvents | None = None
        """Set while ``cockpit open`` only watches (no incident yet)."""

    def open_at_start(self) -> bool:
        """Open the timeline and resume or open the incident (or start watching); False when the timeline cannot be
        opened: the app then leaves with the one-line error the CLI prints (exit 2)."""
        from cockpit.core.incident import open_or_resume

        app, session = self.app, self.app.session
        env = session.environment
        try:
            if app.open_timeline is not None:
                app.timeline = app.open_timeline()
            if session.watch_first and session.incident_ref is None and app.timeline.latest_open(env.name) is None:
                self.watching = WatchedEvents()
                app.incident_label = WATCHING_LABEL
                return True
            app.incident, resumed = open_or_resume(
                app.timeline, env.name, env.service, operator=session.operator, ref=session.incident_ref,
                resume=session.demo is None,
            )
        except CockpitError as error:
            # Text, not markup: the message names a file and carries SQLite's words.
            app.exit(return_code=2, message=Text(f"cockpit: error: {presented(error).line()}"))
            return False
        self._attach(resumed)
        return True

    async def wait(self) -> bool:
        """The incident, for an operator's action: while only watching, this action opens it. False when it cannot
        be opened (the error is shown; the action does not run)."""
        if self.watching is not None and not self.ready.is_set():
            from cockpit.core.incident import open_or_resume

            app, session = self.app, self.app.session
            env = session.environment
            try:
                app.incident, _ = open_or_resume(app.timeline, env.name, env.service, operator=session.operator,
                                                 resume=False)
            except CockpitError as error:
                app.show_error(error)
                return False
            watched, self.watching = self.watching, None
            self._attach(resumed=False)
            await self._write_watched(watched)
        await self.ready.wait()
        return True

    def keep_while_watching(self, kind: EventKind, summary: str, fields: dict[str, Any]) -> bool:
        """Keep an observed event for the incident the operator may open; False when there is no watching to do."""
        if self.watching is None or self.ready.is_set():
            return False
        self.watching.keep(kind, summary, fields)
        return True

    async def _write_watched(self, watched: WatchedEvents) -> None:
        from cockpit.core.timeline import EventKind, EventSource

        if watched.dropped:
            await self.app.record(EventKind.NOTE, f"{watched.dropped} earlier observations were not kept "
                                  f"(only the last {WATCHED_EVENTS} before the incident opened)",
                                  source=EventSource.SYSTEM)
        for kind, summary, fields in watched.drain():
            await self.app.record(kind, summary, **fields)

    def _attach(self, resumed: bool) -> None:
        from cockpit.core.actions import ActionRunner
        from cockpit.core.incident import last_states
        from cockpit.core.timeline_writer import TimelineWriter

        app, session = self.app, self.app.session
        env = session.environment
        assert app.incident is not None
        app.writer = TimelineWriter(app.timeline)
        if resumed:
            app.hub.seed_states(last_states(app.timeline, app.incident.id))
        app.runner = ActionRunner(
            app.timeline,
            app.incident.id,
            session.providers,
            read_only=session.read_only,
            protected=env.protected,
            operator=session.operator,
            confirm_phrase=env.service,
            # A runbook command may change anything: poll every backend now, not just the action's target.
            after_execute=lambda target: app.hub.refresh(target if target in app.hub.providers else None),
            write=app.writer.record,
            progress=app.show_verification_progress,
        )
        # "(resumed)" beside the reference: at 80 columns the end of the title is what the status line cuts.
        app.incident_label = f"{app.incident.ref}{' (resumed)' if resumed else ''} {app.incident.title}"
        self.ready.set()
