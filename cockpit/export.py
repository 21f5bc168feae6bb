"""Incident exports: lossless JSON (documented by a JSON Schema) and a Markdown post-incident report.

The Markdown report is meant as a first draft a person would accept: summary, key figures, every action with its
exact command, the timeline, notes, action items and communication drafts. The JSON holds everything as stored,
for tools and for re-rendering later.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from typing import Any

from cockpit.timeline import Event, EventKind, Incident, Timeline
from providers.base import utcnow

EXPORT_SCHEMA_VERSION = 1
SCHEMA_RESOURCE = "incident-export.schema.json"
"""In the ``cockpit.schemas`` package."""
TODO_PREFIX = "TODO:"
"""A note starting with this is an action item for the review."""
OUTPUT_LINES = 40
"""Action output beyond this many lines is cut in the Markdown report (the JSON keeps all of it)."""

FORMATS: tuple[str, ...] = ("md", "json")

_TROUBLE = re.compile(r"\b(degraded|failed)\b", re.IGNORECASE)


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) the JSON export follows."""
    text = resources.files("cockpit.schemas").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def export(timeline: Timeline, incident_id: int, fmt: str) -> str:
    """The incident rendered as ``fmt``: 'md' or 'json' (anything else is a ValueError naming the choices)."""
    if fmt == "json":
        return json.dumps(to_json(timeline, incident_id), indent=2, ensure_ascii=False) + "\n"
    if fmt == "md":
        return to_markdown(timeline, incident_id)
    raise ValueError(f"unknown export format {fmt!r} (choose one of: {', '.join(FORMATS)})")


# -- derived figures -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Milestones:
    """The moments the key figures are measured between; None when the events do not show one."""

    start: datetime | None
    detected: Event | None
    decided: Event | None
    rolled_back: Event | None
    recovered: Event | None
    opened: Event | None
    resolved: Event | None


def _plan(event: Event) -> dict[str, Any]:
    plan = event.detail.get("plan")
    return plan if isinstance(plan, dict) else {}


def _is_rollback(event: Event) -> bool:
    return _plan(event).get("action") == "rollback"


def _shows_trouble(event: Event) -> bool:
    """Whether a state.changed event moved something to degraded or failed."""
    snapshot = event.detail.get("snapshot")
    states: list[str] = []
    if isinstance(snapshot, dict):
        health = snapshot.get("health")
        if isinstance(health, dict):
            states.append(str(health.get("state", "")))
        for row in snapshot.get("deployments") or []:
            if isinstance(row, dict):
                states.append(str(row.get("state", "")))
    for key in ("after", "state"):
        if key in event.detail:
            states.append(str(event.detail[key]))
    if not states:
        # No structured state: the summary reads 'before -> after'; only the after side counts.
        states.append(event.summary.rsplit("->", 1)[-1])
    return any(_TROUBLE.search(state) for state in states)


def _first(
    events: Sequence[Event], kinds: set[EventKind], after: Event | None = None, rollback: bool = False
) -> Event | None:
    floor = after.seq if after is not None else 0
    for event in events:
        if event.seq > floor and event.kind in kinds and (not rollback or _is_rollback(event)):
            return event
    return None


def milestones(events: Sequence[Event]) -> Milestones:
    ordered = sorted(events, key=lambda e: e.seq)
    opened = _first(ordered, {EventKind.INCIDENT_OPENED})
    detected = next(
        (
            e
            for e in ordered
            if e.kind is EventKind.PROVIDER_FAILED or (e.kind is EventKind.STATE_CHANGED and _shows_trouble(e))
        ),
        opened,
    )
    decided = _first(ordered, {EventKind.ACTION_CONFIRMED}, rollback=True)
    # A retried rollback counts: the first rollback that succeeded after the decision.
    rolled_back = _first(ordered, {EventKind.ACTION_SUCCEEDED}, decided, rollback=True) if decided else None
    verified = _first(ordered, {EventKind.ACTION_VERIFIED}, rolled_back, rollback=True) if rolled_back else None
    resolved = _first(ordered, {EventKind.INCIDENT_RESOLVED})
    return Milestones(
        start=min((e.ts for e in ordered), default=None),
        detected=detected,
        decided=decided,
        rolled_back=rolled_back,
        recovered=verified or resolved,
        opened=opened,
        resolved=resolved,
    )


def _seconds(start: datetime | None, end: Event | None) -> float | None:
    if start is None or end is None:
        return None
    return max(0.0, (end.ts - start).total_seconds())


def derived_figures(events: Sequence[Event]) -> dict[str, float | None]:
    """Time to detect, decide, roll back and recover (from the first event), and the incident's duration."""
    marks = milestones(events)
    return {
        "time_to_detect_s": _seconds(marks.start, marks.detected),
        "time_to_decide_s": _seconds(marks.start, marks.decided),
        "time_to_roll_back_s": _seconds(marks.start, marks.rolled_back),
        "time_to_recover_s": _seconds(marks.start, marks.recovered),
        "duration_s": _seconds(marks.opened.ts, marks.resolved) if marks.opened else None,
    }


# -- JSON ------------------------------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if moment is not None else None


def to_json(timeline: Timeline, incident_id: int) -> dict[str, Any]:
    """Everything stored about the incident, plus derived figures; follows ``load_schema()``."""
    incident = timeline.incident(incident_id)
    events = timeline.events(incident_id)
    return {
        "schema": "cockpit.incident-export",
        "schema_version": EXPORT_SCHEMA_VERSION,
        "exported_at": _iso(utcnow()),
        "incident": {
            "id": incident.id,
            "ref": incident.ref,
            "title": incident.title,
            "environment": incident.environment,
            "service": incident.service,
            "severity": incident.severity,
            "status": incident.status,
            "opened_at": _iso(incident.opened_at),
            "resolved_at": _iso(incident.resolved_at),
        },
        "derived": derived_figures(events),
        "events": [
            {
                "seq": event.seq,
                "incident_id": event.incident_id,
                "ts": _iso(event.ts),
                "kind": event.kind.value,
                "source": event.source.value,
                "actor": event.actor,
                "target": event.target,
                "summary": event.summary,
                "detail": event.detail,
                "step_id": event.step_id,
            }
            for event in events
        ],
    }


# -- Markdown helpers ------------------------------------------------------------------------------------------


def mmss(seconds: float | None) -> str:
    """'04:10' (or '1:02:03' past an hour); an em dash when unknown."""
    if seconds is None:
        return "—"
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def cell(text: str) -> str:
    """Text made safe for one Markdown table cell: pipes escaped, line breaks kept as <br>."""
    return text.replace("|", "\\|").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


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


def _clock(moment: datetime | None) -> str:
    return moment.strftime("%H:%M:%S") if moment is not None else "—"


def _stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment is not None else "—"


# -- actions ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Action:
    """One action followed through its events: planned, confirmed, executed, verified."""

    plan: dict[str, Any]
    planned: Event | None = None
    confirmed: Event | None = None
    finished: Event | None = None
    verification: Event | None = None

    @property
    def key(self) -> tuple[str, str]:
        return str(self.plan.get("target", "")), str(self.plan.get("command", ""))

    def outcome(self) -> str:
        if self.finished is None:
            return "confirmed, no result recorded" if self.confirmed else "planned, not carried out"
        if self.finished.kind is EventKind.ACTION_FAILED:
            return "failed"
        if self.verification is None:
            return "succeeded"
        return (
            "succeeded, verified" if self.verification.kind is EventKind.ACTION_VERIFIED else "succeeded, NOT verified"
        )


_STAGE = {
    EventKind.ACTION_PLANNED: "planned",
    EventKind.ACTION_CONFIRMED: "confirmed",
    EventKind.ACTION_SUCCEEDED: "finished",
    EventKind.ACTION_FAILED: "finished",
    EventKind.ACTION_VERIFIED: "verification",
    EventKind.ACTION_UNVERIFIED: "verification",
}
_NEEDS = {"planned": (), "confirmed": ("planned",), "finished": ("confirmed",), "verification": ("finished",)}


def collect_actions(events: Sequence[Event]) -> list[_Action]:
    """Group action.* events (except refusals) into actions: each stage joins the latest action of the same plan
    that has reached the stage before it and not this one yet; otherwise it starts a new action."""
    actions: list[_Action] = []
    for event in events:
        stage = _STAGE.get(event.kind)
        if stage is None:
            continue
        plan = _plan(event)
        key = (str(plan.get("target", "")), str(plan.get("command", "")))
        match = next(
            (
                action
                for action in reversed(actions)
                if action.key == key
                and getattr(action, stage) is None
                and all(getattr(action, before) is not None for before in _NEEDS[stage])
            ),
            None,
        )
        if match is None:
            match = _Action(plan)
            actions.append(match)
        setattr(match, stage, event)
    return actions


def _action_section(number: int, action: _Action) -> list[str]:
    plan = action.plan
    title = plan.get("summary") or f"{plan.get('action', 'action')} of {plan.get('service', '?')}"
    lines = [f"### {number}. {title} — {action.outcome()}", ""]
    first = action.confirmed or action.planned or action.finished
    who = f" by {first.actor}" if first is not None and first.actor else ""
    lines.append(
        f"- Action: {plan.get('action', '?')} of {code(str(plan.get('service', '?')))} on "
        f"{code(str(plan.get('target', '?')))}, reversible: {'yes' if plan.get('reversible') else 'no'}"
    )
    if action.confirmed is not None:
        lines.append(f"- Confirmed{who} at {_clock(action.confirmed.ts)} UTC")
    elif action.planned is not None:
        lines.append(f"- Planned{who} at {_clock(action.planned.ts)} UTC, never confirmed")
    changes = [c for c in plan.get("changes") or [] if isinstance(c, dict)]
    if changes:
        lines.append("- Changes:")
        lines.extend(
            f"  - {c.get('field', '?')}: {code(str(c.get('before', '')))} -> {code(str(c.get('after', '')))}"
            for c in changes
        )
    result = action.finished.detail.get("result") if action.finished is not None else None
    if isinstance(result, dict):
        verdict = "ok" if result.get("ok") else "failed"
        duration = result.get("duration_s")
        lines.append(f"- Result: {verdict} — {result.get('message', '')}")
        lines.append(f"- Duration: {mmss(float(duration)) if isinstance(duration, (int, float)) else '—'}")
    if action.verification is not None:
        lines.append(f"- Verification: {action.verification.detail.get('verification') or action.verification.summary}")
    lines += ["", "Command:", "", fenced(str(plan.get("command", "")), "console"), ""]
    output = str(result.get("output") or "") if isinstance(result, dict) else ""
    if output.strip():
        kept = output.splitlines()
        cut = len(kept) - OUTPUT_LINES
        text = "\n".join(kept[:OUTPUT_LINES]) + (f"\n… {cut} more lines in the JSON export" if cut > 0 else "")
        lines += ["Output:", "", fenced(text, "text"), ""]
    return lines


# -- Markdown --------------------------------------------------------------------------------------------------


def _summary_table(incident: Incident) -> list[str]:
    duration = (incident.resolved_at - incident.opened_at).total_seconds() if incident.resolved_at else None
    rows = [
        ("Severity", incident.severity),
        ("Environment", incident.environment),
        ("Service", incident.service),
        ("Status", incident.status),
        ("Opened", _stamp(incident.opened_at)),
        ("Resolved", _stamp(incident.resolved_at)),
        ("Duration", mmss(duration)),
    ]
    return ["| Field | Value |", "|---|---|", *(f"| {name} | {cell(value)} |" for name, value in rows)]


def _figures_section(marks: Milestones, figures: dict[str, float | None]) -> list[str]:
    rows = [
        ("Time to detect", figures["time_to_detect_s"], marks.detected),
        ("Time to decide (rollback confirmed)", figures["time_to_decide_s"], marks.decided),
        ("Time to roll back", figures["time_to_roll_back_s"], marks.rolled_back),
        ("Time to recover", figures["time_to_recover_s"], marks.recovered),
    ]
    lines = [
        "## Key figures",
        "",
        f"Measured from the first event ({_stamp(marks.start)}), as mm:ss; — when the timeline does not show it.",
        "",
        "| Figure | mm:ss | At (UTC) | Event |",
        "|---|---|---|---|",
    ]
    for name, seconds, event in rows:
        what = cell(event.summary) if event is not None else "—"
        lines.append(f"| {name} | {mmss(seconds)} | {_clock(event.ts if event else None)} | {what} |")
    return lines


def _timeline_section(events: Sequence[Event]) -> list[str]:
    starred = {e.detail.get("seq") for e in events if e.kind is EventKind.EVENT_STARRED}
    shown = [e for e in events if e.kind is not EventKind.EVENT_STARRED]
    days = {e.ts.date() for e in shown}
    same_day = len(days) <= 1
    lines = ["## Timeline", ""]
    if same_day and days:
        lines += [f"All times UTC on {next(iter(days)).isoformat()}. ★ marks starred events.", ""]
    lines += ["| Time (UTC) | Source | Kind | Summary |", "|---|---|---|---|"]
    for event in shown:
        when = _clock(event.ts) if same_day else event.ts.strftime("%Y-%m-%d %H:%M:%S")
        mark = "★ " if event.seq in starred else ""
        lines.append(f"| {when} | {event.source.value} | {event.kind.value} | {mark}{cell(event.summary)} |")
    return lines


def _notes_sections(events: Sequence[Event]) -> list[str]:
    notes = [e for e in events if e.kind is EventKind.NOTE]
    todos = [e for e in notes if e.summary.lstrip().startswith(TODO_PREFIX)]
    lines = ["## Notes", ""]
    lines += ["- " + _note_text(e, e.summary) for e in notes if e not in todos] or ["_No notes recorded._"]
    lines += ["", "## Action items", ""]
    lines += ["- [ ] " + _note_text(e, e.summary.lstrip()[len(TODO_PREFIX) :].strip()) for e in todos] or [
        "_No action items recorded (notes starting with TODO: become action items)._"
    ]
    return lines


def _note_text(event: Event, text: str) -> str:
    """A note as a list item's text: continuation lines indented so they stay inside the item."""
    who = f", {event.actor}" if event.actor else ""
    return f"{text.strip().replace(chr(10), chr(10) + '  ')} ({_clock(event.ts)} UTC{who})"


def _spoken(seconds: float) -> str:
    """'45 s', '10 min', '1 h 05 min': durations as people write them in a status message."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes = round(whole / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def _sentence(text: str) -> str:
    return text.strip().rstrip(".") + "." if text.strip() else ""


def _drafts_section(
    incident: Incident, events: Sequence[Event], marks: Milestones, actions: list[_Action]
) -> list[str]:
    """Initial alert, update and resolution messages, filled from the incident and its events."""
    head = f"[{incident.severity}] {incident.ref}: {incident.title}"
    since = _clock(marks.detected.ts if marks.detected else incident.opened_at)
    first_signal = marks.detected if marks.detected is not None and marks.detected is not marks.opened else None
    signal = f" First signal: {_sentence(first_signal.summary)}" if first_signal else ""
    initial = (
        f"{head}\n{incident.service} in {incident.environment} is impaired since {since} UTC.{signal}\n"
        "We are investigating and will send an update within 30 minutes."
    )
    done = [a for a in actions if a.finished is not None]
    mitigation = (done[-1].plan.get("summary") or done[-1].plan.get("action") or "") if done else ""
    if done and done[-1].finished is not None:
        progress = f"Mitigation: {mitigation}: {done[-1].outcome()} (finished {_clock(done[-1].finished.ts)} UTC)."
    elif marks.decided is not None:
        progress = f"Mitigation in progress: {_sentence(marks.decided.summary)}"
    else:
        progress = "We are still diagnosing; no change has been made yet."
    states = [e for e in events if e.kind is EventKind.STATE_CHANGED]
    current = f"\nLatest observed state: {_sentence(states[-1].summary)}" if states else ""
    update = f"{head} (update)\n{progress}{current}\nNext update within 30 minutes or when resolved."
    if incident.resolved_at is not None:
        took = _spoken((incident.resolved_at - incident.opened_at).total_seconds())
        closing = f" {_sentence(marks.resolved.summary)}" if marks.resolved else ""
        resolution = (
            f"[RESOLVED] {incident.ref}: {incident.title}\n"
            f"Resolved at {_clock(incident.resolved_at)} UTC, {took} after it was opened.{closing}\n"
            + (f"Mitigation: {_sentence(mitigation)}\n" if mitigation else "")
            + "A post-incident review will follow."
        )
    else:
        resolution = (
            f"[RESOLVED] {incident.ref}: {incident.title}\n"
            "Resolved at HH:MM UTC. (Not resolved yet: complete this when it is.)\n"
            "A post-incident review will follow."
        )
    lines = ["## Communication drafts", ""]
    for name, text in (("Initial alert", initial), ("Update", update), ("Resolution", resolution)):
        lines += [f"### {name}", "", fenced(text, "text"), ""]
    return lines


def to_markdown(timeline: Timeline, incident_id: int) -> str:
    """A post-incident report as a first draft: summary, key figures, actions, timeline, notes, drafts."""
    incident = timeline.incident(incident_id)
    events = timeline.events(incident_id)
    marks = milestones(events)
    actions = collect_actions(events)
    refused = [e for e in events if e.kind is EventKind.ACTION_REFUSED]
    lines = [f"# {incident.ref}: {' '.join(incident.title.split())}", "", *_summary_table(incident), ""]
    lines += [*_figures_section(marks, derived_figures(events)), ""]
    lines += ["## Actions", ""]
    for number, action in enumerate(actions, start=1):
        lines += _action_section(number, action)
    if refused:
        lines += ["Refused:", "", *(f"- {_clock(e.ts)} UTC: {e.summary}" for e in refused), ""]
    if not actions and not refused:
        lines += ["_No actions recorded._", ""]
    lines += [*_timeline_section(events), ""]
    lines += [*_notes_sections(events), ""]
    lines += _drafts_section(incident, events, marks, actions)
    return "\n".join(lines).rstrip() + "\n"
