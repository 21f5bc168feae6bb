"""A rollback keeps what compose gave the container: networks with their aliases, published ports, a named volume,
and the anonymous volume's data, on a user-defined network (not the host's)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cockpit.providers.docker import DockerProvider
from cockpit.providers.docker_settings import DockerSettings
from tests.backends.docker.compose import compose_labels, health, wait_for
from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.docker.images import WEB_BAD
from tests.backends.docker.sshd import free_port

PROJECT = "netshop"


@pytest.fixture
def networked(docker_client: Any) -> Iterator[dict[str, Any]]:
    """netshop-api-1 on web:2.0 (unhealthy), in two networks, a published port, a named and an anonymous volume."""
    api = docker_client.api
    front, back, data = f"{PROJECT}_default", f"{PROJECT}_backend", f"{PROJECT}_data"
    for network in (front, back):
        api.create_network(network, driver="bridge", labels={"com.docker.compose.project": PROJECT})
    port, published = 8080, free_port()
    host_config = api.create_host_config(
        network_mode=front, port_bindings={f"{port}/tcp": ("127.0.0.1", published)},
        binds={data: {"bind": "/data", "mode": "rw"}}, restart_policy={"Name": "unless-stopped"},
    )
    created = api.create_container(
        WEB_BAD, name=f"{PROJECT}-api-1", environment={"PORT": str(port)}, ports=[f"{port}/tcp"],
        volumes=["/data", "/cache"], host_config=host_config, stop_timeout=1, use_config_proxy=False,
        labels=compose_labels(PROJECT, "api", 1, api.inspect_image(WEB_BAD)["Id"]),
        networking_config=api.create_networking_config({front: api.create_endpoint_config(aliases=["api"])}),
    )
    api.connect_container_to_network(created["Id"], back, aliases=["api-backend"])
    api.start(created["Id"])
    marker = api.exec_create(created["Id"], ["/bin/sh", "-c", "echo kept > /cache/marker"])
    api.exec_start(marker["Id"])
    wait_for(docker_client, f"{PROJECT}-api-1", lambda attrs: health(attrs) == "unhealthy")
    try:
        yield {"before": api.inspect_container(created["Id"]), "published": published}
    finally:
        api.remove_container(f"{PROJECT}-api-1", force=True, v=True)
        for network in (front, back):
            api.remove_network(network)
        api.remove_volume(data, force=True)


async def test_networks_ports_and_volumes_survive_the_rollback(
    networked: dict[str, Any], dockerd: PrivateDockerd, docker_client: Any
) -> None:
    provider = DockerProvider("netshop", DockerSettings(project=PROJECT, host=dockerd.url, health_timeout_s=20))
    try:
        plan = await provider.plan_rollback("api")
        assert plan.expect_revision == "web:1.0"
        result = await provider.execute(plan)
    finally:
        await provider.aclose()
    assert result.ok, result.message

    before, api = networked["before"], docker_client.api
    after = api.inspect_container(f"{PROJECT}-api-1")
    assert after["Id"] != before["Id"] and after["Config"]["Image"] == "web:1.0" and health(after) == "healthy"
    networks = after["NetworkSettings"]["Networks"]
    assert set(networks) == {f"{PROJECT}_default", f"{PROJECT}_backend"}
    assert "api" in networks[f"{PROJECT}_default"]["Aliases"]
    assert "api-backend" in networks[f"{PROJECT}_backend"]["Aliases"]
    assert before["Id"][:12] not in networks[f"{PROJECT}_default"]["Aliases"]  # the old container's own alias
    assert after["HostConfig"]["PortBindings"] == {"8080/tcp": [{"HostIp": "127.0.0.1",
                                                               "HostPort": str(networked["published"])}]}
    mounts = {m["Destination"]: m["Name"] for m in after["Mounts"]}
    old_mounts = {m["Destination"]: m["Name"] for m in before["Mounts"]}
    assert mounts == old_mounts and mounts["/data"] == f"{PROJECT}_data"
    read = api.exec_create(after["Id"], ["cat", "/cache/marker"])
    assert api.exec_start(read["Id"]) == b"kept\n"  # the anonymous volume came along, data and all
