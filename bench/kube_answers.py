"""The worst answers a Kubernetes API server can give the kubernetes provider at its 64 MiB ceiling, for
event_loop_stall.py: deployment ``shop/checkout`` (one ReplicaSet), and a pod list of about 64 MiB of realistic pods
(managed fields, probes, env, four conditions: ~4 KB each), either of other workloads that share its label (a
namespace of thousands of pods) or all of them checkout's own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.backends.kube.crowd import realistic_pod

CEILING = 64 * 1024 * 1024
DEPLOYMENT_UID, RS_UID, OTHER_RS_UID = "uid-deployment-checkout", "uid-rs-checkout", "uid-rs-other"
LABELS = {"app": "checkout"}
TEMPLATE = {"metadata": {"labels": LABELS},
            "spec": {"containers": [{"name": "app", "image": "registry.example/shop/checkout:1.4.1"}]}}


def deployment() -> dict[str, Any]:
    return {"metadata": {"name": "checkout", "namespace": "shop", "uid": DEPLOYMENT_UID, "generation": 1,
                         "labels": LABELS, "annotations": {"deployment.kubernetes.io/revision": "1"}},
            "spec": {"replicas": 3, "selector": {"matchLabels": LABELS}, "template": TEMPLATE},
            "status": {"observedGeneration": 1, "replicas": 3, "updatedReplicas": 3, "readyReplicas": 3,
                       "availableReplicas": 3}}


def replicasets() -> dict[str, Any]:
    owner = {"apiVersion": "apps/v1", "kind": "Deployment", "name": "checkout", "uid": DEPLOYMENT_UID,
             "controller": True}
    return {"kind": "ReplicaSetList", "items": [{
        "metadata": {"name": "checkout-7d9f8c6b5", "namespace": "shop", "uid": RS_UID, "ownerReferences": [owner],
                     "labels": {**LABELS, "pod-template-hash": "7d9f8c6b5"},
                     "annotations": {"deployment.kubernetes.io/revision": "1"}},
        "spec": {"replicas": 3, "template": TEMPLATE}, "status": {"replicas": 3, "readyReplicas": 3}}]}


def pod(i: int, owner_uid: str) -> dict[str, Any]:
    return realistic_pod(i, namespace="shop", labels=LABELS, owner_uid=owner_uid, replicaset="checkout-7d9f8c6b5")


def pod_list(owner_uid: str) -> bytes:
    """As many pods as fit under the ceiling."""
    each = len(json.dumps(pod(99_999, owner_uid))) + 2  # the longest of them (node names vary)
    items = [pod(i, owner_uid) for i in range((CEILING - 1024) // each)]
    body = json.dumps({"kind": "PodList", "apiVersion": "v1", "items": items}).encode()
    assert len(body) <= CEILING
    return body


def routes(owner_uid: str) -> dict[str, bytes]:
    """API path -> answer, for one scenario."""
    return {
        "/apis/apps/v1/namespaces/shop/deployments/checkout": json.dumps(deployment()).encode(),
        "/apis/apps/v1/namespaces/shop/replicasets": json.dumps(replicasets()).encode(),
        "/api/v1/namespaces/shop/pods": pod_list(owner_uid),
        "/api/v1/namespaces/shop/events": b'{"kind": "EventList", "items": []}',
    }


def write_kubeconfig(path: Path, server: str) -> Path:
    path.write_text(json.dumps({
        "apiVersion": "v1", "kind": "Config", "current-context": "bench",
        "clusters": [{"name": "bench", "cluster": {"server": server}}],
        "users": [{"name": "bench", "user": {"token": "bench"}}],
        "contexts": [{"name": "bench", "context": {"cluster": "bench", "user": "bench"}}],
    }))
    return path
