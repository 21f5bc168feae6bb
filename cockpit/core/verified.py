"""What this incident has already done to its deployments, read back from the timeline: the rollbacks that ran and
the revisions the action runner verified healthy.

Two judgements rest on it. A runbook's "roll back to the previous revision" means the revision before the bad one
the incident is about (the one its first rollback moved away from), not one more step back from wherever the
service is now. And no plan may move a service away from a revision this incident verified healthy without the
preview saying so (``moving_away``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cockpit.core.timeline import Event, EventKind, Timeline
from cockpit.providers.results import ActionPlan

REVISION_FIELDS = ("revision", "task definition")
"""Change fields through which providers state a revision change (ECS names its revisions task definitions)."""


@dataclass(frozen=True, slots=True)
class DoneAction:
    """One executed action of this incident, as its timeline event recorded the plan."""

    at: datetime
    action: str
    target: str
    service: str
    before: str | None
    """The revision live when the plan was made (None: the plan changed no revision)."""
    revision: str | None
    """The revision the action left live (the plan's ``expect_revision``)."""


def revision_id(text: str) -> str:
    """A change's revision as an id: Kubernetes plans say ``"3 (image app:v3)"``."""
    return text.split(" ", 1)[0] if text else text


def plan_before(changes: Sequence[Mapping[str, Any]]) -> str | None:
    for change in changes:
        if change.get("field") in REVISION_FIELDS and isinstance(change.get("before"), str):
            return revision_id(change["before"])
    return None


def _done(event: Event) -> DoneAction | None:
    plan = event.detail.get("plan")
    if not isinstance(plan, dict):
        return None
    action, target, service = plan.get("action"), plan.get("target"), plan.get("service")
    if not (isinstance(action, str) and isinstance(target, str) and isinstance(service, str)):
        return None
    changes = plan.get("changes")
    before = plan_before([c for c in changes if isinstance(c, dict)]) if isinstance(changes, list) else None
    revision = plan.get("expect_revision")
    return DoneAction(event.ts, action, target, service, before, revision if isinstance(revision, str) else None)


def done_actions(timeline: Timeline, incident_id: int, kind: EventKind) -> list[DoneAction]:
    """Actions of the incident recorded as ``kind`` (``action.succeeded`` or ``action.verified``), oldest first."""
    found = (_done(event) for event in timeline.events(incident_id, kinds=[kind]))
    return [action for action in found if action is not None]


def first_rollbacks(timeline: Timeline, incident_id: int) -> dict[tuple[str, str], DoneAction]:
    """(target, service) -> the first rollback this incident executed there: its ``before`` is the bad revision."""
    first: dict[tuple[str, str], DoneAction] = {}
    for action in done_actions(timeline, incident_id, EventKind.ACTION_SUCCEEDED):
        if action.action == "rollback" and action.before is not None:
            first.setdefault((action.target, action.service), action)
    return first


def verified_healthy(timeline: Timeline, incident_id: int) -> list[DoneAction]:
    """Actions the runner verified (revision live, every replica ready, health passing), oldest first."""
    return [a for a in done_actions(timeline, incident_id, EventKind.ACTION_VERIFIED) if a.revision is not None]


def moving_away(plan: ActionPlan, verified: Sequence[DoneAction]) -> str | None:
    """Why ``plan`` needs a warning: it takes its service off a revision this incident verified healthy; else None."""
    before = plan_before([{"field": c.field, "before": c.before} for c in plan.changes])
    if before is None or plan.expect_revision in (None, before):
        return None
    seen = [a for a in verified if (a.target, a.service) == (plan.target, plan.service) and a.revision == before]
    if not seen:
        return None
    last = seen[-1]
    how = f"{last.action} {last.before} → {last.revision}" if last.before else last.action
    return (f"{plan.service} {before} was verified healthy in this incident at {last.at:%H:%M:%S} UTC ({how}); "
            f"this {plan.action} moves it away from {before} to {plan.expect_revision}")
