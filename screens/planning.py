"""The moments between the key that asks for an action and its preview: the plan is being made (a backend is
asked what is live), and every key typed meanwhile lands on this modal screen, which has no use for it (a modal
screen keeps the app's own keys from acting too).

Without it those keys reach the screen behind: an operator typing the confirmation phrase ahead of the preview
(``checkout``) would switch to the checklist on ``c`` and the timeline on ``t``. Esc cancels the planning; nothing
has changed yet, so nothing needs undoing.
"""

from __future__ import annotations

import asyncio

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


class PlanningScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    PlanningScreen {
        align: center middle;
        background: $background 60%;
    }
    #planning-box {
        width: 90%;
        max-width: 100;
        height: auto;
        border: thick $warning;
        background: $surface;
        padding: 1 2;
    }
    #planning-box .caption {
        color: $text-muted;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = asyncio.Event()
        """Set by Esc: the caller stops planning."""

    def compose(self) -> ComposeResult:
        with Vertical(id="planning-box"):
            yield Label("Planning: asking the live systems what would change…")
            yield Label("Esc cancels. Keys typed now are ignored: type the confirmation once the preview shows.",
                        classes="caption")

    def action_cancel(self) -> None:
        self.cancelled.set()
