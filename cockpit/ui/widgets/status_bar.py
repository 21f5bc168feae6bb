"""The header line: environment, incident, whether writes are armed, and whether the timeline is recording.

Every mode's screen has one; each is bound to the app-level state (``BOUND``), so what one screen starts (a rollback
from the checklist) shows on all of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from cockpit.ui.safe import shown


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

    BOUND: ClassVar[dict[str, str]] = {
        "environment": "environment_name",
        "protected": "protected",
        "read_only": "read_only",
        "incident": "incident_label",
        "recording_error": "recording_error",
        "activity": "activity",
    }
    """This bar's reactive -> the app's reactive it follows."""

    def on_mount(self) -> None:
        for mine, the_apps in self.BOUND.items():
            if hasattr(type(self.app), the_apps):
                self.watch(self.app, the_apps, self._follower(mine))

    def _follower(self, name: str) -> Callable[[Any], None]:
        """What sets this bar's ``name``: a Python function, whose parameters Textual counts from its code (for a
        partial of the builtin ``setattr`` it parsed setattr's text signature, six times on the first frame)."""

        def follow(value: Any) -> None:
            setattr(self, name, value)

        return follow

    def render(self) -> Content:
        # Most important first: at 80 columns the incident title is what gets cut, never the write mode.
        armed = "[b reverse] WRITES ARMED [/]" if self.app.no_color else "[b $error]WRITES ARMED[/]"
        mode = "[b reverse] READ-ONLY [/]" if self.read_only else armed
        env = "[b]$environment[/b]" + (" [reverse]PROTECTED[/]" if self.protected else "")
        parts = [mode, env]
        if self.recording_error:
            parts.append("[b $error]✗ TIMELINE NOT RECORDING: $recording_error[/]")
        if self.activity:
            parts.append("[$accent]$activity[/]")
        parts.append("$incident")
        return shown(" │ ".join(parts), environment=self.environment, recording_error=self.recording_error,
                     activity=self.activity, incident=self.incident)

    def watch_protected(self, protected: bool) -> None:
        self.set_class(protected, "-protected")
