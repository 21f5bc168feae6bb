"""The post-incident review as one self-contained, printable HTML file.

Same content as the Markdown report (both render ``model.build_review``), plus a timeline chart drawn as inline
SVG. No scripts, no external URLs, fonts or images: the file opens the same on an air-gapped laptop years later,
and a Content-Security-Policy forbids loading anything, as a second wall behind the escaping.

Everything that comes from events (and the incident's title) is untrusted: a summary may hold a pasted log line
with HTML in it. It all goes through ``html.escape`` on its way in, attributes included.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from cockpit.core.formatting import clock
from cockpit.core.timeline import EventSource, Timeline
from cockpit.providers.limits import visible_text
from cockpit.providers.results import utcnow
from cockpit.review.actions import Action
from cockpit.review.figures import milestone_intervals
from cockpit.review.html_chart import chart, swatch
from cockpit.review.html_chart import escaped as _e
from cockpit.review.model import Review, build_review, figure_rows, gc_paused, summary_rows
from cockpit.review.text import event_time, one_line, single_day, time_of_day, utc_stamp

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


def _table(head: Sequence[str], rows: Sequence[str], css: str = "") -> str:
    """A table whose rows are already-built <tr> strings (cells escaped by the caller)."""
    cells = "".join(f"<th scope=col>{_e(name)}</th>" for name in head)
    opening = f'<table class="{css}">' if css else "<table>"
    return f"{opening}<thead><tr>{cells}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _list(lines: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


def _figures(review: Review) -> str:
    rows = [
        f"<tr><td>{_e(name)}</td><td class=num>{_e(clock(seconds))}</td>"
        f"<td class=when>{_e(time_of_day(event.ts if event else None))}</td>"
        f"<td>{_e(one_line(event.summary)) if event else '—'}</td></tr>"
        for name, seconds, event in figure_rows(review)
    ]
    between = ", ".join(f"{name} {clock(seconds)}" for name, seconds in milestone_intervals(review.marks))
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
        items.append(f"Duration: {_e(clock(action.duration_s))}")
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
    swatches = {source: swatch(source) + source.value for source in EventSource}
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
        chart(review),
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
        f"<footer>Exported {_e(utc_stamp(utcnow()))} by the incident cockpit from its timeline. "
        f"Record integrity: {_e(review.integrity)}.</footer>",
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
        # Escaped text can still hold control characters: made visible, so a `cat` of the file is harmless too.
        return visible_text(render_html(build_review(timeline, incident_id)))
