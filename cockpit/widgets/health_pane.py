"""Health: each health target's verdict, status code, latency, version and named components."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.markup import escape
from textual.widgets import Static

from cockpit.formatting import STATE_MARK, STATE_STYLE, state_label
from cockpit.hub import Snapshot
from cockpit.widgets.pane import Pane
from providers.base import HealthCheck, State


def render_check(check: HealthCheck) -> str:
    code = f"HTTP {check.status_code}" if check.status_code is not None else "no status"
    latency = f"{check.latency_ms:.0f} ms" if check.latency_ms is not None else "—"
    version = f"  [dim]version[/] {escape(check.version)}" if check.version else ""
    lines = [f"[b]{escape(check.target)}[/b]  {state_label(check.state)}  {code}  {latency}{version}"]
    for component in check.components:
        style = STATE_STYLE[component.state]
        detail = f" [dim]{escape(component.detail)}[/]" if component.detail else ""
        lines.append(f"  [{style}]{STATE_MARK[component.state]}[/] {escape(component.name)}{detail}")
    if check.message and check.state is not State.HEALTHY:
        lines.append(f"  [dim]{escape(check.message)}[/]")
    return "\n".join(lines)


class HealthPane(Pane):
    PANE_TITLE = "Health"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._checks: dict[str, HealthCheck] = {}
        self._rendered = ""

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Static("[dim]waiting for the first answer…[/]", classes="checks")

    @property
    def checks(self) -> dict[str, HealthCheck]:
        return self._checks

    def update_snapshot(self, snapshot: Snapshot) -> None:
        self.show_failure(snapshot, snapshot.fetched_at)
        if snapshot.data is None:
            return
        self._checks[snapshot.target] = snapshot.data
        # Latency changes every poll; redraw only the parts a person reads, so an idle screen stays quiet.
        text = "\n".join(render_check(c) for _, c in sorted(self._checks.items()))
        if text != self._rendered:
            self._rendered = text
            self.query_one(".checks", Static).update(text)
        self.set_class(any(c.state.is_bad for c in self._checks.values()), "-alert")
