"""Logs: the followed lines of every log target, newest at the bottom, with a live filter.

Built for a flood (thousands of lines a second during an incident): the lines live in a ring buffer of
``[cockpit] log_lines`` entries, a burst larger than that keeps only its newest lines, and a frame draws only the rows
on screen (``LogView``), so the keyboard answers at the same speed whatever the rate.

The filter field holds a row of its own at all times: opening it (``/``) only moves the focus into it, so a key
never makes the screen lay itself out again (with the field appearing and the log shrinking, that cost 50-260 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Input

from cockpit.providers.results import LogLine
from cockpit.ui.feed import LogsArrived
from cockpit.ui.safe import shown
from cockpit.ui.widgets.log_view import LogView
from cockpit.ui.widgets.pane import Pane

LOG_LINES = 2000
"""Default capacity (config ``[cockpit] log_lines``): lines the pane keeps to scroll back through."""
OPEN_HINT = "filter logs (Enter to apply, Esc to close)"
CLOSED_HINT = "/ filter"
SIDEWAYS_STEP = 0.5
"""Share of the pane's width that ← and → scroll by when lines do not wrap."""


def matches(line: LogLine, needle: str) -> bool:
    return not needle or needle in line.message.lower() or needle in line.source.lower()


class LogsPane(Pane):
    PANE_TITLE = "Logs"
    CAPABILITY = "logs"
    BINDINGS = [
        Binding("w", "toggle_wrap", "Wrap"),
        Binding("up", "scroll('up')", "Scroll", show=False),
        Binding("down", "scroll('down')", show=False),
        Binding("pageup", "scroll('page_up')", show=False),
        Binding("pagedown", "scroll('page_down')", show=False),
        Binding("home", "scroll('home')", show=False),
        Binding("end", "scroll('end')", show=False),
        Binding("left", "sideways(-1)", show=False),
        Binding("right", "sideways(1)", show=False),
    ]

    def __init__(self, *, id: str | None = None, capacity: int = LOG_LINES) -> None:
        super().__init__(id=id)
        self.capacity = capacity
        self.filter_text = ""
        """Lower-cased substring every shown line must contain (empty: show all)."""
        self.shown = 0
        """Lines added to the view since the last (re)filter."""
        self._filter_open = False

    def compose_body(self) -> ComposeResult:
        yield LogView(self.capacity, monochrome=self.app.no_color)
        field = Input(placeholder=CLOSED_HINT, compact=True, classes="log-filter")
        field.can_focus = False  # until `/` opens it: tab moves between panes, not into a closed field
        yield field

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
        log = self.query_one(LogView)
        log.clear()
        log.set_view(needle=self.filter_text)
        self.shown = 0
        self.append(list(lines))
        self._show_state()

    def apply_filter(self, value: str, all_lines: Callable[[], Iterable[LogLine]]) -> None:
        """Filter on ``value`` (empty: show everything) and close the field; re-reading every buffered line only when
        the filter changed (Enter on the same filter cost a keystroke 40 ms under a flood)."""
        needle = value.strip().lower()
        if needle != self.filter_text:
            self.filter_text = needle
            self.show_all(all_lines())
        self.close_filter()

    def open_filter(self) -> None:
        field = self.query_one(".log-filter", Input)
        self._filter_open = True
        field.can_focus = True
        # Empty, the current filter shown as the placeholder: Enter on it clears the filter, Esc keeps it.
        field.value = ""
        field.placeholder = (f"filter: {self.filter_text} (Enter on empty clears it, Esc keeps it)" if self.filter_text
                             else OPEN_HINT)
        field.focus()

    @property
    def filter_open(self) -> bool:
        return self._filter_open

    def close_filter(self) -> None:
        field = self.query_one(".log-filter", Input)
        self._filter_open = False
        field.placeholder = CLOSED_HINT
        field.value = self.filter_text
        self.focus()
        field.can_focus = False

    def action_scroll(self, where: str) -> None:
        """Scroll the log from the keyboard; following new lines resumes at the end."""
        log = self.query_one(LogView)
        getattr(log, f"scroll_{where}")(animate=False)
        log.auto_scroll = where == "end" or log.is_vertical_scroll_end

    def action_sideways(self, direction: int) -> None:
        """Scroll unwrapped lines left or right by half the pane's width."""
        log = self.query_one(LogView)
        if log.folding:
            return
        step = max(1, round(log.size.width * SIDEWAYS_STEP))
        log.scroll_to(x=log.scroll_x + direction * step, animate=False, immediate=True, force=True)

    def action_toggle_wrap(self) -> None:
        """Long lines: fold them at the pane's edge, or keep one row each and scroll sideways with ← and →."""
        log = self.query_one(LogView)
        log.set_view(wrap=not log.wrap)
        self._show_state()

    def _show_state(self) -> None:
        """The filter and the line mode in the pane's bottom border."""
        log = self.query_one(LogView)
        parts = [shown("filter: $text", text=self.filter_text)] if self.filter_text else []
        if not log.wrap:
            parts.append(Content("wrapped while filtering" if self.filter_text else "no wrap: ← → scroll"))
        self.border_subtitle = Content(" · ").join(parts)
