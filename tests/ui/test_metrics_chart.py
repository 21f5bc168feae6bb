"""The metrics pane's chart: bars, the trigger's threshold line, breaches in the error colour, the revision marker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.providers.results import MetricSample, MetricSeries
from cockpit.ui.widgets.metrics_pane import (
    MARKER_CHAR,
    THRESHOLD_CHAR,
    Threshold,
    chart,
    chart_cells,
    format_series,
)

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def samples(*values: float) -> list[MetricSample]:
    return [MetricSample(T0 + timedelta(seconds=15 * i), v) for i, v in enumerate(values)]


def test_the_threshold_is_a_dotted_line_where_no_bar_reaches_it() -> None:
    drawn = chart(samples(0.0, 0.0, 0.6, 0.6), 10, Threshold(True, 0.05))
    top, bottom = drawn.plain.split("\n")
    # Scaled to 0.6: 5% sits in the bottom row, where the two quiet cells show the line.
    assert bottom[:2] == THRESHOLD_CHAR * 2 and top[:2] == "  "
    assert top[2:] == "██" and bottom[2:] == "██"
    error_spans = [span for span in drawn.spans if span.style == "$error"]
    assert [(span.start, span.end) for span in error_spans] == [(2, 4), (7, 9)]


def test_the_scale_leaves_room_above_the_threshold() -> None:
    top, bottom = chart(samples(0.01, 0.02), 5, Threshold(True, 0.05)).plain.split("\n")
    assert THRESHOLD_CHAR in top  # 5% is 80% of the way up a chart topped at 6.25%
    assert set(bottom) <= set("▁▂▃▄▅▆▇█")


def test_a_revision_change_is_marked_in_its_cell() -> None:
    drawn = chart(samples(0.0, 0.0, 0.0, 0.0), 4, None, marks=[T0 + timedelta(seconds=30)])
    top, _ = drawn.plain.split("\n")
    assert top == f"  {MARKER_CHAR} "


def test_folding_keeps_the_newest_samples_and_the_peaks() -> None:
    top, bottom = chart(samples(*([0.0] * 100 + [1.0] + [0.0] * 9)), 10).plain.split("\n")
    assert len(top) == 10 and "█" in top


def test_values_with_units() -> None:
    series = MetricSeries("memory", "%", tuple(samples(75.0)))
    assert format_series(series) == "75.0%"
    assert format_series(MetricSeries("error_rate", "ratio", ())) == "no data"


def test_a_poll_that_adds_no_new_peak_leaves_the_chart_as_it_was() -> None:
    """Cells are slices of the clock (10 s at least): a 2 s poll inside the newest slice changes nothing on screen
    unless it is that slice's new peak, so nothing is resent down an SSH link."""
    every_2s = [MetricSample(T0 + timedelta(seconds=2 * i), 0.5 if i % 5 == 0 else 0.1) for i in range(40)]
    before = chart_cells(every_2s[:21], 30)  # the newest sample (at 40 s) opens the slice 40-50 s with 0.5
    assert chart_cells(every_2s[:22], 30) == before  # 42 s: 0.1, in the same slice, below its peak
    assert chart_cells(every_2s[:26], 30) != before  # 50 s: a new slice, a new cell
    assert len(chart_cells(every_2s, 30)[0]) == 8  # 80 s of samples in 10 s cells
