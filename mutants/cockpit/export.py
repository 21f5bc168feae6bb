"""Incident exports: the post-incident review (Markdown here, HTML in ``export_html``) and lossless JSON.

The review is built once from the events (``build_review``) and each format only renders it, so the Markdown and the
HTML always say the same thing: a summary, impact, key figures, what the record says about the cause, the resolution,
every action with its exact command, the checklist outcome with overrides, advisor verdicts, the timeline, notes,
action items and communication drafts. The JSON holds everything as stored, for tools and for re-rendering later.
"""

from __future__ import annotations

import gc
import json
import re
from bisect import insort
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from itertools import pairwise
from typing import Any

from cockpit.timeline import Event, EventKind, Incident, Timeline
from providers.base import utcnow

EXPORT_SCHEMA_VERSION = 1
SCHEMA_RESOURCE = "incident-export.schema.json"
"""In the ``cockpit.schemas`` package."""
TODO_PREFIX = "TODO:"
"""A note starting with this is an action item for the review."""
OUTPUT_LINES = 40
"""Action output beyond this many lines is cut in the reports (the JSON keeps all of it)."""
LISTED_FINDINGS = 5
"""At most this many entries per kind of finding in the cause section; the full lists are further down."""

FORMATS: tuple[str, ...] = ("md", "json", "html")

_TROUBLE = re.compile(r"\b(degraded|failed)\b", re.IGNORECASE)
_BAD_STATES = ("failed", "degraded")
"""Worst first."""


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) the JSON export follows."""
    text = resources.files("cockpit.schemas").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def export(timeline: Timeline, incident_id: int, fmt: str) -> str:
    """The incident rendered as ``fmt``: 'md', 'json' or 'html' (anything else is a ValueError naming the choices)."""
    if fmt == "json":
        with gc_paused():
            return json_text(to_json(timeline, incident_id))
    if fmt == "md":
        return to_markdown(timeline, incident_id)
    if fmt == "html":
        # export_html builds on this module, so it is imported only when asked for.
        from cockpit.export_html import to_html

        return to_html(timeline, incident_id)
    raise ValueError(f"unknown export format {fmt!r} (choose one of: {', '.join(FORMATS)})")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector while an export builds its objects.

    An export of 100,000 events allocates millions of acyclic objects (events, dicts, strings); each allocation burst
    triggers a full collection that rescans all of them, which doubled the export time for nothing to collect.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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


def _reported_states(event: Event) -> list[str]:
    """What a state.changed event says things moved to: the snapshot's states (exact), else 'after' or 'state',
    else the after side of the summary ('before -> after')."""
    snapshot = event.detail.get("snapshot")
    states: list[str] = []
    if isinstance(snapshot, dict):
        health = snapshot.get("health")
        if isinstance(health, dict):
            states.append(str(health.get("state", "")))
        for row in snapshot.get("deployments") or []:
            if isinstance(row, dict):
                states.append(str(row.get("state", "")))
    if not states:
        states = [str(event.detail[key]) for key in ("after", "state") if key in event.detail]
    if not states:
        states.append(event.summary.rsplit("->", 1)[-1])
    return states


def _shows_trouble(event: Event) -> bool:
    """Whether a state.changed event moved something to degraded or failed."""
    return any(_TROUBLE.search(state) for state in _reported_states(event))


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
    return figures_of(milestones(events))


def figures_of(marks: Milestones) -> dict[str, float | None]:
    return {
        "time_to_detect_s": _seconds(marks.start, marks.detected),
        "time_to_decide_s": _seconds(marks.start, marks.decided),
        "time_to_roll_back_s": _seconds(marks.start, marks.rolled_back),
        "time_to_recover_s": _seconds(marks.start, marks.recovered),
        "duration_s": _seconds(marks.opened.ts, marks.resolved) if marks.opened else None,
    }


def milestone_intervals(marks: Milestones) -> list[tuple[str, float | None]]:
    """The time between consecutive milestones (detected -> decided -> rolled back -> recovered); None if unknown."""
    steps = [
        ("detected", marks.detected),
        ("decided", marks.decided),
        ("rolled back", marks.rolled_back),
        ("recovered", marks.recovered),
    ]
    return [
        (f"{before} → {after}", _seconds(start.ts, end) if start is not None else None)
        for (before, start), (after, end) in pairwise(steps)
    ]


# -- JSON ------------------------------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    """'2024-05-01T10:00:00.000000Z': always with microseconds, as the schema requires."""
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z") if moment is not None else None


def to_json(timeline: Timeline, incident_id: int) -> dict[str, Any]:
    """Everything stored about the incident, plus derived figures; follows ``load_schema()``."""
    with gc_paused():
        return _document(timeline.incident(incident_id), timeline.events(incident_id))


def _document(incident: Incident, events: Sequence[Event]) -> dict[str, Any]:
    return {
        "schema": "cockpit.incident-export",
        "schema_version": EXPORT_SCHEMA_VERSION,
        "exported_at": _iso(utcnow()),
        "incident": incident.to_json(),
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


def json_text(document: dict[str, Any]) -> str:
    """The JSON export as text, indented by two spaces.

    msgspec rather than ``json.dumps``: with ``indent`` the stdlib falls back to its pure-Python encoder, 10x slower
    on a 100,000-event incident. The output is the same JSON (UTF-8 kept as is, keys in order).
    """
    import msgspec

    return msgspec.json.format(msgspec.json.encode(document), indent=2).decode() + "\n"


# -- text helpers ----------------------------------------------------------------------------------------------


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
    if "|" not in text and "\n" not in text and "\r" not in text:
        return text  # the common case, taken first: a long timeline has a cell per event
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


def time_of_day(moment: datetime | None) -> str:
    """'10:03:40' (UTC, as stored); an em dash when unknown."""
    # time().isoformat: five times faster than strftime, which counts on a 100,000-row timeline table.
    return moment.time().isoformat("seconds") if moment is not None else "—"


def single_day(events: Iterable[Event]) -> date | None:
    """The day all the events happened on, if they share one: the timeline then shows times of day only."""
    days = {e.ts.date() for e in events}
    return next(iter(days)) if len(days) == 1 else None


def event_time(moment: datetime, day: date | None) -> str:
    """'10:03:40' in a one-day timeline, else '2024-05-01 10:03:40'."""
    return time_of_day(moment) if day is not None else moment.isoformat(" ", "seconds")[:19]


def utc_stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment is not None else "—"


def spoken(seconds: float) -> str:
    """'45 s', '10 min', '1 h 05 min': durations as people write them in a status message."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes = round(whole / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def one_line(text: str) -> str:
    """Whitespace (line breaks included) collapsed, for text that sits inside a sentence."""
    return " ".join(text.split())


def _sentence(text: str) -> str:
    text = one_line(text)
    return text.rstrip(".") + "." if text else ""


# -- actions ---------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Action:
    """One action followed through its events: planned, confirmed, executed, verified."""

    plan: dict[str, Any]
    order: int = 0
    """Position among the incident's actions, oldest first."""
    planned: Event | None = None
    confirmed: Event | None = None
    finished: Event | None = None
    verification: Event | None = None

    @property
    def title(self) -> str:
        return str(
            self.plan.get("summary") or f"{self.plan.get('action', 'action')} of {self.plan.get('service', '?')}"
        )

    @property
    def command(self) -> str:
        return str(self.plan.get("command", ""))

    @property
    def changes(self) -> list[dict[str, Any]]:
        return [c for c in self.plan.get("changes") or [] if isinstance(c, dict)]

    @property
    def result(self) -> dict[str, Any] | None:
        """The executor's result ({ok, message, output, duration_s, ...}) once the action ran."""
        result = self.finished.detail.get("result") if self.finished is not None else None
        return result if isinstance(result, dict) else None

    @property
    def duration_s(self) -> float | None:
        duration = (self.result or {}).get("duration_s")
        return float(duration) if isinstance(duration, (int, float)) and not isinstance(duration, bool) else None

    @property
    def actor(self) -> str:
        """Who confirmed it (or planned it, if it never was)."""
        first = self.confirmed or self.planned or self.finished
        return first.actor if first is not None else ""

    @property
    def verification_text(self) -> str:
        if self.verification is None:
            return ""
        return str(self.verification.detail.get("verification") or self.verification.summary)

    def output_excerpt(self) -> str:
        """The output, cut after OUTPUT_LINES lines with a note saying how many more the JSON export holds."""
        kept = str((self.result or {}).get("output") or "").splitlines()
        cut = len(kept) - OUTPUT_LINES
        text = "\n".join(kept[:OUTPUT_LINES]) + (f"\n… {cut} more lines in the JSON export" if cut > 0 else "")
        return text if text.strip() else ""

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
_NEEDS: dict[str, tuple[str, ...]] = {
    "planned": (),
    "confirmed": ("planned",),
    "finished": ("confirmed",),
    "verification": ("finished",),
}


def _can_take(action: Action, stage: str) -> bool:
    return getattr(action, stage) is None and all(getattr(action, before) is not None for before in _NEEDS[stage])


def collect_actions(events: Sequence[Event]) -> list[Action]:
    """Group action.* events (except refusals) into actions: each stage joins the latest action of the same plan
    that has reached the stage before it and not this one yet; otherwise it starts a new action."""
    actions: list[Action] = []
    # For each (plan key, stage), the actions that can take that stage now, oldest first. Kept up to date as stages
    # are filled, so a 100,000-event incident is grouped in one pass instead of rescanning every earlier action.
    waiting: dict[tuple[tuple[str, str], str], list[Action]] = {}
    for event in events:
        stage = _STAGE.get(event.kind)
        if stage is None:
            continue
        plan = _plan(event)
        key = (str(plan.get("target", "")), str(plan.get("command", "")))
        queue = waiting.setdefault((key, stage), [])
        if queue:
            action = queue.pop()
        else:
            action = Action(plan, order=len(actions))
            actions.append(action)
            for other in _NEEDS:
                if other != stage and _can_take(action, other):
                    waiting.setdefault((key, other), []).append(action)
        setattr(action, stage, event)
        for later, needs in _NEEDS.items():
            if stage in needs and _can_take(action, later):
                insort(waiting.setdefault((key, later), []), action, key=lambda a: a.order)
    return actions


# -- the review ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepOutcome:
    """Where one checklist step ended up (its last checklist.step event)."""

    step_id: str
    """Empty for a step recorded without one (it is then known by its title)."""
    title: str
    """The step's text (detail.text), else the event's summary up to ': <state>'."""
    state: str
    """pending, done, skipped or failed."""
    at: datetime
    actor: str
    reason: str
    """Why it was overridden, skipped or failed; empty when the step's own verification decided."""
    overridden: bool
    """Marked done on the operator's word although its verification did not pass."""
    verification: str
    """'pass: <evidence>' as the step's live verification judged it; empty when it has none."""

    @property
    def outcome(self) -> str:
        return "done (override)" if self.overridden and self.state == "done" else self.state or "—"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One advisor verdict with the evidence it was reached on."""

    at: datetime
    verdict: str
    """pass, fail or inconclusive."""
    summary: str
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActionItem:
    text: str
    """The note without its TODO: prefix."""
    at: datetime
    actor: str


@dataclass(frozen=True, slots=True)
class Review:
    """Everything the post-incident report says, computed once and rendered by each format."""

    incident: Incident
    events: Sequence[Event]
    marks: Milestones
    figures: dict[str, float | None]
    summary: str
    """One paragraph: what happened, what was done, how it ended."""
    impact: list[str]
    cause: list[str]
    """What the record says about the cause (a starting point for the review, not a verdict)."""
    resolution: list[str]
    actions: list[Action]
    refused: list[Event]
    steps: list[StepOutcome]
    verdicts: list[Verdict]
    notes: list[Event]
    """Notes that are not action items."""
    action_items: list[ActionItem]
    drafts: list[tuple[str, str]]
    """(name, message): initial alert, update, resolution."""
    starred: frozenset[int] = field(default_factory=frozenset)
    """seq of the events an operator starred."""

    @property
    def shown_events(self) -> Iterator[Event]:
        """The timeline as a reader wants it: stars mark events instead of being rows of their own."""
        return (e for e in self.events if e.kind is not EventKind.EVENT_STARRED)


def checklist_outcome(events: Sequence[Event]) -> list[StepOutcome]:
    """Each checklist step's last state, in the order the steps were first touched.

    Reads the checklist engine's detail (state, reason, verdict, evidence, overridden, text); an event with only
    state and reason counts a done step with a reason as an override, since only an override needs one.
    """
    last: dict[str, Event] = {}
    for event in events:
        if event.kind is EventKind.CHECKLIST_STEP:
            last[event.step_id or event.summary] = event
    outcomes = []
    for event in last.values():
        detail = event.detail
        state = str(detail.get("state") or "")
        reason = one_line(str(detail.get("reason") or ""))
        if "overridden" in detail:
            overridden = detail["overridden"] is True
        else:
            overridden = state == "done" and bool(reason)
        title = one_line(str(detail.get("text") or "")) or one_line(event.summary).partition(f": {state}")[0]
        verdict, evidence = detail.get("verdict"), detail.get("evidence")
        verification = f"{verdict}: {one_line(str(evidence))}" if verdict and evidence else str(verdict or "")
        outcomes.append(
            StepOutcome(event.step_id or "", title, state, event.ts, event.actor, reason, overridden, verification)
        )
    return outcomes


def _evidence(value: Any) -> tuple[str, ...]:
    """Evidence as readable lines, whatever shape the advisor recorded it in (text, list, mapping)."""
    if value is None or value == "" or value == [] or value == {}:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, dict):
        return tuple(f"{key}: {item if isinstance(item, str) else json.dumps(item)}" for key, item in value.items())
    if isinstance(value, list):
        return tuple(line for item in value for line in _evidence(item))
    return (json.dumps(value),)


def advisor_verdicts(events: Sequence[Event]) -> list[Verdict]:
    return [
        Verdict(e.ts, str(e.detail.get("verdict") or "—"), e.summary, _evidence(e.detail.get("evidence")))
        for e in events
        if e.kind is EventKind.ADVISOR_VERDICT
    ]


def notes_and_action_items(events: Sequence[Event]) -> tuple[list[Event], list[ActionItem]]:
    notes: list[Event] = []
    items: list[ActionItem] = []
    for event in events:
        if event.kind is not EventKind.NOTE:
            continue
        text = event.summary.strip()
        if text.startswith(TODO_PREFIX):
            items.append(ActionItem(text[len(TODO_PREFIX) :].strip(), event.ts, event.actor))
        else:
            notes.append(event)
    return notes, items


def _mitigation(actions: list[Action], marks: Milestones) -> Action | None:
    """The action that counts as the mitigation: the rollback of the key figures, else the last one carried out."""
    if marks.rolled_back is not None:
        found = next((a for a in actions if a.finished is marks.rolled_back), None)
        if found is not None:
            return found
    done = [a for a in actions if a.finished is not None]
    return done[-1] if done else None


def _summary(incident: Incident, marks: Milestones, actions: list[Action]) -> str:
    where = f"{incident.service} in {incident.environment}"
    first = marks.detected if marks.detected is not None and marks.detected is not marks.opened else None
    if first is not None:
        parts = [f"{where} was impaired from {time_of_day(first.ts)} UTC (first signal: {one_line(first.summary)})."]
    else:
        parts = [f"{incident.ref} was opened at {time_of_day(incident.opened_at)} UTC for {where}."]
    mitigation = _mitigation(actions, marks)
    if mitigation is not None and mitigation.finished is not None:
        by = f" by {mitigation.actor}" if mitigation.actor else ""
        confirmed = f", confirmed at {time_of_day(mitigation.confirmed.ts)} UTC{by}" if mitigation.confirmed else ""
        parts.append(
            f"Mitigation: {one_line(mitigation.title)}{confirmed}; {mitigation.outcome()}"
            f" at {time_of_day((mitigation.verification or mitigation.finished).ts)} UTC."
        )
    elif actions:
        parts.append(f"{len(actions)} action(s) were planned but none was carried out.")
    else:
        parts.append("No action was taken from the cockpit.")
    if len(actions) > 1:
        parts.append(f"{len(actions)} actions in all are listed below.")
    if incident.resolved_at is not None:
        took = spoken((incident.resolved_at - incident.opened_at).total_seconds())
        closing = f": {_sentence(marks.resolved.summary)}" if marks.resolved and marks.resolved.summary.strip() else "."
        parts.append(f"Resolved at {time_of_day(incident.resolved_at)} UTC, {took} after it was opened{closing}")
    else:
        parts.append("The incident was still open when this report was made.")
    return " ".join(parts)


def _impact(incident: Incident, events: Sequence[Event], marks: Milestones) -> list[str]:
    where = f"{incident.service} in {incident.environment}"
    start = marks.detected.ts if marks.detected is not None else incident.opened_at
    lines = []
    if marks.recovered is not None:
        how = "rollback verified" if marks.recovered.kind is EventKind.ACTION_VERIFIED else "incident resolved"
        lines.append(
            f"{where} was impaired for {mmss((marks.recovered.ts - start).total_seconds())} (mm:ss), "
            f"from {time_of_day(start)} to {time_of_day(marks.recovered.ts)} UTC ({how})."
        )
    else:
        lines.append(f"{where} impaired since {time_of_day(start)} UTC; no recovery recorded.")
    worst: dict[str, set[str]] = {}
    unreachable: Counter[str] = Counter()
    for event in events:
        if event.kind is EventKind.STATE_CHANGED:
            said = " ".join(_reported_states(event)).lower()
            for state in _BAD_STATES:
                if state in said:
                    worst.setdefault(state, set()).add(event.target or "?")
                    break
        elif event.kind is EventKind.PROVIDER_FAILED:
            unreachable[event.target or "?"] += 1
    for state in _BAD_STATES:
        if state in worst:
            lines.append(f"Worst state observed: {state} ({', '.join(sorted(worst[state]))}).")
            break
    else:
        lines.append("No target reported a degraded or failed state.")
    if unreachable:
        listed = ", ".join(f"{target} ({count}×)" for target, count in unreachable.most_common(LISTED_FINDINGS))
        lines.append(f"Backends that stopped answering: {listed}.")
    return lines


def _failing_parts(events: Sequence[Event]) -> tuple[dict[str, str], dict[str, str]]:
    """Health components and deployments reported failed or degraded: name -> first thing said about it."""
    components: dict[str, str] = {}
    deployments: dict[str, str] = {}
    for event in events:
        if event.kind is not EventKind.STATE_CHANGED:
            continue
        snapshot = event.detail.get("snapshot")
        if not isinstance(snapshot, dict):
            continue
        health = snapshot.get("health")
        parts = health.get("components") if isinstance(health, dict) else None
        if isinstance(parts, dict):
            for name, part in parts.items():
                if isinstance(part, dict) and str(part.get("state")) in _BAD_STATES and name not in components:
                    detail = str(part.get("detail") or "")
                    components[name] = f"{part.get('state')}{': ' + one_line(detail) if detail else ''}"
        for row in snapshot.get("deployments") or []:
            if isinstance(row, dict) and str(row.get("state")) in _BAD_STATES:
                name = str(row.get("service", "?"))
                if name not in deployments:
                    message = one_line(str(row.get("message") or ""))
                    said = f"{row.get('state')} at revision {row.get('revision', '?')}"
                    deployments[name] = said + (f": {message}" if message else "")
    return components, deployments


def _cause(events: Sequence[Event], marks: Milestones, actions: list[Action], verdicts: list[Verdict]) -> list[str]:
    lines = []
    mitigation = _mitigation(actions, marks)
    if mitigation is not None and mitigation.changes and mitigation.finished is marks.rolled_back:
        changed = ", ".join(
            f"{c.get('field', '?')} {c.get('before', '')} -> {c.get('after', '')}" for c in mitigation.changes
        )
        recovered = marks.recovered is not None and marks.recovered.kind is EventKind.ACTION_VERIFIED
        lines.append(
            f"Rolling back ({changed}) "
            + (
                "recovered the service: the change rolled back is the prime suspect."
                if recovered
                else "was carried out."
            )
        )
    components, deployments = _failing_parts(events)
    for label, found in (("Failing health components", components), ("Failing deployments", deployments)):
        if found:
            listed = "; ".join(f"{name} ({said})" for name, said in list(found.items())[:LISTED_FINDINGS])
            lines.append(f"{label}: {listed}.")
    failing = [v for v in verdicts if v.verdict == "fail"]
    if failing:
        triggers = list(dict.fromkeys(one_line(v.summary) for v in failing))
        lines.append(
            f"The advisor judged {len(failing)} trigger evaluation(s) failing: "
            + "; ".join(triggers[:LISTED_FINDINGS])
            + (f" (and {len(triggers) - LISTED_FINDINGS} more)" if len(triggers) > LISTED_FINDINGS else "")
            + "."
        )
    return lines or ["Nothing in the record points at a cause."]


def _resolution(incident: Incident, events: Sequence[Event], marks: Milestones, actions: list[Action]) -> list[str]:
    lines = []
    mitigation = _mitigation(actions, marks)
    if mitigation is not None and mitigation.finished is not None:
        lines.append(
            f"{one_line(mitigation.title)}: {mitigation.outcome()} "
            f"(finished {time_of_day(mitigation.finished.ts)} UTC)."
            + (f" Verification: {_sentence(mitigation.verification_text)}" if mitigation.verification else "")
        )
    if marks.recovered is not None and marks.recovered.kind is EventKind.ACTION_VERIFIED:
        lines.append(f"Recovered at {time_of_day(marks.recovered.ts)} UTC, verified against the live systems.")
    latest: dict[tuple[str, str], Event] = {}
    for event in events:
        if event.kind is EventKind.STATE_CHANGED:
            latest[event.target, str(event.detail.get("capability", ""))] = event
    for event in latest.values():
        lines.append(f"Last observed state ({time_of_day(event.ts)} UTC): {_sentence(event.summary)}")
    if incident.resolved_at is not None:
        said = f": {_sentence(marks.resolved.summary)}" if marks.resolved and marks.resolved.summary.strip() else "."
        lines.append(f"Resolved at {utc_stamp(incident.resolved_at)}{said}")
    else:
        lines.append("Not resolved yet.")
    return lines


def communication_drafts(
    incident: Incident, events: Sequence[Event], marks: Milestones, actions: list[Action]
) -> list[tuple[str, str]]:
    """Initial alert, update and resolution messages, filled from the incident and its events."""
    head = f"[{incident.severity}] {incident.ref}: {incident.title}"
    since = time_of_day(marks.detected.ts if marks.detected else incident.opened_at)
    first_signal = marks.detected if marks.detected is not None and marks.detected is not marks.opened else None
    signal = f" First signal: {_sentence(first_signal.summary)}" if first_signal else ""
    initial = (
        f"{head}\n{incident.service} in {incident.environment} is impaired since {since} UTC.{signal}\n"
        "We are investigating and will send an update within 30 minutes."
    )
    done = [a for a in actions if a.finished is not None]
    mitigation = (done[-1].plan.get("summary") or done[-1].plan.get("action") or "") if done else ""
    if done and done[-1].finished is not None:
        progress = f"Mitigation: {mitigation}: {done[-1].outcome()} (finished {time_of_day(done[-1].finished.ts)} UTC)."
    elif marks.decided is not None:
        progress = f"Mitigation in progress: {_sentence(marks.decided.summary)}"
    else:
        progress = "We are still diagnosing; no change has been made yet."
    last_state = next((e for e in reversed(events) if e.kind is EventKind.STATE_CHANGED), None)
    current = f"\nLatest observed state: {_sentence(last_state.summary)}" if last_state else ""
    update = f"{head} (update)\n{progress}{current}\nNext update within 30 minutes or when resolved."
    if incident.resolved_at is not None:
        took = spoken((incident.resolved_at - incident.opened_at).total_seconds())
        closing = f" {_sentence(marks.resolved.summary)}" if marks.resolved else ""
        resolution = (
            f"[RESOLVED] {incident.ref}: {incident.title}\n"
            f"Resolved at {time_of_day(incident.resolved_at)} UTC, {took} after it was opened.{closing}\n"
            + (f"Mitigation: {_sentence(mitigation)}\n" if mitigation else "")
            + "A post-incident review will follow."
        )
    else:
        resolution = (
            f"[RESOLVED] {incident.ref}: {incident.title}\n"
            "Resolved at HH:MM UTC. (Not resolved yet: complete this when it is.)\n"
            "A post-incident review will follow."
        )
    return [("Initial alert", initial), ("Update", update), ("Resolution", resolution)]


def build_review(timeline: Timeline, incident_id: int) -> Review:
    """Read the incident and its events once and work out everything the report says."""
    incident = timeline.incident(incident_id)
    events = timeline.events(incident_id)
    marks = milestones(events)
    actions = collect_actions(events)
    verdicts = advisor_verdicts(events)
    notes, items = notes_and_action_items(events)
    starred = frozenset(
        seq for e in events if e.kind is EventKind.EVENT_STARRED and isinstance(seq := e.detail.get("seq"), int)
    )
    return Review(
        incident=incident,
        events=events,
        marks=marks,
        figures=figures_of(marks),
        summary=_summary(incident, marks, actions),
        impact=_impact(incident, events, marks),
        cause=_cause(events, marks, actions, verdicts),
        resolution=_resolution(incident, events, marks, actions),
        actions=actions,
        refused=[e for e in events if e.kind is EventKind.ACTION_REFUSED],
        steps=checklist_outcome(events),
        verdicts=verdicts,
        notes=notes,
        action_items=items,
        drafts=communication_drafts(incident, events, marks, actions),
        starred=starred,
    )


def summary_rows(incident: Incident) -> list[tuple[str, str]]:
    duration = (incident.resolved_at - incident.opened_at).total_seconds() if incident.resolved_at else None
    return [
        ("Severity", incident.severity),
        ("Environment", incident.environment),
        ("Service", incident.service),
        ("Status", incident.status),
        ("Opened", utc_stamp(incident.opened_at)),
        ("Resolved", utc_stamp(incident.resolved_at)),
        ("Duration", mmss(duration)),
    ]


def figure_rows(review: Review) -> list[tuple[str, float | None, Event | None]]:
    marks, figures = review.marks, review.figures
    return [
        ("Time to detect", figures["time_to_detect_s"], marks.detected),
        ("Time to decide (rollback confirmed)", figures["time_to_decide_s"], marks.decided),
        ("Time to roll back", figures["time_to_roll_back_s"], marks.rolled_back),
        ("Time to recover", figures["time_to_recover_s"], marks.recovered),
    ]


# -- Markdown --------------------------------------------------------------------------------------------------


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
        lines.append(f"| {name} | {mmss(seconds)} | {time_of_day(event.ts if event else None)} | {what} |")
    between = ", ".join(f"{name} {mmss(seconds)}" for name, seconds in milestone_intervals(review.marks))
    return [*lines, "", f"Between milestones: {between}."]


def _md_action(number: int, action: Action) -> list[str]:
    plan = action.plan
    lines = [f"### {number}. {one_line(action.title)} — {action.outcome()}", ""]
    who = f" by {action.actor}" if action.actor else ""
    lines.append(
        f"- Action: {plan.get('action', '?')} of {code(str(plan.get('service', '?')))} on "
        f"{code(str(plan.get('target', '?')))}, reversible: {'yes' if plan.get('reversible') else 'no'}"
    )
    if action.confirmed is not None:
        lines.append(f"- Confirmed{who} at {time_of_day(action.confirmed.ts)} UTC")
    elif action.planned is not None:
        lines.append(f"- Planned{who} at {time_of_day(action.planned.ts)} UTC, never confirmed")
    if action.changes:
        lines.append("- Changes:")
        lines.extend(
            f"  - {c.get('field', '?')}: {code(str(c.get('before', '')))} -> {code(str(c.get('after', '')))}"
            for c in action.changes
        )
    result = action.result
    if result is not None:
        verdict = "ok" if result.get("ok") else "failed"
        lines.append(f"- Result: {verdict} — {one_line(str(result.get('message', '')))}")
        lines.append(f"- Duration: {mmss(action.duration_s)}")
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
    return f"{text.strip().replace(chr(10), chr(10) + '  ')} ({time_of_day(at)} UTC{who})"


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
    lines = [f"# {incident.ref}: {one_line(incident.title)}", "", review.summary, ""]
    lines += [
        "| Field | Value |",
        "|---|---|",
        *(f"| {name} | {cell(value)} |" for name, value in summary_rows(incident)),
    ]
    lines += ["", "## Impact", "", *(f"- {line}" for line in review.impact), ""]
    lines += [*_md_figures(review), ""]
    lines += ["## Root cause", "", "From the record; confirm or correct it in the review.", ""]
    lines += [*(f"- {line}" for line in review.cause), ""]
    lines += ["## Resolution", "", *(f"- {line}" for line in review.resolution), ""]
    lines += _md_actions(review)
    lines += [*_md_checklist(review), ""]
    lines += [*_md_verdicts(review), ""]
    lines += [*_md_timeline(review), ""]
    lines += [*_md_notes(review), ""]
    lines += ["## Communication drafts", ""]
    for name, text in review.drafts:
        lines += [f"### {name}", "", fenced(text, "text"), ""]
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(timeline: Timeline, incident_id: int) -> str:
    """The post-incident report: summary, impact, key figures, cause, resolution, actions, checklist, verdicts,
    timeline, notes, action items and communication drafts."""
    with gc_paused():
        return render_markdown(build_review(timeline, incident_id))
