"""Provider results as JSON-ready dicts, written once: for `cockpit status --json` and for the snapshots recorded
at each transition (so the review can replay the panes)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from cockpit.providers.pipeline_match import DeployedRun
from cockpit.providers.results import ApiQuota, DeploymentStatus, HealthCheck, PipelineJob, PipelineRun

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


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def job_json(job: PipelineJob) -> dict[str, Any]:
    return {
        "id": job.id,
        "name": job.name,
        "state": job.state.value,
        "conclusion": job.conclusion,
        "failed_steps": list(job.failed_steps),
        "error_lines": list(job.error_lines),
        "log_note": job.log_note,
        "started_at": _when(job.started_at),
        "finished_at": _when(job.finished_at),
        "url": job.url,
    }


def run_json(run: PipelineRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "number": run.number,
        "workflow": run.workflow,
        "state": run.state.value,
        "status": run.status,
        "conclusion": run.conclusion,
        "branch": run.branch,
        "commit": run.commit,
        "title": run.title,
        "actor": run.actor,
        "event": run.event,
        "attempt": run.attempt,
        "started_at": _when(run.started_at),
        "finished_at": _when(run.finished_at),
        "duration_s": run.duration_s,
        "url": run.url,
        "jobs": [job_json(job) for job in run.jobs],
    }


def quota_json(quota: ApiQuota | None) -> dict[str, Any] | None:
    if quota is None:
        return None
    return {"limit": quota.limit, "remaining": quota.remaining, "reset_at": _when(quota.reset_at)}


def deployed_json(found: DeployedRun | None) -> dict[str, Any] | None:
    if found is None:
        return None
    previous = found.previous_success
    return {
        "target": found.target,
        "service": found.service,
        "revision": found.revision,
        "run": {"id": found.run.id, "number": found.run.number, "commit": found.run.commit},
        "previous_success": None
        if previous is None
        else {"id": previous.id, "number": previous.number, "commit": previous.commit},
    }


PIPELINE_RUNS_RECORDED = 3
"""Runs kept in a recorded pipeline snapshot: the newest and what it is compared with."""


def snapshot_detail(snapshot: Snapshot) -> dict[str, Any]:
    """A snapshot's data as the timeline records it at a transition: {"deployments": [...]}, {"health": {...}} or
    {"pipelines": [...]}."""
    if snapshot.capability == "deployments":
        return {"deployments": [deployment_json(row) for row in snapshot.data]}
    if snapshot.capability == "health":
        return {"health": health_json(snapshot.data)}
    if snapshot.capability == "pipelines":
        return {"pipelines": [run_json(run) for run in snapshot.data.runs[:PIPELINE_RUNS_RECORDED]]}
    return {}
