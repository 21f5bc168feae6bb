"""The demo provider against the real demo service: what the cockpit's panes and rollback walk will see."""

from __future__ import annotations

import asyncio
import math
import shlex
from contextlib import aclosing
from datetime import timedelta

import msgspec
import pytest

from cockpit.demo.service import DemoService
from cockpit.providers.base import BadResponse, NotFound, ProviderError, Unreachable, capabilities_of
from cockpit.providers.demo import DemoProvider, DemoSettings
from cockpit.providers.promtext import RequestCounters, histogram_quantile
from cockpit.providers.results import LogLine, State, utcnow
from tests.providers.conftest import StubServer


async def first_line(provider: DemoProvider, contains: str) -> LogLine:
    async with asyncio.timeout(5), aclosing(provider.tail(contains=contains)) as lines:
        async for line in lines:
            return line
    raise AssertionError("the stream ended without a matching line")


async def test_it_has_the_capabilities_the_demo_needs(demo_provider: DemoProvider) -> None:
    assert set(capabilities_of(demo_provider)) == {"deployments", "logs", "metrics", "rollback", "restart", "scale"}


async def test_deployments_show_the_bad_deploy(demo_provider: DemoProvider) -> None:
    [status] = await demo_provider.deployments()
    assert (status.service, status.revision, status.state, status.ready, status.desired) == (
        "checkout", "v42", State.DEGRADED, 1, 3)
    assert "connection pool exhausted" in status.message
    assert [r.id for r in status.history] == ["v42", "v41", "v40", "v39"]
    assert status.history[0].current and status.history[0].image == "registry.local/checkout:v42"
    deployed_at = status.history[0].created_at
    assert deployed_at is not None and timedelta(minutes=2) < utcnow() - deployed_at < timedelta(minutes=4)
    previous = status.previous_revision()
    assert previous is not None and previous.id == "v41"
    assert status.events[0].warning and status.events[0].reason == "Unhealthy"
    assert status.events == tuple(sorted(status.events, key=lambda e: e.at, reverse=True))


async def test_rolling_back_plans_the_exact_command_and_the_service_recovers(
    demo_service: DemoService, demo_provider: DemoProvider
) -> None:
    plan = await demo_provider.plan_rollback("checkout")
    assert plan.command == (
        f"curl -fsS -X POST {demo_service.base_url}/admin/deploy -H 'Content-Type: application/json' "
        """-d '{"revision": "v41"}'"""
    )
    assert [(c.field, c.before, c.after) for c in plan.changes] == [
        ("revision", "v42", "v41"),
        ("image", "registry.local/checkout:v42", "registry.local/checkout:v41"),
    ]
    assert plan.reversible and plan.expect_revision == "v41" and plan.action == "rollback"
    assert "v42 to v41" in plan.summary

    result = await demo_provider.execute(plan)
    assert result.ok, result.message
    assert '"revision": "v41"' in result.output and result.started_at <= result.finished_at
    assert demo_service.wait_for_rollout(5)
    [status] = await demo_provider.deployments()
    assert (status.revision, status.state, status.ready, status.desired) == ("v41", State.HEALTHY, 3, 3)
    assert status.events[0].reason == "DeployFinished"
    with pytest.raises(ProviderError, match="already runs v41"):
        await demo_provider.plan_rollback("checkout", "v41")


async def test_a_second_rollout_while_one_runs_is_a_failed_result_not_a_crash() -> None:
    with DemoService(traffic_rps=0, rollout_s=30, seed=2) as service:
        provider = DemoProvider("checkout", DemoSettings(base_url=service.base_url))
        try:
            first = await provider.execute(await provider.plan_rollback("checkout"))
            second = await provider.execute(await provider.plan_rollback("checkout", "v40"))
        finally:
            await provider.aclose()
    assert first.ok
    assert not second.ok and "in progress" in second.message and '"error"' in second.output


async def test_metrics_show_the_errors_and_their_end_after_the_rollback(
    demo_service: DemoService, demo_provider: DemoProvider
) -> None:
    assert demo_provider.metric_names() == ("error_rate", "p95_latency_ms", "requests_per_s")
    assert await demo_provider.instant("error_rate") is None  # one scrape is no window yet
    demo_service.generate_traffic(500)
    bad_errors = await demo_provider.instant("error_rate")
    bad_p95 = await demo_provider.instant("p95_latency_ms")
    rate = await demo_provider.instant("requests_per_s")
    assert bad_errors is not None and 0.2 < bad_errors.value < 0.4
    assert bad_p95 is not None and 1500 <= bad_p95.value <= 2500
    assert rate is not None and rate.value > 0

    await demo_provider.execute(await demo_provider.plan_rollback("checkout"))
    assert demo_service.wait_for_rollout(5)
    await demo_provider.instant("error_rate")  # the window containing the rollout itself
    demo_service.generate_traffic(500)
    good_errors = await demo_provider.instant("error_rate")
    good_p95 = await demo_provider.instant("p95_latency_ms")
    assert good_errors is not None and good_errors.value < 0.02
    assert good_p95 is not None and good_p95.value < 250

    series = await demo_provider.range("error_rate", utcnow() - timedelta(minutes=5), utcnow(), 0)
    assert series.unit == "ratio"
    assert series.samples[0].value == bad_errors.value and series.latest == good_errors
    thinned = await demo_provider.range("p95_latency_ms", utcnow() - timedelta(minutes=5), utcnow(), 600)
    assert thinned.unit == "ms" and thinned.samples == (good_p95,)


async def test_a_restarted_service_never_gives_negative_rates() -> None:
    first = DemoService(traffic_rps=0, seed=4)
    base_url = first.start()
    provider = DemoProvider("checkout", DemoSettings(base_url=base_url))
    try:
        with first:
            first.generate_traffic(1000)
            await provider.instant("requests_per_s")
        # The service comes back on the port it just released, as a restarted process does.
        with DemoService(port=int(base_url.rsplit(":", 1)[1]), traffic_rps=0, seed=4) as restarted:
            restarted.generate_traffic(100)
            rate = await provider.instant("requests_per_s")
            errors = await provider.instant("error_rate")
    finally:
        await provider.aclose()
    assert rate is not None and rate.value > 0
    assert errors is not None and 0 <= errors.value <= 1


async def test_logs_stream_the_errors_of_the_bad_revision(demo_provider: DemoProvider) -> None:
    line = await first_line(demo_provider, "PSYCOPG")
    assert line.level == "ERROR"
    assert line.message.startswith("ERROR POST /api/checkout 5")
    assert line.source.startswith("checkout-v42-")
    assert line.at.tzinfo is not None


async def test_a_reconnect_from_a_time_gets_only_newer_lines(demo_provider: DemoProvider) -> None:
    seen = await first_line(demo_provider, "/api/checkout")
    async with asyncio.timeout(5), aclosing(demo_provider.tail(since=seen.at)) as lines:
        async for line in lines:
            assert line.at > seen.at
            break


async def test_a_dropped_log_stream_ends_or_fails_cleanly(demo_service: DemoService) -> None:
    provider = DemoProvider("checkout", DemoSettings(base_url=demo_service.base_url))
    ending = "still open"
    try:
        async with asyncio.timeout(5), aclosing(provider.tail()) as lines:
            await anext(lines)
            await asyncio.to_thread(demo_service.stop)
            try:
                async for _ in lines:
                    pass
                ending = "ended"
            except ProviderError as error:
                ending = error.title
    finally:
        await provider.aclose()
    assert ending in ("ended", "unreachable")


async def test_unknown_revisions_services_and_metrics_are_not_found(demo_provider: DemoProvider) -> None:
    with pytest.raises(NotFound, match=r"no revision 'v7' \(known: v42, v41, v40, v39\)"):
        await demo_provider.plan_rollback("checkout", "v7")
    with pytest.raises(NotFound, match="not 'payments'"):
        await demo_provider.plan_rollback("payments")
    with pytest.raises(NotFound, match="no metric 'memory'"):
        await demo_provider.instant("memory")


async def test_a_closed_port_is_unreachable_and_says_where(closed_port: int) -> None:
    provider = DemoProvider("checkout", DemoSettings(base_url=f"http://127.0.0.1:{closed_port}"))
    try:
        with pytest.raises(Unreachable, match=f"127.0.0.1:{closed_port}/admin/state"):
            await provider.deployments()
        with pytest.raises(Unreachable):
            await anext(provider.tail())
    finally:
        await provider.aclose()


@pytest.mark.parametrize(
    ("path", "status", "body"),
    [
        ("/admin/state", 200, {"revision": 42}),
        ("/admin/state", 200, "<html>maintenance</html>"),
        ("/admin/state", 500, {"error": "boom"}),
        ("/metrics", 200, "<html>maintenance</html>"),
    ],
)
async def test_wrong_answers_are_bad_responses(stub_server: StubServer, path: str, status: int, body: object) -> None:
    base_url = stub_server.route(path, status, body).removesuffix(path)
    provider = DemoProvider("checkout", DemoSettings(base_url=base_url))
    try:
        with pytest.raises(BadResponse, match=path):
            if path == "/metrics":
                await provider.instant("error_rate")
            else:
                await provider.deployments()
    finally:
        await provider.aclose()


def test_quantiles_interpolate_inside_their_bucket() -> None:
    buckets = ((0.1, 50.0), (0.2, 100.0), (math.inf, 100.0))
    assert histogram_quantile(0.95, buckets) == pytest.approx(0.19)
    assert histogram_quantile(0.5, buckets) == pytest.approx(0.1)
    assert histogram_quantile(0.99, ((0.1, 10.0), (math.inf, 20.0))) == 0.1  # beyond the last finite bound
    assert histogram_quantile(0.95, ((0.1, 0.0), (math.inf, 0.0))) is None


def test_a_counter_reset_counts_from_zero() -> None:
    before = RequestCounters({"200": 900.0, "500": 100.0}, ((0.1, 800.0), (math.inf, 1000.0)))
    after_restart = RequestCounters({"200": 40.0, "500": 2.0}, ((0.1, 30.0), (math.inf, 42.0)))
    assert after_restart.since(before) == after_restart
    later = RequestCounters({"200": 950.0, "500": 110.0}, ((0.1, 830.0), (math.inf, 1060.0)))
    window = later.since(before)
    assert (window.total, window.server_errors, window.buckets[-1][1]) == (60.0, 10.0, 60.0)


async def test_restarting_replaces_the_pods_of_the_same_revision(
    demo_service: DemoService, demo_provider: DemoProvider
) -> None:
    plan = await demo_provider.plan_restart("checkout")
    assert shlex.split(plan.command) == [
        "curl", "-fsS", "-X", "POST", f"{demo_service.base_url}/admin/restart",
        "-H", "Content-Type: application/json", "-d", "{}",
    ]
    assert (plan.action, plan.expect_revision, plan.reversible) == ("restart", "v42", False)
    result = await demo_provider.execute(plan)
    assert result.ok, result.message
    [during] = await demo_provider.deployments()
    assert (during.revision, during.state) == ("v42", State.PROGRESSING)
    assert demo_service.wait_for_rollout(5)
    [after] = await demo_provider.deployments()
    reasons = [event.reason for event in after.events[:3]]
    assert after.revision == "v42" and reasons == ["Unhealthy", "DeployFinished", "RestartStarted"]  # still bad v42


async def test_scaling_changes_the_desired_replicas_and_refuses_what_the_service_refuses(
    demo_service: DemoService, demo_provider: DemoProvider
) -> None:
    plan = await demo_provider.plan_scale("checkout", 6)
    assert [(c.field, c.before, c.after) for c in plan.changes] == [("replicas", "3", "6")]
    assert shlex.split(plan.command)[-1] == '{"replicas": 6}'
    assert (await demo_provider.execute(plan)).ok
    [status] = await demo_provider.deployments()
    assert (status.desired, status.ready) == (6, 2)  # the bad v42 still fails readiness on two pods in three
    with pytest.raises(ProviderError, match="already wants 6"):
        await demo_provider.plan_scale("checkout", 6)
    too_many = await demo_provider.plan_scale("checkout", 3)
    too_many = msgspec.structs.replace(too_many, params={"replicas": 500})
    refused = await demo_provider.execute(too_many)
    assert not refused.ok and "between 0 and 20" in refused.message
    with pytest.raises(NotFound, match="runs 'checkout'"):
        await demo_provider.plan_restart("payments")
