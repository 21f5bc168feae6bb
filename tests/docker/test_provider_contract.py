"""The docker provider against a real dockerd, the same tests over the local socket and over ssh:// to 127.0.0.1."""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from cockpit.providers.base import DeploymentSource, LogSource, Restartable, Rollbackable
from cockpit.providers.docker import DockerProvider
from cockpit.providers.docker_settings import DockerSettings
from cockpit.providers.results import LogLine, State
from tests.backends.docker.compose import health, wait_for
from tests.docker.conftest import HOSTILE, Project


@pytest.fixture
async def provider(shop: Project, host: str) -> AsyncIterator[DockerProvider]:
    async with provider_for(shop, host) as provider:
        yield provider


@pytest.fixture
async def full_provider(full_shop: Project, host: str) -> AsyncIterator[DockerProvider]:
    async with provider_for(full_shop, host) as provider:
        yield provider


@asynccontextmanager
async def provider_for(project: Project, host: str) -> AsyncIterator[DockerProvider]:
    provider = DockerProvider("shop", DockerSettings(project=project.name, host=host, health_timeout_s=20))
    try:
        yield provider
    finally:
        await provider.aclose()


async def test_capabilities(provider: DockerProvider) -> None:
    for capability in (DeploymentSource, LogSource, Restartable, Rollbackable):
        assert isinstance(provider, capability)


async def test_each_service_reports_its_containers_health_exit_and_oom(full_provider: DockerProvider) -> None:
    rows = {row.service: row for row in await full_provider.deployments()}
    assert sorted(rows) == ["hog", "web", "worker"]

    web = rows["web"]
    assert web.state is State.FAILED and (web.ready, web.desired) == (0, 1)
    assert web.revision == "web:2.0"
    assert web.previous_revision() is not None and web.previous_revision().id == "web:1.0"  # type: ignore[union-attr]
    assert "unhealthy" in web.message and "404 Not Found" in web.message
    [instance] = web.instances
    assert instance.reason == "unhealthy" and "404 Not Found" in instance.detail
    assert instance.image.startswith("web:2.0 sha256:") and instance.started_at is not None
    assert [h.id for h in web.history][:2] == ["web:2.0", "web:1.0"] and web.history[0].current

    worker = rows["worker"].instances[0]
    assert (worker.reason, worker.exit_code, worker.restarts) == ("exited (3)", 3, 2)
    hog = rows["hog"].instances[0]
    assert hog.reason == "OOMKilled" and hog.exit_code == 137 and rows["hog"].state is State.FAILED


async def test_engine_events_become_deployment_events(full_provider: DockerProvider) -> None:
    provider = full_provider
    await provider.deployments()  # starts following events (with the engine's recent backlog)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while loop.time() < deadline:
        rows = {row.service: row for row in await provider.deployments()}
        reasons = {service: [event.reason for event in row.events] for service, row in rows.items()}
        if "unhealthy" in reasons["web"] and "oom" in reasons["hog"] and "die" in reasons["worker"]:
            break
        await asyncio.sleep(0.2)
    else:
        raise AssertionError(f"events not seen: {reasons}")
    web_events = rows["web"].events
    assert web_events[0].at >= web_events[-1].at  # newest first
    unhealthy = next(event for event in web_events if event.reason == "unhealthy")
    assert unhealthy.warning and "-web-1 is unhealthy" in unhealthy.message


async def test_logs_follow_every_container_prefixed_by_service(full_provider: DockerProvider) -> None:
    provider = full_provider
    seen: list[LogLine] = []

    async def follow() -> None:
        async for line in provider.tail():
            seen.append(line)
            text = [f"{line.source}: {line.message}" for line in seen]
            wanted = ("web: 127.0.0.1", "worker: worker: ERROR queue unreachable", "worker: worker: connecting",
                      "hog: allocating")
            if all(any(entry.startswith(prefix) for entry in text) for prefix in wanted):
                return

    await asyncio.wait_for(follow(), 30)
    worker = [line for line in seen if line.source == "worker"]
    assert any("ERROR queue unreachable" in line.message and line.level == "ERROR" for line in worker)  # stderr
    assert any(line.message == "worker: connecting to queue" for line in worker)  # stdout
    assert all(line.at.tzinfo is not None for line in seen)


async def test_rollback_recreates_the_container_from_the_previous_image(provider: DockerProvider,
                                                                        shop: Project) -> None:
    before = shop.web_attrs()
    plan = await provider.plan_rollback("web")
    assert plan.expect_revision == "web:1.0"
    assert [(c.field, c.before.split()[0], c.after.split()[0]) for c in plan.changes] == [
        ("revision", "web:2.0", "web:1.0"), ("image", "web:2.0", "web:1.0")]
    assert "kept stopped" in plan.summary and "restored" in plan.summary
    # The equivalent command: hostile environment values stay one argument.
    run = next(part for part in plan.command.split(" && ") if " run " in part)
    argv = shlex.split(run)
    assert f"GREETING={HOSTILE}" in argv and argv[argv.index("--network") + 1] == "host"
    assert argv[argv.index("--restart") + 1] == "unless-stopped" and argv[-1] == "web:1.0"

    result = await provider.execute(plan)
    assert result.ok, result.message

    after = shop.web_attrs()
    assert after["Id"] != before["Id"] and after["Name"] == before["Name"]
    assert after["Config"]["Image"] == "web:1.0" and health(after) == "healthy"
    own = {k: v for k, v in before["Config"]["Labels"].items() if k != "com.docker.compose.image"}
    assert own.items() <= after["Config"]["Labels"].items()
    env = set(after["Config"]["Env"])
    assert {f"PORT={shop.port}", f"GREETING={HOSTILE}", "APP_VERSION=1.0"} <= env  # the image's own ENV, not 2.0's
    assert after["HostConfig"]["RestartPolicy"] == before["HostConfig"]["RestartPolicy"]
    assert after["HostConfig"]["NetworkMode"] == "host"
    project = {"label": f"com.docker.compose.project={shop.name}"}
    names = [c.name for c in shop.client.containers.list(all=True, filters=project)]
    assert not any(name.endswith("-cockpit-previous") for name in names)

    rows = {row.service: row for row in await provider.deployments()}
    assert rows["web"].state is State.HEALTHY and rows["web"].revision == "web:1.0"
    assert rows["web"].previous_revision().id == "web:2.0"  # type: ignore[union-attr]

    # Rolling "forward" to the bad image fails its health check: the healthy container comes back as it was.
    bad = await provider.plan_rollback("web", "web:2.0")
    failed = await provider.execute(bad)
    assert not failed.ok and "unhealthy" in failed.message and "restored" in failed.message
    restored = wait_for(shop.client, shop.web, lambda attrs: health(attrs) == "healthy")
    assert restored["Id"] == after["Id"] and restored["Config"]["Image"] == "web:1.0"


async def test_restart_restarts_the_service_containers(provider: DockerProvider, shop: Project) -> None:
    plan = await provider.plan_restart("web")
    assert shlex.split(plan.command)[-4:] == ["restart", "--time", "1", shop.web]  # its stop_grace_period
    started_before = shop.web_attrs()["State"]["StartedAt"]
    result = await provider.execute(plan)
    assert result.ok
    assert shop.web_attrs()["State"]["StartedAt"] != started_before


async def test_unknown_service_and_image_are_clear_refusals(provider: DockerProvider) -> None:
    from cockpit.providers.base import NotFound

    with pytest.raises(NotFound, match="no service 'api'"):
        await provider.plan_rollback("api")
    with pytest.raises(NotFound, match="never pulls"):
        await provider.plan_rollback("web", "web:0.9'; touch /tmp/x")




async def test_a_container_left_by_an_earlier_rollback_blocks_a_new_one(provider: DockerProvider,
                                                                         shop: Project) -> None:
    from cockpit.providers.base import ProviderError

    leftover = shop.client.api.create_container("web:1.0", name=f"{shop.web}-cockpit-previous",
                                                use_config_proxy=False)
    try:
        with pytest.raises(ProviderError, match="already exists .left by an earlier rollback"):
            await provider.plan_rollback("web")
        assert shop.web_attrs()["State"]["Running"]  # nothing was touched
    finally:
        shop.client.api.remove_container(leftover["Id"], force=True)
