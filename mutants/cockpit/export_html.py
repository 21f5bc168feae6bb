"""The post-incident review as one self-contained, printable HTML file.

Same content as the Markdown report (both render ``export.build_review``), plus a timeline chart drawn as inline
SVG. No scripts, no external URLs, fonts or images: the file opens the same on an air-gapped laptop years later,
and a Content-Security-Policy forbids loading anything, as a second wall behind the escaping.

Everything that comes from events (and the incident's title) is untrusted: a summary may hold a pasted log line
with HTML in it. It all goes through ``html.escape`` on its way in, attributes included.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from datetime import datetime

from cockpit.export import (
    Action,
    Review,
    build_review,
    event_time,
    figure_rows,
    gc_paused,
    milestone_intervals,
    mmss,
    one_line,
    single_day,
    summary_rows,
    time_of_day,
    utc_stamp,
)
from cockpit.timeline import Event, EventSource, Timeline
from providers.base import utcnow

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

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1b1b1b;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.6em; margin: 0 0 .4em; }
h2 { font-size: 1.25em; margin: 1.8em 0 .6em; padding-bottom: .2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin: 1.2em 0 .4em; }
p.lead { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: .92em; }
th, td { border: 1px solid #d0d0d0; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; white-space: nowrap; }
table.fields { width: auto; }
td.when, td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.timeline td:nth-child(2) { white-space: nowrap; }
/* Notes and summaries keep the line breaks the operator typed. */
table.timeline td:last-child, ul.notes li, ul.items li { white-space: pre-line; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
code { background: #f3f3f3; padding: 0 .25em; border-radius: 3px; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: 8px 10px; white-space: pre-wrap;
  overflow-wrap: anywhere; font-size: .88em; }
pre.command { border-left: 4px solid #0072b2; }
.muted { color: #595959; }
.outcome-failed, .verdict-fail, .state-failed { color: #b00020; font-weight: 600; }
.verdict-pass, .state-done { color: #006b4f; }
.override { font-weight: 600; }
.star { color: #b8860b; }
.source { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .35em;
  vertical-align: baseline; }
ul.items { list-style: none; padding-left: 0; }
ul.items li::before { content: "☐ "; }
figure { margin: 0; }
figure > svg { width: 100%; height: auto; display: block; }
.legend svg { vertical-align: baseline; }
figcaption { font-size: .88em; }
.legend span { margin-right: 1em; white-space: nowrap; }
footer { margin-top: 3em; font-size: .85em; color: #595959; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  h3, figure, article.action, pre, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
  th { background: #eee !important; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .source, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _swatch(source: EventSource) -> str:
    return f'<span class="source" style="background:{SOURCE_COLOURS[source]}" aria-hidden="true"></span>'


def _table(head: Sequence[str], rows: Sequence[str], css: str = "") -> str:
    """A table whose rows are already-built <tr> strings (cells escaped by the caller)."""
    cells = "".join(f"<th scope=col>{_e(name)}</th>" for name in head)
    opening = f'<table class="{css}">' if css else "<table>"
    return f"{opening}<thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _list(lines: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


# -- chart -----------------------------------------------------------------------------------------------------


def _tick_step(span_s: float) -> int:
    """The smallest round step giving at most _MAX_TICKS ticks (whole days past the table's largest step)."""
    fitting = next((step for step in _TICK_STEPS_S if span_s / step <= _MAX_TICKS), None)
    return fitting if fitting is not None else math.ceil(span_s / _MAX_TICKS / DAY_S) * DAY_S


def _tick_label(moment: datetime, step: int) -> str:
    return moment.strftime("%H:%M:%S" if step < 60 else "%H:%M" if step < DAY_S else "%Y-%m-%d")


def _chart(review: Review) -> str:
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
            f'<title id="chart-title">Timeline of {_e(review.incident.ref)}: {len(events)} events from '
            f"{_e(time_of_day(start))} to {_e(time_of_day(end))} UTC</title>"
        ),
    ]
    lanes = {source: CHART_TOP + LANE_HEIGHT * index + LANE_HEIGHT / 2 for index, source in enumerate(sources)}
    for source, y in lanes.items():
        parts.append(
            f'<line x1="{CHART_LEFT}" x2="{CHART_WIDTH - CHART_RIGHT}" y1="{y}" y2="{y}" stroke="#e3e3e3"/>'
            f'<text x="{CHART_LEFT - 8}" y="{y + 4}" text-anchor="end" fill="#333">{_e(source.value)}</text>'
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
    legend = "".join(f"<span>{_swatch(source)}{_e(source.value)}</span>" for source in sources)
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
            f'fill="{SOURCE_COLOURS[source]}" fill-opacity="0.85"><title>{_e(tip)}</title></circle>'
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
            f'<text x="{left:.1f}" y="{label_y}" fill="{MILESTONE_COLOUR}" font-weight="600">{_e(label)}</text>'
            f"<title>{_e(name)} at {_e(time_of_day(event.ts))} UTC: {_e(one_line(event.summary))}</title></g>"
        )
    return shapes


# -- sections --------------------------------------------------------------------------------------------------


def _figures(review: Review) -> str:
    rows = [
        f"<tr><td>{_e(name)}</td><td class=num>{_e(mmss(seconds))}</td>"
        f"<td class=when>{_e(time_of_day(event.ts if event else None))}</td>"
        f"<td>{_e(one_line(event.summary)) if event else '—'}</td></tr>"
        for name, seconds, event in figure_rows(review)
    ]
    between = ", ".join(f"{name} {mmss(seconds)}" for name, seconds in milestone_intervals(review.marks))
    return (
        f"<h2>Key figures</h2><p class=muted>Measured from the first event ({_e(utc_stamp(review.marks.start))}), "
        "as mm:ss; — when not recorded.</p>"
        + _table(["Figure", "mm:ss", "At (UTC)", "Event"], rows)
        + f"<p>Between milestones: {_e(between)}.</p>"
    )


def _action(number: int, action: Action) -> str:
    plan = action.plan
    outcome = action.outcome()
    items = [
        (
            f"Action: {_e(plan.get('action', '?'))} of <code>{_e(plan.get('service', '?'))}</code> on "
            f"<code>{_e(plan.get('target', '?'))}</code>, reversible: {'yes' if plan.get('reversible') else 'no'}"
        )
    ]
    who = f" by {_e(action.actor)}" if action.actor else ""
    if action.confirmed is not None:
        items.append(f"Confirmed{who} at {_e(time_of_day(action.confirmed.ts))} UTC")
    elif action.planned is not None:
        items.append(f"Planned{who} at {_e(time_of_day(action.planned.ts))} UTC, never confirmed")
    if action.changes:
        changes = "".join(
            f"<li>{_e(c.get('field', '?'))}: <code>{_e(c.get('before', ''))}</code> → "
            f"<code>{_e(c.get('after', ''))}</code></li>"
            for c in action.changes
        )
        items.append(f"Changes:<ul>{changes}</ul>")
    result = action.result
    if result is not None:
        verdict = "ok" if result.get("ok") else "failed"
        items.append(f"Result: {verdict} — {_e(one_line(str(result.get('message', ''))))}")
        items.append(f"Duration: {_e(mmss(action.duration_s))}")
    if action.verification is not None:
        items.append(f"Verification: {_e(one_line(action.verification_text))}")
    output = action.output_excerpt()
    css = "outcome-failed" if "failed" in outcome or "NOT" in outcome else "outcome"
    return (
        f'<article class="action"><h3>{number}. {_e(one_line(action.title))} — '
        f'<span class="{css}">{_e(outcome)}</span></h3>'
        f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"
        f'<p>Command:</p><pre class="command"><code>{_e(action.command)}</code></pre>'
        + (f"<p>Output:</p><pre><code>{_e(output)}</code></pre>" if output else "")
        + "</article>"
    )


def _actions(review: Review) -> str:
    parts = ["<h2>Actions</h2>"]
    parts.extend(_action(number, action) for number, action in enumerate(review.actions, start=1))
    if review.refused:
        refused = [f"{time_of_day(e.ts)} UTC: {one_line(e.summary)}" for e in review.refused]
        parts.append("<p>Refused:</p>" + _list(refused))
    if not review.actions and not review.refused:
        parts.append('<p class="muted">No actions recorded.</p>')
    return "".join(parts)


def _checklist(review: Review) -> str:
    if not review.steps:
        return '<h2>Checklist</h2><p class="muted">No checklist steps recorded.</p>'
    rows = []
    for step in review.steps:
        name = f"<code>{_e(step.step_id)}</code> {_e(step.title)}" if step.step_id else _e(step.title)
        css = "override" if step.overridden else f"state-{_e(step.state)}"
        rows.append(
            f'<tr><td>{name}</td><td class="{css}">{_e(step.outcome)}</td><td class=when>{_e(time_of_day(step.at))}'
            f"</td><td>{_e(step.actor) or '—'}</td><td>{_e(step.reason) or '—'}</td>"
            f"<td>{_e(step.verification) or '—'}</td></tr>"
        )
    overrides = sum(1 for s in review.steps if s.overridden)
    note = (
        f"<p>{overrides} step(s) marked done by override, without a passing verification (reasons above).</p>"
        if overrides
        else ""
    )
    head = ["Step", "Outcome", "At (UTC)", "By", "Reason", "Verification"]
    return "<h2>Checklist</h2>" + _table(head, rows) + note


def _verdicts(review: Review) -> str:
    if not review.verdicts:
        return '<h2>Advisor verdicts</h2><p class="muted">No advisor verdicts recorded.</p>'
    rows = [
        f'<tr><td class=when>{_e(time_of_day(v.at))}</td><td class="verdict-{_e(v.verdict)}">{_e(v.verdict)}</td>'
        f"<td>{_e(v.summary)}</td><td>{'<br>'.join(_e(line) for line in v.evidence) or '—'}</td></tr>"
        for v in review.verdicts
    ]
    return "<h2>Advisor verdicts</h2>" + _table(["Time (UTC)", "Verdict", "Trigger", "Evidence"], rows)


def _timeline(review: Review) -> str:
    shown = list(review.shown_events)
    day = single_day(shown)
    intro = f"<p class=muted>All times UTC on {day.isoformat()}. ★ marks starred events.</p>" if day else ""
    swatches = {source: _swatch(source) + source.value for source in EventSource}
    starred = review.starred
    escape = html.escape
    rows = []
    for event in shown:
        star = '<span class="star">★</span> ' if event.seq in starred else ""
        rows.append(
            f"<tr><td class=when>{event_time(event.ts, day)}</td><td>{swatches[event.source]}</td>"
            f"<td>{event.kind.value}</td><td>{star}{escape(event.summary)}</td></tr>"
        )
    return "<h2>Timeline</h2>" + intro + _table(["Time (UTC)", "Source", "Kind", "Summary"], rows, "timeline")


def _item(text: str, at: datetime, actor: str) -> str:
    who = f", {_e(actor)}" if actor else ""
    return f"<li>{_e(text.strip())} <span class=muted>({_e(time_of_day(at))} UTC{who})</span></li>"


def _notes(review: Review) -> str:
    notes = "".join(_item(e.summary, e.ts, e.actor) for e in review.notes)
    items = "".join(_item(i.text, i.at, i.actor) for i in review.action_items)
    return (
        "<h2>Notes</h2>"
        + (f'<ul class="notes">{notes}</ul>' if notes else '<p class="muted">No notes recorded.</p>')
        + "<h2>Action items</h2>"
        + (
            f'<ul class="items">{items}</ul>'
            if items
            else '<p class="muted">No action items recorded (notes starting with TODO: become action items).</p>'
        )
    )


def render_html(review: Review) -> str:
    incident = review.incident
    title = f"{incident.ref}: {one_line(incident.title)}"
    fields = "".join(
        f"<tr><th scope=row>{_e(name)}</th><td>{_e(value)}</td></tr>" for name, value in summary_rows(incident)
    )
    body = [
        f"<header><h1>{_e(title)}</h1><p class=lead>{_e(review.summary)}</p>",
        f'<table class="fields">{fields}</table></header>',
        "<h2>Timeline chart</h2>",
        _chart(review),
        "<h2>Impact</h2>",
        _list(review.impact),
        _figures(review),
        "<h2>Root cause</h2><p class=muted>From the record; confirm or correct it in the review.</p>",
        _list(review.cause),
        "<h2>Resolution</h2>",
        _list(review.resolution),
        _actions(review),
        _checklist(review),
        _verdicts(review),
        _timeline(review),
        _notes(review),
        "<h2>Communication drafts</h2>",
        *(f"<h3>{_e(name)}</h3><pre><code>{_e(text)}</code></pre>" for name, text in review.drafts),
        f"<footer>Exported {_e(utc_stamp(utcnow()))} by the incident cockpit from its timeline.</footer>",
    ]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="incident cockpit"><title>{_e(title)}</title>'
        f"<style>{_CSS}</style></head>\n<body><main>\n" + "\n".join(body) + "\n</main></body></html>\n"
    )


def to_html(timeline: Timeline, incident_id: int) -> str:
    """The post-incident report as one self-contained, printable HTML page with a timeline chart."""
    with gc_paused():
        return render_html(build_review(timeline, incident_id))
