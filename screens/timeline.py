"""Every event of the incident: scroll, filter by source, full-text search, star, and replay the panes at any event."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Static

from cockpit.core.timeline import Event, EventKind, EventSource, Incident, Timeline
from cockpit.review.replay import describe, picture_at
from cockpit.screens.base import CockpitScreen, key_bar
from cockpit.screens.event_detail import EventDetailScreen
from cockpit.ui.safe import one_line, shown, visible_text
from cockpit.ui.widgets.status_bar import StatusBar

SOURCES = ("all", *(source.value for source in EventSource))
COLUMNS = ("time", "source", "kind", "target", "summary")

Recorder = Callable[..., Awaitable[bool]]
"""The app's ``record(kind, summary, **fields)``: True once committed. The screen never writes the timeline itself."""


class TimelineScreen(CockpitScreen):
    CSS_PATH = "timeline.tcss"
    """Its rules, parsed when it is first shown (``cockpit.ui.screen_styles``)."""
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("enter", "open_event", "Event"),
        Binding("slash", "search", "Search"),
        Binding("f", "cycle_source", "Source filter"),
        Binding("s", "star", "Star"),
        Binding("ctrl+r", "reload", "Reload", show=False),
    ]

    def __init__(self, timeline: Timeline, incident: Incident, record: Recorder) -> None:
        super().__init__()
        self.timeline = timeline
        self.incident = incident
        self._record = record
        self.source_filter = "all"
        self.query_text = ""
        self.shown: list[Event] = []
        """The events listed, in order (after filter and search)."""
        self._all: list[Event] = []

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status-bar")
        yield Static(shown(f"[b]{self.incident.ref}[/b] $title", title=self.incident.title), id="timeline-title")
        yield Input(placeholder="full-text search (Enter; empty clears)", id="timeline-search")
        with Horizontal(id="timeline-body"):
            table: DataTable[Text] = DataTable(cursor_type="row", id="timeline-events")
            for column in COLUMNS:
                table.add_column(column, key=column)
            with Vertical(id="timeline-list"):
                yield table
                yield Static("", id="event-summary", markup=False)
            with Vertical(id="replay"):
                yield Static("[b]Replay[/b] — the panes as recorded at the highlighted event", classes="caption")
                yield Static("", id="replay-text", markup=False)
        yield key_bar()

    def on_mount(self) -> None:
        self.query_one("#timeline-search", Input).display = False
        self.reload()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    # -- data --------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._all = self.timeline.events(self.incident.id)
        starred = {int(e.detail.get("seq", 0)) for e in self._all if e.kind == EventKind.EVENT_STARRED}
        events = self._all
        if self.query_text:
            found = {e.seq for e in self.timeline.search(self.query_text, self.incident.id)}
            events = [e for e in events if e.seq in found]
        if self.source_filter != "all":
            events = [e for e in events if e.source == self.source_filter]
        self.shown = [e for e in events if e.kind != EventKind.EVENT_STARRED]
        table = self.query_one(DataTable)
        table.clear()
        for event in self.shown:
            mark = "★ " if event.seq in starred else ""
            table.add_row(
                Text(f"{event.ts:%H:%M:%S}"),
                Text(event.source),
                Text(event.kind),
                Text(one_line(event.target)),
                Text(mark + one_line(event.summary)),
                key=str(event.seq),
            )
        filters = [f"source: {self.source_filter}"] + ([f"search: {self.query_text}"] if self.query_text else [])
        self.sub_title = f"{len(self.shown)} of {len(self._all)} events — " + ", ".join(filters)
        self.query_one("#timeline-title", Static).update(
            shown(f"[b]{self.incident.ref}[/b] $title  [dim]$sub_title[/]", title=self.incident.title,
                  sub_title=self.sub_title)
        )
        self._show_replay()

    def highlighted(self) -> Event | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row < 0 or table.cursor_row >= len(self.shown):
            return None
        return self.shown[table.cursor_row]

    def _replay_text(self, event: Event | None) -> str:
        return describe(picture_at(self._all, event.seq)) if event else ""

    def _show_replay(self) -> None:
        event = self.highlighted()
        self.query_one("#replay-text", Static).update(visible_text(self._replay_text(event)))
        # The highlighted event's whole summary, wrapped: the table's column cuts it (at 80 columns most of it).
        self.query_one("#event-summary", Static).update(visible_text(event.summary) if event else "")

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, _: DataTable.RowHighlighted) -> None:
        self._show_replay()

    # -- keys --------------------------------------------------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_event()

    def action_open_event(self) -> None:
        """Enter: the highlighted event in full, over the timeline."""
        event = self.highlighted()
        if event is not None:
            self.app.push_screen(EventDetailScreen(event, self._replay_text(event)))

    def action_back(self) -> None:
        search = self.query_one("#timeline-search", Input)
        if search.display:
            search.display = False
            self.query_one(DataTable).focus()
            return
        self.app.switch_mode("dashboard")

    def action_search(self) -> None:
        search = self.query_one("#timeline-search", Input)
        search.display = True
        search.value = self.query_text
        search.focus()

    @on(Input.Submitted, "#timeline-search")
    def _search(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_text = event.value.strip()
        event.input.display = False
        self.reload()
        self.query_one(DataTable).focus()

    def action_cycle_source(self) -> None:
        self.source_filter = SOURCES[(SOURCES.index(self.source_filter) + 1) % len(SOURCES)]
        self.reload()

    async def action_star(self) -> None:
        event = self.highlighted()
        if event is None:
            return
        fields: dict[str, Any] = {"source": EventSource.OPERATOR, "detail": {"seq": event.seq}, "target": event.target}
        if await self._record(EventKind.EVENT_STARRED, f"starred: {event.summary[:120]}", **fields):
            row = self.query_one(DataTable).cursor_row
            self.reload()
            self.query_one(DataTable).move_cursor(row=row)

    def action_reload(self) -> None:
        self.reload()
