"""Which incident a cockpit session records into: the one asked for, the environment's open one, or a new one."""

from __future__ import annotations

from cockpit.timeline import EventKind, EventSource, Incident, Timeline


def open_or_resume(
    timeline: Timeline,
    environment: str,
    service: str,
    *,
    operator: str,
    ref: str | None = None,
    title: str | None = None,
    severity: str = "SEV2",
    resume: bool = True,
) -> tuple[Incident, bool]:
    """Return (incident, resumed). Reopening the cockpit after a dropped SSH session continues the same incident;
    ``resume=False`` always opens a new one (the demo, whose service starts afresh every run)."""
    if ref is not None:
        incident = timeline.incident(Timeline.parse_ref(ref))
    else:
        found = timeline.latest_open(environment) if resume else None
        if found is None:
            name = title or f"Deployment failure: {service} in {environment}"
            return timeline.open_incident(name, environment, service, severity=severity, actor=operator), False
        incident = found
    timeline.record(
        incident.id,
        EventKind.SESSION_ATTACHED,
        f"cockpit reattached by {operator}",
        source=EventSource.SYSTEM,
        actor=operator,
    )
    return incident, True


def last_states(timeline: Timeline, incident_id: int) -> dict[tuple[str, str], str]:
    """The last recorded state of each (target, capability), so a resumed session records only real changes."""
    states: dict[tuple[str, str], str] = {}
    for event in timeline.events(incident_id, kinds=[EventKind.STATE_CHANGED]):
        capability, after = event.detail.get("capability"), event.detail.get("after")
        if isinstance(capability, str) and isinstance(after, str):
            states[(event.target, capability)] = after
    return states
