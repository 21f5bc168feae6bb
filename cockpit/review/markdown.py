"""The post-incident report as Markdown: all event text escaped for the table cell or code span it sits in.

Event text is data: a review rendered by a Git host or a wiki must show ``<script>`` and ``![x](http://...)`` as
text, never run or fetch them. Every piece of data outside a code span or fence goes through ``inline`` (Markdown
punctuation backslash-escaped), and the whole document through ``visible_text`` (no terminal control characters).
"""

from __future__ import annotations

import re
from datetime import datetime

from cockpit.core.formatting import clock
from cockpit.core.timeline import Timeline
from cockpit.providers.limits import visible_text
from cockpit.review.actions import Action
from cockpit.review.figures import milestone_intervals
from cockpit.review.model import Review, build_review, figure_rows, gc_paused, summary_rows
from cockpit.review.text import event_time, single_day, time_of_day, utc_stamp
from cockpit.review.text import one_line as _one_line

_MARKDOWN_ACTIVE = re.compile(r"([\\`\[\]<])")
"""What starts raw HTML (<), a link or an image ([ after !), a code span (`) or an escape (\\): backslash-escaped.
Emphasis and '>' are left as typed: they change no more than how text looks, and escaping them shreds readability."""


def inline(text: str) -> str:
    """Data as literal Markdown text: raw HTML, images, links and code spans shown as typed."""
    # search before sub: most event text has nothing to escape, and a 100,000-event review calls this per cell.
    return _MARKDOWN_ACTIVE.sub(_backslashed, text) if _MARKDOWN_ACTIVE.search(text) else text


def _backslashed(match: re.Match[str]) -> str:
    return "\\" + match[0]


def one_line(text: str) -> str:
    """Data collapsed to one line of literal Markdown text (headings, list items, sentences)."""
    return inline(_one_line(text))


def cell(text: str) -> str:
    """Text made safe for one Markdown table cell: markup escaped (pipes included), line breaks kept as <br>."""
    escaped = inline(text)
    if "|" in escaped:
        escaped = escaped.replace("|", "\\|")
    if "\n" not in escaped and "\r" not in escaped:
        return escaped  # the common case, taken first: a long timeline has a cell per event
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def fenced(text: str, info: str = "") -> str:
    """A fenced code block longer than any backtick run inside ``text``, so no content can close it early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text.rstrip()}\n{fence}"


def code(text: str) -> str:
    """Inline code that survives backticks inside."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _md_figures(review: Review) -> list[str]:
    lines = [
        "## Key figures",
        "",
        f"Measured from the first event ({utc_stamp(review.marks.start)}), as mm:ss; — when not recorded.",
        "",
        "| Figure | mm:ss | At (UTC) | Event |",
        "|---|---|---|---|",
    ]
    for name, seconds, event in figure_rows(review):
        what = cell(event.summary) if event is not None else "—"
        lines.append(f"| {name} | {clock(seconds)} | {time_of_day(event.ts if event else None)} | {what} |")
    between = ", ".join(f"{name} {clock(seconds)}" for name, seconds in milestone_intervals(review.marks))
    return [*lines, "", f"Between milestones: {between}."]


def _md_action(number: int, action: Action) -> list[str]:
    plan = action.plan
    lines = [f"### {number}. {one_line(action.title)} — {action.outcome()}", ""]
    who = f" by {action.actor}" if action.actor else ""
    lines.append(
        f"- Action: {inline(str(plan.get('action', '?')))} of {code(str(plan.get('service', '?')))} on "
        f"{code(str(plan.get('target', '?')))}, reversible: {'yes' if plan.get('reversible') else 'no'}"
    )
    if action.confirmed is not None:
        lines.append(f"- Confirmed{inline(who)} at {time_of_day(action.confirmed.ts)} UTC")
    elif action.planned is not None:
        lines.append(f"- Planned{inline(who)} at {time_of_day(action.planned.ts)} UTC, never confirmed")
    if action.changes:
        lines.append("- Changes:")
        lines.extend(
            f"  - {inline(str(c.get('field', '?')))}: {code(str(c.get('before', '')))} -> "
            f"{code(str(c.get('after', '')))}"
            for c in action.changes
        )
    result = action.result
    if result is not None:
        verdict = "ok" if result.get("ok") else "failed"
        lines.append(f"- Result: {verdict} — {one_line(str(result.get('message', '')))}")
        lines.append(f"- Duration: {clock(action.duration_s)}")
    if action.verification is not None:
        lines.append(f"- Verification: {one_line(action.verification_text)}")
    lines += ["", "Command:", "", fenced(action.command, "console"), ""]
    output = action.output_excerpt()
    if output:
        lines += ["Output:", "", fenced(output, "text"), ""]
    return lines


def _md_actions(review: Review) -> list[str]:
    lines = ["## Actions", ""]
    for number, action in enumerate(review.actions, start=1):
        lines += _md_action(number, action)
    if review.refused:
        lines += ["Refused:", "", *(f"- {time_of_day(e.ts)} UTC: {one_line(e.summary)}" for e in review.refused), ""]
    if not review.actions and not review.refused:
        lines += ["_No actions recorded._", ""]
    return lines


def _md_checklist(review: Review) -> list[str]:
    lines = ["## Checklist", ""]
    if not review.steps:
        return [*lines, "_No checklist steps recorded._"]
    lines += ["| Step | Outcome | At (UTC) | By | Reason | Verification |", "|---|---|---|---|---|---|"]
    for step in review.steps:
        name = f"{code(step.step_id)} {cell(step.title)}" if step.step_id else cell(step.title)
        lines.append(
            f"| {name} | {step.outcome} | {time_of_day(step.at)} | {cell(step.actor) or '—'} "
            f"| {cell(step.reason) or '—'} | {cell(step.verification) or '—'} |"
        )
    overrides = [s for s in review.steps if s.overridden]
    if overrides:
        lines += [
            "",
            f"{len(overrides)} step(s) marked done by override, without a passing verification (reasons above).",
        ]
    return lines


def _md_verdicts(review: Review) -> list[str]:
    lines = ["## Advisor verdicts", ""]
    if not review.verdicts:
        return [*lines, "_No advisor verdicts recorded._"]
    lines += ["| Time (UTC) | Verdict | Trigger | Evidence |", "|---|---|---|---|"]
    for verdict in review.verdicts:
        evidence = "<br>".join(cell(line) for line in verdict.evidence) or "—"
        lines.append(f"| {time_of_day(verdict.at)} | {verdict.verdict} | {cell(verdict.summary)} | {evidence} |")
    return lines


def _md_timeline(review: Review) -> list[str]:
    shown = list(review.shown_events)
    day = single_day(shown)
    lines = ["## Timeline", ""]
    if day is not None:
        lines += [f"All times UTC on {day.isoformat()}. ★ marks starred events.", ""]
    lines += ["| Time (UTC) | Source | Kind | Summary |", "|---|---|---|---|"]
    starred = review.starred
    for event in shown:
        mark = "★ " if event.seq in starred else ""
        lines.append(
            f"| {event_time(event.ts, day)} | {event.source.value} | {event.kind.value} | {mark}{cell(event.summary)} |"
        )
    return lines


def _md_item(text: str, at: datetime, actor: str) -> str:
    """A note as a list item's text: continuation lines indented so they stay inside the item."""
    who = f", {actor}" if actor else ""
    return f"{inline(text.strip()).replace(chr(10), chr(10) + '  ')} ({time_of_day(at)} UTC{inline(who)})"


def _md_notes(review: Review) -> list[str]:
    lines = ["## Notes", ""]
    lines += ["- " + _md_item(e.summary, e.ts, e.actor) for e in review.notes] or ["_No notes recorded._"]
    lines += ["", "## Action items", ""]
    lines += ["- [ ] " + _md_item(i.text, i.at, i.actor) for i in review.action_items] or [
        "_No action items recorded (notes starting with TODO: become action items)._"
    ]
    return lines


def render_markdown(review: Review) -> str:
    incident = review.incident
    lines = [f"# {incident.ref}: {one_line(incident.title)}", "", inline(review.summary), ""]
    lines += [
        "| Field | Value |",
        "|---|---|",
        *(f"| {name} | {cell(value)} |" for name, value in summary_rows(incident)),
    ]
    if review.integrity:
        lines += ["", f"Record integrity: {inline(review.integrity)}."]
    lines += ["", "## Impact", "", *(f"- {one_line(line)}" for line in review.impact), ""]
    lines += [*_md_figures(review), ""]
    lines += ["## Root cause", "", "From the record; confirm or correct it in the review.", ""]
    lines += [*(f"- {one_line(line)}" for line in review.cause), ""]
    lines += ["## Resolution", "", *(f"- {one_line(line)}" for line in review.resolution), ""]
    lines += _md_actions(review)
    lines += [*_md_checklist(review), ""]
    lines += [*_md_verdicts(review), ""]
    lines += [*_md_timeline(review), ""]
    lines += [*_md_notes(review), ""]
    lines += ["## Communication drafts", ""]
    for name, text in review.drafts:
        lines += [f"### {name}", "", fenced(text, "text"), ""]
    return visible_text("\n".join(lines).rstrip() + "\n")


def to_markdown(timeline: Timeline, incident_id: int) -> str:
    """The post-incident report: summary, impact, key figures, cause, resolution, actions, checklist, verdicts,
    timeline, notes, action items and communication drafts."""
    with gc_paused():
        return render_markdown(build_review(timeline, incident_id))
