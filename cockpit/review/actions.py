"""Actions followed through their events: planned, confirmed, executed, verified."""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cockpit.core.timeline import Event, EventKind

OUTPUT_LINES = 40
"""Action output beyond this many lines is cut in the reports (the JSON keeps all of it)."""


def plan_of(event: Event) -> dict[str, Any]:
    plan = event.detail.get("plan")
    return plan if isinstance(plan, dict) else {}


def is_rollback(event: Event) -> bool:
    return plan_of(event).get("action") == "rollback"


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
        plan = plan_of(event)
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
