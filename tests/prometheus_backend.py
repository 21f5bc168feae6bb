"""A real Prometheus on 127.0.0.1 for the tests, on history the tests wrote themselves.

The history is OpenMetrics turned into TSDB blocks by ``promtool tsdb create-blocks-from openmetrics`` (the
server scrapes nothing: ``scrape_configs: []``), so every value a query returns is known in advance:

- ``http_requests_total{job="checkout",status="200"|"500"}``: REQUESTS_PER_STEP requests every STEP_S seconds; no
  5xx before the "deploy", then ERROR_SHARE of them. With the seeds' ``rate(...[2m])`` ratio the error rate is 0
  up to DEPLOY_AT and above 5% from the first sample after it (DEPLOY_AT + STEP_S) on.
- the same two families for ``job="steady"``, which never deploys: no 5xx, every request fast.
- ``http_request_duration_seconds`` (a histogram): everything within 0.1 s before the deploy; afterwards
  SLOW_SHARE of the requests take between 2.5 and 5 s, so the p95 climbs past 2 s.
- ``container_memory_usage_bytes`` / ``container_spec_memory_limit_bytes`` and
  ``kube_pod_container_status_restarts_total`` for ``container="checkout"``: the seeds' memory and restarts.

The history runs from an hour before the deploy to FUTURE_S after the session started, so instant queries at
the wall clock see data for the whole session. Under ``CI=true`` a missing prometheus or promtool fails.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

STEP_S = 15
REQUESTS_PER_STEP = 150
"""10 requests per second."""
ERROR_SHARE = 0.6
SLOW_SHARE = 0.1
BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, float("inf"))
HISTORY_BEFORE_S = 3600
DEPLOY_AGO_S = 600
"""The deploy happened this long before the session started (aligned to STEP_S)."""
FUTURE_S = 3 * 3600
MEMORY_LIMIT = 512 * 1024 * 1024
JOB = "checkout"
STEADY_JOB = "steady"
START_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class PrometheusBackend:
    url: str
    deploy_at: datetime
    """The last sample time with no 5xx; the error rate crosses 5% one STEP_S later."""
    first_at: datetime
    last_at: datetime


def counters_at(t: int, deploy: int, first: int) -> tuple[float, float, list[float]]:
    """(200s, 500s, cumulative bucket counts) of the counters at sample time ``t``."""
    steps_before = (min(t, deploy) - first) // STEP_S
    steps_after = max(0, t - deploy) // STEP_S
    errors = steps_after * REQUESTS_PER_STEP * ERROR_SHARE
    ok = (steps_before + steps_after) * REQUESTS_PER_STEP - errors
    total = ok + errors
    slow = steps_after * REQUESTS_PER_STEP * SLOW_SHARE
    # Fast requests land in the first bucket, slow ones in (2.5, 5]: cumulative counts per upper bound.
    buckets = [total - slow if bound < 5.0 else total for bound in BUCKETS]
    return ok, errors, buckets


def openmetrics(first: int, deploy: int, last: int) -> str:
    times = range(first, last + 1, STEP_S)
    # The checkout job deploys badly; the steady job never deploys (its history never changes).
    jobs = ((JOB, deploy), (STEADY_JOB, last))
    lines = ["# TYPE http_requests counter"]
    for job, deployed in jobs:
        for status, index in (("200", 0), ("500", 1)):
            for t in times:
                value = counters_at(t, deployed, first)[index]
                lines.append(f'http_requests_total{{job="{job}",status="{status}"}} {value} {t}')
    lines.append("# TYPE http_request_duration_seconds histogram")
    for job, deployed in jobs:
        for position, bound in enumerate(BUCKETS):
            le = "+Inf" if bound == float("inf") else repr(bound)
            for t in times:
                value = counters_at(t, deployed, first)[2][position]
                lines.append(f'http_request_duration_seconds_bucket{{job="{job}",le="{le}"}} {value} {t}')
        for t in times:
            count = counters_at(t, deployed, first)[2][-1]
            lines.append(f'http_request_duration_seconds_count{{job="{job}"}} {count} {t}')
    lines.append("# TYPE container_memory_usage_bytes gauge")
    for t in times:
        used = MEMORY_LIMIT * (0.40 if t <= deploy else 0.75)
        lines.append(f'container_memory_usage_bytes{{container="{JOB}"}} {used} {t}')
    lines.append("# TYPE container_spec_memory_limit_bytes gauge")
    for t in times:
        lines.append(f'container_spec_memory_limit_bytes{{container="{JOB}"}} {MEMORY_LIMIT} {t}')
    lines.append("# TYPE kube_pod_container_status_restarts counter")
    for t in times:
        restarts = max(0, t - deploy) // 120  # a crash every two minutes after the deploy
        lines.append(f'kube_pod_container_status_restarts_total{{container="{JOB}"}} {restarts} {t}')
    lines.append("# EOF")
    return "\n".join(lines) + "\n"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/-/ready", timeout=1) as answer:  # noqa: S310 - loopback test server
            return bool(answer.status == 200)
    except OSError:
        return False


def start_prometheus(
    workdir: Path, history: str | None, scrape: str | None = None
) -> tuple[subprocess.Popen[bytes], str]:
    """Build blocks from ``history`` (if any) and start a server on them, scraping ``scrape`` (host:port, job
    ``demo``) every second if given; returns the process and its URL."""
    prometheus, promtool = shutil.which("prometheus"), shutil.which("promtool")
    if prometheus is None or promtool is None:
        _missing("prometheus/promtool not installed (Debian: apt-get install --no-install-recommends prometheus)")
    assert prometheus is not None and promtool is not None
    data = workdir / "data"
    data.mkdir(parents=True)
    if history is not None:
        source = workdir / "history.om"
        source.write_text(history)
        subprocess.run([promtool, "tsdb", "create-blocks-from", "openmetrics", str(source), str(data)],
                       check=True, capture_output=True, timeout=60)
    config = workdir / "prometheus.yml"
    jobs = "[]" if scrape is None else f"\n  - job_name: demo\n    static_configs:\n      - targets: ['{scrape}']"
    config.write_text(f"global:\n  scrape_interval: 1s\nscrape_configs: {jobs}\n")
    return _launch([prometheus, f"--config.file={config}", f"--storage.tsdb.path={data}",
                    "--storage.tsdb.retention.time=10y"], workdir)


def _launch(argv: list[str], workdir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (workdir / "prometheus.log").open("wb")
    process = subprocess.Popen([*argv, f"--web.listen-address=127.0.0.1:{port}"], stdout=log, stderr=log,
                               start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"prometheus exited: {(workdir / 'prometheus.log').read_text()[-2000:]}")
        if _ready(url):
            return process, url
        time.sleep(0.1)
    stop(process)
    raise RuntimeError(f"prometheus not ready within {START_TIMEOUT_S:g} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop by process id: SIGTERM, then SIGKILL if it lingers."""
    if process.poll() is None:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def prometheus_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrometheusBackend]:
    now = int(time.time()) // STEP_S * STEP_S
    deploy = now - DEPLOY_AGO_S
    first, last = deploy - HISTORY_BEFORE_S, now + FUTURE_S
    process, url = start_prometheus(tmp_path_factory.mktemp("prometheus"), openmetrics(first, deploy, last))
    try:
        yield PrometheusBackend(url, *(datetime.fromtimestamp(t, UTC) for t in (deploy, first, last)))
    finally:
        stop(process)
