"""Logs: the followed lines of every log target, newest at the bottom, with a live filter.

Built for a flood (thousands of lines a second during an incident): the lines live in a ring buffer of
``[cockpit] log_lines`` entries, a burst larger than that keeps only its newest lines, and a frame draws only the rows
on screen (``LogView``), so the keyboard answers at the same speed whatever the rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from cockpit.providers.base import LogLine
from cockpit.ui.feed import LogsArrived
from cockpit.ui.safe import shown
from cockpit.ui.widgets.log_view import LogView
from cockpit.ui.widgets.pane import Pane

LOG_LINES = 2000
"""Default capacity (config ``[cockpit] log_lines``): lines the pane keeps to scroll back through."""


def matches(line: LogLine, needle: str) -> bool:
    return not needle or needle in line.message.lower() or needle in line.source.lower()


class LogsPane(Pane):
    PANE_TITLE = "Logs"
    CAPABILITY = "logs"
    BINDINGS = [
        Binding("up", "scroll('up')", "Scroll", show=False),
        Binding("down", "scroll('down')", show=False),
        Binding("pageup", "scroll('page_up')", show=False),
        Binding("pagedown", "scroll('page_down')", show=False),
        Binding("home", "scroll('home')", show=False),
        Binding("end", "scroll('end')", show=False),
    ]

    def __init__(self, *, id: str | None = None, capacity: int = LOG_LINES) -> None:
        super().__init__(id=id)
        self.capacity = capacity
        self.filter_text = ""
        """Lower-cased substring every shown line must contain (empty: show all)."""
        self.shown = 0
        """Lines added to the view since the last (re)filter."""

    def compose_body(self) -> ComposeResult:
        yield Input(placeholder="filter logs (Enter to apply, Esc to close)", classes="log-filter")
        yield LogView(self.capacity, monochrome=self.app.no_color)

    def body_mounted(self) -> None:
        self.query_one(".log-filter", Input).display = False

    def on_logs_arrived(self, message: LogsArrived) -> None:
        message.stop()
        self.append(message.lines)

    def append(self, lines: Sequence[LogLine]) -> None:
        needle = self.filter_text
        shown = [line for line in lines if matches(line, needle)] if needle else lines
        self.query_one(LogView).write_lines(shown)
        self.shown += len(shown)

    def show_all(self, lines: Iterable[LogLine]) -> None:
        """Re-render from the hub's buffer (after the filter changed)."""
        self.query_one(LogView).clear()
        self.shown = 0
        self.append(list(lines))
        self.border_subtitle = shown("filter: $text", text=self.filter_text) if self.filter_text else ""

    def open_filter(self) -> None:
        field = self.query_one(".log-filter", Input)
        field.display = True
        field.value = self.filter_text
        field.focus()

    @property
    def filter_open(self) -> bool:
        return bool(self.query_one(".log-filter", Input).display)

    def action_scroll(self, where: str) -> None:
        """Scroll the log from the keyboard; following new lines resumes at the end."""
        log = self.query_one(LogView)
        getattr(log, f"scroll_{where}")(animate=False)
        log.auto_scroll = where == "end" or log.is_vertical_scroll_end

    def close_filter(self) -> None:
        self.query_one(".log-filter", Input).display = False
        self.focus()
