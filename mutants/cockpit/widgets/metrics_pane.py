"""Metrics: one sparkline per named series with its latest value."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, Static

from cockpit.hub import Snapshot
from cockpit.widgets.pane import Pane
from providers.base import MetricSeries

BLOCKS = "▁▂▃▄▅▆▇█"


def spark(values: list[float], width: int) -> str:
    """A one-line sparkline of the newest ``width`` buckets, scaled from zero to the maximum.

    Textual's Sparkline writes a colour code per cell; one string in one style costs a twentieth of the bytes
    on every redraw, which is what an idle dashboard over SSH pays for.
    """
    if width <= 0 or not values:
        return ""
    per_cell = max(1, -(-len(values) // width))  # ceil: fold the series into at most ``width`` cells
    cells = [max(values[i : i + per_cell]) for i in range(0, len(values), per_cell)][-width:]
    top = max(cells)
    if top <= 0:
        return BLOCKS[0] * len(cells)
    return "".join(BLOCKS[min(len(BLOCKS) - 1, int(value / top * (len(BLOCKS) - 1) + 0.5))] for value in cells)


LABELS = {"error_rate": "error rate", "p95_latency_ms": "p95 latency", "requests_per_s": "requests"}


def format_value(series: MetricSeries) -> str:
    latest = series.latest
    if latest is None:
        return "no data"
    if series.unit == "ratio":
        return f"{latest.value * 100:.1f}%"
    if series.unit == "ms":
        return f"{latest.value:.0f} ms"
    return f"{latest.value:.1f} {series.unit}".strip()


class MetricRow(Horizontal):
    DEFAULT_CLASSES = "metric-row"

    def __init__(self, key: str, label: str) -> None:
        super().__init__(id=f"metric-{key}")
        self.label = label
        # Built here, not in compose: a second snapshot may update the row before it has finished mounting.
        self.value = Label("", classes="metric-value")
        self.spark = Label("", classes="metric-spark")

    def compose(self) -> ComposeResult:
        yield Label(self.label, classes="metric-name")
        yield self.value
        yield self.spark

    def show(self, series: MetricSeries) -> None:
        self.value.update(format_value(series))
        self.spark.update(spark([sample.value for sample in series.samples], self.spark.size.width or 30))


class MetricsPane(Pane):
    PANE_TITLE = "Metrics"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.latest: dict[str, MetricSeries] = {}
        self._targets: set[str] = set()
        self._rows: dict[str, MetricRow] = {}

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield Static("[dim]waiting for the first samples…[/]", classes="empty")

    async def update_snapshot(self, snapshot: Snapshot) -> None:
        self.show_failure(snapshot, snapshot.fetched_at)
        data: Mapping[str, MetricSeries] | None = snapshot.data
        if not data:
            return
        self.query_one(".empty", Static).display = False
        for name, series in data.items():
            key = f"{snapshot.target}-{name}".replace("_", "-").replace(".", "-")
            if self.latest.get(key) == series:
                continue
            self.latest[key] = series
            row = self._rows.get(key)
            if row is None:
                # Name the target only when several targets share the pane.
                self._targets.add(snapshot.target)
                label = LABELS.get(name, name)
                row = self._rows[key] = MetricRow(
                    key, f"{snapshot.target} {label}" if len(self._targets) > 1 else label
                )
                await self.mount(row)
            row.show(series)
