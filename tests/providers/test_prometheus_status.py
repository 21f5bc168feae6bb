"""`cockpit status --json` on an environment whose metrics come from a real Prometheus: series values from one
instant query each, the seed triggers' verdicts with their evidence, and the exit code a failing trigger gives."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cockpit.core.config import parse_config
from cockpit.core.session import make_session
from cockpit.runbooks.verification import Baseline, VerificationSpec, evaluate
from tests.prometheus_backend import JOB, STEADY_JOB, STEP_S, PrometheusBackend
from tests.providers.conftest import StubServer
from tests.unit.test_cli import cockpit


@pytest.fixture
def health_url(stub_server: StubServer) -> str:
    return stub_server.route("/health", 200, {"status": "ok"})


def config_text(url: str, job: str, health_url: str) -> str:
    return f"""
[environments.production]
service = "checkout"
[environments.production.targets.metrics]
provider = "prometheus"
url = "{url}"
job = "{job}"
[environments.production.targets.checkout-health]
provider = "http"
url = "{health_url}"
"""


def status(home: Path, text: str) -> tuple[int, dict[str, Any]]:
    config = home / "cockpit.toml"
    config.write_text(text)
    result = cockpit(home, "status", "--config", config, "--json")
    assert result.stderr == ""
    return result.returncode, json.loads(result.stdout)


def test_a_failing_trigger_fails_the_status(prometheus_backend: PrometheusBackend, health_url: str,
                                            tmp_path: Path) -> None:
    code, report = status(tmp_path, config_text(prometheus_backend.url, JOB, health_url))
    assert code == 1
    assert report["state"] == "healthy"  # every target answers fine: the triggers alone fail the report
    metrics = report["targets"]["metrics"]["metrics"]
    assert metrics["error_rate"] == pytest.approx(0.6)
    assert metrics["p95_latency_ms"] == pytest.approx(3750.0)
    assert metrics["requests_per_s"] == pytest.approx(10.0)
    assert metrics["memory"] == pytest.approx(75.0)
    triggers = {t["name"]: t for t in report["triggers"]}
    assert set(triggers) == {"error rate", "p95 latency", "health"}
    error_rate = triggers["error rate"]
    assert error_rate["verdict"] == "fail" and error_rate["target"] == "metrics"
    assert error_rate["window_s"] == 120.0 and error_rate["above"] == 0.05
    assert error_rate["failing_since"] is not None
    # The report looks back past the window: the breach is seen to begin on the first sample after the deploy
    # (the report's step is 5 s, so within 5 s of it; one step more when the first one pools with the one before
    # it to stand on 50 requests), and to fail two minutes later.
    crossed = prometheus_backend.deploy_at + timedelta(seconds=STEP_S)
    failing_since = datetime.fromisoformat(error_rate["failing_since"])
    if datetime.now(UTC) - crossed > timedelta(minutes=29):  # a long test session: the deploy is out of reach
        assert error_rate["failing_since_at_least"] and "since before" in error_rate["evidence"]
    else:
        assert timedelta(minutes=2) <= failing_since - crossed < timedelta(minutes=2, seconds=10)
        assert not error_rate["failing_since_at_least"] and "since before" not in error_rate["evidence"]
    assert all(value == pytest.approx(0.6) for _, value in error_rate["values"])
    assert triggers["p95 latency"]["verdict"] == "fail"
    assert triggers["health"]["verdict"] == "pass"


def test_passing_triggers_keep_a_healthy_status_at_zero(prometheus_backend: PrometheusBackend, health_url: str,
                                                        tmp_path: Path) -> None:
    code, report = status(tmp_path, config_text(prometheus_backend.url, STEADY_JOB, health_url))
    assert [(t["name"], t["verdict"]) for t in report["triggers"]] == [
        ("error rate", "pass"), ("p95 latency", "pass"), ("health", "pass")]
    assert report["targets"]["metrics"]["metrics"]["error_rate"] == 0.0
    assert code == 0


def test_status_text_names_each_trigger(prometheus_backend: PrometheusBackend, health_url: str,
                                        tmp_path: Path) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text(config_text(prometheus_backend.url, JOB, health_url))
    result = cockpit(tmp_path, "status", "--config", config)
    assert result.returncode == 1
    assert "  trigger error rate: fail: metrics: error_rate 60%" in result.stdout
    assert "  trigger health: pass: checkout-health: healthy, HTTP 200" in result.stdout


def test_a_typo_in_a_trigger_is_a_config_error(prometheus_backend: PrometheusBackend, tmp_path: Path) -> None:
    config = tmp_path / "cockpit.toml"
    text = config_text(prometheus_backend.url, JOB, "http://127.0.0.1:9/health")
    config.write_text(text + '\n[[environments.production.triggers]]\nname = "errors"\nmetric = "eror_rate"\n'
                      'above = 0.05\n')
    result = cockpit(tmp_path, "status", "--config", config)
    assert result.returncode == 2
    line = len(text.splitlines()) + 2
    assert f"{config}:{line}: environments.production.triggers[0].metric: no target offers 'eror_rate'" in result.stderr


async def test_verify_metric_steps_read_the_same_series(prometheus_backend: PrometheusBackend) -> None:
    """A runbook step `verify=metric metric=error_rate below=0.05` is judged on the Prometheus series."""
    import asyncio

    from cockpit.core.hub import Hub, PollPolicy

    text = config_text(prometheus_backend.url, JOB, "http://127.0.0.1:9/health")
    session = make_session(parse_config(text), db_path=Path("unused.db"))
    metrics = {"metrics": session.providers["metrics"]}
    hub = Hub(metrics, {"metrics": PollPolicy(interval_s=5, timeout_s=5)})
    arrived = asyncio.Event()
    hub.subscribe(lambda snapshot: arrived.set())
    hub.start()
    try:
        await asyncio.wait_for(arrived.wait(), 10)
    finally:
        await hub.stop()
        await session.providers["metrics"].aclose()
    spec = VerificationSpec.from_attrs({"verify": "metric", "metric": "error_rate", "below": "0.05"})
    assert spec is not None
    verdict = evaluate(spec, hub, Baseline())
    assert verdict.outcome.value == "fail"
    assert "60%" in verdict.evidence
