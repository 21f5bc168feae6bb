"""Provider results as JSON-ready dicts, written once: for `cockpit status --json` and for the snapshots recorded
at each transition (so the review can replay the panes)."""

from __future__ import annotations

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
