"""Judging rollback triggers on samples: pass, fail, inconclusive, with the evidence an operator acts on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cockpit.core.triggers import (
    SEED_TRIGGERS,
    HealthResult,
    Trigger,
    breach_start,
    evaluate_health,
    evaluate_metric,
)
from cockpit.core.verdicts import VerdictOutcome
from cockpit.providers.results import MetricSample

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
ERROR_RATE = SEED_TRIGGERS[0]
HEALTH = SEED_TRIGGERS[2]


def series(*values: float | None, step_s: int = 15) -> list[MetricSample]:
    """One sample every ``step_s`` from T0; None leaves a gap."""
    return [MetricSample(T0 + timedelta(seconds=i * step_s), v) for i, v in enumerate(values) if v is not None]


def judge(trigger: Trigger, samples: list[MetricSample], at_index: int, step_s: int = 15) -> tuple[str, str]:
    verdict = evaluate_metric(trigger, samples, T0 + timedelta(seconds=at_index * step_s), stale_after_s=30)
    return verdict.outcome.value, verdict.evidence


def test_the_seed_triggers() -> None:
    assert [t.describe() for t in SEED_TRIGGERS] == [
        "error_rate > 5% for 2m", "p95_latency_ms > 2 s for 5m", "a health check fails 3 times in a row",
    ]


def test_error_rate_passes_until_the_breach_has_lasted_two_minutes() -> None:
    # 0% for 10 samples, then 30% from sample 10 (T0 + 150 s) on.
    samples = series(*([0.0] * 10 + [0.3] * 20))
    assert judge(ERROR_RATE, samples, 9)[0] == "pass"
    outcome, evidence = judge(ERROR_RATE, samples, 10)
    assert outcome == "pass" and "0s of 2m" in evidence
    outcome, evidence = judge(ERROR_RATE, samples, 17)  # 105 s of breach
    assert outcome == "pass" and "1m45s of 2m" in evidence and "since 07:02:30" in evidence
    outcome, evidence = judge(ERROR_RATE, samples, 18)  # 120 s
    assert outcome == "fail"
    assert "error_rate 30%, > 5% since 07:02:30: failing since 07:04:30" in evidence
    assert "last 2m: 9 samples, 30% to 30%" in evidence


def test_fail_carries_the_values_of_the_window_and_since_when() -> None:
    samples = series(*([0.0] * 10 + [0.3] * 20))
    verdict = evaluate_metric(ERROR_RATE, samples, T0 + timedelta(seconds=20 * 15), stale_after_s=30)
    assert verdict.failed
    assert verdict.failing_since == T0 + timedelta(seconds=150 + 120)
    assert [value for _, value in verdict.values] == [0.3] * 9
    assert verdict.to_json()["failing_since"] == "2026-11-23T07:04:30+00:00"


def test_one_good_sample_inside_the_window_restarts_the_clock() -> None:
    samples = series(*([0.3] * 10 + [0.01] + [0.3] * 5))
    assert judge(ERROR_RATE, samples, 15)[0] == "pass"


def test_missing_or_stale_data_is_inconclusive_never_pass() -> None:
    assert judge(ERROR_RATE, [], 0) == ("inconclusive", "error_rate: no data")
    samples = series(0.0, 0.0, 0.0)
    outcome, evidence = judge(ERROR_RATE, samples, 10)  # latest sample 120 s old
    assert outcome == "inconclusive" and "(0%) is 2m old" in evidence
    # Breaching for as long as the data reaches back, but less than the window: cannot tell.
    outcome, evidence = judge(ERROR_RATE, series(0.3, 0.3, 0.3), 2)
    assert outcome == "inconclusive" and "oldest data held" in evidence
    # A gap in the middle of a breach: the breach before the gap does not count.
    outcome, evidence = judge(ERROR_RATE, series(0.3, 0.3, 0.3, 0.3, None, None, None, 0.3, 0.3), 8)
    assert outcome == "inconclusive" and "a gap" in evidence


def test_samples_after_now_are_ignored() -> None:
    samples = series(*([0.0] * 10 + [0.3] * 20))
    assert judge(ERROR_RATE, samples, 5)[0] == "pass"


def test_below_and_latest_only() -> None:
    floor = Trigger("traffic", metric="requests_per_s", below=1.0)
    assert judge(floor, series(5.0, 0.5), 1)[0] == "fail"
    assert judge(floor, series(0.5, 5.0), 1)[0] == "pass"


def test_a_breach_older_than_the_data_fails_at_least_since() -> None:
    verdict = evaluate_metric(ERROR_RATE, series(*([0.3] * 20)), T0 + timedelta(seconds=19 * 15), stale_after_s=30)
    assert verdict.failed and verdict.since_at_least
    assert "failing since before 07:02:00 (the oldest data held)" in verdict.evidence


def checks(*failed: bool | None) -> list[HealthResult]:
    return [HealthResult(T0 + timedelta(seconds=5 * i), bool(f), f is None, "failed, HTTP 503" if f else "healthy")
            for i, f in enumerate(failed)]


def health(*failed: bool | None) -> str:
    now = T0 + timedelta(seconds=5 * (len(failed) - 1))
    return evaluate_health(HEALTH, checks(*failed), now, stale_after_s=20, target="api").outcome.value


def test_three_consecutive_health_failures() -> None:
    assert health(False, True, True) == "pass"
    assert health(False, True, True, True) == "fail"
    assert health(True, True, False, True, True) == "pass"
    assert health(True, True) == "inconclusive"  # no earlier check: maybe the third failure is the one before
    assert health(True, True, None) == "inconclusive"
    assert health() == "inconclusive"
    verdict = evaluate_health(HEALTH, checks(False, True, True, True, True), T0 + timedelta(seconds=20),
                              stale_after_s=20, target="api")
    assert verdict.failing_since == T0 + timedelta(seconds=15)
    assert verdict.evidence == (
        "api: failing since 07:00:15 (3+ failed checks in a row, the first at 07:00:05): failed, HTTP 503"
    )


def test_stale_health_is_inconclusive() -> None:
    verdict = evaluate_health(HEALTH, checks(False), T0 + timedelta(minutes=5), stale_after_s=20)
    assert verdict.outcome is VerdictOutcome.INCONCLUSIVE and "5m ago" in verdict.evidence


def naive_breach_start(trigger: Trigger, samples: list[MetricSample], end: int, gap: timedelta) -> int:
    first = end - 1
    while first > 0:
        before = samples[first - 1]
        if not trigger.breached(before.value) or samples[first].at - before.at > gap:
            break
        first -= 1
    return first


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([15] * 40 + [5, 31, 60]), st.sampled_from([0.3] * 60 + [0.9, 0.0, 0.01])),
                min_size=1, max_size=1500))
def test_the_chunked_walk_back_agrees_with_a_plain_loop(steps: list[tuple[int, float]]) -> None:
    """Chunk edges, gaps between chunks, runs longer than a chunk: the fast walk finds the same breach start."""
    at, samples = T0, []
    for seconds, value in steps:
        at += timedelta(seconds=seconds)
        samples.append(MetricSample(at, value))
    for trigger in (ERROR_RATE, Trigger("low", metric="requests_per_s", below=0.05)):
        end = len(samples)
        if trigger.breached(samples[-1].value):
            gap = timedelta(seconds=30)
            assert breach_start(trigger, samples, end, gap) == naive_breach_start(trigger, samples, end, gap)
