"""`cockpit rollback --config F --yes` against the test API: the crash-looping rollout is undone, verified, recorded,
and the real kubectl's `rollout history` then agrees with what the cockpit reports."""

from __future__ import annotations

import json
from pathlib import Path

from cockpit.core.timeline import EventKind, Timeline
from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import BAD, GOOD, blue_green, crash_looping
from tests.kube.test_cli_status import kube_config
from tests.kube.test_kubectl_conformance import history
from tests.unit.test_cli import cockpit


def test_rollback_from_the_command_line_is_verified_and_kubectl_agrees(kube: KubeNamespace, tmp_path: Path) -> None:
    crash_looping(kube)
    config = kube_config(tmp_path, kube)
    db = tmp_path / "timeline.db"
    result = cockpit(tmp_path, "rollback", "--config", config, "--yes", "--confirm", "checkout", "--json",
                     "--db", db)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert (outcome["action"], outcome["status"], outcome["verified"]) == ("rollback", "verified", True)
    assert outcome["plan"]["command"] == (
        f"kubectl --kubeconfig {kube.kubeconfig} -n {kube.name} rollout undo deployment/checkout --to-revision=1")

    # kubectl: undo made the old template revision 3, live, every replica ready.
    assert history(kube) == [("2", "deploy 1.4.2"), ("3", "deploy 1.4.1")]
    image = kube.kubectl("get", "deployment", "checkout", "-o", "jsonpath={.spec.template.spec.containers[0].image}")
    assert image.stdout == GOOD
    # ... and the cockpit says the same: the live revision is the good image's, the bad one is history.
    status = json.loads(cockpit(tmp_path, "status", "--config", config, "--json").stdout)
    row = status["targets"]["checkout"]["deployments"][0]
    assert row["state"] == "healthy" and row["ready"] == row["desired"]
    assert [(r["description"], r["image"], r["current"]) for r in row["history"]] == [
        ("revision 3 · deploy 1.4.1", GOOD, True), ("revision 2 · deploy 1.4.2", BAD, False)]

    with Timeline(db) as timeline:
        kinds = [event.kind for event in timeline.events(1)]
    assert kinds.index(EventKind.ACTION_CONFIRMED) < kinds.index(EventKind.ACTION_VERIFIED)


def test_a_blue_green_switch_is_verified_on_the_deployment_that_now_serves(kube: KubeNamespace,
                                                                           tmp_path: Path) -> None:
    blue_green(kube)
    config = tmp_path / "cockpit.toml"
    config.write_text("\n".join([
        "[environments.production]", "protected = true", 'service = "checkout-active"',
        "[environments.production.targets.checkout]", 'provider = "kubernetes"', f'namespace = "{kube.name}"',
        'selector = "app=checkout"', 'service = "checkout-active"', f'kubeconfig = "{kube.kubeconfig}"',
    ]) + "\n")
    db = tmp_path / "timeline.db"
    result = cockpit(tmp_path, "switch", "green", "--service", "checkout-active", "--config", config, "--yes",
                     "--confirm", "checkout-active", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert (outcome["action"], outcome["status"], outcome["verified"]) == ("switch", "verified", True)
    assert outcome["verification"] == "checkout-active sends traffic to green, all replicas ready, health passing"
    assert kube.kubectl("get", "service", "checkout-active", "-o", "jsonpath={.spec.selector.color}").stdout == "green"
