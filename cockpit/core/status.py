"""`cockpit status`: one snapshot of every target of an environment, for scripts, cron and CI gates.

Every read capability of every target is asked at once, each call under its own timeout, so the whole report
takes at most one timeout however many targets are dead. A failure is part of the report, never an exception.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from cockpit.core.config import EnvironmentConfig
from cockpit.core.formatting import STATE_MARK
from cockpit.core.results_json import deployed_json, deployment_detail_json, health_json, quota_json, run_json
from cockpit.core.triggers import TriggerVerdict
from cockpit.providers.base import (
    DeploymentSource,
    HealthSource,
    MetricSource,
    PipelineSource,
    Provider,
    ProviderError,
    QuotaSource,
    TimedOut,
    capabilities_of,
)
from cockpit.providers.pipeline_match import DeployedRun, deployed_run
from cockpit.providers.results import ApiQuota, DeploymentStatus, HealthCheck, PipelineRun, State, utcnow

_T = TypeVar("_T")

SEVERITY = (State.HEALTHY, State.PROGRESSING, State.UNKNOWN, State.DEGRADED, State.FAILED)
"""Worst last: the state of a group is its worst member's."""


def worst(states: list[State]) -> State | None:
    return max(states, key=SEVERITY.index) if states else None


@dataclass(frozen=True, slots=True)
class TargetStatus:
    name: str
    provider: str
    capabilities: tuple[str, ...]
    deployments: tuple[DeploymentStatus, ...] = ()
    health: HealthCheck | None = None
    metrics: Mapping[str, float | None] = field(default_factory=dict)
    """Latest value per named series; None when the series had no sample or failed."""
    errors: Mapping[str, ProviderError] = field(default_factory=dict)
    """Capability (or 'metrics:<name>') -> why it could not be read."""
    runs: tuple[PipelineRun, ...] = ()
    """A pipeline's newest runs, newest first."""
    quota: ApiQuota | None = None

    @property
    def state(self) -> State | None:
        """Worst of deployment and health states; UNKNOWN when they could not be read; None: nothing to judge."""
        states = [row.state for row in self.deployments]
        if self.health is not None:
            states.append(self.health.state)
        if self.runs:
            states.append(self.runs[0].state)  # the newest run is the pipeline's state; older ones are history
        if self.errors:
            states.append(State.UNKNOWN)
        if not states and ({"deployments", "health", "pipelines"} & set(self.capabilities)):
            states.append(State.UNKNOWN)
        return worst(states)

    @property
    def error(self) -> tuple[str, ProviderError] | None:
        return next(iter(self.errors.items()), None)

    def to_json(self, deployed: DeployedRun | None = None) -> dict[str, Any]:
        """``deployed``: the run behind another target's running revision, when this is that run's pipeline."""
        first = self.error
        state = self.state
        pipeline: dict[str, Any] = {}
        if "pipelines" in self.capabilities:
            pipeline = {
                "runs": [run_json(run) for run in self.runs],
                "quota": quota_json(self.quota),
                "deployed": deployed_json(deployed),
            }
        return {
            "provider": self.provider,
            "capabilities": list(self.capabilities),
            "state": state.value if state is not None else None,
            "deployments": [deployment_detail_json(row) for row in self.deployments],
            "health": health_json(self.health) if self.health is not None else None,
            "metrics": dict(self.metrics),
            **pipeline,
            "error": None
            if first is None
            else {"capability": first[0], "title": first[1].title, "message": str(first[1])},
        }


@dataclass(frozen=True, slots=True)
class StatusReport:
    environment: str
    protected: bool
    generated_at: datetime
    targets: Mapping[str, TargetStatus]
    triggers: tuple[TriggerVerdict, ...] = ()
    """The environment's rollback triggers, judged on this snapshot (and each one's window of history)."""

    @property
    def state(self) -> State:
        """The environment's state: its worst target (UNKNOWN when no target has anything to judge)."""
        return worst([s for t in self.targets.values() if (s := t.state) is not None]) or State.UNKNOWN

    @property
    def exit_code(self) -> int:
        """0 only when everything is healthy and no rollback trigger fails: anything else is worth a human's look."""
        return 0 if self.state is State.HEALTHY and not any(t.failed for t in self.triggers) else 1

    def to_json(self) -> dict[str, Any]:
        return {
            "environment": self.environment,
            "protected": self.protected,
            "generated_at": self.generated_at.isoformat(),
            "state": self.state.value,
            "targets": {name: target.to_json(self.deployed(name)) for name, target in self.targets.items()},
            "triggers": [verdict.to_json() for verdict in self.triggers],
        }

    def deployed(self, pipeline_target: str) -> DeployedRun | None:
        """Which of this pipeline's runs deployed what another target runs now, and the last success before it."""
        runs = self.targets[pipeline_target].runs
        rows = [row for name, t in self.targets.items() if name != pipeline_target for row in t.deployments]
        return deployed_run(runs, rows) if runs and rows else None

    def render(self) -> str:
        """A few aligned plain-text lines: environment first, then one line per target."""
        protected = " (protected)" if self.protected else ""
        lines = [
            f"{self.environment}{protected}  {_mark(self.state)}  at {self.generated_at:%Y-%m-%d %H:%M:%S} UTC"
        ]
        width = max(len(name) for name in self.targets) if self.targets else 0
        kinds = max(len(t.provider) for t in self.targets.values()) if self.targets else 0
        for name, target in self.targets.items():
            state = target.state
            mark = _mark(state) if state is not None else "-"
            lines.append(f"  {name:<{width}}  {target.provider:<{kinds}}  {mark:<13}  {_details(target)}".rstrip())
        lines.extend(f"  trigger {verdict.line()}" for verdict in self.triggers)
        return "\n".join(lines)


def _mark(state: State) -> str:
    return f"{STATE_MARK[state]} {state.value}"


def _details(target: TargetStatus) -> str:
    parts = [f"{row.service} {row.revision} {row.ready}/{row.desired} ready" for row in target.deployments]
    if target.health is not None:
        check = target.health
        answer = f"HTTP {check.status_code}" if check.status_code is not None else check.state.value
        if check.latency_ms is not None:
            answer += f" in {check.latency_ms:.0f} ms"
        bad = [f"{c.name}={c.state.value}" for c in check.components if c.state is not State.HEALTHY]
        parts.append(answer + (f" ({', '.join(bad)})" if bad else ""))
    if target.runs:
        parts.append(_run_line(target.runs[0]))
    values = [f"{name} {'—' if value is None else f'{value:g}'}" for name, value in target.metrics.items()]
    if values:
        parts.append(", ".join(values))
    # A dead target fails every read the same way: say it once, naming what it blocked.
    failures: dict[str, list[str]] = {}
    for capability, error in target.errors.items():
        blocked = failures.setdefault(f"{error.title}: {error}", [])
        if (label := capability.split(":")[0]) not in blocked:
            blocked.append(label)
    parts.extend(f"{', '.join(blocked)}: {reason}" for reason, blocked in failures.items())
    return "; ".join(parts)


def _run_line(run: PipelineRun) -> str:
    number = f"#{run.number}" if run.number is not None else run.id
    attempt = f" attempt {run.attempt}" if run.attempt > 1 else ""
    failed = "; ".join(f"{job.name}: {', '.join(job.failed_steps) or job.conclusion}" for job in run.failed_jobs)
    line = f"{run.workflow} {number}{attempt} {run.status} {(run.commit or '')[:7]}"
    return f"{line} ({failed})" if failed else line


async def _bounded(call: Awaitable[_T], timeout_s: float) -> _T | ProviderError:
    """The call's answer, or the ProviderError explaining why there is none (never raises)."""
    try:
        async with asyncio.timeout(timeout_s):
            return await call
    except TimeoutError:
        return TimedOut(f"no answer within {timeout_s:g} s")
    except ProviderError as error:
        return error
    except Exception as error:  # noqa: BLE001 - a provider bug is one target's failure, not the report's
        return ProviderError(f"{type(error).__name__}: {error}")


RATE_WINDOW_S = 1.0
"""How long a one-shot report waits for a rate-based metric's second sample."""


async def _target_status(name: str, kind: str, provider: Provider, timeout_s: float) -> TargetStatus:
    errors: dict[str, ProviderError] = {}
    deployments: tuple[DeploymentStatus, ...] = ()
    health: HealthCheck | None = None
    metrics: dict[str, float | None] = {}
    runs: tuple[PipelineRun, ...] = ()

    async def read_deployments(source: DeploymentSource) -> None:
        nonlocal deployments
        answer = await _bounded(source.deployments(), timeout_s)
        if isinstance(answer, ProviderError):
            errors["deployments"] = answer
        else:
            deployments = tuple(answer)

    async def read_health(source: HealthSource) -> None:
        nonlocal health
        answer = await _bounded(source.health(), timeout_s)
        if isinstance(answer, ProviderError):
            errors["health"] = answer
        else:
            health = answer

    async def read_pipelines(source: PipelineSource) -> None:
        nonlocal runs
        answer = await _bounded(source.runs(), timeout_s)
        if isinstance(answer, ProviderError):
            errors["pipelines"] = answer
        else:
            runs = tuple(answer)

    async def read_metric(source: MetricSource, metric: str) -> None:
        answer = await _bounded(source.instant(metric), timeout_s)
        if isinstance(answer, ProviderError):
            errors[f"metrics:{metric}"] = answer
            metrics[metric] = None
        else:
            metrics[metric] = answer.value if answer is not None else None

    reads: list[Awaitable[None]] = []
    if isinstance(provider, DeploymentSource):
        reads.append(read_deployments(provider))
    if isinstance(provider, HealthSource):
        reads.append(read_health(provider))
    if isinstance(provider, PipelineSource):
        reads.append(read_pipelines(provider))
    async def read_metrics(source: MetricSource, names: list[str]) -> None:
        await asyncio.gather(*(read_metric(source, metric) for metric in names))
        if names and not errors and all(value is None for value in metrics.values()):
            # Rates computed from scrapes (the demo, a plain /metrics endpoint) need a second sample a moment later.
            await asyncio.sleep(min(RATE_WINDOW_S, timeout_s))
            await asyncio.gather(*(read_metric(source, metric) for metric in names))

    if isinstance(provider, MetricSource):
        names = list(provider.metric_names())
        metrics.update(dict.fromkeys(names))  # keep the provider's order whatever answers first
        reads.append(read_metrics(provider, names))
    await asyncio.gather(*reads)
    ordered = {key: errors[key] for key in sorted(errors, key=_error_order)}
    quota = provider.quota() if isinstance(provider, QuotaSource) else None
    return TargetStatus(name, kind, capabilities_of(provider), deployments, health, metrics, ordered, runs, quota)


def _error_order(capability: str) -> tuple[int, str]:
    # The error the report leads with is the one that explains the most: deployments, then health, then metrics.
    return ({"deployments": 0, "health": 1, "pipelines": 2}.get(capability, 3), capability)


async def collect_status(
    env: EnvironmentConfig, providers: Mapping[str, Provider], timeout_s: float | None = None
) -> StatusReport:
    """Read every target concurrently; ``timeout_s`` bounds each call (None: each target's polling timeout)."""
    names = list(providers)
    statuses = await asyncio.gather(
        *(
            _target_status(
                name,
                env.targets[name].provider,
                providers[name],
                timeout_s if timeout_s is not None else env.targets[name].polling.timeout_s,
            )
            for name in names
        )
    )
    targets = dict(zip(names, statuses, strict=True))
    from cockpit.core.trigger_once import judge_once

    health = {name: s.health or s.errors["health"] for name, s in targets.items()
              if s.health is not None or "health" in s.errors}
    budget = timeout_s if timeout_s is not None else max((t.polling.timeout_s for t in env.targets.values()),
                                                         default=10.0)
    now = utcnow()
    triggers = await judge_once(env.active_triggers, providers, health, now, budget)
    return StatusReport(env.name, env.protected, now, targets, triggers)
