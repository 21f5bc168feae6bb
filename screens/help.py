"""Every key the cockpit answers to, for an operator who has not used it in months."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HELP = """\
[b]Incident cockpit — keys[/b]

[b]tab / shift+tab[/b]  move between panes        [b]1 2 3 4[/b]  jump to Deployments, Health, Logs, Metrics
[b]z[/b]                zoom the focused pane      [b]escape[/b]   leave zoom / close a dialog
[b]5[/b]                the Pipeline pane (with a CI target); there [b]e[/b] re-runs the newest failed run's failed jobs
[b]/[/b]                filter logs (Enter applies, empty clears)
[b]w[/b]                in Logs: wrap long lines, or one row each scrolled with [b]← →[/b] (a filter always wraps)
[b]n[/b]                add a timeline note (start with TODO: for an action item)
[b]r[/b]                roll back: plan → preview → confirm → execute → verify → record
[b]c[/b]                the runbook checklist: enter done, s skip, f failed, x run command, a run action
[b]t[/b]                the incident timeline: [b]/[/b] search, [b]f[/b] source filter, [b]s[/b] star, replay
[b]ctrl+r[/b]           poll every backend now
[b]?[/b]                this help                  [b]q[/b]        quit (the incident stays open; reopen to resume)

Every mutating action shows the exact equivalent command before it runs and is written to the
incident timeline. In a [b]PROTECTED[/b] environment you confirm by typing the service name.
With [b]--read-only[/b] every mutating action is refused.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(HELP)
