"""Ask for one line of text: a timeline note (a leading 'TODO:' makes it an action item)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class NoteScreen(ModalScreen[str | None]):
    CSS_PATH = "dialogs.tcss"
    """Its rules, parsed when it is first shown (``cockpit.ui.screen_styles``)."""
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str = "Timeline note (start with TODO: for an action item)") -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Label(self.prompt)
            yield Input(placeholder="what you saw, decided or did", id="note")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
