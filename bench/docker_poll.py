"""One poll of a compose project of 50 containers through the docker provider, against a private dockerd.

Baselines measured in the same run: the engine's bare list call (the floor: one request, no health, restarts or
OOMKilled), and the SDK's ``containers.list()`` (what a naive provider would do: it inspects one container after
another). Target: a warm poll < 200 ms. Needs root (it starts its own dockerd, as the tests do).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from cockpit.providers.docker import DockerProvider  # noqa: E402
from cockpit.providers.docker_settings import DockerSettings  # noqa: E402
from tests.backends.docker.compose import deploy  # noqa: E402
from tests.backends.docker.daemon import PrivateDockerd  # noqa: E402
from tests.backends.docker.images import SLEEPER, build_images, busybox_path  # noqa: E402

CONTAINERS = 50
SERVICES = 5
ROUNDS = 15
PROJECT = "bench"


def timed(call: object) -> float:
    started = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - started


async def provider_polls(url: str) -> tuple[float, list[float]]:
    provider = DockerProvider(PROJECT, DockerSettings(project=PROJECT, host=url))
    try:
        started = time.perf_counter()
        rows = await provider.deployments()
        cold = time.perf_counter() - started
        assert sum(row.desired for row in rows) == CONTAINERS, rows
        warm = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            await provider.deployments()
            warm.append(time.perf_counter() - started)
        return cold, warm
    finally:
        await provider.aclose()


def main() -> None:
    busybox = busybox_path()
    if busybox is None:
        raise SystemExit("busybox-static is needed (apt-get install --no-install-recommends busybox-static)")
    with tempfile.TemporaryDirectory(prefix="dkb") as tmp:
        daemon = PrivateDockerd(Path(tmp))
        daemon.start()
        try:
            client = daemon.client()
            build_images(client, busybox)
            for number in range(CONTAINERS):
                service = f"svc{number % SERVICES}"
                deploy(client, PROJECT, service, SLEEPER, number=number // SERVICES + 1, stop_timeout=1)
            filters = {"label": f"com.docker.compose.project={PROJECT}"}
            raw = [timed(lambda: client.api.containers(all=True, filters=filters)) for _ in range(ROUNDS)]
            naive = [timed(lambda: client.containers.list(all=True, filters=filters)) for _ in range(3)]
            cold, warm = asyncio.run(provider_polls(daemon.url))
            client.close()
        finally:
            daemon.stop()
    poll = statistics.median(warm)
    print(
        f"docker poll of {CONTAINERS} containers ({SERVICES} services): provider warm median {poll * 1000:.0f} ms "
        f"(target < 200 ms), cold first poll {cold * 1000:.0f} ms; bare list call {statistics.median(raw) * 1000:.0f}"
        f" ms (ratio {poll / statistics.median(raw):.1f}x), SDK containers.list {statistics.median(naive) * 1000:.0f}"
        " ms"
    )


if __name__ == "__main__":
    main()
