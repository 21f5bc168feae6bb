"""The post-incident review, built once from the events (``build_review``) and rendered by each format, so the
Markdown and the HTML always say the same thing. Every format depends on this model, never on another format."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from cockpit.core.formatting import clock
from cockpit.core.timeline import Event, EventKind, Incident, Timeline
from cockpit.review import narrative
from cockpit.review.actions import Action, collect_actions
from cockpit.review.figures import Milestones, figures_of, milestones
from cockpit.review.findings import (
    ActionItem,
    StepOutcome,
    Verdict,
    advisor_verdicts,
    checklist_outcome,
    notes_and_action_items,
)
from cockpit.review.text import utc_stamp


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
    integrity: str = ""
    """Whether the timeline's hash chain verified for this incident, in one sentence (``timeline verify``)."""

    @property
    def shown_events(self) -> Iterator[Event]:
        """The timeline as a reader wants it: stars mark events instead of being rows of their own."""
        return (e for e in self.events if e.kind is not EventKind.EVENT_STARRED)


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
        summary=narrative.summary(incident, marks, actions),
        impact=narrative.impact(incident, events, marks),
        cause=narrative.cause(events, marks, actions, verdicts),
        resolution=narrative.resolution(incident, events, marks, actions),
        actions=actions,
        refused=[e for e in events if e.kind is EventKind.ACTION_REFUSED],
        steps=checklist_outcome(events),
        verdicts=verdicts,
        notes=notes,
        action_items=items,
        drafts=narrative.communication_drafts(incident, events, marks, actions),
        starred=starred,
        integrity=timeline.verify(incident_id).summary(),
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
        ("Duration", clock(duration)),
    ]


def figure_rows(review: Review) -> list[tuple[str, float | None, Event | None]]:
    marks, figures = review.marks, review.figures
    return [
        ("Time to detect", figures["time_to_detect_s"], marks.detected),
        ("Time to decide (rollback confirmed)", figures["time_to_decide_s"], marks.decided),
        ("Time to roll back", figures["time_to_roll_back_s"], marks.rolled_back),
        ("Time to recover", figures["time_to_recover_s"], marks.recovered),
    ]
