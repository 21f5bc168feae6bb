"""The dashboard mode: status line, four live panes (five with a pipeline; each subscribes to what it shows), the
keys in the footer."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.dom import DOMNode
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Input

from cockpit.core.trigger_model import Trigger
from cockpit.providers.results import LogLine
from cockpit.screens.base import CockpitScreen, key_bar
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LOG_LINES, LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from cockpit.ui.widgets.pane import Pane
from cockpit.ui.widgets.status_bar import StatusBar
from cockpit.ui.widgets.trigger_banner import TriggerBanner

PANE_IDS = ("deployments", "health", "logs", "metrics", "pipeline")


class DashboardScreen(CockpitScreen):
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual repaints the whole screen on every focus move (15-19 KB to the terminal and a full render for each
    pane key, `/` or Enter); what focus changes on screen is restyled and repainted by the widgets it concerns.
    (Dashboard only: on the checklist screen it left a later key waiting forever in a test; not yet understood.)"""

    BINDINGS = [
        Binding("z", "zoom", "Zoom"),
        Binding("escape", "unzoom", "Unzoom", show=False),
        Binding("slash", "filter_logs", "Filter logs"),
        Binding("1", "focus_pane('deployments')", "Deployments", show=False),
        Binding("2", "focus_pane('health')", "Health", show=False),
        Binding("3", "focus_pane('logs')", "Logs", show=False),
        Binding("4", "focus_pane('metrics')", "Metrics", show=False),
        Binding("5", "focus_pane('pipeline')", "Pipeline", show=False),
    ]

    def __init__(
        self,
        all_logs: Callable[[], Iterable[LogLine]],
        *,
        pipelines: bool = False,
        log_lines: int = LOG_LINES,
        triggers: Sequence[Trigger] = (),
    ) -> None:
        super().__init__()
        self._log_lines = log_lines
        self._all_logs = all_logs
        """Every buffered log line, oldest first: re-filtering reads the hub's buffer, not the screen."""
        self._pipelines = pipelines
        """Some target is a pipeline: the Pipeline pane takes a full-width third row."""
        self._triggers = triggers
        """The rollback triggers: the Metrics pane draws their thresholds."""

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status-bar")
        yield TriggerBanner(id="trigger-banner")
        with Grid(id="panes", classes="-with-pipeline" if self._pipelines else ""):
            yield DeploymentsPane(id="deployments")
            yield HealthPane(id="health")
            yield LogsPane(id="logs", capacity=self._log_lines)
            yield MetricsPane(id="metrics")
            if self._pipelines:
                from cockpit.ui.widgets.pipeline_pane import PipelinePane  # its table only where it is shown

                yield PipelinePane(id="pipeline")
        yield key_bar()

    def on_mount(self) -> None:
        self.query_one(MetricsPane).set_triggers(self._triggers)
        self.query_one("#deployments", Pane).focus()

    # -- keys --------------------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The log filter is a child of the Logs pane, mounted one refresh after the first frame: its keys wait for it.
        if action in ("filter_logs", "unzoom"):
            return True if self.query_one(LogsPane).body_ready.is_set() else None
        return True

    def action_focus_pane(self, pane_id: str) -> None:
        if pane_id == "pipeline" and not self._pipelines:
            return
        pane = self.query_one(f"#{pane_id}", Pane)
        # Focus now, not after the queued keys (Widget.focus defers): SSH delivers "3z" in one read, and the z
        # must zoom the pane the 3 chose.
        self.set_focus(pane)
        if self.maximized is not None:
            self.maximize(pane, container=False)

    def _focused_pane(self) -> Pane | None:
        node: DOMNode | None = self.focused
        while node is not None and not isinstance(node, Pane):
            node = node.parent
        return node if isinstance(node, Pane) else None

    def action_zoom(self) -> None:
        """Textual's own maximize: the focused pane fills the screen; z again (or Esc) brings back the others."""
        pane = self._focused_pane()
        if self.maximized is not None:
            self.minimize()
        elif pane is not None:
            self.maximize(pane, container=False)

    def action_unzoom(self) -> None:
        logs = self.query_one(LogsPane)
        if logs.filter_open:
            logs.close_filter()
            return
        self.minimize()

    def action_filter_logs(self) -> None:
        self.query_one(LogsPane).open_filter()

    @on(Input.Submitted, ".log-filter")
    def apply_filter(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(LogsPane).apply_filter(event.value, self._all_logs)
