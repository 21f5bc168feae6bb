"""What the hub publishes: snapshots of each (target, capability) loop, transitions worth a timeline line, and the
signature of an answer that decides what counts as a transition (a state change, not every poll)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

import msgspec

from cockpit.providers.base import ProviderError
from cockpit.providers.results import ApiQuota, DeploymentStatus, HealthCheck, LogLine, PipelineRun, State


class PollPolicy(msgspec.Struct, frozen=True):
    interval_s: float = 5.0
    timeout_s: float = 10.0
    max_backoff_s: float = 60.0


class Snapshot(msgspec.Struct, frozen=True):
    """The latest answer (or failure) of one (target, capability) loop."""

    target: str
    capability: str
    """'deployments', 'health', 'metrics' or 'pipelines'."""
    data: Any
    """tuple[DeploymentStatus, ...] | HealthCheck | Mapping[str, MetricSeries] | PipelineRuns | None (no good
    answer yet)."""
    fetched_at: datetime
    last_ok_at: datetime | None
    error: ProviderError | None = None
    next_poll_s: float = 0.0
    fault: str | None = None
    """A fault of the cockpit's own while handling this loop's last publication (a listener that raised), shown in
    the pane beside the data, which stays good: the loop goes on."""

    @property
    def failed(self) -> bool:
        return self.error is not None


class Transition(msgspec.Struct, frozen=True):
    """A change worth a timeline line: a state change, or a backend failing or coming back (not every poll)."""

    target: str
    capability: str
    kind: str
    """'state.changed', 'provider.failed' or 'provider.recovered' (timeline EventKind values)."""
    summary: str
    before: str | None
    after: str
    detail: Mapping[str, Any] = msgspec.field(default_factory=dict)


class PipelineRuns(msgspec.Struct, frozen=True):
    """A pipeline target's newest runs (newest first) and what is left of its API allowance."""

    runs: tuple[PipelineRun, ...]
    quota: ApiQuota | None = None


SnapshotListener = Callable[[Snapshot], None]
LogListener = Callable[[str, Sequence[LogLine]], None]
TransitionListener = Callable[[Transition], None]
FaultListener = Callable[[str, str, str], None]
"""(target, capability, 'where: ExceptionType: message') for a listener that raised."""


def health_signature(check: HealthCheck) -> str:
    bad = [f"{c.name}={c.state.value}" for c in check.components if c.state is not State.HEALTHY]
    return check.state.value + (f" ({', '.join(bad)})" if bad else "")


def pipeline_signature(data: PipelineRuns) -> str:
    """What counts as a pipeline transition: the newest run, its state and attempt (not its jobs' progress)."""
    if not data.runs:
        return "no runs"
    run = data.runs[0]
    number = f"#{run.number}" if run.number is not None else run.id
    attempt = f" attempt {run.attempt}" if run.attempt > 1 else ""
    return f"{run.workflow} {number}{attempt} {run.state.value}"


def deployment_state_signature(rows: Sequence[DeploymentStatus]) -> str:
    """What counts as a deployment transition: state and revision, not ready-count wobble during a rollout."""
    return "; ".join(f"{row.service} {row.state.value} {row.revision}" for row in rows)


def state_signature(snapshot: Snapshot) -> str | None:
    """What a (target, capability) answer says that counts as a transition when it changes; None: nothing does."""
    if snapshot.capability == "deployments":
        return deployment_state_signature(snapshot.data)
    if snapshot.capability == "health":
        return health_signature(snapshot.data)
    if snapshot.capability == "pipelines":
        return pipeline_signature(snapshot.data)
    return None  # metrics move every poll; the advisor judges them, not the transition log
