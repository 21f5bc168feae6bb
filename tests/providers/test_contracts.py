"""One contract per capability, run against every provider that has it, on a real backend in the same story:
a bad revision just went out and the previous one is good. Adding a provider means adding its subject below;
adding a capability means adding its contract (``test_every_capability_has_a_contract`` says so)."""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, timedelta

import pytest

from cockpit.demo.service import DemoService
from cockpit.providers import registry
from cockpit.providers.base import (
    CAPABILITIES,
    DeploymentSource,
    DeploymentStatus,
    HealthSource,
    LogSource,
    MetricSource,
    NotFound,
    Provider,
    ProviderError,
    Restartable,
    Rollbackable,
    Scalable,
    State,
    TrafficSwitchable,
    utcnow,
)
from cockpit.providers.demo import DemoProvider, DemoSettings
from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings
from cockpit.providers.kubernetes import KubernetesProvider, KubernetesSettings
from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import blue_green, crash_looping


@dataclass
class Subject:
    provider: Provider
    service: str
    """The service the story is about."""
    bad: str | None = None
    """Its current (bad) revision, when it has deployments."""
    good: str | None = None
    """The previous (good) revision."""
    colour: str | None = None
    """Blue-green: the colour to switch to."""


def demo_subject(request: pytest.FixtureRequest) -> Subject:
    service: DemoService = request.getfixturevalue("demo_service")
    return Subject(DemoProvider("checkout", DemoSettings(base_url=service.base_url)), "checkout", "v42", "v41")


def http_subject(request: pytest.FixtureRequest) -> Subject:
    service: DemoService = request.getfixturevalue("demo_service")
    settings = HttpHealthSettings(url=f"{service.base_url}/health/ready")
    return Subject(HttpHealthProvider("checkout-health", settings), "checkout")


def kube_subject(request: pytest.FixtureRequest) -> Subject:
    kube: KubeNamespace = request.getfixturevalue("kube")
    crash_looping(kube)
    blue_green(kube)
    with kube.cluster.store.lock:
        ids = {rs["spec"]["template"]["spec"]["containers"][0]["image"]: rs["metadata"]["labels"]["pod-template-hash"]
               for rs in kube.cluster.store.items("replicasets", kube.name)
               if rs["metadata"]["ownerReferences"][0]["name"] == "checkout"}
    provider = KubernetesProvider("checkout", KubernetesSettings(
        namespace=kube.name, selector="app=checkout", service="checkout-active", kubeconfig=str(kube.kubeconfig)))
    return Subject(provider, "checkout", ids["shop/checkout:1.4.2"], ids["shop/checkout:1.4.1"], colour="green")


SUBJECTS: dict[str, tuple[type[Provider], Callable[[pytest.FixtureRequest], Subject]]] = {
    "demo": (DemoProvider, demo_subject),
    "http": (HttpHealthProvider, http_subject),
    "kubernetes": (KubernetesProvider, kube_subject),
}
"""Provider name -> (class, the story on its real backend)."""
WITHOUT_SUBJECT = {"fake": "the UI tests' scripted double, not a backend"}


@pytest.fixture
async def subject(request: pytest.FixtureRequest) -> AsyncIterator[Subject]:
    story = SUBJECTS[request.param][1](request)
    yield story
    await story.provider.aclose()


def with_capability(protocol: type) -> list[str]:
    return [name for name, (cls, _) in sorted(SUBJECTS.items()) if issubclass(cls, protocol)]


async def eventually(check: Callable[[], Awaitable[str]], timeout: float = 20.0) -> None:
    """Ask the backend until ``check`` returns '' (what is still missing otherwise)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while (missing := await check()) and loop.time() < deadline:
        await asyncio.sleep(0.2)
    assert not missing, missing


def row_of(rows: list[DeploymentStatus], service: str) -> DeploymentStatus:
    return next(row for row in rows if row.service == service)


# -- the contracts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("subject", with_capability(DeploymentSource), indirect=True)
async def test_deployments_contract(subject: Subject) -> None:
    story = subject
    assert isinstance(story.provider, DeploymentSource)
    rows = list(await story.provider.deployments())
    row = row_of(rows, story.service)
    assert row.target == story.provider.target and row.observed_at.tzinfo is not None
    assert row.state.is_bad and row.message, "a bad deploy is degraded or failed, and says why"
    assert row.revision == story.bad and 0 <= row.ready <= max(row.desired, row.ready)
    current = [revision for revision in row.history if revision.current]
    assert len(current) == 1 and current[0].id == row.revision == row.history[0].id
    previous = row.previous_revision()
    assert previous is not None and previous.id == story.good and previous.image
    assert all(a.at >= b.at for a, b in zip(row.events, row.events[1:], strict=False)), "events are newest first"
    severity = [State.FAILED, State.DEGRADED, State.UNKNOWN, State.PROGRESSING, State.HEALTHY]
    ranks = [severity.index(instance.state) for instance in row.instances]
    assert ranks == sorted(ranks), "instances are worst first"


@pytest.mark.parametrize("subject", with_capability(HealthSource), indirect=True)
async def test_health_contract(subject: Subject) -> None:
    story = subject
    assert isinstance(story.provider, HealthSource)
    check = await story.provider.health()
    assert check.target == story.provider.target and check.observed_at.tzinfo is not None
    assert check.state in State and check.url


@pytest.mark.parametrize("subject", with_capability(LogSource), indirect=True)
async def test_logs_contract(subject: Subject) -> None:
    story = subject
    assert isinstance(story.provider, LogSource)
    started = utcnow() - timedelta(minutes=5)

    async def first_lines() -> list[str]:
        seen = []
        async for line in story.provider.tail():  # type: ignore[attr-defined]
            assert line.at.tzinfo is not None and line.at.utcoffset() == UTC.utcoffset(None) and line.at > started
            assert line.source and isinstance(line.message, str)
            seen.append(line.message)
            if len(seen) == 3:
                return seen
        return seen

    assert len(await asyncio.wait_for(first_lines(), 15)) == 3


@pytest.mark.parametrize("subject", with_capability(MetricSource), indirect=True)
async def test_metrics_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, MetricSource)
    names = list(provider.metric_names())
    assert names
    sample = await provider.instant(names[0])
    assert sample is None or sample.at.tzinfo is not None
    series = await provider.range(names[0], utcnow() - timedelta(minutes=5), utcnow(), 1.0)
    assert series.name == names[0] and series.unit
    with pytest.raises(NotFound):
        await provider.instant("no-such-metric")


@pytest.mark.parametrize("subject", with_capability(Rollbackable), indirect=True)
async def test_rollback_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, Rollbackable) and isinstance(provider, DeploymentSource)
    with pytest.raises(NotFound):
        await provider.plan_rollback(story.service, "v41'; touch /tmp/pwned")
    plan = await provider.plan_rollback(story.service)
    assert plan.action == "rollback" and plan.service == story.service and plan.target == provider.target
    assert plan.expect_revision == story.good and plan.reversible and plan.changes
    assert shlex.split(plan.command) and plan.summary
    result = await provider.execute(plan)
    assert result.ok, result.message
    assert result.finished_at >= result.started_at

    async def rolled_back() -> str:
        row = row_of(list(await provider.deployments()), story.service)
        if row.revision == story.good and row.state is State.HEALTHY and row.ready >= row.desired:
            return ""
        return f"{row.revision} {row.state.value} {row.ready}/{row.desired}"

    await eventually(rolled_back)
    with pytest.raises(ProviderError):  # nothing left to roll back to that revision
        await provider.plan_rollback(story.service, story.good)


@pytest.mark.parametrize("subject", with_capability(Restartable), indirect=True)
async def test_restart_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, Restartable) and isinstance(provider, DeploymentSource)
    service = next(row.service for row in await provider.deployments() if row.state is State.HEALTHY)
    plan = await provider.plan_restart(service)
    assert plan.action == "restart" and shlex.split(plan.command) and plan.changes
    assert (await provider.execute(plan)).ok


@pytest.mark.parametrize("subject", with_capability(Scalable), indirect=True)
async def test_scale_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, Scalable) and isinstance(provider, DeploymentSource)
    row = next(row for row in await provider.deployments() if row.state is State.HEALTHY)
    plan = await provider.plan_scale(row.service, row.desired + 1)
    assert plan.action == "scale" and shlex.split(plan.command)
    assert (await provider.execute(plan)).ok

    async def scaled() -> str:
        now = row_of(list(await provider.deployments()), row.service)
        return "" if now.ready == now.desired == row.desired + 1 else f"{now.ready}/{now.desired}"

    await eventually(scaled)


@pytest.mark.parametrize("subject", with_capability(TrafficSwitchable), indirect=True)
async def test_switch_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, TrafficSwitchable) and isinstance(provider, DeploymentSource)
    assert story.colour is not None
    before = {row.live_colour for row in await provider.deployments()} - {None}
    assert before and story.colour not in before
    plan = await provider.plan_switch(story.service + "-active", story.colour)
    assert plan.action == "switch-traffic" and shlex.split(plan.command)
    assert (await provider.execute(plan)).ok
    assert {row.live_colour for row in await provider.deployments()} == {story.colour}


# -- the meta contract -----------------------------------------------------------------------------------------


def test_every_installed_provider_has_a_subject_and_every_capability_a_contract() -> None:
    installed = set(registry.available())
    assert installed <= set(SUBJECTS) | set(WITHOUT_SUBJECT), "add a Subject for the new provider"
    implemented = {capability for name in installed for capability, protocol in CAPABILITIES.items()
                   if issubclass(registry.load(name), protocol)}
    contracts = {name.removeprefix("test_").removesuffix("_contract") for name in globals()
                 if name.startswith("test_") and name.endswith("_contract")}
    assert implemented <= contracts, f"capabilities without a contract test: {sorted(implemented - contracts)}"
