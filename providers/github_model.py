"""GitHub's workflow-run and job JSON -> the shared PipelineRun / PipelineJob results.

Only the fields the cockpit shows are declared; msgspec ignores the rest and rejects a wrong type or a missing
required field, which the provider reports as a bad response rather than a crash.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import msgspec

from .results import PipelineJob, PipelineRun, State


class Actor(msgspec.Struct):
    login: str


class Step(msgspec.Struct):
    name: str
    number: int
    status: str
    conclusion: str | None = None


class Job(msgspec.Struct):
    id: int
    name: str
    status: str
    conclusion: str | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None
    html_url: str | None = None
    steps: list[Step] = []


class Run(msgspec.Struct):
    id: int
    status: str | None
    conclusion: str | None
    head_sha: str
    head_branch: str | None
    created_at: datetime
    updated_at: datetime
    name: str | None = None
    path: str = ""
    run_number: int | None = None
    run_attempt: int = 1
    display_title: str = ""
    event: str | None = None
    actor: Actor | None = None
    html_url: str | None = None
    run_started_at: datetime | None = None


class RunList(msgspec.Struct):
    total_count: int
    workflow_runs: list[Run]


class JobList(msgspec.Struct):
    total_count: int
    jobs: list[Job]


RUNNING = frozenset({"queued", "in_progress", "waiting", "requested", "pending"})
CONCLUSION_STATE: Mapping[str, State] = {
    "success": State.HEALTHY,
    "neutral": State.HEALTHY,
    "skipped": State.HEALTHY,
    "failure": State.FAILED,
    "timed_out": State.FAILED,
    "startup_failure": State.FAILED,
    "cancelled": State.DEGRADED,
    "action_required": State.DEGRADED,
    "stale": State.UNKNOWN,
}
"""GitHub's conclusion of a completed run or job -> the shared State; anything else is UNKNOWN."""
FAILED_STEP = frozenset({"failure", "timed_out"})


def state_of(status: str | None, conclusion: str | None) -> State:
    if status in RUNNING:
        return State.PROGRESSING
    if conclusion is None:
        return State.UNKNOWN
    return CONCLUSION_STATE.get(conclusion, State.UNKNOWN)


def status_words(status: str | None, conclusion: str | None) -> str:
    return "/".join(word for word in (status, conclusion) if word) or "unknown"


def to_job(job: Job, *, error_lines: tuple[str, ...] = (), log_note: str = "") -> PipelineJob:
    return PipelineJob(
        name=job.name,
        state=state_of(job.status, job.conclusion),
        failed_steps=tuple(step.name for step in sorted(job.steps, key=lambda s: s.number)
                           if step.conclusion in FAILED_STEP),
        url=job.html_url,
        id=str(job.id),
        conclusion=job.conclusion,
        started_at=job.started_at,
        finished_at=job.completed_at if job.status == "completed" else None,
        error_lines=error_lines,
        log_note=log_note,
    )


def to_run(run: Run, jobs: tuple[PipelineJob, ...] = ()) -> PipelineRun:
    finished = run.status == "completed"
    return PipelineRun(
        id=str(run.id),
        workflow=run.name or run.path.rsplit("/", 1)[-1] or "workflow",
        state=state_of(run.status, run.conclusion),
        status=status_words(run.status, run.conclusion),
        started_at=run.run_started_at or run.created_at,
        branch=run.head_branch,
        commit=run.head_sha,
        attempt=run.run_attempt,
        url=run.html_url,
        jobs=jobs,
        number=run.run_number,
        title=run.display_title.splitlines()[0] if run.display_title else "",
        actor=run.actor.login if run.actor is not None else None,
        event=run.event,
        conclusion=run.conclusion,
        # GitHub has no 'completed_at' on a run: its last update of a completed run is when it finished.
        finished_at=run.updated_at if finished else None,
    )
