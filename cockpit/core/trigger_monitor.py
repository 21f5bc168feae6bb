"""The advisor's rollback triggers, judged live from the hub (and once, for ``cockpit status``).

``TriggerMonitor`` follows the hub's publications: metric triggers read the series the hub keeps (the same named
series ``verify=metric`` steps read), health triggers count the consecutive checks it has seen. After each
publication every trigger is re-judged; a change of verdict goes to the listeners (the app records it in the
timeline and shows the banner). It recommends; it never acts.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from cockpit.core.hub import Hub, Snapshot
from cockpit.core.triggers import HealthResult, Trigger, TriggerVerdict, evaluate_health, evaluate_metric
from cockpit.core.verdicts import STALE_SLACK_S, VerdictOutcome, unusable
from cockpit.providers.base import HealthCheck, HealthSource, MetricSeries, MetricSource, Provider, State, utcnow

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
    def __init__(self, triggers: Sequence[Trigger], hub: Hub, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.hub = hub
        self.triggers = relevant(triggers, hub.providers)
        self._clock = clock
        self._health: dict[str, deque[HealthResult]] = {}
        self.verdicts: dict[str, TriggerVerdict] = {}
        """Trigger name -> its latest verdict."""
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
        """Judge every trigger now; listeners hear of each change of outcome."""
        at = now or self._clock()
        judged = [self.judge(trigger, at) for trigger in self.triggers]
        for verdict in judged:
            previous = self.verdicts.get(verdict.trigger.name)
            self.verdicts[verdict.trigger.name] = verdict
            if previous is None or previous.outcome is not verdict.outcome:
                for listener in self._listeners:
                    listener(verdict, previous)
        return judged

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
        return evaluate_metric(trigger, series.samples, now, stale_after_s=self._stale_after(target),
                               unit=series.unit, target=target)

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
