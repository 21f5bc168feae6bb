"""One contract per capability, run against every provider that has it, on a real backend in the same story:
a bad revision just went out and the previous one is good. Adding a provider means adding its subject below;
adding a capability means adding its contract (``test_every_capability_has_a_contract`` says so)."""

from __future__ import annotations

import asyncio
import itertools
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
    HealthSource,
    LogSource,
    MetricSource,
    NotFound,
    PipelineSource,
    Provider,
    ProviderError,
    Rerunnable,
    Restartable,
    Rollbackable,
    Scalable,
    TrafficSwitchable,
)
from cockpit.providers.demo import DemoProvider, DemoSettings
from cockpit.providers.docker import DockerProvider
from cockpit.providers.docker_settings import DockerSettings
from cockpit.providers.ecs import EcsProvider
from cockpit.providers.github_actions import GitHubActionsProvider
from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings
from cockpit.providers.kubernetes import KubernetesProvider, KubernetesSettings
from cockpit.providers.prometheus import PrometheusProvider, PrometheusSettings
from cockpit.providers.results import DeploymentStatus, State, utcnow
from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.kube.fixtures import KubeNamespace
from tests.docker.conftest import remove_project, start_project
from tests.kube.conftest import blue_green, crash_looping
from tests.prometheus_backend import JOB, PrometheusBackend
from tests.providers.ecs.replay import FAILING_DEPLOY
from tests.providers.ecs.world import FAMILY, AwsWorld
from tests.providers.ecs.world import SERVICE as ECS_SERVICE
from tests.providers.github.conftest import make_provider
from tests.providers.github.replay import ReplayServer


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
    failed_run: str | None = None
    """Pipelines: the id of the run that failed (the one that shipped the bad revision)."""
    passed_run: str | None = None
    """Pipelines: the id of an earlier run that passed."""


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


_docker_projects = itertools.count(1)


def docker_subject(request: pytest.FixtureRequest) -> Subject:
    dockerd: PrivateDockerd = request.getfixturevalue("dockerd")
    client = request.getfixturevalue("docker_client")
    name = f"contract{next(_docker_projects)}"
    start_project(client, name, extras=False)  # web deployed at 1.0, then at a 2.0 that fails its health check
    request.addfinalizer(lambda: remove_project(client, name))
    provider = DockerProvider("shop", DockerSettings(project=name, host=dockerd.url, health_timeout_s=20))
    return Subject(provider, "web", "web:2.0", "web:1.0")


def ecs_subject(request: pytest.FixtureRequest) -> Subject:
    aws: AwsWorld = request.getfixturevalue("aws")
    aws.replay.play(FAILING_DEPLOY)  # seed 000: task definition 3 (v42) fails its rollout, 2 (v41) was good
    return Subject(EcsProvider("api", aws.settings()), ECS_SERVICE, f"{FAMILY}:3", f"{FAMILY}:2")


def github_subject(request: pytest.FixtureRequest) -> Subject:
    replay = ReplayServer("failed")  # deploy #128 failed (it built the bad revision), #127 passed
    request.addfinalizer(replay.close)
    return Subject(make_provider(replay.url), "acme/finance-hub", failed_run="7001128", passed_run="7001127")


def prometheus_subject(request: pytest.FixtureRequest) -> Subject:
    backend: PrometheusBackend = request.getfixturevalue("prometheus_backend")
    return Subject(PrometheusProvider("checkout-metrics", PrometheusSettings(url=backend.url, job=JOB)), JOB)


SUBJECTS: dict[str, tuple[type[Provider], Callable[[pytest.FixtureRequest], Subject]]] = {
    "demo": (DemoProvider, demo_subject),
    "docker": (DockerProvider, docker_subject),
    "ecs": (EcsProvider, ecs_subject),
    "github": (GitHubActionsProvider, github_subject),
    "http": (HttpHealthProvider, http_subject),
    "kubernetes": (KubernetesProvider, kube_subject),
    "prometheus": (PrometheusProvider, prometheus_subject),
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


async def row_to_act_on(provider: DeploymentSource, story: Subject) -> DeploymentStatus:
    """A healthy row when the story has one (an action on it must leave it healthy, which says the action worked);
    else the story's own bad service. The demo's and ECS's stories have only that one service, and restarting or
    scaling a bad deploy is a step operators really take (it keeps the revision), so those contracts accept it."""
    rows = list(await provider.deployments())
    return next((row for row in rows if row.state is State.HEALTHY), None) or row_of(rows, story.service)


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
    row = await row_to_act_on(provider, story)
    plan = await provider.plan_restart(row.service)
    assert plan.action == "restart" and plan.service == row.service and plan.target == provider.target
    assert shlex.split(plan.command) and plan.changes and plan.summary
    assert plan.expect_revision in (None, row.revision), "a restart keeps the revision"
    assert (await provider.execute(plan)).ok


@pytest.mark.parametrize("subject", with_capability(Scalable), indirect=True)
async def test_scale_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, Scalable) and isinstance(provider, DeploymentSource)
    row = await row_to_act_on(provider, story)
    plan = await provider.plan_scale(row.service, row.desired + 1)
    assert plan.action == "scale" and shlex.split(plan.command)
    assert (await provider.execute(plan)).ok

    async def scaled() -> str:
        now = row_of(list(await provider.deployments()), row.service)
        # A bad revision's new replica is as bad as the others: only a healthy service must also have it ready.
        ready = now.ready == now.desired if row.state is State.HEALTHY else True
        return "" if ready and now.desired == row.desired + 1 else f"{now.ready}/{now.desired}"

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


@pytest.mark.parametrize("subject", with_capability(PipelineSource), indirect=True)
async def test_pipelines_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, PipelineSource)
    runs = list(await provider.runs())
    assert {story.failed_run, story.passed_run} <= {run.id for run in runs}
    started = [run.started_at for run in runs if run.started_at is not None]
    assert started == sorted(started, reverse=True), "runs are newest first"
    failed = next(run for run in runs if run.id == story.failed_run)
    assert failed.state is State.FAILED and failed.status and failed.workflow and failed.commit
    assert failed.failed_jobs, "a failed run names the jobs that failed"
    assert any(job.error_lines or job.log_note for job in failed.failed_jobs), "and says why, or why it cannot"
    passed = next(run for run in runs if run.id == story.passed_run)
    assert passed.state is State.HEALTHY and not passed.failed_jobs
    assert all(run.duration_s is None or run.duration_s >= 0 for run in runs)


@pytest.mark.parametrize("subject", with_capability(Rerunnable), indirect=True)
async def test_rerun_contract(subject: Subject) -> None:
    story = subject
    provider = story.provider
    assert isinstance(provider, Rerunnable) and isinstance(provider, PipelineSource)
    assert story.failed_run is not None and story.passed_run is not None
    await provider.runs()  # plans are made from what the operator sees: the latest poll
    with pytest.raises(NotFound):
        await provider.plan_rerun(f"{story.failed_run}'; touch /tmp/pwned")
    with pytest.raises(ProviderError):  # nothing failed there: nothing to re-run
        await provider.plan_rerun(story.passed_run)
    plan = await provider.plan_rerun(story.failed_run)
    assert plan.action == "rerun" and plan.target == provider.target and plan.service == story.service
    assert story.failed_run in shlex.split(plan.command) and plan.changes and plan.summary
    result = await provider.execute(plan)
    assert result.ok, result.message
    assert result.finished_at >= result.started_at


# -- the meta contract -----------------------------------------------------------------------------------------


def test_every_installed_provider_has_a_subject_and_every_capability_a_contract() -> None:
    installed = set(registry.available())
    assert installed <= set(SUBJECTS) | set(WITHOUT_SUBJECT), "add a Subject for the new provider"
    implemented = {capability for name in installed for capability, protocol in CAPABILITIES.items()
                   if issubclass(registry.load(name), protocol)}
    contracts = {name.removeprefix("test_").removesuffix("_contract") for name in globals()
                 if name.startswith("test_") and name.endswith("_contract")}
    assert implemented <= contracts, f"capabilities without a contract test: {sorted(implemented - contracts)}"
