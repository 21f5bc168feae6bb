"""Verifications judged from a real hub polling fake providers: missing or failing data never passes."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from cockpit.core.hub import Hub
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import MetricSample, utcnow
from cockpit.runbooks.verification import Baseline, SpecError, Verdict, VerdictOutcome, VerificationSpec, evaluate
from tests.unit.live_hub import LiveHub


@pytest.fixture
async def live() -> AsyncIterator[LiveHub]:
    hub = LiveHub(api=FakeProvider("api", FakeSettings()))
    hub.hub.start()
    try:
        await hub.polled()
        yield hub
    finally:
        await hub.hub.stop()


def expect(outcome: str, evidence: str) -> Verdict:
    return Verdict(VerdictOutcome(outcome), evidence)


def spec(**attrs: str) -> VerificationSpec:
    parsed = VerificationSpec.from_attrs(attrs)
    assert parsed is not None
    return parsed


# -- the notation ----------------------------------------------------------------------------------------------


def test_steps_without_verify_have_no_verification() -> None:
    assert VerificationSpec.from_attrs({"id": "rollback", "action": "rollback"}) is None


def test_a_metric_verification_reads_its_bound_and_window() -> None:
    parsed = spec(verify="metric", metric="error_rate", below="0.02", **{"for": "30s"})
    assert (parsed.metric, parsed.below, parsed.above, parsed.window_s) == ("error_rate", 0.02, None, 30.0)
    assert parsed.describe() == "error_rate below 0.02 for 30 s"


@pytest.mark.parametrize(
    ("attrs", "message"),
    [
        ({"verify": "vibes"}, "verify=vibes is not one of health, revision, deployment, metric"),
        ({"verify": "revision"}, "verify=revision needs revision=previous or revision=<id>"),
        ({"verify": "metric", "below": "1"}, "verify=metric needs metric=<name>"),
        ({"verify": "metric", "metric": "error_rate"}, "exactly one of below=<number> or above=<number>"),
        ({"verify": "metric", "metric": "m", "below": "1", "above": "0"}, "exactly one of below"),
        ({"verify": "metric", "metric": "m", "below": "low"}, "below=low is not a number"),
        ({"verify": "metric", "metric": "m", "below": "1", "for": "a while"}, "for=a while is not a duration"),
        ({"verify": "health", "for": "30s"}, "for only apply to verify=metric, not verify=health"),
        ({"verify": "health", "target": " "}, "target= needs a value"),
    ],
)
def test_an_unusable_verification_is_a_one_line_spec_error(attrs: dict[str, str], message: str) -> None:
    with pytest.raises(SpecError, match=message.replace("(", r"\(").replace(")", r"\)")) as caught:
        VerificationSpec.from_attrs(attrs)
    assert "\n" not in str(caught.value)


# -- health ----------------------------------------------------------------------------------------------------


async def test_health_fails_with_the_failing_components_then_passes_after_recovery(live: LiveHub) -> None:
    check = spec(verify="health")
    verdict = evaluate(check, live.hub, Baseline())
    assert verdict.outcome == "fail"
    assert verdict.evidence == "api: failed, HTTP 503, v3: database failed (connection refused)"

    live.providers["api"].current = "v2"
    verdict = await live.verdict_until(check, "pass")
    assert verdict.evidence == "api: healthy, HTTP 200, v2"


async def test_a_failing_backend_is_inconclusive_even_when_its_last_answer_was_healthy(live: LiveHub) -> None:
    provider = live.providers["api"]
    provider.current = "v2"
    await live.verdict_until(spec(verify="health"), "pass")
    provider.settings.fail = "unreachable"
    await live.until(lambda: (snap := live.hub.latest("api", "health")) is not None and snap.failed)
    verdict = evaluate(spec(verify="health", target="api"), live.hub, Baseline())
    assert verdict.outcome == "inconclusive"
    assert verdict.evidence == "api: health unreachable: fake unreachable failure"


async def test_stale_data_is_inconclusive(live: LiveHub) -> None:
    later = utcnow() + timedelta(minutes=5)
    verdict = evaluate(spec(verify="health"), live.hub, Baseline(), now=later)
    assert verdict.outcome == "inconclusive"
    assert "last health answer" in verdict.evidence and "(polling paused or stuck)" in verdict.evidence


def test_no_answer_yet_and_unknown_targets_are_inconclusive() -> None:
    hub = Hub({"api": FakeProvider("api", FakeSettings())}, {})
    assert evaluate(spec(verify="health"), hub, Baseline()) == expect("inconclusive", "api: no health answer yet")
    unknown = evaluate(spec(verify="health", target="web"), hub, Baseline())
    assert unknown == expect("inconclusive", "no target named 'web' in this environment (targets: api)")
    assert evaluate(spec(verify="health"), Hub({}, {}), Baseline()).evidence == (
        "no target in this environment checks health"
    )


async def test_one_failing_target_fails_the_whole_check() -> None:
    live = LiveHub(api=FakeProvider("api", FakeSettings()), web=FakeProvider("web", FakeSettings(revisions=["v9"])))
    live.hub.start()
    try:
        await live.polled()
        verdict = evaluate(spec(verify="health"), live.hub, Baseline())
    finally:
        await live.hub.stop()
    assert verdict.outcome == "fail"
    assert verdict.evidence.startswith("api: failed") and "web" not in verdict.evidence


# -- revisions and deployments ---------------------------------------------------------------------------------


async def test_previous_means_the_revision_before_the_baseline_even_after_the_rollback(live: LiveHub) -> None:
    baseline = Baseline.capture(live.hub)
    assert baseline.to_json() == [{"target": "api", "service": "api", "revision": "v3", "previous": "v2"}]
    previous = spec(verify="revision", revision="previous")
    want = expect("fail", "api: at v3, degraded, 1/3 ready; want v2 (the one before v3)")
    assert evaluate(previous, live.hub, baseline) == want

    live.providers["api"].current = "v2"
    verdict = await live.verdict_until(previous, "pass", baseline)
    assert verdict.evidence == "api: v2 (the one before v3), healthy, 3/3 ready"
    # Captured now, "previous" would be v1; the baseline keeps meaning v2.
    assert Baseline.capture(live.hub).to_json()[0]["previous"] == "v1"
    assert Baseline.from_json(baseline.to_json()) == baseline


async def test_a_named_revision_and_a_settled_deployment(live: LiveHub) -> None:
    assert evaluate(spec(verify="revision", revision="v1"), live.hub, Baseline()).outcome == "fail"
    assert evaluate(spec(verify="deployment"), live.hub, Baseline()) == expect("fail", "api: v3, degraded, 1/3 ready")
    live.providers["api"].current = "v1"
    await live.verdict_until(spec(verify="revision", revision="v1", target="api"), "pass")
    assert evaluate(spec(verify="deployment"), live.hub, Baseline()).outcome == "pass"


async def test_previous_without_a_baseline_is_inconclusive(live: LiveHub) -> None:
    verdict = evaluate(spec(verify="revision", revision="previous"), live.hub, Baseline())
    assert verdict == expect("inconclusive", "api: no revision was recorded when the checklist started")


# -- metrics ---------------------------------------------------------------------------------------------------


async def test_a_window_longer_than_the_data_is_inconclusive(live: LiveHub) -> None:
    verdict = evaluate(spec(verify="metric", metric="error_rate", below="0.5", **{"for": "30s"}), live.hub, Baseline())
    assert verdict.outcome == "inconclusive"
    assert re.fullmatch(r"error_rate: need 30 s of data, have \d(\.\d)? s", verdict.evidence)


async def test_every_sample_in_the_window_must_hold(live: LiveHub) -> None:
    errors_low = spec(verify="metric", metric="error_rate", below="0.01", **{"for": "300ms"})
    failing = await live.verdict_until(errors_low, "fail")
    assert failing.evidence == "error_rate max 30% over 0.3 s (needs < 1%)"

    live.providers["api"].current = "v2"
    await live.until(
        lambda: (s := live.hub.latest("api", "metrics")) is not None and s.data["error_rate"].latest.value < 0.01
    )
    # The first good sample is in, but the window still holds bad ones.
    assert evaluate(errors_low, live.hub, Baseline()).outcome == "fail"
    passing = await live.verdict_until(errors_low, "pass")
    assert passing.evidence == "error_rate max 0.1% over 0.3 s (needs < 1%)"


async def test_without_a_window_the_latest_sample_decides(live: LiveHub) -> None:
    slow = spec(verify="metric", metric="p95_latency_ms", above="1000")
    assert evaluate(slow, live.hub, Baseline()) == expect("pass", "p95_latency_ms now 1800 ms (needs > 1000 ms)")


async def test_an_unknown_metric_is_inconclusive(live: LiveHub) -> None:
    anywhere = evaluate(spec(verify="metric", metric="memory", below="1"), live.hub, Baseline())
    assert anywhere == expect("inconclusive", "no target reports memory")
    on_api = evaluate(spec(verify="metric", metric="memory", below="1", target="api"), live.hub, Baseline())
    assert on_api == expect("inconclusive", "api reports no metric memory (it has: error_rate, p95_latency_ms)")


# -- staleness: old data never passes, whatever it says ----------------------------------------------------------


async def test_stale_healthy_data_is_inconclusive_not_a_pass(live: LiveHub) -> None:
    live.providers["api"].current = "v2"
    await live.verdict_until(spec(verify="health"), "pass")
    later = utcnow() + timedelta(minutes=5)
    verdict = evaluate(spec(verify="health"), live.hub, Baseline(), now=later)
    assert verdict.outcome == "inconclusive"
    assert "(polling paused or stuck)" in verdict.evidence


async def test_a_stale_metrics_answer_is_inconclusive_even_when_its_values_pass(live: LiveHub) -> None:
    live.providers["api"].current = "v2"
    low_errors = spec(verify="metric", metric="error_rate", below="0.01", target="api")
    await live.verdict_until(low_errors, "pass")
    later = utcnow() + timedelta(minutes=5)
    verdict = evaluate(low_errors, live.hub, Baseline(), now=later)
    assert verdict.outcome == "inconclusive"
    assert "last metrics answer" in verdict.evidence


class OldSamplesProvider(FakeProvider):
    """Answers every poll at once, but with a sample from half a minute ago (a scrape target that stopped)."""

    async def instant(self, name: str) -> MetricSample | None:
        sample = await super().instant(name)
        return None if sample is None else MetricSample(sample.at - timedelta(seconds=30), sample.value)


async def test_an_old_sample_in_a_fresh_answer_is_inconclusive() -> None:
    provider = OldSamplesProvider("api", FakeSettings())
    provider.current = "v2"
    live = LiveHub(api=provider)
    live.hub.start()
    try:
        await live.polled()
        for anywhere in (True, False):
            check = spec(verify="metric", metric="error_rate", below="0.01", **({} if anywhere else {"target": "api"}))
            verdict = evaluate(check, live.hub, Baseline())
            assert verdict.outcome == "inconclusive"
            assert "the latest error_rate sample is 30 s old" in verdict.evidence
    finally:
        await live.hub.stop()
