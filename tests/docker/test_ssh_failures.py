"""ssh:// failures, each in its own words (ssh's stderr, captured), and a pane that keeps retrying with backoff."""

from __future__ import annotations

import asyncio

import pytest

from cockpit.core.hub import Hub, PollPolicy, Snapshot
from cockpit.providers.base import Unauthorised, Unreachable
from cockpit.providers.docker import DockerProvider
from cockpit.providers.docker_client import HostKeyMismatch
from cockpit.providers.docker_settings import DockerSettings
from tests.backends.docker.sshd import PrivateSshd, free_port


async def failure_of(host: str) -> Exception:
    provider = DockerProvider("shop", DockerSettings(project="shop", host=host))
    try:
        with pytest.raises(Exception) as caught:
            await provider.deployments()
        return caught.value
    finally:
        await provider.aclose()


async def test_an_unreachable_host_says_so(ssh_client: PrivateSshd) -> None:
    error = await failure_of(ssh_client.url(port=free_port()))
    assert type(error) is Unreachable
    assert "cannot reach ssh://root@127.0.0.1" in str(error) and "Connection refused" in str(error)


async def test_a_refused_key_says_so(ssh_client: PrivateSshd) -> None:
    error = await failure_of(ssh_client.url("wrong-key"))
    assert type(error) is Unauthorised
    assert "refused the ssh key" in str(error) and "Permission denied (publickey)" in str(error)


async def test_a_changed_host_key_says_so(ssh_client: PrivateSshd) -> None:
    error = await failure_of(ssh_client.url("wrong-host-key"))
    assert isinstance(error, HostKeyMismatch) and error.title == "host key mismatch"
    assert "does not match the one in known_hosts" in str(error)


async def test_a_failing_host_is_retried_with_backoff(ssh_client: PrivateSshd) -> None:
    provider = DockerProvider("shop", DockerSettings(project="shop", host=ssh_client.url(port=free_port())))
    hub = Hub({"shop": provider}, {"shop": PollPolicy(interval_s=0.1, timeout_s=5, max_backoff_s=0.4)})
    seen: list[Snapshot] = []
    enough = asyncio.Event()

    def listen(snapshot: Snapshot) -> None:
        seen.append(snapshot)
        if len(seen) >= 4:
            enough.set()

    hub.subscribe(listen)
    hub.start()
    try:
        await asyncio.wait_for(enough.wait(), 30)
    finally:
        await hub.stop()
        await provider.aclose()
    assert all(isinstance(snapshot.error, Unreachable) for snapshot in seen)
    assert [snapshot.next_poll_s for snapshot in seen[:4]] == [0.2, 0.4, 0.4, 0.4]
