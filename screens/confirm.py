"""Preview and confirm one action plan: the exact command, what changes, whether it can be undone, and in red
what the runner warns about (moving away from a revision this incident verified healthy)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from cockpit.providers.results import ActionPlan
from cockpit.screens.base import BREAKPOINTS
from cockpit.ui.safe import join_lines, plain, shown


class ConfirmScreen(ModalScreen[str | None]):
    """Dismisses with the typed confirmation ('' when none is needed), or None when cancelled. A typed phrase that
    does not match keeps the dialog open, says so, and lets the operator type it again (the runner checks it too)."""
    CSS_PATH = "dialogs.tcss"
    """Its rules, parsed when it is first shown (``cockpit.ui.screen_styles``)."""

    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("y", "confirm", "Confirm", show=False),
        Binding("n", "cancel", "Cancel", show=False),
    ]

    def __init__(self, plan: ActionPlan, phrase: str | None, warning: str | None = None) -> None:
        super().__init__()
        self.plan = plan
        self.phrase = phrase
        self.warning = warning

    def compose(self) -> ComposeResult:
        plan = self.plan
        # Scrolls when the plan is taller than the window (80x24): the input stays reachable, nothing is cut.
        with VerticalScroll(id="confirm-box"):
            yield Label(shown("[b]$action[/b] $service on $target", action=plan.action.upper(), service=plan.service,
                              target=plan.target))
            if self.warning:
                yield Static(shown("[b $error]⚠ $warning[/]", warning=self.warning), id="confirm-warning",
                             classes="warning")
            yield Static(plain(plan.summary), classes="summary")
            yield Label("Equivalent command:", classes="caption")
            yield Static(plain(plan.command), id="command", classes="command")
            changes = [
                shown("  $field: [$error]$before[/] → [$success]$after[/]", field=c.field, before=c.before,
                      after=c.after)
                for c in plan.changes
            ]
            yield Static(join_lines(["Changes:", *changes]) if changes else "No recorded changes.", classes="changes")
            undo = "reversible (roll forward again the same way)" if plan.reversible else "[b $error]NOT reversible[/]"
            if plan.changes_nothing:
                undo = "[$success]read-only:[/] it changes nothing"
            yield Static(undo, classes="reversible")
            if self.phrase is not None:
                yield Label(
                    shown("Protected environment: type [b]$phrase[/b] and press Enter", phrase=self.phrase),
                    classes="caption",
                )
                yield Input(placeholder=self.phrase, id="phrase")
                yield Static("", id="phrase-mismatch")
            else:
                yield Label("Press [b]y[/b] to execute, [b]Esc[/b] to cancel", classes="caption")

    def on_mount(self) -> None:
        if self.phrase is not None:
            self.query_one("#phrase", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        # The runner's own rule (surrounding spaces do not count); it checks again before executing.
        if self.phrase is not None and event.value.strip() != self.phrase:
            mismatch = self.query_one("#phrase-mismatch", Static)
            mismatch.update(shown("[b $error]$typed is not $phrase[/]: type it again, or Esc to cancel",
                                  typed=repr(event.value.strip()), phrase=repr(self.phrase)))
            mismatch.display = True
            event.input.clear()
            return
        self.dismiss(event.value)

    def action_confirm(self) -> None:
        # With a phrase to type, 'y' is just a letter in the input; only Enter confirms.
        if self.phrase is None:
            self.dismiss("")

    def action_cancel(self) -> None:
        self.dismiss(None)
