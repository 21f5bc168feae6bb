"""Step verifications: what "done" means for a runbook step, judged from the hub's latest snapshots.

Judging is a pure function of data the hub already polls, so a screen can re-judge on every publication without
calling a provider. The notation (see ``cockpit.runbooks.parser``) is a step attribute set:

- ``verify=health [target=T]``: T's health check is healthy; without a target, every target that checks health.
- ``verify=revision [target=T] revision=previous|<id>``: the deployment reports that revision, healthy, every
  replica ready. ``previous`` is the revision before the bad one the incident is about: the one live when the
  checklist started (the baseline), or, when the incident rolled back before that, the one its first rollback
  moved away from. It keeps meaning the same revision after the rollback. Without a target: every target that
  reports deployments.
- ``verify=deployment [target=T]``: the deployment is healthy with every replica ready, whatever its revision.
- ``verify=metric [target=T] metric=NAME below=X|above=X [for=30s]``: every sample of the last ``for`` satisfies
  the bound, and the series reaches back at least that far; without ``for`` the latest sample decides. Without a
  target: the first target (in configuration order) that reports the metric. A ratio of requests (error_rate)
  from a target that also reports ``requests_per_s`` is judged on values pooled over at least ``min_requests``
  requests (default 50; ``cockpit.core.sample_size``): too few requests is inconclusive, never a pass or a fail.

Missing, failed or stale data is inconclusive, never a pass; a definite failure anywhere is a failure even when
other targets are inconclusive.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from cockpit.core.formatting import parse_duration
from cockpit.core.hub import Hub, Snapshot
from cockpit.core.judging import MIN_REQUESTS
from cockpit.core.sample_size import pool, request_rates, too_few
from cockpit.core.verdicts import STALE_SLACK_S, VerdictOutcome, unusable
from cockpit.core.verdicts import seconds_text as _seconds
from cockpit.providers.base import DeploymentSource, HealthSource, MetricSource
from cockpit.providers.results import DeploymentStatus, HealthCheck, MetricSample, MetricSeries, State, utcnow
from cockpit.runbooks.baseline import Baseline

METRIC_KEYS = ("metric", "below", "above", "for", "min_requests")


class SpecError(ValueError):
    """A verification that cannot be judged as written; the message says what to fix, in one line."""


class VerifyKind(StrEnum):
    HEALTH = "health"
    REVISION = "revision"
    DEPLOYMENT = "deployment"
    METRIC = "metric"


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: VerdictOutcome
    evidence: str
    """What was seen, concretely: ``checkout-health: healthy, HTTP 200, v41``."""

    @property
    def passed(self) -> bool:
        return self.outcome is VerdictOutcome.PASS


def passed(evidence: str) -> Verdict:
    return Verdict(VerdictOutcome.PASS, evidence)


def failed(evidence: str) -> Verdict:
    return Verdict(VerdictOutcome.FAIL, evidence)


def inconclusive(evidence: str) -> Verdict:
    return Verdict(VerdictOutcome.INCONCLUSIVE, evidence)


@dataclass(frozen=True, slots=True)
class VerificationSpec:
    kind: VerifyKind
    target: str | None = None
    """None: every target with the capability (the first with the metric, for ``metric``)."""
    revision: str | None = None
    """``previous`` or a revision id (``revision`` only)."""
    metric: str | None = None
    below: float | None = None
    above: float | None = None
    window_s: float = 0.0
    """``for=``: how long the metric must have kept within bounds; 0: the latest sample decides."""
    min_requests: float = MIN_REQUESTS
    """``min_requests=``: requests a ratio (error_rate) must stand on before it passes or fails."""

    @classmethod
    def from_attrs(cls, attrs: Mapping[str, str]) -> VerificationSpec | None:
        """The verification a step's attributes describe; None without ``verify=``; SpecError when unusable."""
        verify = attrs.get("verify")
        if verify is None:
            return None
        try:
            kind = VerifyKind(verify)
        except ValueError:
            raise SpecError(f"verify={verify} is not one of {', '.join(VerifyKind)}") from None
        target = attrs.get("target")
        if target is not None and not target.strip():
            raise SpecError("target= needs a value (or leave it out to check every target)")
        if kind is not VerifyKind.METRIC:
            stray = [key for key in METRIC_KEYS if key in attrs]
            if stray:
                raise SpecError(f"{', '.join(stray)} only apply to verify=metric, not verify={kind}")
        if kind is VerifyKind.REVISION:
            revision = attrs.get("revision", "").strip()
            if not revision:
                raise SpecError("verify=revision needs revision=previous or revision=<id>")
            return cls(kind, target, revision=revision)
        if kind is VerifyKind.METRIC:
            return cls._metric(attrs, target)
        return cls(kind, target)

    @classmethod
    def _metric(cls, attrs: Mapping[str, str], target: str | None) -> VerificationSpec:
        metric = attrs.get("metric", "").strip()
        if not metric:
            raise SpecError("verify=metric needs metric=<name>, e.g. metric=error_rate")
        bounds = [key for key in ("below", "above") if key in attrs]
        if len(bounds) != 1:
            raise SpecError("verify=metric needs exactly one of below=<number> or above=<number>")
        try:
            threshold = float(attrs[bounds[0]])
        except ValueError:
            raise SpecError(f"{bounds[0]}={attrs[bounds[0]]} is not a number") from None
        window = 0.0
        if "for" in attrs:
            parsed = parse_duration(attrs["for"])
            if parsed is None:
                raise SpecError(f"for={attrs['for']} is not a duration like 30s, 5m or 1h")
            window = parsed
        minimum = float(MIN_REQUESTS)
        if "min_requests" in attrs:
            try:
                minimum = float(attrs["min_requests"])
            except ValueError:
                raise SpecError(f"min_requests={attrs['min_requests']} is not a number") from None
            if minimum < 0:
                raise SpecError(f"min_requests={attrs['min_requests']} cannot be negative")
        below, above = (threshold, None) if bounds[0] == "below" else (None, threshold)
        return cls(VerifyKind.METRIC, target, metric=metric, below=below, above=above, window_s=window,
                   min_requests=minimum)

    def describe(self) -> str:
        """What passing means, in a line: for the checklist next to the step."""
        where = self.target or "every target"
        if self.kind is VerifyKind.HEALTH:
            return f"{self.target}'s health check passes" if self.target else "every health check passes"
        if self.kind is VerifyKind.DEPLOYMENT:
            return f"{where}: deployment healthy, every replica ready"
        if self.kind is VerifyKind.REVISION:
            wanted = "the revision before the bad one" if self.revision == "previous" else self.revision
            return f"{where} runs {wanted}, healthy, every replica ready"
        bound = f"below {self.below:g}" if self.below is not None else f"above {self.above:g}"
        window = f" for {_seconds(self.window_s)}" if self.window_s else ""
        return f"{self.metric} {bound}{window}" + (f" on {self.target}" if self.target else "")


# ---------------------------------------------------------------------------------------------------------------
# Judging.


def evaluate(spec: VerificationSpec, hub: Hub, baseline: Baseline, *, now: datetime | None = None) -> Verdict:
    at = now or utcnow()
    if spec.target is not None and spec.target not in hub.providers:
        known = ", ".join(hub.providers) or "none"
        return inconclusive(f"no target named {spec.target!r} in this environment (targets: {known})")
    if spec.kind is VerifyKind.HEALTH:
        return _over_targets(spec, hub, HealthSource, "checks health", lambda t: _health(hub, t, at))
    if spec.kind is VerifyKind.METRIC:
        return _metric(spec, hub, at)
    return _over_targets(spec, hub, DeploymentSource, "reports deployments",
                         lambda t: _deployment(spec, hub, baseline, t, at))


def combine(verdicts: Sequence[Verdict]) -> Verdict:
    """All must pass: any failure fails, else any doubt is inconclusive."""
    evidence = "; ".join(v.evidence for v in verdicts)
    outcomes = {v.outcome for v in verdicts}
    if VerdictOutcome.FAIL in outcomes:
        return failed("; ".join(v.evidence for v in verdicts if v.outcome is VerdictOutcome.FAIL))
    if VerdictOutcome.INCONCLUSIVE in outcomes or not verdicts:
        return inconclusive(evidence or "nothing to check")
    return passed(evidence)


def _over_targets(
    spec: VerificationSpec, hub: Hub, capability: type, doing: str, judge: Callable[[str], Verdict]
) -> Verdict:
    targets = [spec.target] if spec.target else [n for n, p in hub.providers.items() if isinstance(p, capability)]
    if not targets:
        return inconclusive(f"no target in this environment {doing}")
    return combine([judge(target) for target in targets])


def _health(hub: Hub, target: str, now: datetime) -> Verdict:
    snapshot = hub.latest(target, "health")
    problem = unusable(hub, snapshot, target, "health", now)
    if problem is not None or snapshot is None:
        return inconclusive(problem or f"{target}: no health answer yet")
    check: HealthCheck = snapshot.data
    facts = [check.state.value]
    if check.status_code is not None:
        facts.append(f"HTTP {check.status_code}")
    if check.version:
        facts.append(check.version)
    evidence = f"{target}: {', '.join(facts)}"
    if check.state is State.HEALTHY:
        return passed(evidence)
    bad = [f"{c.name} {c.state.value}" + (f" ({c.detail})" if c.detail else "")
           for c in check.components if c.state is not State.HEALTHY]
    if bad or check.message:
        evidence += ": " + ("; ".join(bad) if bad else check.message)
    return inconclusive(evidence) if check.state is State.UNKNOWN else failed(evidence)


def _deployment(spec: VerificationSpec, hub: Hub, baseline: Baseline, target: str, now: datetime) -> Verdict:
    snapshot = hub.latest(target, "deployments")
    problem = unusable(hub, snapshot, target, "deployments", now)
    if problem is not None or snapshot is None:
        return inconclusive(problem or f"{target}: no deployments answer yet")
    rows: Sequence[DeploymentStatus] = snapshot.data
    if not rows:
        return inconclusive(f"{target}: reports no deployment")
    return combine([_row(spec, baseline, target, row) for row in rows])


def _row(spec: VerificationSpec, baseline: Baseline, target: str, row: DeploymentStatus) -> Verdict:
    name = row.service if row.service == target else f"{target}/{row.service}"
    ready = f"{row.state.value}, {row.ready}/{row.desired} ready"
    settled = row.state is State.HEALTHY and row.ready >= row.desired
    if spec.kind is VerifyKind.DEPLOYMENT:
        return (passed if settled else failed)(f"{name}: {row.revision}, {ready}")
    wanted, why = spec.revision or "", ""
    if wanted == "previous":
        entry = baseline.entry(target, row.service)
        if entry is None:
            return inconclusive(f"{name}: no revision was recorded when the checklist started")
        if entry.previous is None:
            return inconclusive(f"{name}: no revision before {entry.revision} in its history")
        wanted, why = entry.previous, f" (the one before {entry.revision})"
    if row.revision != wanted:
        return failed(f"{name}: at {row.revision}, {ready}; want {wanted}{why}")
    return (passed if settled else failed)(f"{name}: {row.revision}{why}, {ready}")


def _metric(spec: VerificationSpec, hub: Hub, now: datetime) -> Verdict:
    name = spec.metric or ""
    if spec.target is not None:
        snapshot = hub.latest(spec.target, "metrics")
        problem = unusable(hub, snapshot, spec.target, "metrics", now)
        if problem is not None:
            return inconclusive(problem)
        series = _series(snapshot, name)
        if series is None:
            known = ", ".join(snapshot.data) if snapshot is not None and snapshot.data else "none"
            return inconclusive(f"{spec.target} reports no metric {name} (it has: {known})")
        return _judge_series(spec, hub, spec.target, series, now, snapshot.data if snapshot else None)
    for target in hub.providers:
        snapshot = hub.latest(target, "metrics")
        series = _series(snapshot, name)
        if series is not None:
            problem = unusable(hub, snapshot, target, "metrics", now)
            return inconclusive(problem) if problem else _judge_series(spec, hub, target, series, now,
                                                                       snapshot.data if snapshot else None)
    waiting = [t for t, p in hub.providers.items() if isinstance(p, MetricSource) and hub.latest(t, "metrics") is None]
    return inconclusive(f"no target reports {name}" + (f" yet (waiting for {', '.join(waiting)})" if waiting else ""))


def _series(snapshot: Snapshot | None, name: str) -> MetricSeries | None:
    if snapshot is None or not isinstance(snapshot.data, Mapping):
        return None
    series = snapshot.data.get(name)
    return series if isinstance(series, MetricSeries) else None


def stale_sample(hub: Hub, target: str, name: str, newest: MetricSample, now: datetime) -> str | None:
    """Why a series' newest sample is too old to judge, or None. A fresh answer can carry an old sample (a scrape
    target that stopped answers with its last value), and that value is not what the service does now."""
    age = (now - newest.at).total_seconds()
    if age > hub.policy(target).interval_s + hub.policy(target).timeout_s + STALE_SLACK_S:
        return f"{target}: the latest {name} sample is {_seconds(age)} old"
    return None


def _judge_series(
    spec: VerificationSpec, hub: Hub, target: str, series: MetricSeries, now: datetime, data: Any
) -> Verdict:
    samples = sorted(series.samples, key=lambda sample: sample.at)
    if not samples:
        return inconclusive(f"{target}: no {series.name} samples yet")
    too_old = stale_sample(hub, target, series.name, samples[-1], now)
    if too_old is not None:
        return inconclusive(too_old)
    rates = request_rates(series, data if isinstance(data, Mapping) else None, spec.min_requests)
    # A ratio of requests is judged on pooled values that stand on enough requests (None: too few).
    values: list[float | None] = [s.value for s in samples]
    pooled = pool(samples, rates, min_requests=spec.min_requests) if rates is not None else []
    if pooled:
        values = [p.value for p in pooled]
    if spec.window_s:
        span = (now - samples[0].at).total_seconds()
        if span < spec.window_s:
            return inconclusive(f"{series.name}: need {_seconds(spec.window_s)} of data, have {_seconds(span)}")
        window = [v for s, v in zip(samples, values, strict=True) if (now - s.at).total_seconds() <= spec.window_s]
        if not window:
            return inconclusive(f"{series.name}: no sample in the last {_seconds(spec.window_s)}")
    else:
        window = [values[-1]]
    sized = f" (each value over at least {spec.min_requests:g} requests)" if rates is not None else ""
    known = [value for value in window if value is not None]
    verdict = _bounded(spec, series, known, sized) if known else None
    if verdict is not None and (verdict.outcome is VerdictOutcome.FAIL or len(known) == len(window)):
        return verdict
    if window[-1] is None and pooled:
        return inconclusive(too_few(pooled[-1], spec.min_requests, f"{target}: {series.name}"))
    return inconclusive(f"{series.name}: part of the last {_seconds(spec.window_s)} stands on too few requests "
                        f"(fewer than {spec.min_requests:g})")


def _bounded(spec: VerificationSpec, series: MetricSeries, values: list[float], sized: str) -> Verdict:
    unit = series.unit
    if spec.below is not None:
        worst, ok, bound, word = max(values), max(values) < spec.below, f"< {_value(spec.below, unit)}", "max"
    else:
        threshold = spec.above or 0.0
        worst, ok, bound, word = min(values), min(values) > threshold, f"> {_value(threshold, unit)}", "min"
    shown = _value(worst, unit)
    judged = f"{word} {shown} over {_seconds(spec.window_s)}" if spec.window_s else f"now {shown}"
    evidence = f"{series.name} {judged} (needs {bound}){sized}"
    return passed(evidence) if ok else failed(evidence)


def _value(value: float, unit: str) -> str:
    if unit in ("ratio", "fraction"):
        return f"{value * 100:.3g}%"
    if unit in ("", "1"):
        return f"{value:.4g}"
    return f"{value:.4g} {unit}"
