"""Crowds: thousands of realistic pods of other workloads in a namespace (sharing a label with what a test watches),
served in the namespace's JSON pod lists but never run by the controllers or stored: encoded once, so a list answer
of tens of MB costs the server a copy, not an encode, and the controllers' clock does not slow down."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import msgspec


@dataclass(frozen=True)
class Crowd:
    labels: dict[str, str]
    items: msgspec.Raw
    """The pods' JSON, comma-separated: spliced into a list's ``items`` as they are."""
    count: int


def crowd(count: int, *, namespace: str, labels: dict[str, str], owner_uid: str = "uid-rs-elsewhere") -> Crowd:
    pods = (json.dumps(realistic_pod(i, namespace=namespace, labels=labels, owner_uid=owner_uid))
            for i in range(count))
    return Crowd(labels, msgspec.Raw(",".join(pods).encode()), count)


def realistic_pod(i: int, *, namespace: str, labels: dict[str, str], owner_uid: str,
                  replicaset: str = "worker-5f6d7c8b9") -> dict[str, Any]:
    """Pod ``i`` of ReplicaSet ``replicaset`` (``owner_uid``) as a real API server lists it: ~4 KB of JSON."""
    name = f"{replicaset}-{i:06d}"
    stamp = "2026-12-01T10:00:00Z"
    return {
        "metadata": {
            "name": name, "generateName": f"{replicaset}-", "namespace": namespace, "uid": f"uid-pod-{i:06d}",
            "resourceVersion": str(100_000 + i), "creationTimestamp": stamp,
            "labels": {**labels, "pod-template-hash": "7d9f8c6b5", "tier": "web"},
            "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090"},
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": replicaset,
                                 "uid": owner_uid, "controller": True, "blockOwnerDeletion": True}],
            "managedFields": [{"manager": manager, "operation": "Update", "apiVersion": "v1", "time": stamp,
                               "fieldsType": "FieldsV1",
                               "fieldsV1": {"f:metadata": {"f:labels": {".": {}, "f:app": {}}},
                                            "f:spec": {"f:containers": {'k:{"name":"app"}': {
                                                ".": {}, "f:env": {}, "f:image": {}, "f:ports": {}}}},
                                            "f:status": {"f:conditions": {}, "f:containerStatuses": {},
                                                         "f:phase": {}, "f:podIP": {}}}}
                              for manager in ("kube-controller-manager", "kubelet")]},
        "spec": {
            "containers": [{
                "name": "app", "image": "registry.example/shop/checkout:1.4.1", "imagePullPolicy": "IfNotPresent",
                "ports": [{"containerPort": 8080, "protocol": "TCP"}],
                "env": [{"name": f"SETTING_{k}", "value": "a-value-of-some-length"} for k in range(8)],
                "resources": {"limits": {"cpu": "500m", "memory": "512Mi"},
                              "requests": {"cpu": "100m", "memory": "128Mi"}},
                "readinessProbe": {"httpGet": {"path": "/ready", "port": 8080, "scheme": "HTTP"},
                                   "periodSeconds": 5, "timeoutSeconds": 1, "failureThreshold": 3},
                "volumeMounts": [{"name": "kube-api-access", "readOnly": True,
                                  "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}]}],
            "nodeName": f"node-{i % 50}", "restartPolicy": "Always", "serviceAccountName": "default",
            "tolerations": [{"key": f"node.kubernetes.io/{taint}", "operator": "Exists", "effect": "NoExecute",
                             "tolerationSeconds": 300} for taint in ("not-ready", "unreachable")],
            "volumes": [{"name": "kube-api-access", "projected": {"defaultMode": 420, "sources": [
                {"serviceAccountToken": {"expirationSeconds": 3607, "path": "token"}}]}}]},
        "status": {
            "phase": "Running", "hostIP": "10.0.0.1", "podIP": "10.1.2.3", "startTime": stamp, "qosClass": "Burstable",
            "conditions": [{"type": kind, "status": "True", "lastProbeTime": None, "lastTransitionTime": stamp}
                           for kind in ("Initialized", "Ready", "ContainersReady", "PodScheduled")],
            "containerStatuses": [{
                "name": "app", "ready": True, "restartCount": 0, "started": True,
                "state": {"running": {"startedAt": stamp}}, "lastState": {},
                "image": "registry.example/shop/checkout:1.4.1",
                "imageID": "registry.example/shop/checkout@sha256:" + "a" * 64,
                "containerID": "containerd://" + "b" * 64}]}}
