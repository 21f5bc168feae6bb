"""Health: each health target's verdict, status code, latency, version and named components."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.markup import escape
from textual.widgets import Static

from cockpit.formatting import STATE_MARK, STATE_STYLE, state_label
from cockpit.hub import Snapshot
from cockpit.widgets.pane import Pane
from providers.base import HealthCheck, State


def format_latency(latency_ms: float | None) -> str:
    """Milliseconds to two significant figures: the redraw of an idle pane is what the last digit would cost."""
    if latency_ms is None:
        return "—"
    if latency_ms < 10:
        return f"{latency_ms:.0f} ms"
    return f"{float(f'{latency_ms:.2g}'):.0f} ms"


def render_head(check: HealthCheck) -> str:
    code = f"HTTP {check.status_code}" if check.status_code is not None else "no status"
    version = f"  [dim]version[/] {escape(check.version)}" if check.version else ""
    latency = format_latency(check.latency_ms)
    return f"[b]{escape(check.target)}[/b]  {state_label(check.state)}  {code}  {latency}{version}"


def render_body(check: HealthCheck) -> str:
    lines = []
    for component in check.components:
        style = STATE_STYLE[component.state]
        detail = f" [dim]{escape(component.detail)}[/]" if component.detail else ""
        lines.append(f"  [{style}]{STATE_MARK[component.state]}[/] {escape(component.name)}{detail}")
    if check.message and check.state is not State.HEALTHY:
        lines.append(f"  [dim]{escape(check.message)}[/]")
    return "\n".join(lines)


class CheckView(Vertical):
    """One target: the head line (changes with latency) apart from the components, so only it redraws."""

    DEFAULT_CLASSES = "check"

    def __init__(self) -> None:
        super().__init__()
        # Built here, not in compose: the next snapshot may arrive before the view has finished mounting.
        self.head = Static("", classes="check-head")
        self.body = Static("", classes="check-body")

    def compose(self) -> ComposeResult:
        yield self.head
        yield self.body

    def show(self, check: HealthCheck) -> None:
        for widget, text in ((self.head, render_head(check)), (self.body, render_body(check))):
            if widget.content != text:
                widget.update(text)


class HealthPane(Pane):
    PANE_TITLE = "Health"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._checks: dict[str, HealthCheck] = {}
        self._views: dict[str, CheckView] = {}

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Static("[dim]waiting for the first answer…[/]", classes="empty")

    @property
    def checks(self) -> dict[str, HealthCheck]:
        return self._checks

    async def update_snapshot(self, snapshot: Snapshot) -> None:
        self.show_failure(snapshot, snapshot.fetched_at)
        if snapshot.data is None:
            return
        self._checks[snapshot.target] = snapshot.data
        view = self._views.get(snapshot.target)
        if view is None:
            view = self._views[snapshot.target] = CheckView()
            await self.mount(view)
            self.query_one(".empty", Static).display = False
        view.show(snapshot.data)
        self.set_class(any(c.state.is_bad for c in self._checks.values()), "-alert")
