"""The seed triggers judged from a real Prometheus, on history whose error rate crosses 5% at a known sample."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import httpx
import pytest

from cockpit.core.hub import Hub, PollPolicy, Snapshot
from cockpit.core.trigger_monitor import TriggerMonitor
from cockpit.core.triggers import SEED_TRIGGERS, TriggerVerdict, evaluate_metric
from cockpit.providers.prometheus import PrometheusProvider, PrometheusSettings
from tests.prometheus_backend import JOB, STEP_S, PrometheusBackend

ERROR_RATE, P95, _ = SEED_TRIGGERS


async def judged_live(backend: PrometheusBackend, now: datetime) -> dict[str, TriggerVerdict]:
    """The app's path: a hub polling Prometheus (its clock at ``now``) and the monitor judging what it holds."""
    source = PrometheusProvider("metrics", PrometheusSettings(url=backend.url, job=JOB))
    hub = Hub({"metrics": source}, {"metrics": PollPolicy(interval_s=STEP_S, timeout_s=5)}, clock=lambda: now,
              metric_window=timedelta(minutes=6))
    monitor = TriggerMonitor(SEED_TRIGGERS, hub, clock=lambda: now)
    arrived = asyncio.Event()

    def seen(snapshot: Snapshot) -> None:
        if snapshot.capability == "metrics":
            arrived.set()

    monitor.start()
    hub.subscribe(seen)
    hub.start()
    try:
        await asyncio.wait_for(arrived.wait(), 10)
    finally:
        await hub.stop()
        await source.aclose()
    return dict(monitor.verdicts)


async def test_error_rate_trigger_passes_before_and_fails_once_two_minutes_have_passed(
    prometheus_backend: PrometheusBackend,
) -> None:
    deploy = prometheus_backend.deploy_at
    crossed = deploy + timedelta(seconds=STEP_S)  # the first sample above 5% (7.5%)
    before = await judged_live(prometheus_backend, deploy - timedelta(minutes=1))
    pending = await judged_live(prometheus_backend, crossed + timedelta(seconds=120 - STEP_S))
    after = await judged_live(prometheus_backend, crossed + timedelta(seconds=120))

    assert before["error rate"].outcome.value == "pass"
    assert "error_rate 0%, not > 5%" in before["error rate"].evidence
    assert pending["error rate"].outcome.value == "pass"
    assert "1m45s of 2m" in pending["error rate"].evidence
    verdict = after["error rate"]
    assert verdict.outcome.value == "fail"
    assert verdict.failing_since == crossed + timedelta(minutes=2)
    assert not verdict.since_at_least
    assert f"since {crossed:%H:%M:%S}" in verdict.evidence
    assert [round(v, 4) for _, v in verdict.values] == [0.075, 0.15, 0.225, 0.3, 0.375, 0.45, 0.525, 0.6, 0.6]
    # No health target: the seed health trigger does not apply here.
    assert set(after) == {"error rate", "p95 latency"}


async def test_p95_trigger_agrees_with_histogram_quantile(prometheus_backend: PrometheusBackend) -> None:
    """The trigger's values are the seed's own histogram_quantile query, and it fails 5 minutes after the first
    sample that query puts above 2 s."""
    deploy = prometheus_backend.deploy_at
    start, end = deploy - timedelta(minutes=2), deploy + timedelta(minutes=9)
    seed_query = f'histogram_quantile(0.95, rate(http_request_duration_seconds_bucket{{job="{JOB}"}}[5m]))'
    async with httpx.AsyncClient() as client:
        answer = await client.get(f"{prometheus_backend.url}/api/v1/query_range", params={
            "query": seed_query, "start": start.timestamp(), "end": end.timestamp(), "step": STEP_S})
    points = [(float(t), float(v)) for t, v in answer.json()["data"]["result"][0]["values"]]
    first_above = next(t for t, v in points if v > 2.0)

    source = PrometheusProvider("metrics", PrometheusSettings(url=prometheus_backend.url, job=JOB))
    try:
        series = await source.range("p95_latency_ms", start, end, STEP_S)
    finally:
        await source.aclose()
    assert [(s.at.timestamp(), s.value) for s in series.samples] == pytest.approx(
        [(t, v * 1000) for t, v in points])

    verdict = evaluate_metric(P95, series.samples, end, stale_after_s=30, unit=series.unit, target="metrics")
    assert verdict.outcome.value == "fail"
    assert verdict.failing_since is not None
    assert verdict.failing_since.timestamp() == first_above + 300
    not_yet = evaluate_metric(P95, series.samples, verdict.failing_since - timedelta(seconds=STEP_S),
                              stale_after_s=30, unit=series.unit)
    assert not_yet.outcome.value == "pass"
