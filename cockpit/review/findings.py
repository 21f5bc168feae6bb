"""What the record says besides actions: each checklist step's outcome, advisor verdicts, notes and action items."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cockpit.core.timeline import Event, EventKind
from cockpit.review.text import one_line

TODO_PREFIX = "TODO:"
"""A note starting with this is an action item for the review."""


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
