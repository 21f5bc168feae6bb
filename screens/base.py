"""What every mode's screen shares: workers whose failures reach the app (the status line binds itself), the keys
bar, and the narrow/wide classes the layout follows.

A worker's StateChanged message goes to the node that started it and does not bubble, so each screen hands it to
the app's one handler (``worker_failed``): shown, recorded, the same way wherever the worker ran.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import Worker

from cockpit.ui.widgets.footer import CockpitFooter

BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
"""Below 100 columns (an 80x24 SSH window) the stylesheet gives the main content the width: side columns shrink or
move into a detail view."""


def key_bar() -> CockpitFooter:
    """The footer every screen shows: compact, without the command palette's key, so `?` and `q` (listed first by
    ``CockpitScreen``) are never the keys cut at 80 columns."""
    return CockpitFooter(compact=True, show_command_palette=False)


class CockpitScreen(Screen[None]):
    # Not annotated: Textual declares it `ClassVar[...] | None`, which type checkers read as an instance variable.
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS
    # First in every screen's footer: the footer lists bindings in order and cuts the last ones on a narrow
    # terminal; help lists the rest.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        handler = getattr(self.app, "worker_failed", None)
        if handler is not None:
            handler(event.worker)
