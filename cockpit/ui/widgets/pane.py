"""The frame every dashboard pane shares: a focusable bordered box with a title and a failure banner.

A pane renders fresh data, no data yet, a failing backend (with the error, its cause and the age of the last good
data, which stays on screen dimmed rather than vanishing), and a fault of the cockpit's own while handling the data
(a listener or the pane itself raised: shown here, recorded, and the polling goes on).

The first frame shows a pane's frame and title (and its hidden failure banner) only: its body (``compose_body``:
tables, the log view, charts, most of the dashboard's widgets) is built and mounted one refresh later, filling the
empty frame without moving anything; then the pane subscribes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import datetime
from inspect import isawaitable
from typing import ClassVar, Protocol, cast

from msgspec.structs import replace
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from cockpit.core.formatting import format_age
from cockpit.core.hub import Snapshot
from cockpit.ui.feed import SnapshotArrived, SnapshotFeed
from cockpit.ui.safe import join_lines, shown


class SnapshotSource(Protocol):
    """What a pane needs of the app: the feed it subscribes to."""

    feed: SnapshotFeed


class Pane(Vertical, can_focus=True):
    """Base of the four panes; subclasses compose their body after the banner and render what they subscribe to."""

    DEFAULT_CLASSES = "pane"
    PANE_TITLE = ""
    CAPABILITY: ClassVar[str] = ""
    """The hub capability this pane shows ('deployments', 'health', 'metrics', 'logs')."""
    ALLOW_MAXIMIZE = True
    """Zoom (z) is Textual's own maximize."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = self.PANE_TITLE
        self._failures: dict[str, Snapshot] = {}
        self._banner: tuple[str, tuple[object, ...]] = ("", ())
        """The banner's text and styles as last drawn."""
        self.body_ready = asyncio.Event()
        """Set once the composed children are mounted and the pane subscribed; until then the pane's keys wait."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="banner", markup=True)

    def compose_body(self) -> ComposeResult:
        """The pane's own widgets, after the banner: built and mounted one refresh after the first frame (plain
        yields: no ``with`` containers)."""
        yield from ()

    def on_mount(self) -> None:
        self.call_after_refresh(self._mount_body)

    async def _mount_body(self) -> None:
        body = list(self.compose_body())
        await self.mount_all(body)
        if not all(widget.is_mounted for widget in body):
            return  # the app is closing (its timeline could not be opened): nothing more to show
        self.body_mounted()
        # Subscribed only now, in the DOM with its children: a snapshot handled earlier could not mount rows.
        self._subscribe()
        self.body_ready.set()

    def body_mounted(self) -> None:
        """What a pane does with its children once they are mounted (``on_mount`` runs before they are)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The pane's own keys act on its children: disabled (for that one refresh) until they are mounted.
        return True if self.body_ready.is_set() else None

    def _subscribe(self) -> None:
        app = self.app
        if self.CAPABILITY and isinstance(getattr(app, "feed", None), SnapshotFeed):
            cast(SnapshotSource, app).feed.subscribe(self, self.CAPABILITY)

    async def on_snapshot_arrived(self, message: SnapshotArrived) -> None:
        message.stop()
        snapshot = message.snapshot
        try:
            shown = self.update_snapshot(snapshot)
            if isawaitable(shown):
                await shown
        except Exception as error:  # noqa: BLE001 - a pane bug: shown in this pane and recorded, the app goes on
            fault = f"pane update: {type(error).__name__}: {error}"
            self.show_failure(replace(snapshot, fault=fault), snapshot.fetched_at)
            report = getattr(self.app, "pane_failed", None)
            if report is not None:
                report(snapshot.target, snapshot.capability, fault)

    def update_snapshot(self, snapshot: Snapshot) -> Awaitable[None] | None:
        """Render one snapshot of the subscribed capability (the panes that show snapshots override this)."""
        return None

    def show_failure(self, snapshot: Snapshot, now: datetime) -> None:
        """Record or clear one target's failure (of its backend, or a fault of our own while handling its data) and
        redraw the banner (only when something changed)."""
        if snapshot.error is None and snapshot.fault is None:
            if self._failures.pop(snapshot.target, None) is None:
                return
        else:
            self._failures[snapshot.target] = snapshot
        lines = []
        for target, faulty in sorted(self._failures.items()):
            if faulty.fault is not None:
                lines.append(shown("[$error]✗ $target: cockpit fault[/] $fault [dim](recorded)[/]", target=target,
                                   fault=faulty.fault))
        for target, failed in sorted(self._failures.items()):
            error = failed.error
            if error is None:
                continue
            age = format_age(failed.last_ok_at, now)
            retry = f"retry in {failed.next_poll_s:.0f}s"
            hint = f" — {error.hint}" if error.hint else ""
            lines.append(shown(
                "[$error]✗ $target: $title[/] $message [dim](last good $age, $retry)[/]",
                target=target, title=error.title, message=error.message + hint, age=age, retry=retry,
            ))
        text = join_lines(lines)
        key = (text.plain, tuple(text.spans))
        if key == self._banner:
            return  # the same words again: rewriting them would repaint (and resend) the banner every poll
        self._banner = key
        banner = self.query_one(".banner", Static)
        banner.update(text)
        banner.display = bool(lines)
        self.set_class(bool(lines), "-failed")
