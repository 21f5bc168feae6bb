"""Provider contracts: capabilities and the errors they raise (the results they return are in ``results``).

A provider is one configured target (a Kubernetes deployment, an ECS service, a compose project, a health URL...).
It implements only the capabilities its system really has; callers check them with ``isinstance`` at the point of
use. Nothing here imports Textual or the cockpit: providers are usable from a plain script.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

import msgspec

from ..errors import CockpitError
from .results import (
    ActionPlan,
    ActionResult,
    ApiQuota,
    DeploymentStatus,
    HealthCheck,
    LogLine,
    MetricSample,
    MetricSeries,
    PipelineRun,
)
from .text import cut, visible_text

ERROR_CHARS = 2000
"""Longest message (and hint) a ProviderError keeps: they often quote what the backend said."""

# ---------------------------------------------------------------------------------------------------------------
# Errors: typed, each with a short title for a pane border and a human message for its body.


class ProviderError(CockpitError):
    """A backend could not answer; ``title`` says how (unreachable, forbidden...), ``hint`` what to do about it."""

    title: ClassVar[str] = "provider error"

    def __init__(self, message: str, *, target: str = "", hint: str = "") -> None:
        # Messages quote backends (a label value, a Status message, a body): visible and bounded at the source.
        super().__init__(cut(visible_text(message), ERROR_CHARS), hint=cut(visible_text(hint), ERROR_CHARS))
        self.target = target


class Unreachable(ProviderError):
    title = "unreachable"


class Unauthorised(ProviderError):
    title = "unauthorised"


class Forbidden(ProviderError):
    title = "forbidden"


class NotFound(ProviderError):
    title = "not found"


class TimedOut(ProviderError):
    title = "timed out"


class BadResponse(ProviderError):
    title = "bad response"


class NotSupported(ProviderError):
    title = "not supported"


class ConfigurationError(ProviderError):
    title = "misconfigured"


# ---------------------------------------------------------------------------------------------------------------
# The provider and its capabilities.


class ContractBackend(msgspec.Struct, frozen=True):
    """What the provider contract test offers a provider to point its settings at."""

    dead: bool
    """True: point at ``dead_address``, where nothing listens."""
    dead_address: str
    """'127.0.0.1:PORT' with nothing listening."""
    demo_url: str
    """A running demo service (health, version, Prometheus metrics, NDJSON logs), e.g. http://127.0.0.1:PORT."""
    workdir: Path
    """A private folder for files the settings may name (a kubeconfig, a CA bundle...)."""


class Provider:
    """Base of every provider: one instance per configured target.

    ``Settings`` is a ``msgspec.Struct`` (``forbid_unknown_fields=True``) describing the target's TOML keys; the
    config loader validates them before the provider is built, so a typo is reported with file and line.
    """

    kind: ClassVar[str] = "provider"
    Settings: ClassVar[type[Any]]

    def __init__(self, target: str, settings: Any) -> None:
        self.target = target
        self.settings = settings

    async def aclose(self) -> None:
        """Release clients and connections; safe to call more than once. Default: nothing to release."""

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any] | None:
        """Settings (as written in TOML) for the provider contract test (``cockpit.providers.contract``).

        With ``backend.dead`` set: a target whose backend is down (nothing listens at ``backend.dead_address``);
        every read must then raise a ProviderError subclass, quickly. Otherwise: a target the test can read for real
        (``backend.demo_url`` is a running demo service), or None when this provider has no such target here.
        A provider that does not override this fails the contract test, saying so.
        """
        raise NotImplementedError(f"{cls.__qualname__} does not say how to point it at a test backend")

    def describe(self) -> str:
        """One line naming what this target points at, for the status bar and the timeline."""
        return f"{self.kind}:{self.target}"


@runtime_checkable
class DeploymentSource(Protocol):
    async def deployments(self) -> Sequence[DeploymentStatus]: ...


@runtime_checkable
class HealthSource(Protocol):
    async def health(self) -> HealthCheck: ...


@runtime_checkable
class LogSource(Protocol):
    def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncIterator[LogLine]:
        """Yield lines from ``since`` (None: a recent backlog) and keep following until cancelled."""
        ...


@runtime_checkable
class MetricSource(Protocol):
    def metric_names(self) -> Sequence[str]:
        """Named series this target can answer (error_rate, p95_latency_ms, memory, restarts...)."""
        ...

    async def instant(self, name: str) -> MetricSample | None: ...

    async def range(self, name: str, start: datetime, end: datetime, step_s: float) -> MetricSeries: ...


@runtime_checkable
class PipelineSource(Protocol):
    async def runs(self, limit: int = 10) -> Sequence[PipelineRun]: ...


@runtime_checkable
class QuotaSource(Protocol):
    def quota(self) -> ApiQuota | None:
        """The allowance as of the last answer (no request of its own); None before the first answer."""
        ...


@runtime_checkable
class Executor(Protocol):
    async def execute(self, plan: ActionPlan) -> ActionResult: ...


@runtime_checkable
class Rollbackable(Executor, Protocol):
    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        """Plan a rollback to ``to_revision`` (None: the previous revision)."""
        ...


@runtime_checkable
class Restartable(Executor, Protocol):
    async def plan_restart(self, service: str) -> ActionPlan: ...


@runtime_checkable
class Scalable(Executor, Protocol):
    async def plan_scale(self, service: str, replicas: int) -> ActionPlan: ...


@runtime_checkable
class TrafficSwitchable(Executor, Protocol):
    async def plan_switch(self, service: str, to: str) -> ActionPlan:
        """Plan pointing live traffic at colour/slot ``to`` (blue-green)."""
        ...


@runtime_checkable
class Rerunnable(Executor, Protocol):
    async def plan_rerun(self, run_id: str) -> ActionPlan:
        """Plan re-running the failed jobs of pipeline run ``run_id``."""
        ...


CAPABILITIES: Mapping[str, type] = {
    "deployments": DeploymentSource,
    "health": HealthSource,
    "logs": LogSource,
    "metrics": MetricSource,
    "pipelines": PipelineSource,
    "rollback": Rollbackable,
    "restart": Restartable,
    "scale": Scalable,
    "switch": TrafficSwitchable,
    "rerun": Rerunnable,
}
"""Capability name -> protocol, for contract tests and ``cockpit providers``."""


def capabilities_of(provider: object) -> tuple[str, ...]:
    return tuple(name for name, proto in CAPABILITIES.items() if isinstance(provider, proto))
