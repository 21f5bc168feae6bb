"""The rollback-trigger banner: which seed/configured triggers fail right now, with their evidence.

Hidden while no trigger fails. The evidence carries values from backends (series names, health messages), so
it reaches the screen as plain Text, never as markup. The banner recommends; the operator decides (``r``).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from cockpit.core.triggers import TriggerVerdict

MAX_LINES = 4


def banner_text(failing: Sequence[TriggerVerdict], *, no_color: bool = False) -> Text:
    heading = "⚠ ROLLBACK RECOMMENDED"
    text = Text(heading, style="bold reverse" if no_color else "bold")
    text.append(f" by {len(failing)} failing trigger{'s' if len(failing) != 1 else ''}: ")
    text.append("r previews a rollback, nothing happens by itself", style="italic")
    for verdict in failing[:MAX_LINES]:
        text.append("\n✗ ")
        text.append(verdict.trigger.name, style="bold")
        text.append(f": {verdict.evidence}")
        text.append(f"  (rule: {verdict.trigger.describe()})", style="dim")
    if len(failing) > MAX_LINES:
        text.append(f"\n… and {len(failing) - MAX_LINES} more")
    return text


class TriggerBanner(Static):
    DEFAULT_CSS = """
    TriggerBanner {
        display: none;
        height: auto;
        max-height: 6;
        padding: 0 1;
        /* One line per trigger: at 80 columns the panes matter more than the tail of the evidence, which the
           timeline and `cockpit status` keep whole. */
        text-wrap: nowrap;
        text-overflow: ellipsis;
        background: $error 25%;
        color: $text;
    }
    TriggerBanner.-failing {
        display: block;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.failing: tuple[TriggerVerdict, ...] = ()
        """The failing verdicts on show (empty: hidden)."""
        self._shown = ""

    def show(self, failing: Sequence[TriggerVerdict]) -> None:
        failing = tuple(failing)
        text = banner_text(failing, no_color=self.app.no_color) if failing else None
        self.failing = failing
        self.set_class(bool(failing), "-failing")
        # Re-judged on every poll: repaint only when the words change (an idle SSH link pays for every repaint).
        if text is not None and text.plain != self._shown:
            self._shown = text.plain
            self.update(text)

    @property
    def plain(self) -> str:
        """The text on show, for tests and the screen reader alike."""
        return banner_text(self.failing).plain if self.failing else ""
