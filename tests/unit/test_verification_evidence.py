"""What a checklist step's verification says, word for word, and where staleness starts, to the microsecond.

The hub polls providers whose answers the test scripts (a health check, deployment rows, a metric history), so
each verdict's evidence is pinned exactly as the checklist shows it. Staleness limits are checked on both sides:
an answer exactly at the limit is still judged, one microsecond later it is inconclusive. The poll policy uses
binary fractions so that limit is an exact float.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from cockpit.core.hub import Hub
from cockpit.providers.results import ComponentHealth, DeploymentStatus, Revision, State, utcnow
from cockpit.runbooks.verification import STALE_SLACK_S, Baseline, combine, evaluate
from tests.unit.live_hub import EXACT, LIMIT, TICK, Hubs, LiveHub, Scripted, health
from tests.unit.test_verification import expect, spec


def row(
    state: State, revision: str, ready: int, *, service: str = "api", target: str = "api", history: Sequence[str] = ()
) -> DeploymentStatus:
    revisions = tuple(Revision(rev, current=rev == revision) for rev in history)
    return DeploymentStatus(target, service, state, revision, ready, 3, utcnow(), history=revisions)


# -- health: the evidence names what is wrong, and an unknown state is no failure ------------------------------


async def test_failing_health_names_each_bad_component_with_its_detail_only_when_it_has_one(
    hubs: Hubs,
) -> None:
    check = health(
        State.FAILED,
        ComponentHealth("database", State.FAILED, "connection refused"),
        ComponentHealth("cache", State.DEGRADED),
        ComponentHealth("queue", State.HEALTHY, "12 waiting"),
        status=503,
    )
    live = await hubs.start(Scripted(check=check))
    verdict = evaluate(spec(verify="health"), live.hub, Baseline())
    assert verdict == expect("fail", "api: failed, HTTP 503: database failed (connection refused); cache degraded")


async def test_failing_health_without_bad_components_shows_the_checks_message(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(check=health(State.FAILED, status=500, message="upstream timed out")))
    verdict = evaluate(spec(verify="health"), live.hub, Baseline())
    assert verdict == expect("fail", "api: failed, HTTP 500: upstream timed out")


async def test_an_unknown_health_state_is_inconclusive_not_a_failure(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(check=health(State.UNKNOWN, message="body is not a health document")))
    verdict = evaluate(spec(verify="health"), live.hub, Baseline())
    assert verdict == expect("inconclusive", "api: unknown: body is not a health document")


async def test_a_backend_failing_from_its_first_poll_says_why_not_only_that_nothing_came(hubs: Hubs) -> None:
    failing = Scripted()
    failing.settings.fail = "unreachable"
    live = await hubs.start(failing)
    verdict = evaluate(spec(verify="health"), live.hub, Baseline())
    assert verdict == expect("inconclusive", "api: health unreachable: fake unreachable failure")


async def test_a_health_answer_exactly_at_the_staleness_limit_is_judged_a_microsecond_later_it_is_not(
    hubs: Hubs,
) -> None:
    live = await hubs.start(Scripted())
    check = spec(verify="health")
    snapshot = live.hub.latest("api", "health")
    assert snapshot is not None and snapshot.next_poll_s == EXACT.interval_s
    at_limit = evaluate(check, live.hub, Baseline(), now=snapshot.fetched_at + LIMIT)
    past_limit = evaluate(check, live.hub, Baseline(), now=snapshot.fetched_at + LIMIT + TICK)
    assert at_limit == expect("pass", "api: healthy, HTTP 200, v2")
    assert past_limit == expect("inconclusive", "api: last health answer 18 s ago (polling paused or stuck)")


# -- deployments: healthy AND every replica ready, named as the checklist shows them -------------------------


async def test_a_deployment_is_settled_only_when_healthy_and_every_replica_is_ready(hubs: Hubs) -> None:
    provider = Scripted(rows=[row(State.HEALTHY, "v2", 2)])
    live = await hubs.start(provider)
    deployment, on_v2 = spec(verify="deployment"), spec(verify="revision", revision="v2")
    assert evaluate(deployment, live.hub, Baseline()) == expect("fail", "api: v2, healthy, 2/3 ready")
    assert evaluate(on_v2, live.hub, Baseline()) == expect("fail", "api: v2, healthy, 2/3 ready")

    provider.rows = (row(State.DEGRADED, "v2", 3),)
    await live.until(lambda: evaluate(deployment, live.hub, Baseline()).evidence == "api: v2, degraded, 3/3 ready")
    assert evaluate(on_v2, live.hub, Baseline()) == expect("fail", "api: v2, degraded, 3/3 ready")

    provider.rows = (row(State.HEALTHY, "v2", 3),)
    assert await live.verdict_until(deployment, "pass") == expect("pass", "api: v2, healthy, 3/3 ready")
    assert evaluate(on_v2, live.hub, Baseline()) == expect("pass", "api: v2, healthy, 3/3 ready")


async def test_services_not_named_like_their_target_are_shown_as_target_slash_service(hubs: Hubs) -> None:
    both_ready = [row(State.HEALTHY, "v7", 3, service=s, target="eu") for s in ("checkout", "cart")]
    provider = Scripted(rows=both_ready, target="eu")
    live = await hubs.start(provider)
    deployment = spec(verify="deployment", target="eu")
    assert evaluate(deployment, live.hub, Baseline()) == expect(
        "pass", "eu/checkout: v7, healthy, 3/3 ready; eu/cart: v7, healthy, 3/3 ready"
    )
    provider.rows = (
        row(State.DEGRADED, "v7", 1, service="checkout", target="eu"),
        row(State.HEALTHY, "v7", 3, service="search", target="eu"),
        row(State.PROGRESSING, "v7", 2, service="cart", target="eu"),
    )
    failing = await live.verdict_until(deployment, "fail")
    assert failing == expect("fail", "eu/checkout: v7, degraded, 1/3 ready; eu/cart: v7, progressing, 2/3 ready")


async def test_previous_with_no_older_revision_in_the_history_is_inconclusive(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(rows=[row(State.HEALTHY, "v1", 3, history=["v1"])]))
    baseline = Baseline.capture(live.hub)
    verdict = evaluate(spec(verify="revision", revision="previous"), live.hub, baseline)
    assert verdict == expect("inconclusive", "api: no revision before v1 in its history")


async def test_a_stale_failing_or_empty_deployments_answer_is_never_judged(hubs: Hubs) -> None:
    provider = Scripted(rows=[row(State.HEALTHY, "v2", 3)])
    live = await hubs.start(provider)
    deployment = spec(verify="deployment")
    snapshot = live.hub.latest("api", "deployments")
    assert snapshot is not None
    at_limit = evaluate(deployment, live.hub, Baseline(), now=snapshot.fetched_at + LIMIT)
    past_limit = evaluate(deployment, live.hub, Baseline(), now=snapshot.fetched_at + LIMIT + TICK)
    assert at_limit == expect("pass", "api: v2, healthy, 3/3 ready")
    assert past_limit == expect("inconclusive", "api: last deployments answer 18 s ago (polling paused or stuck)")

    provider.settings.fail = "unreachable"  # the hub keeps the last good rows next to the error: never judged
    failing = await live.verdict_until(deployment, "inconclusive")
    assert failing == expect("inconclusive", "api: deployments unreachable: fake unreachable failure")

    provider.settings.fail, provider.rows = None, ()
    await live.until(lambda: evaluate(deployment, live.hub, Baseline()).evidence == "api: reports no deployment")
    assert evaluate(deployment, live.hub, Baseline()).outcome == "inconclusive"


async def test_a_named_target_is_judged_alone(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(check=health(State.FAILED, status=503)), Scripted(target="web"))
    assert evaluate(spec(verify="health"), live.hub, Baseline()) == expect("fail", "api: failed, HTTP 503")
    assert evaluate(spec(verify="health", target="web"), live.hub, Baseline()) == expect(
        "pass", "web: healthy, HTTP 200, v2"
    )
    assert evaluate(spec(verify="health", target="db"), live.hub, Baseline()) == expect(
        "inconclusive", "no target named 'db' in this environment (targets: api, web)"
    )


def test_an_environment_without_targets_says_so() -> None:
    empty = Hub({}, {})
    assert evaluate(spec(verify="deployment"), empty, Baseline()) == expect(
        "inconclusive", "no target in this environment reports deployments"
    )
    assert evaluate(spec(verify="health", target="web"), empty, Baseline()) == expect(
        "inconclusive", "no target named 'web' in this environment (targets: none)"
    )


def test_nothing_to_combine_is_inconclusive_never_a_pass() -> None:
    assert combine([]) == expect("inconclusive", "nothing to check")


# -- metrics: the newest sample's age, the window's edges ------------------------------------------------------


def newest(live: LiveHub, metric: str = "error_rate") -> datetime:
    snapshot = live.hub.latest("api", "metrics")
    assert snapshot is not None
    return max(sample.at for sample in snapshot.data[metric].samples)


async def test_the_newest_sample_exactly_at_the_staleness_limit_is_judged_a_microsecond_older_it_is_not(
    hubs: Hubs,
) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(9.0, 0.3), (5.0, 0.3), (1.0, 0.001)]}))
    low_errors = spec(verify="metric", metric="error_rate", below="0.01")
    at_limit = evaluate(low_errors, live.hub, Baseline(), now=newest(live) + LIMIT)
    past_limit = evaluate(low_errors, live.hub, Baseline(), now=newest(live) + LIMIT + TICK)
    assert at_limit == expect("pass", "error_rate now 0.1% (needs < 1%)")
    assert past_limit == expect("inconclusive", "api: the latest error_rate sample is 18 s old")


async def test_without_a_window_only_the_latest_of_several_samples_decides(hubs: Hubs) -> None:
    recovered = await hubs.start(Scripted(history={"error_rate": [(3.0, 0.3), (2.0, 0.3), (1.0, 0.001)]}))
    relapsed = await hubs.start(Scripted(history={"error_rate": [(3.0, 0.001), (2.0, 0.001), (1.0, 0.3)]}))
    low_errors = spec(verify="metric", metric="error_rate", below="0.01")
    assert evaluate(low_errors, recovered.hub, Baseline()) == expect("pass", "error_rate now 0.1% (needs < 1%)")
    assert evaluate(low_errors, relapsed.hub, Baseline()) == expect("fail", "error_rate now 30% (needs < 1%)")


async def test_a_window_includes_a_sample_exactly_its_length_old_and_none_older(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(30.0, 0.3), (20.0, 0.001), (1.0, 0.002)]}))
    now = newest(live) + timedelta(seconds=1)  # the first poll's clock: the ages above are exact at this instant

    def judged(window: str) -> tuple[str, str]:
        verdict = evaluate(spec(verify="metric", metric="error_rate", below="0.01", **{"for": window}),
                           live.hub, Baseline(), now=now)
        return verdict.outcome, verdict.evidence

    assert judged("30s") == ("fail", "error_rate max 30% over 30 s (needs < 1%)")
    assert judged("29s") == ("pass", "error_rate max 0.2% over 29 s (needs < 1%)")
    assert judged("31s") == ("inconclusive", "error_rate: need 31 s of data, have 30 s")


async def test_a_window_with_no_sample_inside_it_is_inconclusive(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(10.0, 0.3), (2.0, 0.001)]}))
    now = newest(live) + timedelta(seconds=2)
    verdict = evaluate(spec(verify="metric", metric="error_rate", below="0.01", **{"for": "1s"}), live.hub,
                       Baseline(), now=now)
    assert verdict == expect("inconclusive", "error_rate: no sample in the last 1 s")


async def test_a_metric_with_no_samples_yet_is_inconclusive(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [], "p95_latency_ms": [(1.0, 120.0)]}))
    verdict = evaluate(spec(verify="metric", metric="error_rate", below="0.01", target="api"), live.hub, Baseline())
    assert verdict == expect("inconclusive", "api: no error_rate samples yet")


async def test_a_value_on_the_threshold_is_neither_below_nor_above_it(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(2.0, 0.3), (1.0, 0.01)]}))
    now = newest(live) + timedelta(seconds=1)

    def judged(**bound: str) -> tuple[str, str]:
        verdict = evaluate(spec(verify="metric", metric="error_rate", **bound), live.hub, Baseline(), now=now)
        return verdict.outcome, verdict.evidence

    assert judged(below="0.01") == ("fail", "error_rate now 1% (needs < 1%)")
    assert judged(above="0.01") == ("fail", "error_rate now 1% (needs > 1%)")
    assert judged(above="0") == ("pass", "error_rate now 1% (needs > 0%)")
    assert judged(above="0", **{"for": "2s"}) == ("pass", "error_rate min 1% over 2 s (needs > 0%)")
    assert judged(above="0.02", **{"for": "2s"}) == ("fail", "error_rate min 1% over 2 s (needs > 2%)")


async def test_a_failing_or_stale_metrics_answer_is_never_judged_with_or_without_a_target(
    hubs: Hubs,
) -> None:
    provider = Scripted(history={"error_rate": [(1.0, 0.001)]})
    live = await hubs.start(provider)
    snapshot = live.hub.latest("api", "metrics")
    assert snapshot is not None
    for where in ({}, {"target": "api"}):
        low_errors = spec(verify="metric", metric="error_rate", below="0.01", **where)
        assert evaluate(low_errors, live.hub, Baseline(), now=snapshot.fetched_at + LIMIT + TICK) == expect(
            "inconclusive", "api: last metrics answer 18 s ago (polling paused or stuck)"
        )

    failing = Scripted(history={"error_rate": [(1.0, 0.001)]}, target="web")
    failing.settings.fail = "unreachable"
    broken = await hubs.start(failing)
    on_web = spec(verify="metric", metric="error_rate", below="0.01", target="web")
    unreachable = expect("inconclusive", "web: metrics unreachable: fake unreachable failure")
    assert evaluate(on_web, broken.hub, Baseline()) == unreachable


async def test_where_a_metric_is_missing_says_what_there_is_or_who_has_not_answered(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={}))
    on_api = spec(verify="metric", metric="error_rate", below="0.01", target="api")
    nothing = expect("inconclusive", "api reports no metric error_rate (it has: none)")
    assert evaluate(on_api, live.hub, Baseline()) == nothing

    not_polled = Hub({"api": Scripted(), "web": Scripted(target="web")}, {})
    anywhere = spec(verify="metric", metric="error_rate", below="0.01")
    assert evaluate(anywhere, not_polled, Baseline()) == expect(
        "inconclusive", "no target reports error_rate yet (waiting for api, web)"
    )


def test_the_exact_limit_is_an_exact_float() -> None:
    # The boundary tests above rely on it: a limit that rounds would make "exactly at the limit" off by a hair.
    assert LIMIT.total_seconds() == 18.0625 == EXACT.interval_s + EXACT.timeout_s + STALE_SLACK_S
