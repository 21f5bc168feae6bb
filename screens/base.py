"""What every mode's screen shares: workers whose failures reach the app (the status line binds itself).

A worker's StateChanged message goes to the node that started it and does not bubble, so each screen hands it to
the app's one handler (``worker_failed``): shown, recorded, the same way wherever the worker ran.
"""

from __future__ import annotations

from textual import on
from textual.screen import Screen
from textual.worker import Worker


class CockpitScreen(Screen[None]):
    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        handler = getattr(self.app, "worker_failed", None)
        if handler is not None:
            handler(event.worker)
