"""The HTTP health provider against real servers answering the shapes the runbooks' health endpoints answer."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from cockpit.demo.service import DemoService
from cockpit.providers.base import (
    BadResponse,
    Forbidden,
    NotFound,
    TimedOut,
    Unauthorised,
    Unreachable,
    capabilities_of,
)
from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings
from cockpit.providers.results import State
from tests.providers.conftest import Check, StubServer, states


async def test_only_health_is_offered() -> None:
    provider = HttpHealthProvider("h", HttpHealthSettings(url="http://127.0.0.1:1/health"))
    assert capabilities_of(provider) == ("health",)
    assert provider.describe() == "http:h (http://127.0.0.1:1/health)"


@pytest.mark.parametrize(
    ("body", "expected_state", "expected_components"),
    [
        pytest.param(
            {"status": "ok", "checks": {"database": {"status": "healthy"}, "redis": {"status": "healthy"}}},
            State.HEALTHY, {"database": State.HEALTHY, "redis": State.HEALTHY}, id="checks-objects",
        ),
        pytest.param(
            {"status": "ok", "checks": {"database": "ok", "redis": "down"}},
            State.DEGRADED, {"database": State.HEALTHY, "redis": State.FAILED}, id="checks-words",
        ),
        pytest.param(
            {"status": "UP", "components": {"db": {"status": "UP", "details": {"database": "PostgreSQL"}},
                                            "diskSpace": {"status": "UP"}}},
            State.HEALTHY, {"db": State.HEALTHY, "diskSpace": State.HEALTHY}, id="spring-components",
        ),
        pytest.param(
            {"status": "healthy", "components": {"redis": {"status": "degraded", "message": "replica lag 4s"}}},
            State.DEGRADED, {"redis": State.DEGRADED}, id="degraded-component",
        ),
        pytest.param(
            {"status": "UP", "checks": [{"name": "db", "status": "UP"}, {"name": "queue", "status": "DOWN"}]},
            State.DEGRADED, {"db": State.HEALTHY, "queue": State.FAILED}, id="checks-list",
        ),
        pytest.param(
            {"status": "up", "details": {"disk": {"status": "up"}}},
            State.HEALTHY, {"disk": State.HEALTHY}, id="details",
        ),
        pytest.param({"status": "degraded"}, State.DEGRADED, {}, id="degraded-word"),
        pytest.param({"status": "error"}, State.FAILED, {}, id="failed-word-with-200"),
    ],
)
async def test_common_json_shapes(
    check: Check, stub_server: StubServer, body: object, expected_state: State, expected_components: dict[str, State]
) -> None:
    result = await check(stub_server.route("/health", 200, body))
    assert result.state is expected_state
    assert states(result) == expected_components
    assert result.status_code == 200
    assert result.latency_ms is not None and result.latency_ms > 0


async def test_the_detailed_health_of_the_decision_matrix_runbook(check: Check, stub_server: StubServer) -> None:
    body = {
        "status": "healthy",
        "version": "2.4.1",
        "components": {
            "database": {"status": "unhealthy", "error": "timeout after 5s"},
            "redis": {"status": "healthy"},
            "migrations": {"status": "healthy", "critical_pending": 2},
        },
        "checks": {"can_deploy": False},
    }
    result = await check(stub_server.route("/health/v2/detailed", 200, body))
    assert result.state is State.DEGRADED
    # seed 004: "If components.migrations.critical_pending > 0, investigate first": healthy, but worth a look
    assert states(result) == {"can_deploy": State.FAILED, "database": State.FAILED, "redis": State.HEALTHY,
                              "migrations": State.DEGRADED}
    details = {component.name: component.detail for component in result.components}
    assert details["database"] == "timeout after 5s" and details["migrations"] == "critical_pending=2"
    assert result.version == "2.4.1"
    assert "database: timeout after 5s" in result.message


async def test_a_503_with_a_body_is_a_failed_check_not_an_error(check: Check, stub_server: StubServer) -> None:
    body = {"status": "unhealthy", "checks": {"database": {"status": "unhealthy", "detail": "pool exhausted"}}}
    result = await check(stub_server.route("/health/ready", 503, body))
    assert (result.state, result.status_code) == (State.FAILED, 503)
    assert states(result) == {"database": State.FAILED}
    assert result.message == "HTTP 503 (expected 200); database: pool exhausted"


async def test_plain_text_answers(check: Check, stub_server: StubServer) -> None:
    ok = await check(stub_server.route("/ok", 200, "OK", content_type="text/plain"))
    assert (ok.state, ok.components, ok.version, ok.message) == (State.HEALTHY, (), None, "")
    page = "<html><body>502 Bad Gateway</body></html>\n<p>nginx</p>"
    broken = await check(stub_server.route("/bad", 502, page, content_type="text/html"))
    assert broken.state is State.FAILED
    assert broken.message == "HTTP 502 (expected 200); <html><body>502 Bad Gateway</body></html>"


async def test_the_expected_status_and_redirects(check: Check, stub_server: StubServer) -> None:
    assert (await check(stub_server.route("/empty", 204), expect_status=204)).state is State.HEALTHY
    target = stub_server.route("/health/ready", 200, {"status": "ok"})
    moved = stub_server.route("/moved", 302, headers={"Location": "/health/ready"})
    followed = await check(moved)
    assert (followed.state, followed.status_code) == (State.HEALTHY, 200)
    assert followed.message == f"redirected to {target}"
    # With redirects off, a redirect (to a login page, say) is the answer, and not a passing one.
    redirected = await check(moved, max_redirects=0)
    assert redirected.state is State.FAILED and redirected.message.startswith("HTTP 302 (expected 200)")


async def test_version_from_the_body_or_the_version_url(check: Check, stub_server: StubServer) -> None:
    health = stub_server.route("/api/health", 200, {"status": "ok"})
    json_version = stub_server.route("/api/v1/version", 200, {"version": "v7", "commit": "abc"})
    text_version = stub_server.route("/VERSION", 200, "1.2.3\n", content_type="text/plain")
    assert (await check(health, version_url=json_version)).version == "v7"
    assert (await check(health, version_url=text_version)).version == "1.2.3"
    stated = stub_server.route("/stated", 200, {"status": "ok", "version": "v9"})
    assert (await check(stated, version_url=json_version)).version == "v9"
    missing = await check(health, version_url=stub_server.route("/gone", 410))
    assert (missing.state, missing.version) == (State.HEALTHY, None)
    assert missing.message == f"version: HTTP 410 from {stub_server.route('/gone', 410)}"


async def test_configured_headers_are_sent(check: Check, stub_server: StubServer) -> None:
    await check(stub_server.route("/health", 200, "OK", content_type="text/plain"),
                headers={"Authorization": "Bearer s3cret"})
    assert stub_server.seen[-1]["Authorization"] == "Bearer s3cret"


@pytest.mark.parametrize(("status", "error"), [(401, Unauthorised), (403, Forbidden), (404, NotFound)])
async def test_refusals_are_errors_that_name_the_url(
    check: Check, stub_server: StubServer, status: int, error: type[Exception]
) -> None:
    url = stub_server.route("/health", status, {"error": "no"})
    with pytest.raises(error, match=f"{url} answered HTTP {status}"):
        await check(url)


async def test_a_closed_port_is_unreachable(check: Check, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/health"
    with pytest.raises(Unreachable, match=f"cannot connect to {url}: connection refused"):
        await check(url)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel completes them) but never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


async def test_a_hung_endpoint_times_out_within_the_configured_time(check: Check, silent_port: int) -> None:
    started = time.monotonic()
    with pytest.raises(TimedOut, match=f"127.0.0.1:{silent_port}/health: no (complete )?answer within 0.3 s"):
        await check(f"http://127.0.0.1:{silent_port}/health", timeout_s=0.3)
    assert time.monotonic() - started < 2


class GarbageHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        self.request.recv(4096)
        self.request.sendall(b"\x00\x01 this is not HTTP\r\n\r\n")


@pytest.fixture
def garbage_port() -> Iterator[int]:
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), GarbageHandler) as server:
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield server.server_address[1]
        finally:
            server.shutdown()
            thread.join()


async def test_an_answer_that_is_not_http_is_a_bad_response(check: Check, garbage_port: int) -> None:
    with pytest.raises(BadResponse, match="did not answer valid HTTP"):
        await check(f"http://127.0.0.1:{garbage_port}/health")


async def test_the_demo_service_health_before_and_after_a_rollback(check: Check, demo_service: DemoService) -> None:
    url, version_url = f"{demo_service.base_url}/health/ready", f"{demo_service.base_url}/version"
    broken = await check(url, version_url=version_url)
    assert (broken.state, broken.status_code, broken.version) == (State.FAILED, 503, "v42")
    assert states(broken) == {"database": State.FAILED, "cache": State.HEALTHY, "migrations": State.HEALTHY}
    assert "database: connection pool exhausted: 0/20 free" in broken.message

    demo_service.simulation.deploy("v41")
    assert demo_service.wait_for_rollout(5)
    recovered = await check(url, version_url=version_url)
    assert (recovered.state, recovered.status_code, recovered.version, recovered.message) == (
        State.HEALTHY, 200, "v41", "")
