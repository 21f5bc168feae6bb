"""What providers return: the shared state vocabulary and the frozen results every capability answers with.

Frozen, so a snapshot handed to the UI or written to the timeline can never change under it. msgspec Structs, not
dataclasses: the same frozen, slotted, positional-or-keyword classes with value equality and hashing, built in C at
import (a dataclass compiles its methods: ~20 ms of every start-up for these sixteen). Copy one with
``msgspec.structs.replace``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import msgspec


def utcnow() -> datetime:
    """Aware UTC now; every timestamp a provider returns is aware UTC."""
    return datetime.now(UTC)


class State(StrEnum):
    """One shared vocabulary for every system's native states (mapped with a class-level STATE_MAP)."""

    HEALTHY = "healthy"
    PROGRESSING = "progressing"
    DEGRADED = "degraded"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def is_bad(self) -> bool:
        return self in (State.DEGRADED, State.FAILED)




class Revision(msgspec.Struct, frozen=True):
    """One deployable revision: a ReplicaSet revision, an ECS task definition, an image tag, a git SHA."""

    id: str
    created_at: datetime | None = None
    image: str | None = None
    description: str = ""
    current: bool = False


class DeploymentEvent(msgspec.Struct, frozen=True):
    """A system event about a deployment (Kubernetes event, ECS service event, docker event)."""

    at: datetime
    reason: str
    message: str
    warning: bool = False


class Instance(msgspec.Struct, frozen=True):
    """One running unit of a service: a Kubernetes pod, an ECS task, a docker container."""

    name: str
    state: State
    ready: bool = False
    restarts: int = 0
    reason: str = ""
    """Why it is not healthy, in the system's words: CrashLoopBackOff, OOMKilled, 'Error (exit 1)', a stop reason."""
    exit_code: int | None = None
    """Exit code of the last terminated container, when there is one."""
    host: str = ""
    """Node, container instance or docker host it runs on."""
    image: str = ""
    started_at: datetime | None = None
    detail: str = ""
    """Extra words worth showing (the last health-check output, a task's stop reason...)."""


class DeploymentStatus(msgspec.Struct, frozen=True):
    target: str
    service: str
    state: State
    revision: str
    ready: int
    desired: int
    observed_at: datetime
    message: str = ""
    """Why the state is what it is, in the system's own words (e.g. 'ProgressDeadlineExceeded')."""
    history: tuple[Revision, ...] = ()
    """Newest first; the current revision is marked ``current``."""
    events: tuple[DeploymentEvent, ...] = ()
    """Newest first."""
    instances: tuple[Instance, ...] = ()
    """Pods, tasks or containers behind the service, worst first."""
    live_colour: str | None = None
    """Blue-green: the colour the traffic switch (Service selector, NGINX upstream) sends traffic to now."""

    def previous_revision(self) -> Revision | None:
        """The newest revision older than the current one: the usual rollback target."""
        older = False
        for revision in self.history:
            if older:
                return revision
            if revision.current or revision.id == self.revision:
                older = True
        return None


class ComponentHealth(msgspec.Struct, frozen=True):
    """A named dependency inside a detailed health answer (database, redis, migrations...)."""

    name: str
    state: State
    detail: str = ""


class HealthCheck(msgspec.Struct, frozen=True):
    target: str
    url: str
    state: State
    observed_at: datetime
    status_code: int | None = None
    latency_ms: float | None = None
    components: tuple[ComponentHealth, ...] = ()
    version: str | None = None
    message: str = ""


class LogLine(msgspec.Struct, frozen=True):
    at: datetime
    source: str
    """Container, pod, task or stream the line came from."""
    message: str
    level: str = ""
    """Upper-case level when the line carries one (ERROR, WARN, INFO), else empty."""


class MetricSample(msgspec.Struct, frozen=True):
    at: datetime
    value: float


class MetricSeries(msgspec.Struct, frozen=True):
    name: str
    unit: str
    samples: tuple[MetricSample, ...]

    @property
    def latest(self) -> MetricSample | None:
        return self.samples[-1] if self.samples else None


class PipelineJob(msgspec.Struct, frozen=True):
    name: str
    state: State
    failed_steps: tuple[str, ...] = ()
    url: str | None = None
    id: str = ""
    conclusion: str | None = None
    """The system's own outcome word (failure, cancelled, timed_out...); None while running."""
    started_at: datetime | None = None
    finished_at: datetime | None = None
    error_lines: tuple[str, ...] = ()
    """The lines of the job's log that say what went wrong (read for failed jobs only), oldest first."""
    log_note: str = ""
    """Why the error lines are missing or partial (log too large, expired, not readable)."""


class PipelineRun(msgspec.Struct, frozen=True):
    id: str
    workflow: str
    state: State
    status: str
    """The system's own status words, e.g. 'completed/failure'."""
    started_at: datetime | None = None
    branch: str | None = None
    commit: str | None = None
    attempt: int = 1
    url: str | None = None
    jobs: tuple[PipelineJob, ...] = ()
    number: int | None = None
    """The run's number within its workflow (#123), what people say out loud."""
    title: str = ""
    """What triggered it, in words: the commit message's first line or the PR title."""
    actor: str | None = None
    event: str | None = None
    """push, workflow_dispatch, schedule..."""
    conclusion: str | None = None
    finished_at: datetime | None = None
    """None while the run is still going."""

    @property
    def duration_s(self) -> float | None:
        """Wall time of a finished run (of its latest attempt); None while it runs."""
        if self.started_at is None or self.finished_at is None:
            return None
        return max(0.0, (self.finished_at - self.started_at).total_seconds())

    @property
    def failed_jobs(self) -> tuple[PipelineJob, ...]:
        return tuple(job for job in self.jobs if job.state is State.FAILED)


class ApiQuota(msgspec.Struct, frozen=True):
    """What is left of a backend's request allowance (GitHub's x-ratelimit-* headers)."""

    limit: int
    remaining: int
    reset_at: datetime | None = None


class Change(msgspec.Struct, frozen=True):
    """One field an action changes, before -> after."""

    field: str
    before: str
    after: str


class ActionPlan(msgspec.Struct, frozen=True):
    """What an action will do, stated before anything runs.

    ``command`` is the exact command an operator would type for the same effect; it is shown in the preview and
    recorded in the timeline, so the review can be read (and the step repeated) without the cockpit.
    """

    action: str
    """'rollback', 'restart', 'scale', 'switch-traffic', 'rerun' or 'run-command'."""
    target: str
    service: str
    command: str
    changes: tuple[Change, ...]
    reversible: bool
    summary: str
    params: Mapping[str, Any] = msgspec.field(default_factory=dict)
    """Provider-private inputs for ``execute`` (never shown as the command)."""
    expect_revision: str | None = None
    """Verification: the deployment must report this revision, ready, before the action counts as done."""
    changes_nothing: bool = False
    """Only reads (a shell command under ``cockpit.providers.shell_readonly``'s rule): no typed confirmation, and
    nothing to undo."""


class ActionResult(msgspec.Struct, frozen=True):
    plan: ActionPlan
    ok: bool
    message: str
    started_at: datetime
    finished_at: datetime
    output: str = ""

    @property
    def duration_s(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()
