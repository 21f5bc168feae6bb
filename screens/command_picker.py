"""Choose which of a step's commands to run, when the step has more than one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cockpit.screens.base import key_bar
from cockpit.ui.safe import plain


class CommandPicker(Screen[str | None]):
    """Choose which of a step's commands to run."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, commands: list[str]) -> None:
        super().__init__()
        self.commands = commands

    def compose(self) -> ComposeResult:
        yield Static("Which command? (Enter runs it after a preview; Esc cancels)")
        yield OptionList(*[Option(plain(command), id=str(index)) for index, command in enumerate(self.commands)])
        yield key_bar()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.commands[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
