"""A rate needs a minimum sample, and a change of verdict needs to hold: the demo after a verified rollback, where
one error in 16 requests (6.25%) flipped the advice between "Roll back now" and "No rollback" every poll and failed
"error rate below 2% for 10 s"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.core.hub import Hub
from cockpit.core.sample_size import pool
from cockpit.core.trigger_monitor import TriggerMonitor
from cockpit.core.triggers import Trigger, TriggerVerdict
from cockpit.core.verdicts import Steady, VerdictOutcome
from cockpit.providers.results import MetricSample
from cockpit.runbooks.advice import StandingAdvice
from cockpit.runbooks.advisor import RowVerdict, evaluate_table
from cockpit.runbooks.baseline import Baseline
from cockpit.runbooks.lint import lint_runbook
from cockpit.runbooks.parser import parse_runbook
from cockpit.runbooks.verification import VerificationSpec, evaluate
from tests.unit.live_hub import Hubs, Scripted
from tests.unit.test_advisor_evidence import ERRORS_ROW, table

POLL_S = 2.0
RPS = 8.0
"""The demo's traffic: 16 requests between two polls."""
RECOVERED = [0.0] * 9 + [1 / 16]
"""Ten polls after the rollback, oldest first: clean, then one error in the last 16 requests."""
BELOW_2_PERCENT_FOR_10_S = {"verify": "metric", "metric": "error_rate", "below": "0.02", "for": "10s"}


def history(values: list[float], rps: float = RPS) -> dict[str, list[tuple[float, float]]]:
    ages = [POLL_S * (len(values) - 1 - index) for index in range(len(values))]
    return {"error_rate": list(zip(ages, values, strict=True)), "requests_per_s": [(age, rps) for age in ages]}


def samples(values: list[float], every_s: float = POLL_S) -> list[MetricSample]:
    start = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)
    return [MetricSample(start + timedelta(seconds=every_s * i), value) for i, value in enumerate(values)]


def test_a_ratio_is_pooled_back_until_enough_requests_stand_behind_it() -> None:
    ratios = samples(RECOVERED)
    pooled = pool(ratios, samples([RPS] * len(RECOVERED)), min_requests=50)
    latest = pooled[-1]
    assert (latest.requests, latest.span_s) == (64.0, 8.0)  # four polls of 16 requests
    assert latest.value == 1 / 64
    assert pooled[0].value is None and pooled[2].value is None  # 16 and 48 requests: too few to say anything
    assert pool(ratios, samples([RPS] * len(RECOVERED)), min_requests=50, look_back_s=6.0)[-1].value is None
    # Errors that left the pool leave no residue of the running sums behind (the pane showed "5.47e-15%").
    recovered = pool(samples([0.2269, 0.3695, 0.3528] + [0.0] * 6), samples([6.79] * 9), min_requests=50)
    assert recovered[-1].value == 0.0


async def test_one_error_in_16_requests_does_not_advise_a_rollback(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history=history(RECOVERED)))
    (errors,) = evaluate_table(table(ERRORS_ROW), live.hub)
    assert errors == RowVerdict(0, False, "api: error_rate 1.56% over 64 requests not > 5%")


async def test_a_real_breach_still_advises_a_rollback(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history=history([0.3] * 10)))
    (errors,) = evaluate_table(table(ERRORS_ROW), live.hub)
    assert errors == RowVerdict(0, True, "api: error_rate 30% over 64 requests > 5%")


async def test_too_few_requests_is_no_answer(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history=history([0.0, 1 / 16], rps=RPS)))
    (errors,) = evaluate_table(table(ERRORS_ROW), live.hub)
    assert errors.applies is None
    assert errors.reason == ("api: error_rate: only 32 requests in the last 4 s; "
                             "a ratio needs at least 50 to pass or fail")
    verdict = evaluate(VerificationSpec.from_attrs(BELOW_2_PERCENT_FOR_10_S), live.hub, Baseline())  # type: ignore
    assert verdict.outcome is VerdictOutcome.INCONCLUSIVE


async def test_the_noise_passes_error_rate_below_2_percent_for_10_s(hubs: Hubs) -> None:
    spec = VerificationSpec.from_attrs(BELOW_2_PERCENT_FOR_10_S)
    assert spec is not None and spec.min_requests == 50
    live = await hubs.start(Scripted(history=history(RECOVERED)))
    verdict = evaluate(spec, live.hub, Baseline())
    assert verdict.outcome is VerdictOutcome.PASS, verdict
    assert verdict.evidence == ("error_rate max 1.56% over 10 s (needs < 2%) "
                                "(each value over at least 50 requests)")
    strict = VerificationSpec.from_attrs({**BELOW_2_PERCENT_FOR_10_S, "min_requests": "0"})
    assert strict is not None and evaluate(strict, live.hub, Baseline()).outcome is VerdictOutcome.FAIL


async def test_rollback_triggers_judge_pooled_values(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history=history(RECOVERED)))
    monitor = TriggerMonitor([Trigger("error rate", metric="error_rate", above=0.05)], live.hub)
    (verdict,) = monitor.evaluate()
    assert verdict.outcome is VerdictOutcome.PASS, verdict
    assert verdict.evidence.endswith("(each value over at least 50 requests)")
    unpooled = TriggerMonitor([Trigger("error rate", metric="error_rate", above=0.05, min_requests=0)], live.hub)
    assert unpooled.evaluate()[0].outcome is VerdictOutcome.FAIL


def test_a_change_of_verdict_stands_only_once_it_held() -> None:
    steady: Steady[str] = Steady(10.0, undecided=lambda value: value == "unknown")
    assert steady.offer("unknown", 0.0) and steady.settled == "unknown"
    assert steady.offer("Roll back now", 1.0)  # out of "unknown": at once
    # The flapping of the demo: 7 verdicts in 23 s. None holds 10 s, so the advice stands.
    flaps = [(4.0, "No rollback"), (7.0, "Roll back now"), (11.0, "No rollback"), (14.0, "Roll back now"),
             (17.0, "No rollback"), (20.0, "Roll back now"), (24.0, "No rollback")]
    assert [steady.offer(value, at) for at, value in flaps] == [False] * 7
    assert steady.settled == "Roll back now" and steady.pending == "No rollback"
    assert not steady.offer("No rollback", 33.9)
    assert steady.offer("No rollback", 34.0) and steady.settled == "No rollback" and steady.pending is None


def test_the_timeline_hears_of_a_change_of_advice_only_when_it_holds() -> None:
    now = [0.0]
    advice = StandingAdvice(clock=lambda: now[0])
    matrix = table(ERRORS_ROW)
    recorded = []
    for at, said in [(0, "Roll back now"), (3, None), (6, "Roll back now"), (9, None), (12, "Roll back now"),
                     (15, None), (18, None), (21, None), (24, None), (25, None)]:
        now[0] = at
        change = advice.offer(matrix, said, [])
        if change is not None:
            recorded.append((at, change.advice))
    assert recorded == [(0, "Roll back now"), (25, None)]
    assert advice.current() == {matrix.line: None} and advice.pending(matrix.line) is None
    held = table("<!-- cockpit: decision hold=0s -->\n" + ERRORS_ROW)
    assert StandingAdvice().offer(held, "a", []) and StandingAdvice().offer(held, "b", [])


class ScriptedMonitor(TriggerMonitor):
    """A monitor whose judgements the test scripts (the hysteresis is what is tested)."""

    def __init__(self, outcomes: list[VerdictOutcome], clock: list[float]) -> None:
        super().__init__([Trigger("health", consecutive=3)], Hub({}, {}), hold_clock=lambda: clock[0])
        self.triggers = (Trigger("health", consecutive=3),)
        self.outcomes = outcomes

    def judge(self, trigger: Trigger, now: datetime) -> TriggerVerdict:
        return TriggerVerdict(trigger, self.outcomes.pop(0), "scripted", at=now)


def test_a_trigger_verdict_is_heard_only_once_it_held() -> None:
    clock = [0.0]
    fail, ok, unknown = VerdictOutcome.FAIL, VerdictOutcome.PASS, VerdictOutcome.INCONCLUSIVE
    monitor = ScriptedMonitor([unknown, fail, ok, fail, ok, fail, ok, ok], clock)
    heard: list[tuple[VerdictOutcome, VerdictOutcome | None]] = []
    monitor.subscribe(lambda new, old: heard.append((new.outcome, old.outcome if old else None)))
    for at in (0.0, 1.0, 3.0, 5.0, 7.0, 9.0, 11.0, 21.0):
        clock[0] = at
        monitor.evaluate()
    # Out of "inconclusive" at once; the pass/fail noise never held 10 s until the last pass did.
    assert heard == [(unknown, None), (fail, unknown), (ok, fail)]
    assert monitor.verdicts["health"].outcome is ok and monitor.pending("health") is None


def test_lint_names_a_hold_or_minimum_sample_it_cannot_use() -> None:
    runbook = parse_runbook("<!-- cockpit: decision hold=soon min_requests=many -->\n" + ERRORS_ROW
                            + "\n- [ ] Errors low <!-- cockpit: verify=metric metric=error_rate below=0.02 "
                            "min_requests=-1 hold=5s -->\n")
    messages = [finding.message for finding in lint_runbook(runbook)]
    assert "table: hold=soon is not a duration like 30s, 5m or 1h" in messages
    assert "table: min_requests=many is not a request count like 50" in messages
    assert "step s0.1: min_requests=-1 is not a request count like 50" in messages
    assert not [m for m in messages if "unknown cockpit attribute" in m]


async def test_a_check_on_a_named_target_judges_the_same_pooled_values(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history=history(RECOVERED)))
    named = VerificationSpec.from_attrs({**BELOW_2_PERCENT_FOR_10_S, "target": "api"})
    verdict = evaluate(named, live.hub, Baseline())  # type: ignore[arg-type]
    assert verdict.outcome is VerdictOutcome.PASS, verdict
    assert verdict.evidence == ("error_rate max 1.56% over 10 s (needs < 2%) "
                                "(each value over at least 50 requests)")


async def test_a_window_partly_on_too_few_requests_is_no_answer(hubs: Hubs) -> None:
    # 16 requests a poll: 100 need seven polls behind a value, so the window's two oldest values stand on too few.
    live = await hubs.start(Scripted(history=history(RECOVERED)))
    spec = VerificationSpec.from_attrs({**BELOW_2_PERCENT_FOR_10_S, "min_requests": "100"})
    verdict = evaluate(spec, live.hub, Baseline())  # type: ignore[arg-type]
    assert verdict.outcome is VerdictOutcome.INCONCLUSIVE, verdict
    assert verdict.evidence == "error_rate: part of the last 10 s stands on too few requests (fewer than 100)"


async def test_a_latest_value_on_too_few_requests_says_how_many_there_were(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history=history([0.0] * 10, rps=0.5)))
    verdict = evaluate(VerificationSpec.from_attrs(BELOW_2_PERCENT_FOR_10_S), live.hub, Baseline())  # type: ignore
    assert verdict.outcome is VerdictOutcome.INCONCLUSIVE, verdict
    assert verdict.evidence == ("api: error_rate: only 10 requests in the last 20 s; "
                                "a ratio needs at least 50 to pass or fail")


async def test_a_burst_of_traffic_at_the_end_does_not_vouch_for_the_quiet_before_it(hubs: Hubs) -> None:
    # One request a poll, then 200 in the last: the latest value stands on enough, the ones before it do not.
    quiet_then_busy = history([0.0] * 10, rps=0.5)
    quiet_then_busy["requests_per_s"][-1] = (0.0, 100.0)
    live = await hubs.start(Scripted(history=quiet_then_busy))
    verdict = evaluate(VerificationSpec.from_attrs(BELOW_2_PERCENT_FOR_10_S), live.hub, Baseline())  # type: ignore
    assert verdict.outcome is VerdictOutcome.INCONCLUSIVE, verdict
    assert verdict.evidence == "error_rate: part of the last 10 s stands on too few requests (fewer than 50)"
