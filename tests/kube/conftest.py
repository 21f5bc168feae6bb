"""Scenarios on the test API server, shared by the provider, CLI and UI tests of the Kubernetes provider."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from cockpit.providers.kubernetes import KubernetesProvider, KubernetesSettings
from tests.backends.kube.fixtures import KubeNamespace

GOOD, BAD = "shop/checkout:1.4.1", "shop/checkout:1.4.2"


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll the in-process server's own state (never the API under test) until ``condition`` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.05)


def crash_looping(kube: KubeNamespace, *, progress_deadline_s: int = 1, name: str = "checkout",
                  replicas: int = 3, wait: bool = True) -> None:
    """checkout at a good 1.4.1, then updated to 1.4.2 whose pods crash-loop; ``wait``: until the progress
    deadline has passed (the Deployment reports ProgressDeadlineExceeded)."""
    kube.cluster.behaviours[BAD] = "crash"
    kube.server.deployment(kube.name, name, GOOD, change_cause="deploy 1.4.1", replicas=replicas,
                           progress_deadline_s=progress_deadline_s)
    wait_for(lambda: kube.server.deployment_status(kube.name, name)["status"].get("readyReplicas") == replicas)
    kube.server.set_image(kube.name, name, BAD, change_cause="deploy 1.4.2")

    def stuck() -> bool:
        conditions = kube.server.deployment_status(kube.name, name)["status"].get("conditions", [])
        return any(c["reason"] == "ProgressDeadlineExceeded" for c in conditions)

    if wait:
        wait_for(stuck)


def blue_green(kube: KubeNamespace) -> None:
    """checkout-blue (good, live) and checkout-green (new, crash-looping) behind Service checkout-active."""
    kube.cluster.behaviours[BAD] = "crash"
    kube.server.deployment(kube.name, "checkout-blue", GOOD, replicas=2, labels={"app": "checkout", "color": "blue"})
    kube.server.deployment(kube.name, "checkout-green", GOOD, replicas=2,
                           labels={"app": "checkout", "color": "green"})
    kube.server.service(kube.name, "checkout-active", {"app": "checkout", "color": "blue"})

    def ready() -> bool:
        return all(kube.server.deployment_status(kube.name, f"checkout-{colour}")["status"].get("readyReplicas") == 2
                   for colour in ("blue", "green"))

    wait_for(ready)


@pytest.fixture
async def kube_provider(kube: KubeNamespace) -> AsyncIterator[Callable[..., KubernetesProvider]]:
    """Build providers on this test's namespace (closed at the end)."""
    built: list[KubernetesProvider] = []

    def build(target: str = "checkout", **settings: Any) -> KubernetesProvider:
        settings.setdefault("namespace", kube.name)
        settings.setdefault("kubeconfig", str(kube.kubeconfig))
        if "selector" not in settings:
            settings.setdefault("deployment", "checkout")
        provider = KubernetesProvider(target, KubernetesSettings(**settings))
        built.append(provider)
        return provider

    yield build
    for provider in built:
        await provider.aclose()
