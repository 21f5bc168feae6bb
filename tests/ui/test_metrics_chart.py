"""The metrics pane's chart: bars, the trigger's threshold line, breaches in the error colour, the revision marker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.providers.base import MetricSample, MetricSeries
from cockpit.ui.widgets.metrics_pane import MARKER_CHAR, THRESHOLD_CHAR, Threshold, chart, format_series

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
