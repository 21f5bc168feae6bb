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

from cockpit.config import EnvironmentConfig
from cockpit.formatting import STATE_MARK
from providers.base import (
    DeploymentSource,
    DeploymentStatus,
    HealthCheck,
    HealthSource,
    MetricSource,
    Provider,
    ProviderError,
    State,
    TimedOut,
    capabilities_of,
    utcnow,
)

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

    @property
    def state(self) -> State | None:
        """Worst of deployment and health states; UNKNOWN when they could not be read; None: nothing to judge."""
        states = [row.state for row in self.deployments]
        if self.health is not None:
            states.append(self.health.state)
        if self.errors:
            states.append(State.UNKNOWN)
        if not states and ({"deployments", "health"} & set(self.capabilities)):
            states.append(State.UNKNOWN)
        return worst(states)

    @property
    def error(self) -> tuple[str, ProviderError] | None:
        return next(iter(self.errors.items()), None)

    def to_json(self) -> dict[str, Any]:
        first = self.error
        state = self.state
        return {
            "provider": self.provider,
            "capabilities": list(self.capabilities),
            "state": state.value if state is not None else None,
            "deployments": [_deployment_json(row) for row in self.deployments],
            "health": _health_json(self.health) if self.health is not None else None,
            "metrics": dict(self.metrics),
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

    @property
    def state(self) -> State:
        """The environment's state: its worst target (UNKNOWN when no target has anything to judge)."""
        return worst([s for t in self.targets.values() if (s := t.state) is not None]) or State.UNKNOWN

    @property
    def exit_code(self) -> int:
        """0 only when everything is healthy: anything else is worth a human's look."""
        return 0 if self.state is State.HEALTHY else 1

    def to_json(self) -> dict[str, Any]:
        return {
            "environment": self.environment,
            "protected": self.protected,
            "generated_at": self.generated_at.isoformat(),
            "state": self.state.value,
            "targets": {name: target.to_json() for name, target in self.targets.items()},
        }

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


def _deployment_json(row: DeploymentStatus) -> dict[str, Any]:
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


def _health_json(check: HealthCheck) -> dict[str, Any]:
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
    return TargetStatus(name, kind, capabilities_of(provider), deployments, health, metrics, ordered)


def _error_order(capability: str) -> tuple[int, str]:
    # The error the report leads with is the one that explains the most: deployments, then health, then metrics.
    return ({"deployments": 0, "health": 1}.get(capability, 2), capability)


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
    return StatusReport(env.name, env.protected, utcnow(), dict(zip(names, statuses, strict=True)))
