"""Ask for the values of a command's placeholders, showing the command they make before it is planned.

Each placeholder gets a field, filled with the cockpit's suggestion where live data knows one (and where it comes
from); the final command is shown as it will run, every value quoted for where it stands
(``cockpit.runbooks.placeholders``). Enter moves to the next field, and on the last one hands the values on to the
usual preview and confirmation; Esc cancels and nothing runs.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, Static

from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.placeholders import Hole, PlaceholderError, fill
from cockpit.ui.safe import plain, shown


class PlaceholderScreen(ModalScreen[dict[str, str] | None]):
    """Dismisses with {placeholder: value} for every placeholder, or None when cancelled."""

    DEFAULT_CSS = """
    PlaceholderScreen { align: center middle; background: $background 60%; }
    #placeholder-box {
        width: 90%; max-width: 100; height: auto; max-height: 90%; overflow-y: auto;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    #placeholder-box Label { width: 100%; }
    #placeholder-box .command { background: $panel; padding: 0 1; }
    #placeholder-box .caption { color: $text-muted; margin-top: 1; }
    #placeholder-box .hole { margin-top: 1; }
    #placeholder-box Input { background: $boost; }
    #placeholder-box Input:focus { background: $primary 30%; }
    #placeholder-box #placeholder-error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, command: str, holes: list[Hole]) -> None:
        super().__init__()
        self.command = command
        self.holes = holes

    def compose(self) -> ComposeResult:
        with Vertical(id="placeholder-box"):
            yield Label("[b]Fill in the command[/b]  [dim]Enter: next field, then preview · Esc: cancel[/]")
            yield Static(plain(self.command), classes="command")
            for index, hole in enumerate(self.holes):
                said = " [dim]suggested: $source[/]" if hole.suggestion else " [dim]type the value[/]"
                yield Label(shown(f"[b]$hole[/b]{said}", hole=hole.text, source=hole.source), classes="hole")
                yield Input(value=hole.suggestion or "", placeholder=hole.text, id=f"hole-{index}", compact=True)
            yield Label("It runs as (then the usual preview and confirmation):", classes="caption")
            yield Static("", id="placeholder-final", classes="command")
            yield Static("", id="placeholder-error")

    def on_mount(self) -> None:
        self.query_one("#hole-0", Input).focus()
        self._show_final()

    @property
    def values(self) -> dict[str, str]:
        return {hole.text: self.query_one(f"#hole-{index}", Input).value for index, hole in enumerate(self.holes)}

    def _final(self) -> str:
        empty = [hole for hole, value in self.values.items() if not value]
        if empty:
            raise PlaceholderError(f"give a value for {', '.join(empty)}")
        return fill(self.command, self.values)

    def _show_final(self) -> None:
        try:
            final, error = self._final(), ""
        except PlaceholderError as problem:
            final, error = "", str(problem)
        self.query_one("#placeholder-final", Static).update(plain(final))
        self.query_one("#placeholder-error", Static).update(plain(error))

    @on(Input.Changed)
    def _changed(self) -> None:
        self._show_final()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        index = int((event.input.id or "hole-0").removeprefix("hole-"))
        if index + 1 < len(self.holes):
            self.query_one(f"#hole-{index + 1}", Input).focus()
            return
        try:
            self._final()
        except PlaceholderError:
            self._show_final()  # the error is on screen; the operator fixes the value and presses Enter again
            return
        self.dismiss(self.values)

    def action_cancel(self) -> None:
        self.dismiss(None)


async def values_for(screen: Screen[None], checklist: Checklist, command: str) -> dict[str, str] | None:
    """The operator's values for ``command``'s placeholders ({} when it has none); None when they cancelled."""
    holes = checklist.shell.holes(command, checklist.baseline)
    if not holes or checklist.runner.read_only:  # read-only mode refuses the command anyway: ask for nothing
        return {}
    values = await screen.app.push_screen_wait(PlaceholderScreen(command, holes))
    if values is None:
        screen.notify("Not run: its placeholders were not filled in.", title="Command")
    return values


def show_shell_state(line: Static, checklist: Checklist) -> None:
    """The checklist header's line about the shell its commands run in: where, and what was exported."""
    described = checklist.shell.state.describe()
    line.update(plain(f"$ {described}" if described else "", "dim"))
    line.display = bool(described)
