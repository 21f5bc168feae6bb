"""The prometheus provider against a real Prometheus on 127.0.0.1, on history whose every value is known."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from cockpit.providers.base import BadResponse, ConfigurationError, NotFound, TimedOut, Unreachable
from cockpit.providers.prometheus import DEFAULT_QUERIES, PrometheusProvider, PrometheusSettings, suited_step
from cockpit.providers.prometheus_api import BadQuery, ServerError
from cockpit.providers.promtext import histogram_quantile
from tests.prometheus_backend import (
    BUCKETS,
    JOB,
    STEP_S,
    PrometheusBackend,
    counters_at,
    start_prometheus,
    stop,
)


def provider(url: str, **settings: object) -> PrometheusProvider:
    return PrometheusProvider("metrics", PrometheusSettings(url=url, **settings))  # type: ignore[arg-type]


@pytest.fixture
async def prom(prometheus_backend: PrometheusBackend) -> AsyncIterator[PrometheusProvider]:
    source = provider(prometheus_backend.url, job=JOB)
    try:
        yield source
    finally:
        await source.aclose()


async def test_error_rate_is_zero_before_the_deploy_and_above_five_percent_one_sample_after(
    prom: PrometheusProvider, prometheus_backend: PrometheusBackend
) -> None:
    deploy = prometheus_backend.deploy_at
    before = await prom.instant("error_rate", at=deploy)
    after = await prom.instant("error_rate", at=deploy + timedelta(seconds=STEP_S))
    settled = await prom.instant("error_rate", at=deploy + timedelta(minutes=3))
    assert before is not None and before.value == 0.0
    assert after is not None and after.value == pytest.approx(0.075)  # 1 of 8 intervals in the window at 60 %
    assert settled is not None and settled.value == pytest.approx(0.6)
    assert after.at == deploy + timedelta(seconds=STEP_S)


async def test_every_default_series_answers_now(prom: PrometheusProvider) -> None:
    assert list(prom.metric_names()) == list(DEFAULT_QUERIES)
    values = {name: await prom.instant(name) for name in prom.metric_names()}
    assert values["error_rate"] is not None and values["error_rate"].value == pytest.approx(0.6)
    assert values["requests_per_s"] is not None and values["requests_per_s"].value == pytest.approx(10.0)
    assert values["memory"] is not None and values["memory"].value == pytest.approx(75.0)
    assert values["restarts"] is not None and values["restarts"].value > 0
    assert values["p95_latency_ms"] is not None and values["p95_latency_ms"].value == pytest.approx(3750.0)


async def test_p95_agrees_with_the_histogram_written(prom: PrometheusProvider,
                                                     prometheus_backend: PrometheusBackend) -> None:
    """The p95 series is histogram_quantile over the 5m rate: the same figure the cockpit's own quantile
    arithmetic gives on the bucket growth written into the history."""
    deploy = int(prometheus_backend.deploy_at.timestamp())
    first = int(prometheus_backend.first_at.timestamp())
    for offset in (0, 60, 120, 240):
        at = deploy + offset
        now, earlier = counters_at(at, deploy, first)[2], counters_at(at - 300, deploy, first)[2]
        growth = tuple((bound, n - e) for bound, n, e in zip(BUCKETS, now, earlier, strict=True))
        expected = histogram_quantile(0.95, growth)
        assert expected is not None
        sample = await prom.instant("p95_latency_ms", at=prometheus_backend.deploy_at + timedelta(seconds=offset))
        assert sample is not None
        assert sample.value == pytest.approx(expected * 1000, rel=0.02), offset


async def test_range_follows_the_step_and_the_window(prom: PrometheusProvider,
                                                     prometheus_backend: PrometheusBackend) -> None:
    deploy = prometheus_backend.deploy_at
    series = await prom.range("error_rate", deploy - timedelta(minutes=1), deploy + timedelta(minutes=1), 15)
    assert series.unit == "ratio"
    assert [s.value for s in series.samples][:5] == [0.0, 0.0, 0.0, 0.0, 0.0]
    assert [round(s.value, 4) for s in series.samples][5:] == [0.075, 0.15, 0.225, 0.3]
    assert len(series.samples) == 9


def test_step_is_coarse_enough_for_long_windows() -> None:
    from datetime import UTC, datetime

    start = datetime(2026, 1, 1, tzinfo=UTC)
    assert suited_step(start, start + timedelta(minutes=5), 5) == 5
    assert suited_step(start, start + timedelta(hours=24), 15) == 144  # 600 points over a day
    assert suited_step(start, start + timedelta(minutes=5), 0.2) == 1


async def test_no_data_is_none_never_zero(prometheus_backend: PrometheusBackend) -> None:
    source = provider(prometheus_backend.url, job="nobody-runs-this")
    try:
        assert await source.instant("error_rate") is None  # an empty vector
        assert await source.instant("requests_per_s") is None
        series = await source.range("error_rate", prometheus_backend.deploy_at, prometheus_backend.last_at, 60)
        assert series.samples == ()
    finally:
        await source.aclose()


async def test_bad_promql_shows_prometheus_s_own_message(prometheus_backend: PrometheusBackend) -> None:
    source = provider(prometheus_backend.url, job=JOB, queries={"broken": "sum(rate(http_requests_total[5m]"})
    try:
        with pytest.raises(BadQuery) as caught:
            await source.instant("broken")
    finally:
        await source.aclose()
    assert "bad_data" in str(caught.value)
    assert "unclosed left parenthesis" in str(caught.value)
    assert caught.value.title == "bad query"


async def test_several_series_are_refused_with_the_fix(prometheus_backend: PrometheusBackend) -> None:
    source = provider(prometheus_backend.url, job=JOB, queries={"by_status": 'http_requests_total{job="{job}"}'})
    try:
        with pytest.raises(BadQuery, match=r"answers 2 series.*sum"):
            await source.instant("by_status")
    finally:
        await source.aclose()


async def test_an_unknown_series_is_not_found(prom: PrometheusProvider) -> None:
    with pytest.raises(NotFound, match="known: error_rate"):
        await prom.instant("nope")


async def test_unreachable(closed_port: int) -> None:
    source = provider(f"http://127.0.0.1:{closed_port}", job=JOB)
    try:
        with pytest.raises(Unreachable, match="connection refused"):
            await source.instant("error_rate")
    finally:
        await source.aclose()


class _Scripted(http.server.BaseHTTPRequestHandler):
    """Loopback stand-in for failures a healthy Prometheus will not produce on demand: a 5xx, garbage, a hang."""

    status = 200
    body = b""
    hang = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.server.mode == "hang":  # type: ignore[attr-defined]
            type(self).hang.wait(5)
            return
        status, body = {"5xx": (503, b'{"status":"error","errorType":"unavailable","error":"TSDB not ready"}'),
                        "502": (502, b"<html>Bad Gateway</html>"),
                        "garbage": (200, b"<html>Grafana</html>")}[self.server.mode]  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def scripted() -> Iterator[http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Scripted)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    _Scripted.hang.set()
    server.shutdown()
    server.server_close()
    thread.join(5)
    _Scripted.hang.clear()


@pytest.mark.parametrize(
    ("mode", "error", "words"),
    [
        ("5xx", ServerError, "HTTP 503: unavailable: TSDB not ready"),
        ("502", ServerError, "HTTP 502 Bad Gateway"),
        ("garbage", BadResponse, "not Prometheus's JSON"),
        ("hang", TimedOut, "no answer within 0.3 s"),
    ],
)
async def test_failures_are_told_apart(scripted: http.server.ThreadingHTTPServer, mode: str,
                                       error: type[Exception], words: str) -> None:
    scripted.mode = mode  # type: ignore[attr-defined]
    host, port = scripted.server_address[:2]
    source = provider(f"http://{host!s}:{port}", job=JOB, timeout_s=0.3)
    try:
        with pytest.raises(error) as caught:
            await asyncio.wait_for(source.instant("error_rate"), 5)
    finally:
        await source.aclose()
    assert type(caught.value) is error
    assert words in str(caught.value)


def test_settings_need_a_job_for_the_default_queries() -> None:
    with pytest.raises(ConfigurationError, match="job is required"):
        provider("http://127.0.0.1:9090")
    with pytest.raises(ConfigurationError, match="http:// or https://"):
        provider("prometheus:9090", job="x")


def test_job_cannot_break_out_of_the_matcher() -> None:
    source = provider("http://127.0.0.1:9090", job='x"} or vector(1) or {a="')
    assert 'job="x\\"} or vector(1) or {a=\\""' in source.queries["error_rate"]


async def test_headers_and_basic_auth_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, prometheus_backend: PrometheusBackend
) -> None:
    seen: list[httpx.Request] = []
    monkeypatch.setenv("PROM_TENANT", "team-a")
    monkeypatch.setenv("PROM_USER", "reader")
    monkeypatch.setenv("PROM_PASSWORD", "s3cret")
    source = provider(prometheus_backend.url, job=JOB, headers={"X-Scope-OrgID": "PROM_TENANT"},
                      basic_auth_user_env="PROM_USER", basic_auth_password_env="PROM_PASSWORD")
    try:
        client = await source._http()
        client.event_hooks["request"].append(lambda request: _record(seen, request))
        assert await source.instant("requests_per_s") is not None
    finally:
        await source.aclose()
    assert seen[0].headers["X-Scope-OrgID"] == "team-a"
    assert seen[0].headers["Authorization"].startswith("Basic ")


async def _record(seen: list[httpx.Request], request: httpx.Request) -> None:
    seen.append(request)


async def test_a_missing_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROM_TOKEN_UNSET", raising=False)
    source = provider("http://127.0.0.1:9", job=JOB, headers={"Authorization": "PROM_TOKEN_UNSET"})
    with pytest.raises(ConfigurationError, match="PROM_TOKEN_UNSET is not set"):
        await source.instant("error_rate")


async def test_a_live_scrape_of_the_demo_service(tmp_path: Path) -> None:
    """Prometheus scraping the demo's /metrics every second: the request rate shows up as a real series."""
    from cockpit.demo.service import DemoService

    with DemoService(traffic_rps=50, seed=3) as demo:
        process, url = start_prometheus(tmp_path, None, scrape=demo.base_url.removeprefix("http://"))
        source = provider(url, job="demo")
        try:
            sample = None
            for _ in range(100):  # rate() needs two scrapes: up to 10 s, bounded
                sample = await source.instant("requests_per_s")
                if sample is not None:
                    break
                await asyncio.sleep(0.1)
            assert sample is not None and sample.value > 0
        finally:
            await source.aclose()
            stop(process)
