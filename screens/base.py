"""What every mode's screen shares: workers whose failures reach the app (the status line binds itself).

A worker's StateChanged message goes to the node that started it and does not bubble, so each screen hands it to
the app's one handler (``worker_failed``): shown, recorded, the same way wherever the worker ran.
"""

from __future__ import annotations

from textual import on
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.worker import Worker


class CockpitScreen(Screen[None]):
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual repaints the whole screen on every focus move (15-19 KB to the terminal and a full render for each
    pane key, `/` or Enter); what focus changes on screen is restyled and repainted by the widgets it concerns."""

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        handler = getattr(self.app, "worker_failed", None)
        if handler is not None:
            handler(event.worker)
