"""The review's timeline chart as inline SVG: events on a time axis, one lane per source, the key milestones as
vertical lines. Every label is escaped (``escaped``), attributes included: event summaries are untrusted."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from datetime import datetime

from cockpit.core.timeline import Event, EventSource
from cockpit.review.model import Review
from cockpit.review.text import one_line, time_of_day

SOURCE_COLOURS: dict[EventSource, str] = {
    EventSource.OPERATOR: "#0072b2",
    EventSource.PROVIDER: "#e69f00",
    EventSource.ADVISOR: "#cc79a7",
    EventSource.CHECKLIST: "#009e73",
    EventSource.NOTE: "#56b4e9",
    EventSource.SYSTEM: "#7f7f7f",
}
"""Okabe-Ito colours: told apart with the common colour-vision deficiencies, and in greyscale print."""
MILESTONE_COLOUR = "#d55e00"
CHART_WIDTH = 960
"""SVG user units; the chart scales to the page width."""
LANE_HEIGHT = 26
CHART_LEFT = 86
"""Room for the lane labels."""
CHART_RIGHT = 16
CHART_TOP = 44
"""Room for two rows of milestone labels."""
AXIS_HEIGHT = 28
LABEL_ROWS = 2
LABEL_CHAR_WIDTH = 6.6
"""Roughly, for the 11-unit bold sans-serif of the milestone labels: enough to keep labels from overprinting."""
DAY_S = 86_400
_TICK_STEPS_S = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, DAY_S)
_MAX_TICKS = 10



def escaped(text: object) -> str:
    return html.escape(str(text), quote=True)


def swatch(source: EventSource) -> str:
    """The source's colour as a small square, beside its name (the chart's legend, the timeline table)."""
    return f'<span class="source" style="background:{SOURCE_COLOURS[source]}" aria-hidden="true"></span>'


def _tick_step(span_s: float) -> int:
    """The smallest round step giving at most _MAX_TICKS ticks (whole days past the table's largest step)."""
    fitting = next((step for step in _TICK_STEPS_S if span_s / step <= _MAX_TICKS), None)
    return fitting if fitting is not None else math.ceil(span_s / _MAX_TICKS / DAY_S) * DAY_S


def _tick_label(moment: datetime, step: int) -> str:
    return moment.strftime("%H:%M:%S" if step < 60 else "%H:%M" if step < DAY_S else "%Y-%m-%d")


def chart(review: Review) -> str:
    """Events on a time axis, one lane per source, with the key milestones as vertical lines.

    Marks that land on the same pixel of the same lane are drawn once (their tooltip counts the others), so a
    100,000-event incident still gives a chart of a few thousand shapes.
    """
    events = list(review.shown_events)
    if not events:
        return '<p class="muted">No events to chart.</p>'
    sources = [source for source in EventSource if any(e.source is source for e in events)]
    start, end = min(e.ts for e in events), max(e.ts for e in events)
    span = max((end - start).total_seconds(), 1.0)
    plot_width = CHART_WIDTH - CHART_LEFT - CHART_RIGHT
    height = CHART_TOP + LANE_HEIGHT * len(sources) + AXIS_HEIGHT

    def x_of(moment: datetime) -> float:
        return CHART_LEFT + (moment - start).total_seconds() / span * plot_width

    parts = [
        (
            f'<svg viewBox="0 0 {CHART_WIDTH} {height}" role="img" '
            f'aria-labelledby="chart-title" font-family="system-ui, sans-serif" font-size="11">'
        ),
        (
            f'<title id="chart-title">Timeline of {escaped(review.incident.ref)}: {len(events)} events from '
            f"{escaped(time_of_day(start))} to {escaped(time_of_day(end))} UTC</title>"
        ),
    ]
    lanes = {source: CHART_TOP + LANE_HEIGHT * index + LANE_HEIGHT / 2 for index, source in enumerate(sources)}
    for source, y in lanes.items():
        parts.append(
            f'<line x1="{CHART_LEFT}" x2="{CHART_WIDTH - CHART_RIGHT}" y1="{y}" y2="{y}" stroke="#e3e3e3"/>'
            f'<text x="{CHART_LEFT - 8}" y="{y + 4}" text-anchor="end" fill="#333">{escaped(source.value)}</text>'
        )
    axis_y = CHART_TOP + LANE_HEIGHT * len(sources)
    step = _tick_step(span)
    parts.append(
        f'<line x1="{CHART_LEFT}" x2="{CHART_WIDTH - CHART_RIGHT}" y1="{axis_y}" y2="{axis_y}" stroke="#999"/>'
    )
    # Ticks on round clock times (every 5 min at 10:05, 10:10...), not at offsets from the first event.
    tick = math.ceil(start.timestamp() / step) * step
    while tick <= end.timestamp():
        moment = datetime.fromtimestamp(tick, tz=start.tzinfo)
        x = x_of(moment)
        parts.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y}" y2="{axis_y + 4}" stroke="#999"/>'
            f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" fill="#555">{_tick_label(moment, step)}</text>'
        )
        tick += step
    parts.extend(_event_marks(events, lanes, x_of))
    parts.extend(_milestone_marks(review, x_of, axis_y))
    parts.append("</svg>")
    legend = "".join(f"<span>{swatch(source)}{escaped(source.value)}</span>" for source in sources)
    caption = (
        f'<figcaption class="legend">{legend}<span><svg width="10" height="10" aria-hidden="true">'
        f'<line x1="5" x2="5" y1="0" y2="10" stroke="{MILESTONE_COLOUR}" stroke-width="2" stroke-dasharray="3 2"/>'
        f"</svg> milestone</span> Times in UTC.</figcaption>"
    )
    return f'<figure id="chart">{"".join(parts)}{caption}</figure>'


def _event_marks(
    events: Sequence[Event], lanes: dict[EventSource, float], x_of: Callable[[datetime], float]
) -> list[str]:
    merged: dict[tuple[EventSource, int], list[Event]] = {}
    for event in events:
        merged.setdefault((event.source, round(x_of(event.ts))), []).append(event)
    marks = []
    for (source, x), group in merged.items():
        first = group[0]
        more = f" (and {len(group) - 1} more)" if len(group) > 1 else ""
        tip = f"{time_of_day(first.ts)} {first.source.value} {first.kind.value}: {one_line(first.summary)}{more}"
        marks.append(
            f'<circle cx="{x}" cy="{lanes[source]}" r="{4 if len(group) == 1 else 5}" '
            f'fill="{SOURCE_COLOURS[source]}" fill-opacity="0.85"><title>{escaped(tip)}</title></circle>'
        )
    return marks


def _milestone_marks(review: Review, x_of: Callable[[datetime], float], axis_y: float) -> list[str]:
    marks = review.marks
    named = [
        ("detected", marks.detected),
        ("decided", marks.decided),
        ("rolled back", marks.rolled_back),
        ("recovered", marks.recovered),
    ]
    shapes = []
    row_ends = [float("-inf")] * LABEL_ROWS
    for name, event in named:
        if event is None:
            continue
        x = x_of(event.ts)
        label = f"{name} {time_of_day(event.ts)}"
        width = len(label) * LABEL_CHAR_WIDTH
        # Keep the label inside the chart, and put it on the first row where it does not overprint another.
        left = min(max(x - width / 2, 0.0), CHART_WIDTH - width)
        row = next((r for r, end in enumerate(row_ends) if left > end + 6), len(row_ends) - 1)
        row_ends[row] = left + width
        label_y = 14 + 16 * row
        shapes.append(
            f'<g class="milestone"><line x1="{x:.1f}" x2="{x:.1f}" y1="{label_y + 4}" y2="{axis_y}" '
            f'stroke="{MILESTONE_COLOUR}" stroke-width="2" stroke-dasharray="4 3"/>'
            f'<text x="{left:.1f}" y="{label_y}" fill="{MILESTONE_COLOUR}" font-weight="600">{escaped(label)}</text>'
            f"<title>{escaped(name)} at {escaped(time_of_day(event.ts))} UTC: "
            f"{escaped(one_line(event.summary))}</title></g>"
        )
    return shapes


# -- sections --------------------------------------------------------------------------------------------------


