"""Rollback triggers judged once, for ``cockpit status``: one range query per metric trigger over its window.

A one-shot report sees one health check per target, so a health trigger can pass (the check is fine) but cannot
fail on "3 in a row": a failing check makes it inconclusive, and the health state itself already fails the report.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from msgspec.structs import replace

from cockpit.core.sample_size import RATIO_UNITS, REQUESTS_SERIES, as_samples, pool, too_few
from cockpit.core.trigger_monitor import check_result, metric_target, relevant, worst_verdict
from cockpit.core.triggers import HealthResult, Trigger, TriggerVerdict, evaluate_health, evaluate_metric
from cockpit.core.verdicts import VerdictOutcome
from cockpit.providers.base import MetricSource, Provider, ProviderError
from cockpit.providers.results import HealthCheck, MetricSample, MetricSeries

POINTS_PER_WINDOW = 24
"""Range points asked for over a trigger's window (at least one every 15 s for the seeds' windows)."""
MIN_STEP_S = 5.0
LOOK_BACK_WINDOWS = 4
MIN_LOOK_BACK_S = 1800.0


def step_for(window_s: float) -> float:
    return max(MIN_STEP_S, min(15.0, window_s / POINTS_PER_WINDOW))



async def judge_once(
    triggers: Sequence[Trigger],
    providers: Mapping[str, Provider],
    health: Mapping[str, HealthCheck | ProviderError],
    now: datetime,
    timeout_s: float,
) -> tuple[TriggerVerdict, ...]:
    """Every trigger this environment has data for, judged as of ``now``; failures are verdicts, never raised."""
    chosen = relevant(triggers, providers)
    return tuple(await asyncio.gather(*(_judge(t, providers, health, now, timeout_s) for t in chosen)))


async def _judge(
    trigger: Trigger,
    providers: Mapping[str, Provider],
    health: Mapping[str, HealthCheck | ProviderError],
    now: datetime,
    timeout_s: float,
) -> TriggerVerdict:
    if trigger.is_health:
        names = [trigger.target] if trigger.target else list(health)
        verdicts = [
            evaluate_health(trigger, (_result(health[name], now),), now, stale_after_s=timeout_s + 60, target=name)
            for name in names if name in health
        ]
        return worst_verdict(trigger, verdicts, now)
    target = metric_target(trigger, providers)
    source = providers.get(target) if target else None
    if target is None or not isinstance(source, MetricSource):
        return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, f"no target offers {trigger.metric}", at=now)
    step = step_for(trigger.window_s)
    # Look back well past the window: "failing since" needs where the breach began, not just that it lasts.
    start = now - timedelta(seconds=max(LOOK_BACK_WINDOWS * trigger.window_s, MIN_LOOK_BACK_S))
    try:
        async with asyncio.timeout(timeout_s):
            series = await source.range(str(trigger.metric), start, now, step)
            rates = await _rates(source, series, trigger.min_requests, start, now, step)
    except TimeoutError:
        why = f"{target}: no answer within {timeout_s:g} s"
        return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, why, target, at=now)
    except ProviderError as error:
        why = f"{target}: {error.title}: {error}"
        return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, why, target, at=now)
    if rates is None:
        return evaluate_metric(trigger, series.samples, now, stale_after_s=2 * step + 5, unit=series.unit,
                               target=target)
    pooled = pool(series.samples, rates, min_requests=trigger.min_requests)
    if pooled and pooled[-1].value is None:
        why = too_few(pooled[-1], trigger.min_requests, f"{target}: {trigger.metric}")
        return TriggerVerdict(trigger, VerdictOutcome.INCONCLUSIVE, why, target, at=now)
    verdict = evaluate_metric(trigger, as_samples(pooled), now, stale_after_s=2 * step + 5, unit=series.unit,
                              target=target)
    return replace(verdict, evidence=f"{verdict.evidence} (each value over at least {trigger.min_requests:g} "
                                     "requests)")


async def _rates(
    source: MetricSource, series: MetricSeries, min_requests: float, start: datetime, end: datetime, step: float
) -> tuple[MetricSample, ...] | None:
    """The request rate over the same range when the series is a ratio of requests that needs a minimum sample."""
    if min_requests <= 0 or series.unit not in RATIO_UNITS or REQUESTS_SERIES not in source.metric_names():
        return None
    rates = await source.range(REQUESTS_SERIES, start, end, step)
    return rates.samples or None


def _result(answer: HealthCheck | ProviderError, now: datetime) -> HealthResult:
    if isinstance(answer, ProviderError):
        return HealthResult(now, True, summary=f"{answer.title}: {answer}")
    return check_result(answer, now)
