"""Judging 50 rollback triggers over 24 h of 15 s samples each (5,760 per series), median of five rounds.
Target: < 100 ms for all 50.

Two cases: an ordinary incident (half the series in bounds, a quarter breaching for the last ten minutes, a quarter
breaching all day) and the worst case (every series breaching all day: each verdict walks back over the whole
day to find where the breach began). The baseline is one bare pass over every sample (``max`` of the values),
the floor of any judge that looks at all the data, measured in the same run.

A ratio with a request rate is pooled to a minimum sample (``cockpit.core.sample_size``) once per poll and series,
whatever the number of triggers reading it: that pass over the same day is printed too.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from cockpit.core.sample_size import pool  # noqa: E402
from cockpit.core.triggers import Trigger, evaluate_metric  # noqa: E402
from cockpit.providers.results import MetricSample  # noqa: E402

TRIGGERS = 50
STEP_S = 15
SAMPLES = 24 * 3600 // STEP_S
ROUNDS = 5
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def day(breach_for_s: int) -> list[MetricSample]:
    """A day of error ratios: 1% until ``breach_for_s`` before NOW, then 30%."""
    start = NOW - timedelta(seconds=(SAMPLES - 1) * STEP_S)
    return [
        MetricSample(start + timedelta(seconds=i * STEP_S),
                     0.3 if (SAMPLES - 1 - i) * STEP_S < breach_for_s else 0.01)
        for i in range(SAMPLES)
    ]


def median_ms(work: object) -> float:
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def main() -> None:
    triggers = [Trigger(f"t{i}", metric="error_rate", above=0.05, window_s=120.0 + i) for i in range(TRIGGERS)]
    ordinary = [day(0)] * 25 + [day(600)] * 12 + [day(86_400)] * 13
    worst = [day(86_400)] * TRIGGERS

    def judge(all_series: list[list[MetricSample]]) -> list[str]:
        return [evaluate_metric(t, s, NOW, stale_after_s=30, unit="ratio").outcome.value
                for t, s in zip(triggers, all_series, strict=True)]

    outcomes = judge(ordinary)
    assert outcomes.count("pass") == 25 and outcomes.count("fail") == 25, outcomes
    baseline = median_ms(lambda: [max(s.value for s in series) for series in worst])
    typical = median_ms(lambda: judge(ordinary))
    heavy = median_ms(lambda: judge(worst))
    requests = [MetricSample(sample.at, 2.0) for sample in worst[0]]
    pooled = median_ms(lambda: pool(worst[0], requests))
    print(
        f"trigger evaluation, {TRIGGERS} triggers x {SAMPLES} samples (24 h at {STEP_S} s), median of {ROUNDS}: "
        f"{typical:.1f} ms ordinary, {heavy:.1f} ms worst case (all breaching all day); "
        f"one bare pass over every sample {baseline:.1f} ms ({heavy / baseline:.2f}x); target < 100 ms; "
        f"pooling one day's series to 50 requests a value {pooled:.1f} ms (once per poll, shared by its triggers)"
    )


if __name__ == "__main__":
    main()
