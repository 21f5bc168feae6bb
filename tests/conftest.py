"""Fixtures every test folder may use. A backend the tests need but cannot find fails under CI=true, skips locally."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from cockpit.demo.service import DemoService

# The session's private dockerd, for the docker tests and the provider contracts.
from tests.backends.docker.fixtures import docker_client, dockerd  # noqa: F401

# The test Kubernetes API and kubectl, for every folder that needs them (provider, contract, CLI and UI tests).
from tests.backends.kube.fixtures import kube, kube_home, kube_server, kubectl_path  # noqa: F401

# moto's server behind the replay of recorded ECS answers, for every folder that needs AWS.
from tests.providers.ecs.fixtures import aws, aws_env, aws_replay, ecs_provider, moto_clients, moto_url  # noqa: F401

# The real Prometheus (session-scoped, shared by the provider, CLI and UI tests).
pytest_plugins = ["tests.prometheus_backend"]


@pytest.fixture(scope="session")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        reason = "chromium is not installed (Debian: apt-get install --no-install-recommends chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@pytest.fixture
def demo_options() -> dict[str, Any]:
    """How the demo service runs: fast rollouts, plenty of traffic, a fixed random story. A folder's conftest may
    override this fixture (the UI tests want less traffic)."""
    return {"rollout_s": 0.2, "traffic_rps": 200, "seed": 1234}


@pytest.fixture
def demo_service(demo_options: dict[str, Any]) -> Iterator[DemoService]:
    """A freshly broken demo service (v42) on 127.0.0.1, stopped after the test."""
    with DemoService(**demo_options) as service:
        yield service


@pytest.fixture
def spawned_children(monkeypatch: pytest.MonkeyPatch) -> list[asyncio.subprocess.Process]:
    """Every child process the code under test starts with ``asyncio.create_subprocess_exec``, in order: a test can
    then check that none outlived the call."""
    started: list[asyncio.subprocess.Process] = []
    spawn = asyncio.create_subprocess_exec

    async def spawned(*args: Any, **kwargs: Any) -> asyncio.subprocess.Process:
        child = await spawn(*args, **kwargs)
        started.append(child)
        return child

    monkeypatch.setattr(asyncio, "create_subprocess_exec", spawned)
    return started


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port that refuses connections: bound by this test (no other process can take it), not listening."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        yield holder.getsockname()[1]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """pytest-randomly prints its seed in the header, which -q (the README's command and flakiness loop) hides:
    repeat it last, beside the failures, so any run's order can be replayed with `-p randomly --randomly-seed=N`."""
    seed = getattr(config.option, "randomly_seed", None)
    if config.pluginmanager.hasplugin("randomly") and isinstance(seed, int):
        terminalreporter.write_line(f"random order: replay it with -p randomly --randomly-seed={seed}")


STARTED_FIRST = ("tests/test_packaging.py",)
"""The file with the longest fixture (a wheel installed with every SDK into a fresh venv, a minute or more): started
first, it runs beside the rest in the other worker instead of alone at the end of the run."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Runs after pytest-randomly's shuffle (a hook wrapper): a stable sort keeps the random order of everything else
    (with --no-loadscope-reorder xdist hands the files out in this order)."""
    items.sort(key=lambda item: item.nodeid.split("::", 1)[0] not in STARTED_FIRST)
