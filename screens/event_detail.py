"""One timeline event in full: its whole summary wrapped, its detail, and the panes as recorded at that moment.

Opened with Enter on the timeline, so a long summary is readable at 80 columns, where the table's summary column
is narrow.
"""

from __future__ import annotations

import json

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from cockpit.core.timeline import Event
from cockpit.screens.base import BREAKPOINTS
from cockpit.ui.safe import join_lines, plain, shown

DETAIL_CHARS = 4000
"""The detail shown here is cut past this (the export keeps all of it)."""


def detail_text(event: Event) -> str:
    text = json.dumps(event.detail, indent=2, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= DETAIL_CHARS else text[:DETAIL_CHARS] + "\n… (cut; the export has all of it)"


class EventDetailScreen(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    """Its rules, parsed when it is first shown (``cockpit.ui.screen_styles``)."""
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS
    BINDINGS = [Binding("escape,enter,q", "dismiss", "Close")]

    def __init__(self, event: Event, replay: str) -> None:
        super().__init__()
        self.event = event
        self.replay = replay
        """The panes as recorded at this event (review.replay's description)."""

    def compose(self) -> ComposeResult:
        event = self.event
        head = shown(
            f"[b]{event.ts:%H:%M:%S}[/b]  $source  [b]$kind[/b]  $target  [dim]by[/] $actor",
            source=event.source, kind=event.kind, target=event.target or "—", actor=event.actor or "—",
        )
        with VerticalScroll(id="event-box"):
            yield Static(join_lines([head, plain(event.summary)]), classes="summary")
            yield Static(join_lines([plain("Replay — the panes as recorded at this event", "dim"),
                                     plain(self.replay or "nothing recorded yet")]), classes="replay")
            if event.detail:
                yield Static(plain(detail_text(event)), classes="detail")
            yield Static(plain("Esc or Enter closes; ↑ ↓ scroll", "dim"))

    def on_mount(self) -> None:
        self.query_one("#event-box").focus()
