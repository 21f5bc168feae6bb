"""Without a compose project: plain containers by name or by label, each its own service."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cockpit.providers.docker import DockerProvider
from cockpit.providers.docker_settings import DockerSettings
from cockpit.providers.results import State
from tests.backends.docker.compose import wait_for
from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.docker.images import SLEEPER, WORKER


@pytest.fixture
def plain(docker_client: Any) -> Iterator[list[str]]:
    api = docker_client.api
    names = ["plain-api", "plain-api-old", "plain-job"]
    for name, image, labels in ((names[0], SLEEPER, {"team": "shop"}), (names[1], SLEEPER, {"team": "other"}),
                                (names[2], WORKER, {"team": "shop"})):
        created = api.create_container(image, name=name, labels=labels, stop_timeout=1, use_config_proxy=False,
                                       host_config=api.create_host_config(network_mode="none"))
        api.start(created["Id"])
    wait_for(docker_client, names[2], lambda attrs: attrs["State"]["Status"] == "exited")
    try:
        yield names
    finally:
        for name in names:
            api.remove_container(name, force=True)


async def rows_of(settings: DockerSettings) -> dict[str, Any]:
    provider = DockerProvider("plain", settings)
    try:
        return {row.service: row for row in await provider.deployments()}
    finally:
        await provider.aclose()


async def test_by_name_exactly(plain: list[str], dockerd: PrivateDockerd) -> None:
    rows = await rows_of(DockerSettings(containers=["plain-api"], host=dockerd.url))
    assert list(rows) == ["plain-api"]  # not plain-api-old: names match whole
    assert rows["plain-api"].state is State.HEALTHY and rows["plain-api"].revision == SLEEPER


async def test_by_label(plain: list[str], dockerd: PrivateDockerd) -> None:
    rows = await rows_of(DockerSettings(labels=["team=shop"], host=dockerd.url))
    assert sorted(rows) == ["plain-api", "plain-job"]
    assert rows["plain-job"].state is State.FAILED and rows["plain-job"].instances[0].exit_code == 3
