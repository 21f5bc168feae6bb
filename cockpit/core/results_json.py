"""Provider results as JSON-ready dicts, written once: for `cockpit status --json` and for the snapshots recorded
at each transition (so the review can replay the panes)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from cockpit.providers.base import DeploymentStatus, HealthCheck

if TYPE_CHECKING:
    from cockpit.core.hub import Snapshot


def deployment_json(row: DeploymentStatus) -> dict[str, Any]:
    previous = row.previous_revision()
    return {
        "service": row.service,
        "state": row.state.value,
        "revision": row.revision,
        "previous_revision": previous.id if previous is not None else None,
        "ready": row.ready,
        "desired": row.desired,
        "message": row.message,
        "observed_at": row.observed_at.isoformat(),
    }


def deployment_detail_json(row: DeploymentStatus) -> dict[str, Any]:
    """``deployment_json`` plus the revision history, instances, events and live colour (`status --json`; the
    timeline's transition snapshots keep the short form)."""
    return {
        **deployment_json(row),
        "live_colour": row.live_colour,
        "history": [
            {
                "id": revision.id,
                "image": revision.image,
                "description": revision.description,
                "current": revision.current,
                "created_at": _iso(revision.created_at),
            }
            for revision in row.history
        ],
        "instances": [
            {
                "name": instance.name,
                "state": instance.state.value,
                "ready": instance.ready,
                "restarts": instance.restarts,
                "reason": instance.reason,
                "exit_code": instance.exit_code,
                "host": instance.host,
                "image": instance.image,
                "started_at": _iso(instance.started_at),
                "detail": instance.detail,
            }
            for instance in row.instances
        ],
        "events": [
            {"at": event.at.isoformat(), "reason": event.reason, "message": event.message, "warning": event.warning}
            for event in row.events
        ],
    }


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def health_json(check: HealthCheck) -> dict[str, Any]:
    return {
        "url": check.url,
        "state": check.state.value,
        "status_code": check.status_code,
        "latency_ms": check.latency_ms,
        "version": check.version,
        "message": check.message,
        "components": {c.name: {"state": c.state.value, "detail": c.detail} for c in check.components},
        "observed_at": check.observed_at.isoformat(),
    }


def snapshot_detail(snapshot: Snapshot) -> dict[str, Any]:
    """A snapshot's data as the timeline records it at a transition: {"deployments": [...]} or {"health": {...}}."""
    if snapshot.capability == "deployments":
        return {"deployments": [deployment_json(row) for row in snapshot.data]}
    if snapshot.capability == "health":
        return {"health": health_json(snapshot.data)}
    return {}
