"""The one screen of the incident: status line, four live panes, the keys in the footer."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Footer, Input

from cockpit.core.hub import Snapshot
from cockpit.providers.base import LogLine
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from cockpit.ui.widgets.pane import Pane
from cockpit.ui.widgets.status_bar import StatusBar

PANE_IDS = ("deployments", "health", "logs", "metrics")


class DashboardScreen(Screen[None]):
    BINDINGS = [
        Binding("z", "zoom", "Zoom"),
        Binding("escape", "unzoom", "Unzoom", show=False),
        Binding("slash", "filter_logs", "Filter logs"),
        Binding("1", "focus_pane('deployments')", "Deployments", show=False),
        Binding("2", "focus_pane('health')", "Health", show=False),
        Binding("3", "focus_pane('logs')", "Logs", show=False),
        Binding("4", "focus_pane('metrics')", "Metrics", show=False),
    ]

    def __init__(self, all_logs: Callable[[], Iterable[LogLine]]) -> None:
        super().__init__()
        self._all_logs = all_logs
        """Every buffered log line, oldest first: re-filtering reads the hub's buffer, not the screen."""

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status-bar")
        with Grid(id="panes"):
            yield DeploymentsPane(id="deployments")
            yield HealthPane(id="health")
            yield LogsPane(id="logs")
            yield MetricsPane(id="metrics")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#deployments", Pane).focus()

    async def show_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.capability == "deployments":
            self.query_one(DeploymentsPane).update_snapshot(snapshot)
        elif snapshot.capability == "health":
            await self.query_one(HealthPane).update_snapshot(snapshot)
        elif snapshot.capability == "metrics":
            await self.query_one(MetricsPane).update_snapshot(snapshot)

    def show_logs(self, lines: Sequence[LogLine]) -> None:
        self.query_one(LogsPane).append(lines)

    # -- keys --------------------------------------------------------------------------------------------------

    def action_focus_pane(self, pane_id: str) -> None:
        self.query_one(f"#{pane_id}", Pane).focus()
        if self.has_class("-zoomed"):
            self._zoom(pane_id)

    def _focused_pane(self) -> Pane | None:
        node: DOMNode | None = self.focused
        while node is not None and not isinstance(node, Pane):
            node = node.parent
        return node if isinstance(node, Pane) else None

    def action_zoom(self) -> None:
        pane = self._focused_pane()
        if self.has_class("-zoomed"):
            self.action_unzoom()
        elif pane is not None and pane.id:
            self._zoom(pane.id)

    def _zoom(self, pane_id: str) -> None:
        self.add_class("-zoomed")
        for pane in self.query(Pane):
            pane.set_class(pane.id == pane_id, "-zoom-target")

    def action_unzoom(self) -> None:
        logs = self.query_one(LogsPane)
        if logs.filter_open:
            logs.close_filter()
            return
        self.remove_class("-zoomed")
        for pane in self.query(Pane):
            pane.remove_class("-zoom-target")

    def action_filter_logs(self) -> None:
        self.query_one(LogsPane).open_filter()

    @on(Input.Submitted, ".log-filter")
    def apply_filter(self, event: Input.Submitted) -> None:
        event.stop()
        logs = self.query_one(LogsPane)
        logs.filter_text = event.value.strip().lower()
        logs.show_all(self._all_logs())
        logs.close_filter()
