"""Pytest fixtures: one test API server per session, a fresh namespace per test, and the real kubectl.

Under CI=true a missing kubectl fails the run (tests/run.sh installs Debian's kubernetes-client); locally it skips.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.backends.kube.cluster import Cluster
from tests.backends.kube.server import DEPLOYMENTS, KubeServer

KUBECTL_TIMEOUT_S = 30.0


def find_kubectl() -> str:
    """``KUBECTL`` when set (to try another client version), else the one on PATH."""
    found = os.environ.get("KUBECTL") or shutil.which("kubectl")
    if found is None or not os.access(found, os.X_OK):
        reason = "kubectl is not installed (Debian: apt-get install kubernetes-client)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="session")
def kubectl_path() -> str:
    return find_kubectl()


@pytest.fixture(scope="session")
def kube_server() -> Iterator[KubeServer]:
    # Quick pods: ready in 0.1 s, a crash loop restarting twice a second.
    with KubeServer(ready_after_s=0.1, crash_period_s=0.5) as server:
        yield server


@pytest.fixture(scope="session")
def kube_home(tmp_path_factory: pytest.TempPathFactory, kube_server: KubeServer) -> Path:
    home = tmp_path_factory.mktemp("kube")
    kube_server.write_kubeconfig(home / "kubeconfig")
    return home


@dataclass
class KubeNamespace:
    """One test's namespace on the shared server, with kubectl pointed at it."""

    server: KubeServer
    name: str
    kubeconfig: Path
    kubectl_path: str
    cache: Path

    @property
    def cluster(self) -> Cluster:
        return self.server.cluster

    def env(self) -> dict[str, str]:
        return {**os.environ, "KUBECONFIG": str(self.kubeconfig), "KUBECACHEDIR": str(self.cache)}

    def kubectl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run the real kubectl in this namespace; ``check`` fails the test on a non-zero exit with its stderr."""
        done = subprocess.run([self.kubectl_path, "-n", self.name, *args], env=self.env(), capture_output=True,
                              text=True, timeout=KUBECTL_TIMEOUT_S, check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"kubectl {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
        return done


@pytest.fixture
def kube(request: pytest.FixtureRequest, kube_server: KubeServer, kube_home: Path,
         kubectl_path: str) -> Iterator[KubeNamespace]:
    name = re.sub(r"[^a-z0-9-]+", "-", request.node.name.lower()).strip("-")[:50].strip("-")
    space = KubeNamespace(kube_server, name, kube_home / "kubeconfig", kubectl_path, kube_home / "cache")
    kube_server.namespace(name)
    try:
        yield space
    finally:
        kube_server.cluster.rbac.allow_all()
        kube_server.hang_s = 0.0
        kube_server.crowds.pop(name, None)
        if kube_server.port and kube_server.stopping.is_set():
            kube_server.start_listening()
        # Deleting the deployments takes their pods off the controllers' clock for the rest of the session.
        with kube_server.cluster.store.lock:
            names = [d["metadata"]["name"] for d in kube_server.cluster.store.items("deployments", name)]
        for deployment in names:
            kube_server.cluster.delete(DEPLOYMENTS, name, deployment)
