"""Rollback-trigger verdicts compared whole: outcome, evidence word for word, target, judged-at time and the window's
values, at the edges that decide them (staleness to the microsecond, a breach interrupted or cut by a gap)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.core.triggers import HealthResult, Trigger, TriggerVerdict, evaluate_health, evaluate_metric
from cockpit.core.verdicts import VerdictOutcome
from cockpit.providers.results import MetricSample

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
STALE_S = 30.0
TICK = timedelta(microseconds=1)
ERRORS = Trigger("error rate", metric="error_rate", above=0.05, window_s=60.0)
HEALTH = Trigger("health", consecutive=2)
PASS, FAIL, INCONCLUSIVE = VerdictOutcome.PASS, VerdictOutcome.FAIL, VerdictOutcome.INCONCLUSIVE


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def every_15s(*values: float | None) -> list[MetricSample]:
    """One sample every 15 s from T0; None leaves a gap."""
    return [MetricSample(at(i * 15), v) for i, v in enumerate(values) if v is not None]


def window(samples: list[MetricSample]) -> tuple[tuple[datetime, float], ...]:
    return tuple((s.at, s.value) for s in samples)


# -- metric triggers ---------------------------------------------------------------------------------------------


def test_the_latest_sample_exactly_at_the_staleness_limit_is_judged_a_microsecond_later_it_is_not() -> None:
    samples = every_15s(0.01)
    judged = evaluate_metric(ERRORS, samples, at(STALE_S), stale_after_s=STALE_S, target="api")
    assert judged == TriggerVerdict(ERRORS, PASS, "api: error_rate 1%, not > 5%", "api",
                                    values=window(samples), at=at(STALE_S))
    stale = evaluate_metric(ERRORS, samples, at(STALE_S) + TICK, stale_after_s=STALE_S, target="api")
    assert stale == TriggerVerdict(ERRORS, INCONCLUSIVE, "api: error_rate: latest sample (1%) is 30s old", "api",
                                   at=at(STALE_S) + TICK)


def test_the_window_reaches_back_to_the_first_sample_and_samples_after_now_are_ignored() -> None:
    samples = every_15s(0.01, 0.02, 0.03, 0.9)  # the 0.9 comes after the moment judged
    verdict = evaluate_metric(ERRORS, samples, at(30), stale_after_s=STALE_S)
    assert verdict == TriggerVerdict(ERRORS, PASS, "error_rate 3%, not > 5%; last 1m: 3 samples, 1% to 3%",
                                     values=window(samples[:3]), at=at(30))


def test_a_breach_after_a_good_sample_is_counted_from_its_start() -> None:
    samples = every_15s(0.0, 0.3, 0.3)
    verdict = evaluate_metric(ERRORS, samples, at(30), stale_after_s=STALE_S)
    assert verdict == TriggerVerdict(
        ERRORS, PASS, "error_rate 30%, > 5% since 07:00:15 (15s of 1m); last 1m: 3 samples, 0% to 30%",
        values=window(samples), at=at(30),
    )


def test_a_breach_back_to_a_gap_or_to_the_oldest_data_is_inconclusive_until_it_has_lasted() -> None:
    after_gap = every_15s(0.3, None, None, 0.3, 0.3)
    verdict = evaluate_metric(ERRORS, after_gap, at(60), stale_after_s=STALE_S)
    assert verdict == TriggerVerdict(
        ERRORS, INCONCLUSIVE, "error_rate 30%, > 5% since 07:00:45 (15s of 1m), back to a gap in the data",
        values=window(after_gap), at=at(60),
    )
    good_before_the_gap = every_15s(0.0, None, None, 0.3, 0.3)  # a good sample ends the breach, gap or not
    assert evaluate_metric(ERRORS, good_before_the_gap, at(60), stale_after_s=STALE_S).evidence == (
        "error_rate 30%, > 5% since 07:00:45 (15s of 1m); last 1m: 3 samples, 0% to 30%"
    )
    from_start = every_15s(0.3, 0.3, 0.0)  # the good 0.0 comes after the moment judged: it ends nothing yet
    assert evaluate_metric(ERRORS, from_start, at(15), stale_after_s=STALE_S) == TriggerVerdict(
        ERRORS, INCONCLUSIVE, "error_rate 30%, > 5% since 07:00:00 (15s of 1m), back to the oldest data held",
        values=window(from_start[:2]), at=at(15),
    )


def test_a_breach_as_old_as_the_data_fails_since_at_least_then() -> None:
    samples = every_15s(0.3, 0.3, 0.3, 0.3, 0.3)
    verdict = evaluate_metric(ERRORS, samples, at(60), stale_after_s=STALE_S, target="api")
    assert verdict == TriggerVerdict(
        ERRORS, FAIL,
        "api: error_rate 30%, > 5% since before 07:00:00: failing since before 07:01:00 (the oldest data held)"
        "; last 1m: 5 samples, 30% to 30%",
        "api", values=window(samples), failing_since=at(60), since_at_least=True, at=at(60),
    )


def test_below_and_zero_thresholds_and_units_nobody_declared() -> None:
    traffic = Trigger("traffic", metric="requests_per_s", below=1.0)
    assert evaluate_metric(traffic, every_15s(7.0), at(0), stale_after_s=STALE_S).evidence == (
        "requests_per_s 7 req/s, not < 1 req/s"
    )
    queue = Trigger("queue", metric="queue_depth", above=0.0)
    assert evaluate_metric(queue, every_15s(0.0), at(0), stale_after_s=STALE_S).evidence == "queue_depth 0, not > 0"


# -- health triggers ---------------------------------------------------------------------------------------------


def test_health_verdicts_whole() -> None:
    assert evaluate_health(HEALTH, [], at(0), stale_after_s=STALE_S) == TriggerVerdict(
        HEALTH, INCONCLUSIVE, "health: no health check yet", at=at(0)
    )
    ok = [HealthResult(at(0), failed=False)]
    assert evaluate_health(HEALTH, ok, at(STALE_S), stale_after_s=STALE_S, target="api") == TriggerVerdict(
        HEALTH, PASS, "api: healthy", "api", at=at(STALE_S)
    )
    assert evaluate_health(HEALTH, ok, at(STALE_S) + TICK, stale_after_s=STALE_S, target="api") == TriggerVerdict(
        HEALTH, INCONCLUSIVE, "api: last check 30s ago", "api", at=at(STALE_S) + TICK
    )
    unknown = [HealthResult(at(0), failed=False, unknown=True)]
    assert evaluate_health(HEALTH, unknown, at(1), stale_after_s=STALE_S) == TriggerVerdict(
        HEALTH, INCONCLUSIVE, "health: state unknown", at=at(1)
    )
    said = [HealthResult(at(0), failed=False, unknown=True, summary="HTTP 200, body not JSON")]
    assert evaluate_health(HEALTH, said, at(1), stale_after_s=STALE_S).evidence == "health: HTTP 200, body not JSON"
    fine = [HealthResult(at(0), failed=False, summary="healthy, HTTP 200")]
    assert evaluate_health(HEALTH, fine, at(1), stale_after_s=STALE_S).evidence == "health: healthy, HTTP 200"


def test_a_failing_run_shorter_than_needed_passes_unless_it_is_all_there_is() -> None:
    earlier_pass = [HealthResult(at(0), failed=False), HealthResult(at(15), failed=True, summary="HTTP 503")]
    assert evaluate_health(HEALTH, earlier_pass, at(15), stale_after_s=STALE_S, target="api") == TriggerVerdict(
        HEALTH, PASS, "api: 1 of 2 failed checks in a row: HTTP 503", "api", at=at(15)
    )
    only_failures = earlier_pass[1:]
    assert evaluate_health(HEALTH, only_failures, at(15), stale_after_s=STALE_S, target="api") == TriggerVerdict(
        HEALTH, INCONCLUSIVE, "api: 1 of 2 failed checks in a row: HTTP 503 (no earlier check seen)", "api", at=at(15)
    )
