"""The frame every dashboard pane shares: a focusable bordered box with a title and a failure banner.

A pane renders three situations and nothing else: fresh data, no data yet, and a failing backend (with the
error, its cause and the age of the last good data, which stays on screen dimmed rather than vanishing).
"""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Static

from cockpit.formatting import format_age
from cockpit.hub import Snapshot


class Pane(Vertical, can_focus=True):
    """Base of the four panes; subclasses compose their body after the banner."""

    DEFAULT_CLASSES = "pane"
    PANE_TITLE = ""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = self.PANE_TITLE
        self._failures: dict[str, Snapshot] = {}

    def compose(self) -> ComposeResult:
        yield Static("", classes="banner", markup=True)

    def show_failure(self, snapshot: Snapshot, now: datetime) -> None:
        """Record or clear one target's failure and redraw the banner (only when its text changes)."""
        if snapshot.error is None:
            if self._failures.pop(snapshot.target, None) is None:
                return
        else:
            self._failures[snapshot.target] = snapshot
        lines = []
        for target, failed in sorted(self._failures.items()):
            error = failed.error
            assert error is not None
            age = format_age(failed.last_ok_at, now)
            retry = f"retry in {failed.next_poll_s:.0f}s"
            hint = f" — {error.hint}" if error.hint else ""
            lines.append(
                f"[$error]✗ {escape(target)}: {error.title}[/] {escape(error.message + hint)} "
                f"[dim](last good {age}, {retry})[/]"
            )
        banner = self.query_one(".banner", Static)
        banner.update("\n".join(lines))
        banner.display = bool(lines)
        self.set_class(bool(lines), "-failed")
