"""The milestones of an incident (detected, decided, rolled back, recovered) and the key figures between
them. The review and the cross-incident stats both measure from here, so they never disagree."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from cockpit.core.timeline import Event, EventKind
from cockpit.review.actions import is_rollback

_TROUBLE = re.compile(r"\b(degraded|failed)\b", re.IGNORECASE)


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


def reported_states(event: Event) -> list[str]:
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
    return any(_TROUBLE.search(state) for state in reported_states(event))


def _first(
    events: Sequence[Event], kinds: set[EventKind], after: Event | None = None, rollback: bool = False
) -> Event | None:
    floor = after.seq if after is not None else 0
    for event in events:
        if event.seq > floor and event.kind in kinds and (not rollback or is_rollback(event)):
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
