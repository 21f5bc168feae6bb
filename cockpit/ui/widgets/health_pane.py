"""Health: each health target's verdict, status code, latency, version and named components."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from cockpit.core.formatting import STATE_MARK, STATE_STYLE, state_label
from cockpit.core.hub import Snapshot
from cockpit.providers.results import HealthCheck, State
from cockpit.ui.safe import join_lines, shown
from cockpit.ui.widgets.pane import Pane


def format_latency(latency_ms: float | None) -> str:
    """Milliseconds to two significant figures: the redraw of an idle pane is what the last digit would cost."""
    if latency_ms is None:
        return "—"
    if latency_ms < 10:
        return f"{latency_ms:.0f} ms"
    return f"{float(f'{latency_ms:.2g}'):.0f} ms"


def render_head(check: HealthCheck) -> Content:
    code = f"HTTP {check.status_code}" if check.status_code is not None else "no status"
    version = "  [dim]version[/] $version" if check.version else ""
    latency = format_latency(check.latency_ms)
    return shown(f"[b]$target[/b]  {state_label(check.state)}  {code}  {latency}{version}",
                 target=check.target, version=check.version or "")


def render_body(check: HealthCheck) -> Content:
    lines = []
    for component in check.components:
        style = STATE_STYLE[component.state]
        detail = " [dim]$detail[/]" if component.detail else ""
        lines.append(shown(f"  [{style}]{STATE_MARK[component.state]}[/] $name{detail}",
                           name=component.name, detail=component.detail))
    if check.message and check.state is not State.HEALTHY:
        lines.append(shown("  [dim]$message[/]", message=check.message))
    return join_lines(lines)


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
        for widget, content in ((self.head, render_head(check)), (self.body, render_body(check))):
            # Content equality ignores styles: compare the markup, so a colour-only change still redraws.
            shown_now = widget.content
            if not isinstance(shown_now, Content) or shown_now.markup != content.markup:
                widget.update(content)


class HealthPane(Pane):
    PANE_TITLE = "Health"
    CAPABILITY = "health"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._checks: dict[str, HealthCheck] = {}
        self._views: dict[str, CheckView] = {}

    def compose_body(self) -> ComposeResult:
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
