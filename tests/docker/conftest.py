"""Backends for the docker provider tests: one sshd in front of the session's private dockerd (``dockerd`` and
``docker_client`` come from tests/backends/docker/fixtures.py, shared with the provider contracts). Each test gets
its own compose project (a unique name), so tests never see each other's containers.

A missing sshd skips locally and FAILS under CI=true.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.backends.docker.compose import deploy, health, wait_for
from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.docker.fixtures import missing
from tests.backends.docker.images import BASE, WEB_BAD, WEB_GOOD, WORKER
from tests.backends.docker.sshd import PrivateSshd, free_port

_projects = itertools.count(1)
HOSTILE = "hello'; touch /tmp/cockpit-pwned; echo \"$(id)\""
"""An environment value that must stay one argument in every command the cockpit shows."""
STOP_GRACE_S = 1
"""compose's stop_grace_period: httpd as PID 1 ignores SIGTERM, and tests should not wait 10 s for the KILL."""


@pytest.fixture(scope="session")
def sshd(dockerd: PrivateDockerd, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateSshd]:
    for program in ("/usr/sbin/sshd", "ssh", "ssh-keygen"):
        if shutil.which(program) is None:
            missing(f"{program} is not installed (Debian: apt-get install --no-install-recommends openssh-server)")
    server = PrivateSshd(Path(tmp_path_factory.mktemp("sshd")), dockerd.socket)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ssh_client(sshd: PrivateSshd, monkeypatch: pytest.MonkeyPatch) -> PrivateSshd:
    """The system ssh, configured for the private sshd (its wrapper first on PATH)."""
    monkeypatch.setenv("PATH", f"{sshd.bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return sshd


@dataclass
class Project:
    """One compose project on the private daemon: web (deployed 1.0, then a bad 2.0), a worker that exits 3,
    and a hog killed for memory."""

    name: str
    port: int
    client: Any

    @property
    def web(self) -> str:
        return f"{self.name}-web-1"

    def web_attrs(self) -> dict[str, Any]:
        return self.client.api.inspect_container(self.web)  # type: ignore[no-any-return]


def start_project(client: Any, name: str, *, extras: bool = True) -> Project:
    port = free_port()
    web = {"environment": {"PORT": str(port), "GREETING": HOSTILE}, "restart_policy": {"Name": "unless-stopped"},
           "stop_timeout": STOP_GRACE_S}
    deploy(client, name, "web", WEB_GOOD, **web)
    deploy(client, name, "web", WEB_BAD, **web)
    if extras:
        deploy(client, name, "worker", WORKER, restart_policy={"Name": "on-failure", "MaximumRetryCount": 2})
        # The hog waits a second before it allocates: killed within a millisecond of its start, it can die before
        # the engine watches its memory cgroup, and then no OOM event ever comes and OOMKilled stays false (a full
        # run saw exit 137 with FinishedAt before StartedAt).
        deploy(client, name, "hog", BASE, mem_limit="16m", memswap_limit="16m",
               command=["/bin/sh", "-c", "sleep 1; echo allocating; a=xxxxxxxxxxxxxxxx; while :; do a=$a$a; done"])
    project = Project(name, port, client)
    wait_for(client, project.web, lambda attrs: health(attrs) == "unhealthy")
    if extras:
        wait_for(client, f"{name}-worker-1", lambda a: a["State"]["Status"] == "exited" and a["RestartCount"] == 2)
        # The engine handles the kernel's OOM event and the exit apart: "exited" can be read before OOMKilled is set.
        wait_for(client, f"{name}-hog-1", lambda a: a["State"]["Status"] == "exited" and a["State"]["OOMKilled"])
    return project


def remove_project(client: Any, name: str) -> None:
    for container in client.containers.list(all=True, filters={"label": f"com.docker.compose.project={name}"}):
        container.remove(force=True)


@pytest.fixture
def shop(docker_client: Any) -> Iterator[Project]:
    """Web only: deployed at 1.0, then at a 2.0 that fails its health check."""
    yield from _project(docker_client, extras=False)


@pytest.fixture
def full_shop(docker_client: Any) -> Iterator[Project]:
    """Web, plus a worker that exits 3 (after two restarts) and a hog killed for memory."""
    yield from _project(docker_client, extras=True)


def _project(client: Any, *, extras: bool) -> Iterator[Project]:
    name = f"shop{next(_projects)}"
    project = start_project(client, name, extras=extras)
    try:
        yield project
    finally:
        remove_project(client, name)


@pytest.fixture(params=["local", "ssh"])
def host(request: pytest.FixtureRequest, dockerd: PrivateDockerd) -> str:
    """The same engine through its unix socket, and through ssh:// to 127.0.0.1 (contract tests run both)."""
    if request.param == "local":
        return dockerd.url
    server: PrivateSshd = request.getfixturevalue("ssh_client")
    return server.url()


__all__ = ["Project", "free_port", "start_project", "remove_project"]
