"""The test API server is only worth trusting if the real kubectl accepts it: every command the Kubernetes runbook
(and seed 003) types, run against it, with the answers a real cluster gives."""

from __future__ import annotations

import json

from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import BAD, GOOD, crash_looping


def history(kube: KubeNamespace) -> list[tuple[str, str]]:
    lines = kube.kubectl("rollout", "history", "deployment/checkout").stdout.splitlines()
    rows = [line.split(None, 1) for line in lines[2:] if line.strip()]
    return [(row[0], row[1].strip() if len(row) > 1 else "") for row in rows]


def test_a_crash_looping_rollout_reads_as_on_a_real_cluster(kube: KubeNamespace) -> None:
    crash_looping(kube, wait=False)
    # `rollout status` watches until the progress deadline passes, then fails the way kubectl does.
    status = kube.kubectl("rollout", "status", "deployment/checkout", "--timeout=15s", check=False)
    assert status.returncode == 1 and 'deployment "checkout" exceeded its progress deadline' in status.stderr

    pods = kube.kubectl("get", "pods", "-l", "app=checkout").stdout
    assert pods.count("CrashLoopBackOff") == 3 and pods.count("Running") == 3
    deployment = kube.kubectl("get", "deployment", "checkout").stdout.splitlines()
    assert deployment[0].split() == ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"]
    assert deployment[1].split()[:4] == ["checkout", "3/3", "3", "3"]  # the old pods still serve

    described = kube.kubectl("describe", "deployment", "checkout").stdout
    assert "ProgressDeadlineExceeded" in described and "NewReplicaSet:   checkout-" in described
    assert "Scaled up replica set" in described
    assert history(kube) == [("1", "deploy 1.4.1"), ("2", "deploy 1.4.2")]

    crashed = next(line.split()[0] for line in pods.splitlines() if "CrashLoopBackOff" in line)
    previous = kube.kubectl("logs", crashed, "--previous").stdout
    assert "panic: DATABASE_URL is not set" in previous
    described_pod = kube.kubectl("describe", "pod", crashed).stdout
    assert "Last State:     Terminated" in described_pod and "Exit Code:    1" in described_pod
    events = kube.kubectl("get", "events", "--field-selector", f"involvedObject.name={crashed},reason=BackOff").stdout
    assert "Back-off restarting failed container app" in events and "Warning" in events
    warnings = kube.kubectl("get", "events", "--field-selector", "type=Warning", "-o", "json").stdout
    assert {item["type"] for item in json.loads(warnings)["items"]} == {"Warning"}


def test_undo_reuses_the_old_replicaset_as_a_new_revision(kube: KubeNamespace) -> None:
    crash_looping(kube, progress_deadline_s=600, wait=False)
    assert "rolled back" in kube.kubectl("rollout", "undo", "deployment/checkout").stdout
    kube.kubectl("rollout", "status", "deployment/checkout", "--timeout=20s")
    assert history(kube) == [("2", "deploy 1.4.2"), ("3", "deploy 1.4.1")]
    replicasets = json.loads(kube.kubectl("get", "rs", "-l", "app=checkout", "-o", "json").stdout)["items"]
    assert len(replicasets) == 2  # reused, not a third one
    assert "Running" in kube.kubectl("get", "pods").stdout and "CrashLoop" not in kube.kubectl("get", "pods").stdout

    kube.kubectl("rollout", "undo", "deployment/checkout", "--to-revision=2")
    image = kube.kubectl("get", "deployment", "checkout", "-o", "jsonpath={.spec.template.spec.containers[0].image}")
    assert image.stdout == BAD and [number for number, _ in history(kube)] == ["3", "4"]
    kube.kubectl("rollout", "undo", "deployment/checkout", "--to-revision=3")
    kube.kubectl("rollout", "status", "deployment/checkout", "--timeout=20s")

    assert "restarted" in kube.kubectl("rollout", "restart", "deployment/checkout").stdout
    kube.kubectl("rollout", "status", "deployment/checkout", "--timeout=20s")
    assert [number for number, _ in history(kube)] == ["4", "5", "6"]
    template = kube.kubectl("rollout", "history", "deployment/checkout", "--revision=6").stdout
    assert "kubectl.kubernetes.io/restartedAt" in template and GOOD in template


def test_scale_patch_and_refusals(kube: KubeNamespace) -> None:
    kube.server.deployment(kube.name, "checkout-blue", GOOD, labels={"app": "checkout", "color": "blue"})
    kube.server.service(kube.name, "checkout-active", {"app": "checkout", "color": "blue"})
    assert "scaled" in kube.kubectl("scale", "deployment/checkout-blue", "--replicas=5").stdout
    kube.kubectl("rollout", "status", "deployment/checkout-blue", "--timeout=20s")
    assert kube.kubectl("get", "deployment", "checkout-blue").stdout.splitlines()[1].split()[1] == "5/5"

    kube.kubectl("patch", "service", "checkout-active", "-p", '{"spec":{"selector":{"color":"green"}}}')
    colour = kube.kubectl("get", "service", "checkout-active", "-o", "jsonpath={.spec.selector.color}").stdout
    assert colour == "green"
    assert "color=green" in kube.kubectl("get", "svc", "-o", "wide").stdout

    kube.cluster.rbac.deny("patch", "deployments", kube.name)
    refused = kube.kubectl("rollout", "restart", "deployment/checkout-blue", check=False)
    assert refused.returncode == 1
    assert (f'cannot patch resource "deployments" in API group "apps" in the namespace "{kube.name}"'
            in refused.stderr)
    kube.cluster.rbac.deny("get", "pods/log", kube.name)
    assert "forbidden" in kube.kubectl("logs", "deployment/checkout-blue", check=False).stderr

    expired = kube.kubectl("--context", "expired", "get", "pods", check=False)
    assert expired.returncode == 1 and "You must be logged in to the server" in expired.stderr
