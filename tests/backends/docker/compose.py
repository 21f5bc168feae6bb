"""Containers as docker compose v2 creates them: named PROJECT-SERVICE-N, with compose's labels.

``deploy`` is what ``docker compose up -d`` does when a service's image changed: the old container goes away and
a new one with the same name and labels runs the new image. Deploying 1.0 then 2.0 leaves the daemon's event log
and image metadata with the history a real bad deploy leaves.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

COMPOSE_VERSION = "2.29.7"


def compose_labels(project: str, service: str, number: int, image_id: str = "") -> dict[str, str]:
    labels = {
        "com.docker.compose.project": project,
        "com.docker.compose.service": service,
        "com.docker.compose.container-number": str(number),
        "com.docker.compose.oneoff": "False",
        "com.docker.compose.project.working_dir": f"/srv/{project}",
        "com.docker.compose.project.config_files": f"/srv/{project}/compose.yaml",
        "com.docker.compose.config-hash": f"{abs(hash((project, service))):064x}"[:64],
        "com.docker.compose.depends_on": "",
        "com.docker.compose.version": COMPOSE_VERSION,
    }
    if image_id:
        labels["com.docker.compose.image"] = image_id
    return labels


def deploy(
    client: Any,
    project: str,
    service: str,
    image: str,
    *,
    number: int = 1,
    environment: Mapping[str, str] | None = None,
    command: list[str] | None = None,
    stop_timeout: int | None = None,
    **host_options: Any,
) -> str:
    """Replace PROJECT-SERVICE-NUMBER (if any) by a started container of ``image`` on the host network; its id.

    ``host_options`` go to the host config (restart_policy, mem_limit, memswap_limit...).
    """
    import docker.errors

    name = f"{project}-{service}-{number}"
    try:
        client.api.remove_container(name, force=True)
    except docker.errors.NotFound:
        pass
    image_id = client.api.inspect_image(image)["Id"]
    created = client.api.create_container(
        image,
        name=name,
        command=command,
        labels=compose_labels(project, service, number, image_id),
        environment=dict(environment or {}),
        stop_timeout=stop_timeout,
        host_config=client.api.create_host_config(network_mode="host", **host_options),
        use_config_proxy=False,
    )
    client.api.start(created["Id"])
    return str(created["Id"])


def wait_for(client: Any, name: str, predicate: Any, timeout_s: float = 20.0) -> dict[str, Any]:
    """Poll ``docker inspect NAME`` until ``predicate(attrs)`` holds; the attributes that satisfied it."""
    deadline = time.monotonic() + timeout_s
    attrs: dict[str, Any] = {}
    while time.monotonic() < deadline:
        attrs = client.api.inspect_container(name)
        if predicate(attrs):
            return attrs
        time.sleep(0.1)
    raise AssertionError(f"{name} never reached the expected state: {attrs.get('State')}")


def health(attrs: Mapping[str, Any]) -> str | None:
    return (attrs.get("State", {}).get("Health") or {}).get("Status")
