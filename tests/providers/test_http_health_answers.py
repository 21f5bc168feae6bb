"""Issue 10's health items against real loopback HTTP(S) servers: the seeds' probes in one target, TLS, headers
from the environment, and every bad answer as its own clear state, within the timeout."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest

from cockpit.providers.base import BadResponse, ConfigurationError, ProviderError, TimedOut
from cockpit.providers.http_fetch import RedirectLoop, UntrustedCertificate
from cockpit.providers.http_health import HttpHealthSettings
from cockpit.providers.limits import InvalidJson, TooLarge
from cockpit.providers.results import State
from tests.providers.bad_http import BadServer, standard_routes
from tests.providers.conftest import states
from tests.tls import self_signed


@pytest.fixture
def bad_server() -> Iterator[BadServer]:
    server = BadServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[BadServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    server = BadServer(tls=context)
    try:
        yield server
    finally:
        server.close()


async def test_seed_001_liveness_readiness_and_detailed_health_in_one_target(check: Any, bad_server: BadServer) -> None:
    live = bad_server.json("/health/live", 200, {"status": "alive"})
    ready = bad_server.json("/health/ready", 200, {"status": "ready"})
    detailed = bad_server.json("/health/detailed", 200, {
        "status": "degraded", "version": "3.1.0",
        "checks": {"database": {"status": "healthy"}, "redis": {"status": "unhealthy", "error": "READONLY replica"}},
    })
    result = await check(ready, live_url=live, detailed_url=detailed)
    assert result.state is State.DEGRADED
    assert states(result) == {"live": State.HEALTHY, "database": State.HEALTHY, "redis": State.FAILED}
    assert result.version == "3.1.0" and "redis: READONLY replica" in result.message

    dead = bad_server.json("/health/dead", 503, {"status": "dead"})
    failing = await check(ready, live_url=dead, detailed_url=detailed)
    assert failing.state is State.FAILED and states(failing)["live"] is State.FAILED
    assert "live: HTTP 503" in failing.message


async def test_seed_004_v2_detailed_health_can_deploy_and_critical_pending(check: Any, bad_server: BadServer) -> None:
    simple = bad_server.json("/health/v2/simple", 200, {"status": "healthy"})
    detailed = bad_server.json("/health/v2/detailed", 200, {
        "status": "healthy",
        "components": {"database": {"status": "healthy"}, "migrations": {"status": "healthy", "critical_pending": 1}},
        "checks": {"can_deploy": False},
    })
    result = await check(simple, detailed_url=detailed)
    assert result.state is State.DEGRADED
    assert states(result) == {"database": State.HEALTHY, "migrations": State.DEGRADED, "can_deploy": State.FAILED}
    assert {c.name: c.detail for c in result.components}["migrations"] == "critical_pending=1"


async def test_a_detailed_probe_that_fails_is_a_component_not_a_lost_check(check: Any, bad_server: BadServer) -> None:
    routes = standard_routes(bad_server)
    result = await check(routes["ok"], detailed_url=routes["invalid-json"])
    assert result.state is State.DEGRADED and states(result) == {"detailed": State.FAILED}
    assert result.components[0].detail.startswith("invalid JSON: the answer of ")


async def test_headers_take_values_from_the_environment(
    check: Any, bad_server: BadServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []
    bad_server.routes["/auth"] = lambda handler: (seen.append(handler.headers["Authorization"]),
                                                  handler.reply(200, {"status": "ok"}))
    monkeypatch.setenv("HEALTH_TOKEN", "t0ken-from-env")
    result = await check(bad_server.url("/auth"), headers={"Authorization": "Bearer ${HEALTH_TOKEN}"})
    assert result.state is State.HEALTHY and seen == ["Bearer t0ken-from-env"]
    monkeypatch.delenv("HEALTH_TOKEN")
    with pytest.raises(ConfigurationError, match="needs environment variable HEALTH_TOKEN, which is not set"):
        await check(bad_server.url("/auth"), headers={"Authorization": "Bearer ${HEALTH_TOKEN}"})


async def test_tls_is_verified_by_default_and_a_ca_bundle_trusts_a_private_ca(
    check: Any, tls_server: BadServer, certificate: tuple[Path, Path]
) -> None:
    url = tls_server.json("/health", 200, {"status": "ok"})
    with pytest.raises(UntrustedCertificate, match="TLS certificate not trusted: self.signed certificate") as caught:
        await check(url)
    assert caught.value.title == "untrusted certificate" and "ca_bundle" in caught.value.hint
    trusted = await check(url, ca_bundle=str(certificate[0]))
    assert (trusted.state, trusted.status_code) == (State.HEALTHY, 200)
    with pytest.raises(ConfigurationError, match="cannot read ca_bundle"):
        await check(url, ca_bundle=str(certificate[0].parent / "missing.pem"))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/health", "", "127.0.0.1:8000/health"])
def test_refused_url_schemes_fail_at_load(url: str) -> None:
    with pytest.raises(msgspec.ValidationError, match="must be an http:// or https:// URL"):
        msgspec.convert({"url": url}, HttpHealthSettings)
    with pytest.raises(msgspec.ValidationError, match="version_url must be"):
        msgspec.convert({"url": "http://127.0.0.1/health", "version_url": url}, HttpHealthSettings)


EXPECTED: dict[str, tuple[State | None, type[ProviderError] | None, str]] = {
    # name: (state of a check made, or the error that says why none could be, a phrase the operator reads)
    "ok": (State.HEALTHY, None, ""),
    "500": (State.FAILED, None, "HTTP 500 (expected 200)"),
    "503": (State.FAILED, None, "HTTP 503 (expected 200); database: pool exhausted"),
    "invalid-json": (None, InvalidJson, "is not valid JSON"),
    "loop-a": (None, RedirectLoop, "redirects in a loop"),
    "huge": (None, TooLarge, "answered more than 1 MiB"),
    "hang": (None, TimedOut, "no complete answer within 1 s"),
}


@pytest.mark.parametrize("name", list(EXPECTED))
async def test_each_bad_answer_is_its_own_clear_state_within_the_timeout(
    check: Any, bad_server: BadServer, name: str
) -> None:
    state, error, phrase = EXPECTED[name]
    url = standard_routes(bad_server)[name]
    started = time.monotonic()
    if error is None:
        result = await check(url, timeout_s=1)
        assert result.state is state and phrase in result.message
    else:
        with pytest.raises(error, match=phrase) as caught:
            await check(url, timeout_s=1)
        assert isinstance(caught.value, BadResponse | TimedOut)
    # The whole poll (connect, redirects, body) ends within its timeout: 1 s, plus scheduling slack.
    assert time.monotonic() - started < 1.15


def test_every_bad_answer_has_a_title_of_its_own() -> None:
    titles = {error.title for _, error, _ in EXPECTED.values() if error is not None}
    assert len(titles) == sum(error is not None for _, error, _ in EXPECTED.values())
    assert UntrustedCertificate.title not in titles


async def test_a_hung_version_url_never_hides_a_healthy_check(check: Any, bad_server: BadServer) -> None:
    routes = standard_routes(bad_server)
    started = time.monotonic()
    result = await check(routes["ok"], version_url=routes["hang"], timeout_s=3)
    assert time.monotonic() - started < 1.5  # the check's answer, plus at most the version's grace
    assert (result.state, result.version) == (State.HEALTHY, None)
    assert result.message == f"version: no answer yet from {routes['hang']}"


async def test_the_version_answer_comes_with_the_check_when_it_is_quick(check: Any, bad_server: BadServer) -> None:
    version = bad_server.raw("/version", 200, b"v41\n", content_type="text/plain")
    result = await check(standard_routes(bad_server)["ok"], version_url=version)
    assert (result.version, result.message) == ("v41", "")
