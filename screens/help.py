"""Every key the cockpit answers to, and what its glyphs mean, for an operator who has not used it in months.

Two columns (key, what it does) whose right column wraps: readable at 80x24, where the modal scrolls.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from cockpit.core.formatting import STATE_MARK
from cockpit.providers.results import State
from cockpit.screens.base import BREAKPOINTS

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Everywhere", (
        ("?", "this help (↑ ↓ scroll it; Esc, q or ? closes it)"),
        ("q", "quit: the incident stays open, and the command that resumes it is printed"),
        ("r", "roll back: plan → preview → confirm → execute → verify → record"),
        ("n", "add a timeline note (start it with TODO: for an action item)"),
        ("c", "the runbook checklist"),
        ("t", "the incident timeline"),
        ("ctrl+r", "poll every backend now"),
    )),
    ("Dashboard", (
        ("tab, shift+tab", "move between panes"),
        ("1 2 3 4", "jump to Deployments, Health, Logs, Metrics (typed with z, in one go, zooms that pane)"),
        ("5", "the Pipeline pane (with a CI target); there e re-runs the newest failed run's failed jobs"),
        ("z", "zoom the focused pane; z or Esc again shows them all"),
        ("/", "filter the logs: Enter applies it, Enter on an empty filter clears it"),
        ("w", "in Logs: wrap long lines, or one row each scrolled with ← → (a filter always wraps)"),
    )),
    ("Checklist", (
        ("enter, d", "done: a step with a check needs it to pass, or a reason to override it"),
        ("s, f, o", "skip, failed, reopen (each asks for a reason)"),
        ("x", "run the step's command: you see it, confirm it, and it is recorded"),
        ("a", "run the step's action (the rollback it names)"),
        ("esc", "back to the dashboard"),
    )),
    ("Timeline", (
        ("enter", "the highlighted event in full: summary, detail, the panes as recorded then"),
        ("/", "full-text search (Enter; empty clears)"),
        ("f, s", "filter by source, star the event"),
    )),
)

STEP_GLYPHS: tuple[tuple[str, str], ...] = (
    ("○", "pending"),
    ("▸", "active: the step you are on"),
    ("✓", "done"),
    ("»", "skipped (not counted as done)"),
    ("✗", "failed"),
    ("⚑", "has a check against the live panes"),
    ("⚙", "names an action (a runs it)"),
    ("⚠", "trigger failing: a rollback trigger this step depends on fails now"),
)
"""The checklist's glyphs (screens/checklist.py draws them; a test keeps the two in step)."""

STATE_WORDS = {State.HEALTHY: "healthy", State.PROGRESSING: "rolling out", State.DEGRADED: "degraded",
               State.FAILED: "failed", State.UNKNOWN: "unknown"}

FOOTNOTE = (
    "Every mutating action shows the exact equivalent command before it runs and is written to the incident "
    "timeline. In a PROTECTED environment you confirm by typing the service name (a typo lets you type it again). "
    "With --read-only every mutating action is refused."
)


def help_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold", min_width=8, max_width=16)
    table.add_column(ratio=1)
    for number, (section, rows) in enumerate(KEYS):
        if number:
            table.add_row("", "")
        table.add_row(Text(section, style="bold reverse"), "")
        for key, meaning in rows:
            table.add_row(key, meaning)
    table.add_row("", "")
    table.add_row(Text("Checklist glyphs", style="bold reverse"), "")
    for glyph, meaning in STEP_GLYPHS:
        table.add_row(glyph, meaning)
    table.add_row("", "")
    table.add_row(Text("Pane glyphs", style="bold reverse"), "")
    table.add_row("", "   ".join(f"{STATE_MARK[state]} {word}" for state, word in STATE_WORDS.items()))
    table.add_row("", "")
    table.add_row("", Text(FOOTNOTE, style="dim"))
    return table


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    """Its rules, parsed when it is first shown (``cockpit.ui.screen_styles``)."""
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Incident cockpit — keys and glyphs", style="bold underline"), classes="caption")
            yield Static(help_table())

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()  # ↑ ↓ and page keys scroll a help longer than the window
