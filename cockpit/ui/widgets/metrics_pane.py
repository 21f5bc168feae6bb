"""Metrics: per named series a two-line sparkline with its trigger's threshold line, the current value with its
unit, and a marker where the deployment's revision changed."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

import msgspec
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Region, Size
from textual.widget import Widget
from textual.widgets import Label, Static

from cockpit.core.hub import Snapshot
from cockpit.core.trigger_model import Trigger, format_value
from cockpit.providers.results import DeploymentStatus, MetricSample, MetricSeries
from cockpit.ui.feed import SnapshotFeed
from cockpit.ui.safe import plain
from cockpit.ui.widgets.pane import Pane

BLOCKS = "▁▂▃▄▅▆▇█"
CHART_ROWS = 2
THRESHOLD_CHAR = "┄"
MARKER_CHAR = "│"
HEADROOM = 1.25
"""The chart's top is at least this much above the threshold, so the line never sits on the frame."""

LABELS = {"error_rate": "error rate", "p95_latency_ms": "p95 latency", "requests_per_s": "requests"}


class Threshold(msgspec.Struct, frozen=True):
    above: bool
    value: float

    def breached(self, value: float) -> bool:
        return value > self.value if self.above else value < self.value


Cell = tuple[str, str]
"""One cell of a chart: its character and style ('' for the widget's own)."""


CELL_SECONDS = (10, 15, 20, 30, 60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400)
"""What one chart cell may span: the smallest step that fits the series in the chart's width. Cells are fixed slices
of the clock, never under 10 s: with a 2 s poll a new cell appears every few polls and the newest one changes only
when its peak rises, and every change resends the chart's row down an SSH link."""


def cell_seconds(samples: Sequence[MetricSample], width: int) -> int:
    span = (samples[-1].at - samples[0].at).total_seconds()
    spacing = span / (len(samples) - 1) if len(samples) > 1 else 0.0
    needed = max(spacing * -(-len(samples) // width), span / width)
    return next((step for step in CELL_SECONDS if step >= needed), CELL_SECONDS[-1])


def chart_cells(samples: Sequence[MetricSample], width: int, threshold: Threshold | None = None,
                marks: Sequence[datetime] = ()) -> list[list[Cell]]:
    """``CHART_ROWS`` rows of block cells over the newest samples (each cell a slice of the clock, see
    ``CELL_SECONDS``, showing the highest value in it), scaled from zero; the threshold as a dotted line where no bar
    covers it, cells beyond it in the error colour, and a vertical marker in the cell where a revision changed."""
    if width <= 0 or not samples:
        return []
    step = cell_seconds(samples, width)
    last = int(samples[-1].at.timestamp() // step)
    first = max(int(samples[0].at.timestamp() // step), last - width + 1)
    peaks: list[float | None] = [None] * (last - first + 1)
    for sample in samples:
        index = int(sample.at.timestamp() // step) - first
        if index >= 0:
            peak = peaks[index]
            peaks[index] = sample.value if peak is None else max(peak, sample.value)
    cells = [0.0 if peak is None else peak for peak in peaks]
    top = max(max(cells), threshold.value * HEADROOM if threshold else 0.0)
    levels_total = CHART_ROWS * len(BLOCKS)
    levels = [0 if top <= 0 else round(max(0.0, v) / top * levels_total) for v in cells]
    line_at = threshold.value / top * levels_total if threshold and top > 0 else None
    marked = {index for mark in marks if 0 <= (index := int(mark.timestamp() // step) - first) < len(cells)}
    rows: list[list[Cell]] = []
    for row in reversed(range(CHART_ROWS)):
        pieces: list[Cell] = []
        for index, level in enumerate(levels):
            fill = min(len(BLOCKS), max(0, level - row * len(BLOCKS)))
            if fill:
                style = "$error" if threshold and threshold.breached(cells[index]) else ""
                pieces.append((BLOCKS[fill - 1], "$accent" if index in marked else style))
            elif index in marked:
                pieces.append((MARKER_CHAR, "$accent"))
            elif line_at is not None and row * len(BLOCKS) < line_at <= (row + 1) * len(BLOCKS):
                pieces.append((THRESHOLD_CHAR, "$warning"))
            else:
                pieces.append((" ", ""))
        rows.append(pieces)
    return rows


def chart(samples: Sequence[MetricSample], width: int, threshold: Threshold | None = None,
          marks: Sequence[datetime] = ()) -> Content:
    """The chart of ``chart_cells`` as text: plain characters in a handful of spans (a colour per cell would cost an
    SSH link many times the bytes)."""
    return content_of(chart_cells(samples, width, threshold, marks))


def content_of(rows: Sequence[Sequence[Cell]]) -> Content:
    return Content("\n").join(Content.assemble(*_merged(row)) for row in rows)


def changed_cells(before: Sequence[Sequence[Cell]], after: Sequence[Sequence[Cell]]) -> list[Region]:
    """Per row, the span from the first to the last cell that differs: all a repaint needs to send."""
    regions = []
    for y in range(max(len(before), len(after))):
        old = before[y] if y < len(before) else []
        new = after[y] if y < len(after) else []
        differing = [x for x in range(max(len(old), len(new))) if x >= len(old) or x >= len(new) or old[x] != new[x]]
        if differing:
            regions.append(Region(differing[0], y, differing[-1] - differing[0] + 1, 1))
    return regions


def _merged(pieces: Sequence[Cell]) -> list[tuple[str, str] | str]:
    """Neighbouring cells of one style as one span."""
    merged: list[tuple[str, str]] = []
    for text, style in pieces:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return [text if not style else (text, style) for text, style in merged]


def format_series(series: MetricSeries) -> str:
    latest = series.latest
    if latest is None:
        return "no data"
    if series.unit == "ratio":
        return f"{latest.value * 100:.1f}%"
    if series.unit == "ms":
        return f"{latest.value:.0f} ms"
    if series.unit == "%":
        return f"{latest.value:.1f}%"
    return f"{latest.value:.1f} {series.unit}".strip()



def widget_key(name: str) -> str:
    """A widget id from target and series names (data): safe characters kept, anything else makes a short hash.

    An id with '[' or a space raises BadIdentifier and would end the app on a hostile series name.
    """
    cleaned = re.sub(r"[^A-Za-z0-9-]", "-", name)
    if cleaned == name.replace("_", "-").replace(".", "-"):
        return cleaned
    import hashlib  # for odd names only: loading OpenSSL's hashes is no part of the first frame

    return f"{cleaned[:40]}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"


class Spark(Widget):
    """A series' chart, repainted only when a cell changed, and then from its left edge to the last changed cell
    (Textual sends a row of a widget from the widget's edge): a poll that leaves the chart as it was sends nothing."""

    DEFAULT_CLASSES = "metric-spark"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[Cell]] = []

    def render(self) -> Content:
        return content_of(self.rows)

    # A size that does not follow the chart's length: a chart one cell longer would otherwise count as a new
    # geometry, and a new geometry repaints the whole widget.
    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return CHART_ROWS

    def show(self, rows: list[list[Cell]]) -> None:
        changed = changed_cells(self.rows, rows)
        self.rows = rows
        if changed:
            self.refresh(*changed)


class MetricRow(Horizontal):
    DEFAULT_CLASSES = "metric-row"

    def __init__(self, key: str, label: str) -> None:
        super().__init__(id=f"metric-{key}")
        # Built here, not in compose: a second snapshot may update the row before it has finished mounting.
        self.name_label = Label(plain(label), classes="metric-name")
        self.threshold = Label("", classes="metric-threshold")
        self.value = Label("", classes="metric-value")
        self.spark = Spark()
        self.value_text = ""
        self.threshold_text = ""

    def compose(self) -> ComposeResult:
        with Vertical(classes="metric-label"):
            yield self.name_label
            yield self.threshold
        yield self.value
        yield self.spark

    def show(self, series: MetricSeries, threshold: Threshold | None, marks: Sequence[datetime]) -> None:
        """Show a new poll of the series, rewriting only what changed: a label set to its own text still costs a
        relayout and a repaint, i.e. bytes to the terminal, on every poll."""
        value_text = format_series(series)
        if value_text != self.value_text:
            self.value_text = value_text
            self.value.update(Content(value_text))
        relation = "" if threshold is None else f"{'>' if threshold.above else '<'} "
        threshold_text = "" if threshold is None else relation + format_value(threshold.value, series.unit)
        if threshold_text != self.threshold_text:
            self.threshold_text = threshold_text
            self.threshold.update(Content(threshold_text))
        breached = threshold is not None and series.latest is not None and threshold.breached(series.latest.value)
        self.set_class(breached, "-breached")
        self.spark.show(chart_cells(series.samples, self.spark.size.width or 30, threshold, marks))


class MetricsPane(Pane):
    PANE_TITLE = "Metrics"
    CAPABILITY = "metrics"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.latest: dict[str, MetricSeries] = {}
        self.rows: dict[str, MetricRow] = {}
        self._targets: set[str] = set()
        self._thresholds: dict[tuple[str | None, str], Threshold] = {}
        """(target or None for any, series) -> the threshold of the trigger watching it."""
        self._revisions: dict[tuple[str, str], str] = {}
        self.revision_changes: list[datetime] = []
        """When a deployment's revision changed (the new revision's creation time when it says)."""

    def compose_body(self) -> ComposeResult:
        yield Static("waiting for the first samples…", classes="empty", markup=False)

    def set_triggers(self, triggers: Sequence[Trigger]) -> None:
        for trigger in triggers:
            if trigger.metric is not None and trigger.threshold is not None:
                threshold = Threshold(trigger.above is not None, trigger.threshold)
                self._thresholds.setdefault((trigger.target, trigger.metric), threshold)

    def _subscribe(self) -> None:
        super()._subscribe()
        # Deployments too: a revision change is marked on every chart.
        feed = getattr(self.app, "feed", None)
        if isinstance(feed, SnapshotFeed):
            feed.subscribe(self, "deployments")

    def note_deployments(self, snapshot: Snapshot) -> None:
        """Remember revision changes, so every chart can mark them."""
        rows: Sequence[DeploymentStatus] = snapshot.data or ()
        for row in rows:
            key = (snapshot.target, row.service)
            before = self._revisions.get(key)
            self._revisions[key] = row.revision
            current = next((r for r in row.history if r.current or r.id == row.revision), None)
            at = current.created_at if current is not None and current.created_at else None
            if before is None and at is not None:
                self.revision_changes.append(at)  # the deploy that brought the current revision
            elif before is not None and before != row.revision:
                self.revision_changes.append(at or snapshot.fetched_at)

    def threshold(self, target: str, name: str) -> Threshold | None:
        return self._thresholds.get((target, name)) or self._thresholds.get((None, name))

    async def update_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.capability == "deployments":
            self.note_deployments(snapshot)  # their failures are the Deployments pane's to show
            return
        self.show_failure(snapshot, snapshot.fetched_at)
        data: Mapping[str, MetricSeries] | None = snapshot.data
        if not data:
            return
        self.query_one(".empty", Static).display = False
        for name, series in data.items():
            key = widget_key(f"{snapshot.target}-{name}")
            if self.latest.get(key) == series:
                continue
            self.latest[key] = series
            row = self.rows.get(key)
            if row is None:
                # Name the target only when several targets share the pane.
                self._targets.add(snapshot.target)
                label = LABELS.get(name, name)
                row = self.rows[key] = MetricRow(
                    key, f"{snapshot.target} {label}" if len(self._targets) > 1 else label
                )
                await self.mount(row)
            row.show(series, self.threshold(snapshot.target, name), self.revision_changes)

