"""The header line: environment, incident, whether writes are armed, and whether the timeline is recording."""

from __future__ import annotations

from textual.markup import escape
from textual.reactive import reactive
from textual.widgets import Static


class StatusBar(Static):
    environment: reactive[str] = reactive("")
    protected: reactive[bool] = reactive(False)
    incident: reactive[str] = reactive("")
    """'INC-3 Deployment failure: checkout v42'."""
    read_only: reactive[bool] = reactive(False)
    recording_error: reactive[str] = reactive("")
    """Why the timeline cannot be written (empty while it records fine)."""
    activity: reactive[str] = reactive("")
    """A running action, e.g. 'rolling back checkout → v41…'."""

    def render(self) -> str:
        # Most important first: at 80 columns the incident title is what gets cut, never the write mode.
        armed = "[b reverse] WRITES ARMED [/]" if self.app.no_color else "[b $error]WRITES ARMED[/]"
        mode = "[b reverse] READ-ONLY [/]" if self.read_only else armed
        env = f"[b]{escape(self.environment)}[/b]" + (" [reverse]PROTECTED[/]" if self.protected else "")
        parts = [mode, env]
        if self.recording_error:
            parts.append(f"[b $error]✗ TIMELINE NOT RECORDING: {escape(self.recording_error)}[/]")
        if self.activity:
            parts.append(f"[$accent]{escape(self.activity)}[/]")
        parts.append(escape(self.incident))
        return " │ ".join(parts)

    def watch_protected(self, protected: bool) -> None:
        self.set_class(protected, "-protected")
