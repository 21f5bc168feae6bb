"""A ratio of requests (error_rate) means something only over enough requests: one error in 16 is 6.25%, and says
next to nothing about a service that fails 0.3% of the time.

Where the target also reports ``requests_per_s``, each ratio sample is weighted by the requests it covers (the rate
times the time since the sample before it) and pooled with the samples just before it until at least
``min_requests`` requests back it; that pooled ratio is what verifications, the advisor and rollback triggers judge.
A sample that cannot gather enough requests within ``POOL_LOOK_BACK_S`` has no value: the judgement is
inconclusive, never a pass or a fail. Without a request rate the request count is unknown and samples are judged
as they are (the evidence says so).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cockpit.core.judging import MIN_REQUESTS
from cockpit.providers.results import MetricSample, MetricSeries

POOL_LOOK_BACK_S = 120.0
"""How far back a sample may pool: beyond this, the ratio would describe the past, not the service now."""
REQUESTS_SERIES = "requests_per_s"
ROUNDING = 1e-9
"""A pooled ratio below this is floating-point residue of the running sums: zero."""
RATIO_UNITS = frozenset({"ratio", "fraction"})


@dataclass(frozen=True, slots=True)
class Pooled:
    at: datetime
    value: float | None
    """The ratio over ``requests`` requests; None: fewer than the minimum within the look-back."""
    requests: float
    span_s: float
    """How far back the pool reaches from ``at``."""


def request_rates(
    series: MetricSeries, data: Mapping[str, Any] | None, min_requests: float
) -> tuple[MetricSample, ...] | None:
    """The target's request rate samples when ``series`` is a ratio of requests, a rate is known and a minimum
    sample is asked for (``min_requests=0`` judges every sample as it is); else None."""
    if min_requests <= 0 or series.unit not in RATIO_UNITS or not data:
        return None
    rates = data.get(REQUESTS_SERIES)
    if not isinstance(rates, MetricSeries) or not rates.samples:
        return None
    return rates.samples


def pool(
    samples: Sequence[MetricSample],
    rates: Sequence[MetricSample],
    *,
    min_requests: float = MIN_REQUESTS,
    look_back_s: float = POOL_LOOK_BACK_S,
) -> list[Pooled]:
    """Each ratio sample (oldest first) pooled back until ``min_requests`` requests stand behind it.

    One pass with two pointers: the shortest pool ending at a sample never starts before the one of the sample
    before it, so the work is linear in the number of samples (a day of 15 s samples re-judged on every poll).
    """
    times = [sample.at.timestamp() for sample in samples]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    gaps = [max(gap, 0.0) for gap in (gaps[:1] or [0.0]) + gaps]
    """Seconds each sample covers: since the sample before it (the first one: as long as the next gap)."""
    weights = [rate * gap for rate, gap in zip(_nearest_rates(times, rates), gaps, strict=True)]
    pooled: list[Pooled] = []
    first, total, errors = 0, 0.0, 0.0
    for index, sample in enumerate(samples):
        total += weights[index]
        errors += sample.value * weights[index]
        while first < index and total - weights[first] >= min_requests:
            total -= weights[first]
            errors -= samples[first].value * weights[first]
            first += 1
        if errors < ROUNDING * total:
            errors = 0.0  # what the running subtraction leaves of errors that left the pool (not 5e-15%)
        span = times[index] - times[first] + gaps[first]
        enough = total >= min_requests and total > 0 and span <= look_back_s
        pooled.append(Pooled(sample.at, errors / total if enough else None, total, span))
    return pooled


def as_samples(pooled: Sequence[Pooled]) -> tuple[MetricSample, ...]:
    """The pooled values that stand on enough requests, as samples (the ones without drop out, like a gap)."""
    return tuple(MetricSample(p.at, p.value) for p in pooled if p.value is not None)


def too_few(latest: Pooled, min_requests: float, name: str) -> str:
    """Why the latest pooled sample cannot be judged, in the operator's words."""
    return (f"{name}: only {latest.requests:.0f} requests in the last {latest.span_s:.0f} s; "
            f"a ratio needs at least {min_requests:g} to pass or fail")


def _nearest_rates(times: Sequence[float], rates: Sequence[MetricSample]) -> list[float]:
    """For each time (ascending), the request rate sampled nearest to it: one merge pass over both series."""
    rate_times = [rate.at.timestamp() for rate in rates]
    values = [max(rate.value, 0.0) for rate in rates]
    last, position, nearest = len(rate_times) - 1, 0, []
    for at in times:
        while position < last and rate_times[position + 1] <= at:
            position += 1
        after = position + 1 if position < last else position
        closer = after if abs(rate_times[after] - at) < abs(rate_times[position] - at) else position
        nearest.append(values[closer])
    return nearest
