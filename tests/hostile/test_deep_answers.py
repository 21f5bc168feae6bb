"""JSON nested past any parser's stack, from a backend (or whatever answers in its place), through the SDK
providers' decoders: each says it is a bad response (a ProviderError the pane shows), never a RecursionError that
the cockpit would report as a bug of its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.providers.base import BadResponse
from cockpit.providers.prometheus import PrometheusProvider, PrometheusSettings
from tests.hostile.corpus import control_characters
from tests.hostile.kube_stub import provider_against
from tests.providers.bad_http import BadServer
from tests.providers.github.conftest import make_provider
from tests.providers.github.replay import fixture, replay_server

DEEP = b"[" * 50_000 + b"]" * 50_000


@pytest.fixture
def server() -> Iterator[BadServer]:
    bad = BadServer()
    try:
        yield bad
    finally:
        bad.close()


def shown_safely(error: BadResponse) -> None:
    message = str(error)
    assert len(message) < 3000 and control_characters(message) == []


async def test_kubernetes(server: BadServer, tmp_path: Path) -> None:
    server.raw("/apis/apps/v1/namespaces/shop/deployments/checkout", 200,
               b'{"metadata": {"name": "checkout"}, "spec": ' + DEEP + b"}")
    provider = provider_against(server, tmp_path)
    try:
        with pytest.raises(BadResponse) as caught:
            await provider.deployments()
    finally:
        await provider.aclose()
    shown_safely(caught.value)


async def test_prometheus(server: BadServer) -> None:
    server.raw("/api/v1/query", 200, b'{"status": "success", "data": ' + DEEP + b"}")
    provider = PrometheusProvider("metrics", PrometheusSettings(url=server.url(""), job="api"))
    try:
        with pytest.raises(BadResponse) as caught:
            await provider.instant("error_rate")
    finally:
        await provider.aclose()
    shown_safely(caught.value)


async def test_github() -> None:
    with replay_server() as replay:
        runs = fixture("runs_failed")
        replay.override("GET", runs["request"]["path"], 200, b'{"total_count": 1, "workflow_runs": ' + DEEP + b"}",
                        headers={"Content-Type": "application/json"})
        provider = make_provider(replay.url)
        try:
            with pytest.raises(BadResponse) as caught:
                await provider.runs()
        finally:
            await provider.aclose()
    shown_safely(caught.value)
