"""`cockpit status --config F --json` with a github target on the replay API, run as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.providers.github.conftest import TOKEN
from tests.providers.github.replay import ReplayServer
from tests.unit.test_cli import cockpit

CONFIG = """\
[environments.production]
service = "finance-hub-api"

[environments.production.targets.ci]
provider = "github"
repo = "acme/finance-hub"
workflow = "deploy.yml"
branch = "main"
api_url = "{url}"

[environments.production.targets.api]
provider = "fake"
service = "finance-hub-api"
revisions = ["finance-hub-api:sha-9f3c2a1", "finance-hub-api:sha-4d2e8b7"]
bad_revisions = []
"""


@pytest.fixture(autouse=True)
def token(monkeypatch: pytest.MonkeyPatch) -> None:
    """GITHUB_TOKEN reaches the command through its inherited environment, as in a real shell."""
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)


def write_config(tmp_path: Path, url: str) -> tuple[Path, Path]:
    home = tmp_path / "home"
    home.mkdir()
    config = tmp_path / "cockpit.toml"
    config.write_text(CONFIG.format(url=url))
    return home, config


def test_status_json_reports_the_last_run_with_its_failed_job(tmp_path: Path, replay: ReplayServer) -> None:
    home, config = write_config(tmp_path, replay.url)
    result = cockpit(home, "status", "--config", config, "--json")
    assert result.returncode == 1, result.stderr  # a failed deploy run is worth a human's look
    ci = json.loads(result.stdout)["targets"]["ci"]
    assert (ci["provider"], ci["state"], ci["error"]) == ("github", "failed", None)
    last = ci["runs"][0]
    assert (last["number"], last["workflow"], last["status"], last["attempt"], last["actor"]) == (
        128, "Deploy", "completed/failure", 1, "mhernandez")
    assert last["commit"] == "9f3c2a1e7b5d4c6f8a0b1c2d3e4f5a6b7c8d9e0f" and last["duration_s"] == 461.0
    (failed,) = [job for job in last["jobs"] if job["state"] == "failed"]
    assert (failed["name"], failed["failed_steps"]) == ("deploy", ["Deploy to Amazon ECS"])
    assert failed["error_lines"][-2:] == ["error: Resource is not in the state servicesStable",
                                          "error: Process completed with exit code 1."]
    assert ci["quota"]["limit"] == 5000 and ci["quota"]["remaining"] == 4987
    # The fake service runs the image built from #128's commit; the last good Deploy before it is #127.
    assert ci["deployed"] == {
        "target": "api", "service": "finance-hub-api", "revision": "finance-hub-api:sha-9f3c2a1",
        "run": {"id": "7001128", "number": 128, "commit": "9f3c2a1e7b5d4c6f8a0b1c2d3e4f5a6b7c8d9e0f"},
        "previous_success": {"id": "7001127", "number": 127, "commit": "4d2e8b7a1c3f5e6d7a8b9c0d1e2f3a4b5c6d7e8f"},
    }
    assert TOKEN not in result.stdout + result.stderr
    assert replay.requests("/runs")[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_status_text_says_what_failed_and_a_refusal_without_the_token(tmp_path: Path, replay: ReplayServer) -> None:
    home, config = write_config(tmp_path, replay.url)
    text = cockpit(home, "status", "--config", config).stdout
    assert "Deploy #128 completed/failure 9f3c2a1 (deploy: Deploy to Amazon ECS)" in text
    replay.use("unauthorised")
    refused = cockpit(home, "status", "--config", config, "--json")
    ci = json.loads(refused.stdout)["targets"]["ci"]
    assert (ci["state"], ci["runs"], ci["error"]["title"]) == ("unknown", [], "unauthorised")
    assert "Bad credentials" in ci["error"]["message"] and TOKEN not in refused.stdout

