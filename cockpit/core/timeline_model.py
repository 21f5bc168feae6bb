"""What the incident timeline holds: incidents, events, their kinds and sources, and its errors.

The data model only; ``cockpit.core.timeline`` stores and reads it (and re-exports every name here, the name the
rest of the code imports them by).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cockpit.errors import CockpitError


def iso_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError(f"timeline timestamps must be timezone-aware (got naive {moment.isoformat()})")
    # isoformat is 10x cheaper than strftime; in UTC it always ends in "+00:00", which becomes "Z".
    return moment.astimezone(UTC).isoformat(timespec="microseconds")[:-6] + "Z"


class EventKind(StrEnum):
    INCIDENT_OPENED = "incident.opened"
    INCIDENT_RESOLVED = "incident.resolved"
    STATE_CHANGED = "state.changed"
    PROVIDER_FAILED = "provider.failed"
    PROVIDER_RECOVERED = "provider.recovered"
    ACTION_PLANNED = "action.planned"
    ACTION_REFUSED = "action.refused"
    ACTION_CONFIRMED = "action.confirmed"
    ACTION_SUCCEEDED = "action.succeeded"
    ACTION_FAILED = "action.failed"
    ACTION_VERIFIED = "action.verified"
    ACTION_UNVERIFIED = "action.unverified"
    NOTE = "note"
    ADVISOR_VERDICT = "advisor.verdict"
    CHECKLIST_STEP = "checklist.step"
    CHECKLIST_STARTED = "checklist.started"
    """A runbook checklist began for this incident (detail: runbook, title, steps, baseline revisions)."""
    CHECKLIST_BASELINE = "checklist.baseline"
    """Baseline revisions of targets that had not answered yet when the checklist started."""
    SESSION_ATTACHED = "session.attached"
    """A cockpit reattached to an open incident (after a dropped SSH session, say)."""
    EVENT_STARRED = "event.starred"
    """Starring is an event of its own (detail: {"seq": starred event}), because events are never updated."""
    FAULT = "cockpit.fault"
    """A fault of the cockpit's own (a pane or a listener raised, a worker failed); it was shown and the cockpit
    went on (detail: capability or worker, fault)."""
    TIMELINE_REPAIRED = "timeline.repaired"
    """The file's guard triggers were missing when it was opened and were recreated (detail: {"triggers": [...]})."""


class EventSource(StrEnum):
    OPERATOR = "operator"
    PROVIDER = "provider"
    ADVISOR = "advisor"
    CHECKLIST = "checklist"
    NOTE = "note"
    SYSTEM = "system"


class TimelineError(CockpitError):
    """The timeline cannot do what was asked; the message names the file and the reason in one line."""

    title = "timeline"


class UnknownIncident(TimelineError, LookupError):
    pass


@dataclass(frozen=True, slots=True)
class Incident:
    id: int
    title: str
    environment: str
    service: str
    severity: str
    """'SEV1'..'SEV4' by convention; stored as given."""
    status: str
    """'open' or 'resolved'."""
    opened_at: datetime
    resolved_at: datetime | None

    @property
    def ref(self) -> str:
        return f"INC-{self.id}"

    def to_json(self) -> dict[str, Any]:
        """The incident as JSON data: what `incident list --json` prints and the export carries."""
        return {
            "id": self.id,
            "ref": self.ref,
            "title": self.title,
            "environment": self.environment,
            "service": self.service,
            "severity": self.severity,
            "status": self.status,
            "opened_at": iso_utc(self.opened_at),
            "resolved_at": iso_utc(self.resolved_at) if self.resolved_at else None,
        }


@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    """Position in the file, across incidents: the order things were recorded in."""
    incident_id: int
    ts: datetime
    kind: EventKind
    source: EventSource
    actor: str
    target: str
    summary: str
    detail: dict[str, Any]
    step_id: str | None


@dataclass(frozen=True, slots=True)
class NewEvent:
    """One row for ``record_many`` (bulk import, benchmarks)."""

    incident_id: int
    kind: EventKind | str
    summary: str
    source: EventSource | str
    actor: str = ""
    target: str = ""
    detail: dict[str, Any] | None = None
    step_id: str | None = None
    ts: datetime | None = None
    """When it happened; None: now."""
