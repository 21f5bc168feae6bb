"""`cockpit status --json` on a config naming a crash-looping Deployment of the test API: failed, with the reason,
the revision history and the crashing pods, and each API failure with its own words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import BAD, GOOD, crash_looping
from tests.unit.test_cli import cockpit


def kube_config(home: Path, kube: KubeNamespace, **extra: str) -> Path:
    lines = [
        "[environments.production]",
        "protected = true",
        'service = "checkout"',
        "[environments.production.targets.checkout]",
        'provider = "kubernetes"',
        f'namespace = "{kube.name}"',
        'deployment = "checkout"',
        f'kubeconfig = "{kube.kubeconfig}"',
        *(f'{key} = "{value}"' for key, value in extra.items()),
    ]
    path = home / "cockpit.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_status_json_reports_the_failed_rollout_its_history_and_crashing_pods(kube: KubeNamespace,
                                                                              tmp_path: Path) -> None:
    crash_looping(kube)
    result = cockpit(tmp_path, "status", "--config", kube_config(tmp_path, kube), "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    target = report["targets"]["checkout"]
    assert report["state"] == target["state"] == "failed" and target["error"] is None
    assert set(target["capabilities"]) >= {"deployments", "logs", "rollback", "restart", "scale", "switch"}
    row = target["deployments"][0]
    assert row["state"] == "failed" and row["message"].startswith("ProgressDeadlineExceeded; CrashLoopBackOff")
    assert [(r["description"], r["image"], r["current"]) for r in row["history"]] == [
        ("revision 2 · deploy 1.4.2", BAD, True), ("revision 1 · deploy 1.4.1", GOOD, False)]
    assert row["revision"] == row["history"][0]["id"] and row["previous_revision"] == row["history"][1]["id"]
    crashing = row["instances"][0]
    assert crashing["reason"] == "CrashLoopBackOff" and crashing["exit_code"] == 1 and crashing["restarts"] >= 1
    assert crashing["name"].startswith("checkout-") and crashing["image"] == BAD and not crashing["ready"]
    assert any(event["warning"] and event["reason"] == "BackOff" for event in row["events"])

    text = cockpit(tmp_path, "status", "--config", kube_config(tmp_path, kube))
    assert "checkout  kubernetes" in text.stdout and "failed" in text.stdout


def test_status_says_which_api_failure_it_is(kube: KubeNamespace, tmp_path: Path) -> None:
    crash_looping(kube)
    kube.cluster.rbac.deny("get", "deployments", kube.name)
    forbidden = json.loads(cockpit(tmp_path, "status", "--config", kube_config(tmp_path, kube), "--json").stdout)
    error = forbidden["targets"]["checkout"]["error"]
    assert error["title"] == "RBAC forbidden"
    assert f"RBAC forbids get on deployments in namespace '{kube.name}'" in error["message"]
    kube.cluster.rbac.allow_all()

    expired = json.loads(cockpit(tmp_path, "status", "--config", kube_config(tmp_path, kube, context="expired"),
                                 "--json").stdout)
    assert expired["targets"]["checkout"]["error"]["title"] == "credentials expired"
    unknown = cockpit(tmp_path, "status", "--config", kube_config(tmp_path, kube, context="prod-eu"), "--json")
    assert json.loads(unknown.stdout)["targets"]["checkout"]["error"]["title"] == "unknown context"
