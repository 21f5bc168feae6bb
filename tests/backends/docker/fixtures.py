"""The session's private dockerd (with the busybox images) and a client to it, for every folder that needs docker
(tests/docker, the provider contracts): one daemon per session, imported by tests/conftest.py.

A missing dockerd, busybox or root skips locally and FAILS under CI=true.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.docker.images import build_images, busybox_path
from tests.backends.docker.tls import make_certs


def missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def dockerd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateDockerd]:
    if shutil.which("dockerd") is None:
        missing("dockerd is not installed (Debian: apt-get install --no-install-recommends docker.io)")
    busybox = busybox_path()
    if busybox is None:
        missing("busybox is not installed (Debian: apt-get install --no-install-recommends busybox-static)")
    if os.geteuid() != 0:
        missing("a private dockerd needs root")
    if shutil.which("openssl") is None:
        missing("openssl is not installed (it makes the certificates of the engine's TLS listener)")
    # A short path: the daemon's unix sockets must fit in 108 bytes.
    root = Path(tmp_path_factory.mktemp("dk", numbered=True))
    daemon = PrivateDockerd(root, tls=make_certs(root / "tls"))
    daemon.start()
    try:
        client = daemon.client()
        build_images(client, str(busybox))
        client.close()
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture
def docker_client(dockerd: PrivateDockerd) -> Iterator[Any]:
    client = dockerd.client()
    try:
        yield client
    finally:
        client.close()
