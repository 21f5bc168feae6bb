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
) -> tuple[Incident, bool]:
    """Return (incident, resumed). Reopening the cockpit after a dropped SSH session continues the same incident."""
    if ref is not None:
        incident = timeline.incident(Timeline.parse_ref(ref))
    else:
        found = timeline.latest_open(environment)
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
