"""The embedded demo service, driven over real HTTP on 127.0.0.1 as curl (and the demo provider) would."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from cockpit.demo.service import DemoService
from cockpit.demo.telemetry import LOG_CAPACITY
from cockpit.providers.promtext import histogram_quantile, parse_request_counters


@pytest.fixture
def quiet_service() -> Iterator[DemoService]:
    """No background traffic: every request in the test is one the test made."""
    with DemoService(traffic_rps=0, rollout_s=0.2, seed=99, access_log_sample=1) as service:
        yield service


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """One client for the module: building one per request costs more than the requests."""
    with httpx.Client(timeout=5) as client:
        yield client


def get(http: httpx.Client, service: DemoService, path: str) -> httpx.Response:
    return http.get(f"{service.base_url}{path}")


def deploy(http: httpx.Client, service: DemoService, body: object) -> httpx.Response:
    return http.post(f"{service.base_url}/admin/deploy", json=body)


def log_lines(http: httpx.Client, service: DemoService, query: str = "since=0") -> list[dict[str, object]]:
    return [json.loads(line) for line in get(http, service, f"/logs?{query}").text.splitlines()]


def test_a_fresh_service_is_broken_at_v42(http: httpx.Client, demo_service: DemoService) -> None:
    assert demo_service.base_url.startswith("http://127.0.0.1:")
    assert get(http, demo_service, "/health/live").json() == {"status": "ok"}
    ready = get(http, demo_service, "/health/ready")
    assert ready.status_code == 503
    assert ready.json()["status"] == "unhealthy"
    database = {"status": "unhealthy", "detail": "connection pool exhausted: 0/20 free"}
    assert ready.json()["checks"]["database"] == database
    assert ready.json()["checks"]["migrations"]["critical_pending"] == 0
    assert get(http, demo_service, "/version").json()["image"] == "registry.local/checkout:v42"

    state = get(http, demo_service, "/admin/state").json()
    assert (state["revision"], state["state"], state["ready_replicas"], state["desired_replicas"]) == (
        "v42", "degraded", 1, 3)
    assert [(r["revision"], r["current"]) for r in state["history"]] == [
        ("v42", True), ("v41", False), ("v40", False), ("v39", False)]
    assert state["events"][0]["warning"] and "Readiness probe failed" in state["events"][0]["message"]


def test_checkout_fails_often_and_slowly_at_v42(http: httpx.Client, demo_service: DemoService) -> None:
    answers = [get(http, demo_service, "/api/checkout") for _ in range(40)]
    failures = [a for a in answers if a.status_code >= 500]
    assert failures, "about 30% of checkouts fail at v42"
    assert all(a.json()["revision"] == "v42" for a in answers)
    assert any("connection pool exhausted" in a.json()["error"] for a in failures)


def test_metrics_are_prometheus_text_showing_the_bad_revision(http: httpx.Client, quiet_service: DemoService) -> None:
    quiet_service.generate_traffic(600)
    response = get(http, quiet_service, "/metrics")
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    families = {family.name: family for family in text_string_to_metric_families(response.text)}
    assert families["http_requests"].type == "counter"
    assert families["http_request_duration_seconds"].type == "histogram"

    counters = parse_request_counters(response.text)
    assert counters.total == 600
    assert set(counters.by_status) == {"200", "500", "503"}
    assert 0.2 < counters.server_errors / counters.total < 0.4
    cumulative = [count for _, count in counters.buckets]
    assert cumulative == sorted(cumulative) and cumulative[-1] == 600
    p95 = histogram_quantile(0.95, counters.buckets)
    assert p95 is not None and 1.5 <= p95 <= 2.5


def test_a_rollback_takes_replicas_down_then_up_and_the_service_recovers(http: httpx.Client) -> None:
    with DemoService(traffic_rps=0, rollout_s=0.6, seed=5) as service:
        accepted = deploy(http, service, {"revision": "v41"})
        assert accepted.status_code == 202
        assert accepted.json()["previous"] == "v42"
        seen: list[tuple[str, int]] = []
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # polling a live rollout over HTTP, bounded
            state = get(http, service, "/admin/state").json()
            seen.append((state["state"], state["ready_replicas"]))
            if state["state"] != "progressing":
                break
            time.sleep(0.02)
        during = [ready for phase, ready in seen if phase == "progressing"]
        assert during and min(during) == 0, f"old pods go away before new ones are ready: {seen}"
        assert seen[-1] == ("healthy", 3)
        assert get(http, service, "/health/ready").status_code == 200
        assert get(http, service, "/version").json()["version"] == "v41"
        state = get(http, service, "/admin/state").json()
        assert [r["revision"] for r in state["history"] if r["current"]] == ["v41"]
        assert [e["reason"] for e in state["events"][:2]] == ["DeployFinished", "DeployStarted"]
        service.generate_traffic(200)
        counters = parse_request_counters(get(http, service, "/metrics").text)
        assert counters.server_errors / counters.total < 0.02


def test_deploy_refuses_unknown_revisions_bad_bodies_and_overlapping_rollouts(http: httpx.Client) -> None:
    with DemoService(traffic_rps=0, rollout_s=30, seed=5) as service:
        unknown = deploy(http, service, {"revision": "v99"})
        assert unknown.status_code == 404 and "unknown revision 'v99'" in unknown.json()["error"]
        assert deploy(http, service, {"rev": "v41"}).status_code == 400
        assert deploy(http, service, {"revision": "v42"}).status_code == 409  # already deployed
        assert deploy(http, service, {"revision": "v41"}).status_code == 202
        busy = deploy(http, service, {"revision": "v40"})
        assert busy.status_code == 409 and "in progress" in busy.json()["error"]


def test_logs_resume_after_a_sequence_number_and_follow_new_lines(
    http: httpx.Client, quiet_service: DemoService
) -> None:
    backlog = log_lines(http, quiet_service)
    seqs = [int(str(line["seq"])) for line in backlog]
    assert seqs == sorted(seqs) and backlog[0]["level"] == "INFO"
    last = seqs[-1]
    quiet_service.generate_traffic(3)
    url = f"{quiet_service.base_url}/logs?since={last}&follow=1"
    with http.stream("GET", url) as stream:
        lines = stream.iter_lines()
        first = [json.loads(next(lines)) for _ in range(3)]
        assert [line["seq"] for line in first] == [last + 1, last + 2, last + 3]
        assert all("/api/checkout" in line["message"] for line in first)
        quiet_service.generate_traffic(1)
        followed = json.loads(next(lines))
        assert followed["seq"] == last + 4 and followed["source"].startswith("checkout-v42-")


def test_stop_ends_open_log_streams_and_returns_promptly(http: httpx.Client) -> None:
    service = DemoService(traffic_rps=0, seed=1)
    base_url = service.start()
    streaming = threading.Event()
    ended: list[str] = []

    def follow() -> None:
        try:
            with http.stream("GET", f"{base_url}/logs?follow=1") as stream:
                for _ in stream.iter_lines():
                    streaming.set()
            ended.append("closed")
        except httpx.HTTPError as error:
            ended.append(type(error).__name__)

    reader = threading.Thread(target=follow)
    reader.start()
    assert streaming.wait(5)
    service.stop()
    reader.join(5)
    assert not reader.is_alive() and ended
    with pytest.raises(httpx.ConnectError):
        http.get(f"{base_url}/health/live")


def test_the_log_ring_is_bounded(http: httpx.Client, quiet_service: DemoService) -> None:
    quiet_service.generate_traffic(LOG_CAPACITY + 500)
    lines = log_lines(http, quiet_service)
    assert len(lines) == LOG_CAPACITY
    assert int(str(lines[0]["seq"])) > 500
    assert len(log_lines(http, quiet_service, "")) == 200  # without since: a recent backlog


def test_the_same_seed_tells_the_same_story(http: httpx.Client) -> None:
    def story(seed: int) -> list[tuple[object, ...]]:
        with DemoService(traffic_rps=0, seed=seed) as service:
            service.generate_traffic(50)
            return [(line["level"], line["source"], line["message"]) for line in log_lines(http, service)]

    assert story(7) == story(7)
    assert story(7) != story(8)


def test_only_loopback_and_known_revisions() -> None:
    with pytest.raises(ValueError, match="127.0.0.1 only"):
        DemoService(host="0.0.0.0")
    with pytest.raises(ValueError, match="unknown demo revision 'v7'"):
        DemoService(revision="v7")


def test_a_good_revision_answers_healthy(http: httpx.Client) -> None:
    with DemoService(revision="v41", traffic_rps=0, seed=3) as service:
        ready = get(http, service, "/health/ready")
        assert ready.status_code == 200
        assert {check["status"] for check in ready.json()["checks"].values()} == {"healthy"}
        assert get(http, service, "/admin/state").json()["state"] == "healthy"
