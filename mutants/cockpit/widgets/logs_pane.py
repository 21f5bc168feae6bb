"""Logs: the followed lines of every log target, newest at the bottom, with a live filter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, RichLog

from cockpit.widgets.pane import Pane
from providers.base import LogLine

LEVEL_STYLE = {"ERROR": "bold red", "CRITICAL": "bold red", "FATAL": "bold red", "WARN": "yellow", "WARNING": "yellow"}
MONOCHROME_STYLE = {"ERROR": "bold reverse", "CRITICAL": "bold reverse", "FATAL": "bold reverse", "WARN": "bold"}
"""Under NO_COLOR, red turns to a dark grey that hides the very lines that matter: mark them by weight instead."""
MAX_LINES = 1000


def line_text(line: LogLine, monochrome: bool = False) -> Text:
    # One span for time and source: every style change costs escape codes on each repaint of the pane.
    text = Text(f"{line.at:%H:%M:%S} {line.source} ", style="dim")
    text.append(line.message, style=(MONOCHROME_STYLE if monochrome else LEVEL_STYLE).get(line.level, ""))
    return text


def matches(line: LogLine, needle: str) -> bool:
    return not needle or needle in line.message.lower() or needle in line.source.lower()


class LogsPane(Pane):
    PANE_TITLE = "Logs"
    BINDINGS = [
        Binding("up", "scroll('up')", "Scroll", show=False),
        Binding("down", "scroll('down')", show=False),
        Binding("pageup", "scroll('page_up')", show=False),
        Binding("pagedown", "scroll('page_down')", show=False),
        Binding("home", "scroll('home')", show=False),
        Binding("end", "scroll('end')", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.filter_text = ""
        """Lower-cased substring every shown line must contain (empty: show all)."""
        self.shown = 0

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Input(placeholder="filter logs (Enter to apply, Esc to close)", classes="log-filter")
        log = RichLog(max_lines=MAX_LINES, wrap=True, markup=False, auto_scroll=True)
        log.can_focus = False
        yield log

    def on_mount(self) -> None:
        self.query_one(".log-filter", Input).display = False

    def append(self, lines: Sequence[LogLine]) -> None:
        log = self.query_one(RichLog)
        for line in lines:
            if matches(line, self.filter_text):
                log.write(line_text(line, self.app.no_color))
                self.shown += 1

    def show_all(self, lines: Iterable[LogLine]) -> None:
        """Re-render from the hub's buffer (after the filter changed)."""
        self.query_one(RichLog).clear()
        self.shown = 0
        self.append(list(lines))
        self.border_subtitle = f"filter: {self.filter_text}" if self.filter_text else ""

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
        log = self.query_one(RichLog)
        getattr(log, f"scroll_{where}")(animate=False)
        log.auto_scroll = where == "end" or log.is_vertical_scroll_end

    def close_filter(self) -> None:
        self.query_one(".log-filter", Input).display = False
        self.focus()
