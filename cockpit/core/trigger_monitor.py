"""The advisor's rollback triggers, judged live from the hub (and once, for ``cockpit status``).

``TriggerMonitor`` follows the hub's publications: metric triggers read the series the hub keeps (the same named
series ``verify=metric`` steps read), health triggers count the consecutive checks it has seen. After each
publication every trigger is re-judged; a change of verdict goes to the listeners (the app records it in the
timeline and shows the banner) once it has held for the trigger's ``hold_s`` (``cockpit.core.verdicts.Steady``:
noise at a threshold must not flip the banner every poll). A ratio of requests is judged over at least the
trigger's ``min_requests`` requests (``cockpit.core.sample_size``). It recommends; it never acts.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from msgspec.structs import replace

from cockpit.core.hub import Hub, Snapshot
from cockpit.core.sample_size import Pooled, as_samples, pool, request_rates, too_few
from cockpit.core.triggers import HealthResult, Trigger, TriggerVerdict, evaluate_health, evaluate_metric
from cockpit.core.verdicts import STALE_SLACK_S, Steady, VerdictOutcome, unusable
from cockpit.providers.base import HealthSource, MetricSource, Provider
from cockpit.providers.results import HealthCheck, MetricSample, MetricSeries, State, utcnow

HEALTH_HISTORY = 100
"""Checks kept per target: more than any sensible ``consecutive``."""

VerdictListener = Callable[[TriggerVerdict, TriggerVerdict | None], None]
"""(new verdict, the previous one or None) on every change of outcome."""


def health_result(snapshot: Snapshot) -> HealthResult:
    """One poll of a health check as a trigger counts it: an answer that could not be had is a failed check."""
    if snapshot.error is not None:
        return HealthResult(snapshot.fetched_at, True, summary=f"{snapshot.error.title}: {snapshot.error}")
    check: HealthCheck = snapshot.data
    return check_result(check, check.observed_at)


def check_result(check: HealthCheck, at: datetime) -> HealthResult:
    words = [check.state.value]
    if check.status_code is not None:
        words.append(f"HTTP {check.status_code}")
    bad = [f"{c.name} {c.state.value}" for c in check.components if c.state is not State.HEALTHY]
    summary = ", ".join(words) + (f" ({'; '.join(bad)})" if bad else "")
    return HealthResult(at, check.state.is_bad, check.state is State.UNKNOWN, summary)


def metric_target(trigger: Trigger, providers: Mapping[str, Provider]) -> str | None:
    """Where a metric trigger reads its series: its own target, else the first one offering the series."""
    if trigger.target is not None:
        return trigger.target
    return next((name for name, p in providers.items()
                 if isinstance(p, MetricSource) and trigger.metric in p.metric_names()), None)


def relevant(triggers: Sequence[Trigger], providers: Mapping[str, Provider]) -> tuple[Trigger, ...]:
    """Triggers this environment has data for: a default about a series no target offers is left out rather than
    shown inconclusive forever (configured ones were checked against the targets when the config loaded)."""
    kept = []
    for trigger in triggers:
        if trigger.is_health:
            if any(isinstance(p, HealthSource) for p in providers.values()):
                kept.append(trigger)
        elif metric_target(trigger, providers) is not None:
            kept.append(trigger)
    return tuple(kept)


def longest_window(triggers: Sequence[Trigger]) -> timedelta:
    return timedelta(seconds=max((t.window_s for t in triggers), default=0.0))


class TriggerMonitor:
    def __init__(
        self,
        triggers: Sequence[Trigger],
        hub: Hub,
        *,
        clock: Callable[[], datetime] = utcnow,
        hold_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.hub = hub
        self.triggers = relevant(triggers, hub.providers)
        self._clock = clock
        self._hold_clock = hold_clock
        """Seconds, monotonic: how long a change of verdict has held (the data clock may be frozen in a replay)."""
        self._health: dict[str, deque[HealthResult]] = {}
        self.verdicts: dict[str, TriggerVerdict] = {}
        """Trigger name -> its verdict that holds (the latest judgement with that outcome, for fresh evidence)."""
        self._steady: dict[str, Steady[VerdictOutcome]] = {}
        self._pools: dict[tuple[str, str, float], tuple[object, object, list[Pooled]]] = {}
        """(target, metric, min_requests) -> the series and rates last pooled, and the pooled values."""
        self._listeners: list[VerdictListener] = []

    def start(self) -> None:
        """Follow the hub (call before the hub starts, so no health check goes uncounted)."""
        self.hub.subscribe(self._on_snapshot)

    def subscribe(self, listener: VerdictListener) -> None:
        self._listeners.append(listener)

    @property
    def failing(self) -> list[TriggerVerdict]:
        return [v for v in self.verdicts.values() if v.failed]

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if snapshot.capability == "health":
            self._health.setdefault(snapshot.target, deque(maxlen=HEALTH_HISTORY)).append(health_result(snapshot))
        elif snapshot.capability != "metrics":
            return
        self.evaluate()

    def evaluate(self, now: datetime | None = None) -> list[TriggerVerdict]:
        """Judge every trigger now; listeners hear of each change of outcome once it holds. Returns the judgements
        of this moment (``verdicts`` keeps the ones that hold)."""
        at = now or self._clock()
        judged = [self.judge(trigger, at) for trigger in self.triggers]
        seen = self._hold_clock()
        for verdict in judged:
            name = verdict.trigger.name
            steady = self._steady.setdefault(name, Steady(verdict.trigger.hold_s, _undecided))
            previous = self.verdicts.get(name)
            if steady.offer(verdict.outcome, seen):
                self.verdicts[name] = verdict
                for listener in self._listeners:
                    listener(verdict, previous)
            elif steady.settled is verdict.outcome:
                self.verdicts[name] = verdict  # the same verdict, fresher evidence
        return judged

    def pending(self, name: str) -> tuple[VerdictOutcome, float] | None:
        """A change of trigger ``name``'s verdict seen but not held long enough yet: (outcome, seconds to go)."""
        steady = self._steady.get(name)
        if steady is None or steady.pending is None or steady.pending_since is None:
            return None
        return steady.pending, max(steady.hold_s - (self._hold_clock() - steady.pending_since), 0.0)

    def judge(self, trigger: Trigger, now: datetime) -> TriggerVerdict:
        if trigger.is_health:
            return self._judge_health(trigger, now)
        return self._judge_metric(trigger, now)

    def _stale_after(self, target: str) -> float:
        policy = self.hub.policy(target)
        return 2 * policy.interval_s + policy.timeout_s + STALE_SLACK_S

    def _judge_metric(self, trigger: Trigger, now: datetime) -> TriggerVerdict:
        target = metric_target(trigger, self.hub.providers)
        if target is None:
            return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, f"no target offers {trigger.metric}", at=now)
        snapshot = self.hub.latest(target, "metrics")
        problem = unusable(self.hub, snapshot, target, "metrics", now)
        if problem is not None or snapshot is None:
            return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, problem or "no answer yet", target, at=now)
        series: MetricSeries | None = (snapshot.data or {}).get(trigger.metric)
        if series is None:
            return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, f"{target}: no {trigger.metric} series",
                                  target, at=now)
        rates = request_rates(series, snapshot.data, trigger.min_requests)
        if rates is None:
            return evaluate_metric(trigger, series.samples, now, stale_after_s=self._stale_after(target),
                                   unit=series.unit, target=target)
        pooled = self._pooled(target, trigger.min_requests, series, rates)
        if pooled and pooled[-1].value is None and pooled[-1].at <= now:
            why = too_few(pooled[-1], trigger.min_requests, f"{target}: {trigger.metric}")
            return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, why, target, at=now)
        verdict = evaluate_metric(trigger, as_samples(pooled), now, stale_after_s=self._stale_after(target),
                                  unit=series.unit, target=target)
        return replace(verdict, evidence=f"{verdict.evidence} (each value over at least "
                                         f"{trigger.min_requests:g} requests)")

    def _pooled(
        self, target: str, minimum: float, series: MetricSeries, rates: Sequence[MetricSample]
    ) -> list[Pooled]:
        """Pooled once per new series (the hub hands out a new tuple per poll), shared by every trigger on it."""
        key = (target, series.name, minimum)
        cached = self._pools.get(key)
        if cached is not None and cached[0] is series.samples and cached[1] is rates:
            return cached[2]
        pooled = pool(series.samples, rates, min_requests=minimum)
        self._pools[key] = (series.samples, rates, pooled)
        return pooled

    def _judge_health(self, trigger: Trigger, now: datetime) -> TriggerVerdict:
        targets = [trigger.target] if trigger.target else [
            name for name, p in self.hub.providers.items() if isinstance(p, HealthSource)
        ]
        verdicts = [
            evaluate_health(trigger, tuple(self._health.get(name, ())), now,
                            stale_after_s=self._stale_after(name), target=name)
            for name in targets
        ]
        return worst_verdict(trigger, verdicts, now)


def _undecided(outcome: VerdictOutcome) -> bool:
    """No steady verdict to protect: the next definite one shows at once (a real alarm must not wait)."""
    return outcome is VerdictOutcome.INCONCLUSIVE


def worst_verdict(trigger: Trigger, verdicts: Sequence[TriggerVerdict], now: datetime) -> TriggerVerdict:
    """Several health checks under one trigger: any failing one fails it; else any doubt is inconclusive."""
    for outcome in (VerdictOutcome.FAIL, VerdictOutcome.INCONCLUSIVE):
        chosen = [v for v in verdicts if v.outcome is outcome]
        if chosen:
            first = chosen[0]
            evidence = "; ".join(v.evidence for v in chosen)
            return TriggerVerdict(trigger, outcome, evidence, first.target, failing_since=first.failing_since, at=now)
    if not verdicts:
        return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, "no target checks health", at=now)
    return TriggerVerdict(trigger, VerdictOutcome.PASS, "; ".join(v.evidence for v in verdicts), at=now)


def step_triggers(attrs: Mapping[str, str], verdicts: Sequence[TriggerVerdict]) -> list[TriggerVerdict]:
    """The triggers a runbook step depends on: a rollback step is what every trigger recommends; a
    ``verify=metric`` step reads the series a trigger watches; a ``verify=health`` step the checks it counts."""
    if attrs.get("action") == "rollback":
        return list(verdicts)
    verify = attrs.get("verify")
    if verify == "metric":
        return [v for v in verdicts if v.trigger.metric == attrs.get("metric")]
    if verify == "health":
        return [v for v in verdicts if v.trigger.is_health]
    return []
