"""`cockpit status --config F --json` on a config naming the ECS service: the real CLI process, the real provider,
moto behind the replay. And a wrong key or value in the target is a file:line:key error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cockpit.core.config import ConfigError, load_config
from tests.providers.ecs.replay import FAILING_DEPLOY
from tests.providers.ecs.world import FAMILY, SERVICE, AwsWorld


def cockpit(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cockpit", *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_status_json_reports_the_failing_service_its_revision_and_the_previous_one(
    aws: AwsWorld, aws_env: dict[str, str], tmp_path: Path
) -> None:
    aws.replay.play(FAILING_DEPLOY)
    config = tmp_path / "cockpit.toml"
    config.write_text(aws.config_toml())

    done = cockpit("status", "--config", str(config), "--json", env=aws_env)

    assert done.returncode == 1, done.stderr  # not healthy
    report = json.loads(done.stdout)
    assert report["state"] == "failed"
    target = report["targets"]["api"]
    assert target["provider"] == "ecs" and target["error"] is None
    assert set(target["capabilities"]) == {"deployments", "logs", "rollback", "restart"}
    [deployment] = target["deployments"]
    assert deployment["service"] == SERVICE and deployment["state"] == "failed"
    assert deployment["revision"] == f"{FAMILY}:3"
    assert deployment["previous_revision"] == f"{FAMILY}:2"
    assert (deployment["ready"], deployment["desired"]) == (0, 2)
    assert "PRIMARY finance-hub-api:3 FAILED" in deployment["message"]
    assert "AKIA" not in done.stdout and "testing" not in done.stdout  # no credential is ever printed


def test_status_text_says_a_missing_service_is_not_found(aws: AwsWorld, aws_env: dict[str, str],
                                                               tmp_path: Path) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text(aws.config_toml().replace(f'service = "{SERVICE}"\nregion', 'service = "gone"\nregion'))
    done = cockpit("status", "--config", str(config), env=aws_env)
    assert done.returncode == 1
    assert "not found: service finance-hub-production/gone not found (MISSING)" in done.stdout


@pytest.mark.parametrize(("change", "words"), [
    (('region = "us-east-1"', 'regoin = "us-east-1"'), "regoin"),
    (('cluster = "finance-hub-production"', 'cluster = "prod cluster"'), "cluster"),
    (('endpoint_url = "http://', 'endpoint_url = "tcp://'), "endpoint_url: must be an http:// or https:// URL"),
])
def test_a_wrong_key_or_value_is_a_file_line_key_error(
    aws: AwsWorld, tmp_path: Path, change: tuple[str, str], words: str
) -> None:
    config = tmp_path / "cockpit.toml"
    text = aws.config_toml()
    assert change[0] in text
    config.write_text(text.replace(*change, 1))
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    error = caught.value
    assert error.path == config and error.line is not None and words in str(error)
    assert error.key is not None and error.key.startswith("environments.production.targets.api")


def test_rollback_from_the_command_line_runs_the_previous_revision_verified(
    aws: AwsWorld, aws_env: dict[str, str], tmp_path: Path
) -> None:
    aws.replay.play(FAILING_DEPLOY)
    config = tmp_path / "cockpit.toml"
    config.write_text(aws.config_toml())

    done = cockpit("rollback", "--config", str(config), "--target", "api", "--yes", "--confirm", SERVICE, "--json",
                   "--db", str(tmp_path / "timeline.db"), env=aws_env)

    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert (outcome["status"], outcome["verified"], outcome["target"]) == ("verified", True, "api")
    assert outcome["plan"]["changes"][0] == {
        "field": "task definition", "before": f"{FAMILY}:3", "after": f"{FAMILY}:2"}
    assert "--task-definition finance-hub-api:2" in outcome["plan"]["command"]
    assert aws.running_task_definition() == f"{FAMILY}:2"  # the server itself says so
