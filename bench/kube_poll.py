"""One poll of 200 Deployments x 5 pods through the Kubernetes provider, against the test API server.

Baseline in the same run: the same five list requests through the same SDK path, bodies read but not decoded, so
the figure separates the provider's own work (decode, grouping, judging) from the server and the wire.
Target: a poll under 300 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cockpit.providers.kubernetes import KubernetesProvider, KubernetesSettings  # noqa: E402
from tests.backends.kube import KubeServer  # noqa: E402  (the benchmarks share the tests' API server)

DEPLOYMENTS = 200
PODS = 5
ROUNDS = 9
NAMESPACE = "bench"


def populate(server: KubeServer) -> None:
    for index in range(DEPLOYMENTS):
        server.deployment(NAMESPACE, f"svc-{index:03d}", f"shop/svc-{index:03d}:1.0.{index % 7}", replicas=PODS,
                          labels={"tier": "bench", "app": f"svc-{index:03d}"}, change_cause="initial deploy")
    time.sleep(server.cluster.pods.ready_after_s)
    server.cluster.tick()  # pods ready
    server.cluster.tick()  # deployments see it


async def measure(provider: KubernetesProvider) -> tuple[list[float], list[float], int]:
    client = provider.client
    rows = await provider.deployments()  # warm: imports, TLS, connection pool
    assert len(rows) == DEPLOYMENTS and sum(len(r.instances) for r in rows) == DEPLOYMENTS * PODS

    async def raw() -> None:
        await asyncio.gather(*(client.call("list", resource, query={"labelSelector": selector})
                               for resource, selector in (("deployments", "tier=bench"), ("replicasets", "tier=bench"),
                                                          ("pods", "tier=bench"), ("events", None))))

    polls, baseline = [], []
    for _ in range(ROUNDS):  # interleaved, so drift in machine load hits both alike
        started = time.perf_counter()
        await raw()
        baseline.append(time.perf_counter() - started)
        started = time.perf_counter()
        rows = await provider.deployments()
        polls.append(time.perf_counter() - started)
    return polls, baseline, sum(len(r.instances) for r in rows)


def main() -> None:
    server = KubeServer(ready_after_s=0.05, chatter_s=None)
    server.start_listening()  # the controllers' clock stays off: the cluster is still while we measure
    try:
        populate(server)
        with tempfile.TemporaryDirectory() as tmp:
            kubeconfig = server.write_kubeconfig(Path(tmp) / "kubeconfig")
            provider = KubernetesProvider("bench", KubernetesSettings(namespace=NAMESPACE, selector="tier=bench",
                                                                      kubeconfig=str(kubeconfig), timeout_s=30))

            async def run() -> tuple[list[float], list[float], int]:
                try:
                    return await measure(provider)
                finally:
                    await provider.aclose()

            polls, baseline, pods = asyncio.run(run())
    finally:
        server.stop()
    poll, raw = statistics.median(polls), statistics.median(baseline)
    print(f"kubernetes poll of {DEPLOYMENTS} deployments x {PODS} pods ({pods} pods), median of {ROUNDS}: "
          f"{poll * 1000:.0f} ms (target < 300 ms); the same lists fetched undecoded {raw * 1000:.0f} ms, "
          f"provider's own work {max(0.0, poll - raw) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
