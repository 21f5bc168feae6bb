"""From the hub to the panes: each pane subscribes to the capability it shows and gets typed messages.

A snapshot message is keyed by (target, capability) and replaces an older one of the same key still queued, so a
pane that falls behind renders the newest data once instead of every stale poll. A pane that subscribes late (the
checklist's side panes) is sent the latest snapshots at once. Screens hold no ``if capability == ...`` ladders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.message import Message
from textual.widget import Widget

from cockpit.core.hub import Snapshot
from cockpit.providers.results import LogLine


class SnapshotArrived(Message):
    """The latest answer (or failure) of one (target, capability) loop."""

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot

    @property
    def key(self) -> tuple[str, str]:
        return (self.snapshot.target, self.snapshot.capability)

    def can_replace(self, message: Message) -> bool:
        # Textual asks the queued message whether the one behind it supersedes it: a newer snapshot of the same
        # loop does.
        return isinstance(message, SnapshotArrived) and message.key == self.key


class LogsArrived(Message):
    """A batch of new log lines (batches add up: none replaces another)."""

    def __init__(self, target: str, lines: Sequence[LogLine]) -> None:
        super().__init__()
        self.target = target
        self.lines = lines


class SnapshotFeed:
    def __init__(self, latest: Callable[[str], list[Snapshot]]) -> None:
        self._latest = latest
        """The hub's latest snapshots of a capability."""
        self._subscribers: dict[str, list[Widget]] = {}

    def subscribe(self, widget: Widget, capability: str) -> None:
        self._subscribers.setdefault(capability, []).append(widget)
        if capability != "logs":
            for snapshot in self._latest(capability):
                widget.post_message(SnapshotArrived(snapshot))

    def _live(self, capability: str) -> list[Widget]:
        widgets = self._subscribers.get(capability, [])
        widgets[:] = [widget for widget in widgets if widget.is_attached]
        return widgets

    def publish(self, snapshot: Snapshot) -> None:
        for widget in self._live(snapshot.capability):
            widget.post_message(SnapshotArrived(snapshot))

    def publish_logs(self, target: str, lines: Sequence[LogLine]) -> None:
        for widget in self._live("logs"):
            widget.post_message(LogsArrived(target, lines))
