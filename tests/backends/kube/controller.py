"""A reduced deployment controller: ReplicaSets keyed by pod-template-hash, revisions, rollout, status.

The strategy is "surge all, then retire": a template change scales the new ReplicaSet to the full replica count
at once and retires the old ones only when every new pod is ready, so a crash-looping rollout keeps the old pods
serving (as a real rolling update with maxUnavailable does) and the Deployment reports the stuck rollout.
"""

from __future__ import annotations

import copy
import hashlib
import json
import time
from typing import Any

from tests.backends.kube.events import EventRecorder
from tests.backends.kube.pods import PodSimulator
from tests.backends.kube.store import Store, now_iso

HASH_LABEL = "pod-template-hash"
REVISION = "deployment.kubernetes.io/revision"
REVISION_HISTORY = "deployment.kubernetes.io/revision-history"
CHANGE_CAUSE = "kubernetes.io/change-cause"
_SAFE = "bcdfghjklmnpqrstvwxz2456789"


POD_DEFAULTS = {"restartPolicy": "Always", "terminationGracePeriodSeconds": 30, "dnsPolicy": "ClusterFirst",
                "securityContext": {}, "schedulerName": "default-scheduler"}
CONTAINER_DEFAULTS = {"resources": {}, "terminationMessagePath": "/dev/termination-log",
                      "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def pruned(value: Any) -> Any:
    """Drop nulls and empty maps/lists: kubectl sends ``creationTimestamp: null`` back on undo."""
    if isinstance(value, dict):
        out = {k: pruned(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in out.items() if v not in ({}, [])}
    if isinstance(value, list):
        return [pruned(v) for v in value]
    return value


def canonical(template: dict[str, Any]) -> str:
    clean = copy.deepcopy(template)
    clean.get("metadata", {}).get("labels", {}).pop(HASH_LABEL, None)
    return json.dumps(pruned(clean), sort_keys=True)


def template_hash(canonical_template: str) -> str:
    digest = hashlib.sha256(canonical_template.encode()).digest()
    return "".join(_SAFE[b % len(_SAFE)] for b in digest[:10])


def revision_of(obj: dict[str, Any]) -> int:
    try:
        return int(obj["metadata"].get("annotations", {}).get(REVISION, "0"))
    except ValueError:
        return 0


def owned_by(obj: dict[str, Any], owner: dict[str, Any]) -> bool:
    return any(ref.get("uid") == owner["metadata"]["uid"] and ref.get("controller")
               for ref in obj["metadata"].get("ownerReferences", []))


def owner_ref(owner: dict[str, Any], kind: str) -> dict[str, Any]:
    return {"apiVersion": "apps/v1", "kind": kind, "name": owner["metadata"]["name"],
            "uid": owner["metadata"]["uid"], "controller": True, "blockOwnerDeletion": True}


class DeploymentController:
    def __init__(self, store: Store, events: EventRecorder, pods: PodSimulator) -> None:
        self.store = store
        self.events = events
        self.pods = pods
        self._progress: dict[str, float] = {}
        """Deployment uid -> when it last made progress (for progressDeadlineSeconds)."""
        self._serial = 0

    def defaults(self, deploy: dict[str, Any]) -> None:
        """The API server's defaulting: nulls dropped (a typed store cannot hold them), unset fields filled."""
        deploy.update(_without_nulls(deploy))
        spec = deploy.setdefault("spec", {})
        pod_spec = spec.setdefault("template", {}).setdefault("spec", {})
        for key, value in POD_DEFAULTS.items():
            pod_spec.setdefault(key, value)
        for container in pod_spec.get("containers", []):
            for key, value in CONTAINER_DEFAULTS.items():
                container.setdefault(key, value)
        spec.setdefault("replicas", 1)
        spec.setdefault("revisionHistoryLimit", 10)
        spec.setdefault("progressDeadlineSeconds", 600)
        spec.setdefault("strategy", {"type": "RollingUpdate",
                                     "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}})
        deploy.setdefault("status", {})

    def reconcile_all(self, namespace: str | None = None) -> None:
        with self.store.lock:
            for deploy in list(self.store.items("deployments", namespace)):
                self.reconcile(deploy)

    def reconcile(self, deploy: dict[str, Any]) -> None:
        with self.store.lock:
            self._reconcile(deploy)

    def _reconcile(self, deploy: dict[str, Any]) -> None:
        meta, spec = deploy["metadata"], deploy["spec"]
        namespace, uid = meta["namespace"], meta["uid"]
        owned = [rs for rs in self.store.items("replicasets", namespace) if owned_by(rs, deploy)]
        paused = bool(spec.get("paused"))
        want = canonical(spec["template"])
        new = next((rs for rs in owned if canonical(rs["spec"]["template"]) == want), None)
        newest = max((revision_of(rs) for rs in owned), default=0)
        if paused and new is None:
            return
        if new is None:
            new = self._create_replicaset(deploy, want, newest + 1)
            owned.append(new)
            self._progress[uid] = time.monotonic()
        elif revision_of(new) < newest:
            # rollout undo / a template back to an older one: the old ReplicaSet becomes the newest revision.
            annotations = new["metadata"].setdefault("annotations", {})
            history = [h for h in annotations.get(REVISION_HISTORY, "").split(",") if h]
            annotations[REVISION_HISTORY] = ",".join([*history, str(revision_of(new))])
            annotations[REVISION] = str(newest + 1)
            self.store.put("replicasets", new)
            self._progress[uid] = time.monotonic()
        self._copy_change_cause(deploy, new)
        desired = int(spec.get("replicas", 1))
        self._scale(deploy, new, desired)
        ready_new = self._sync_pods(new)
        for old in owned:
            if old is not new and int(old["spec"].get("replicas", 0)) > 0 and ready_new >= desired:
                self._scale(deploy, old, 0)
        for rs in owned:
            if rs is not new:
                self._sync_pods(rs)
        self._prune_history(deploy, owned, new)
        self._status(deploy, owned, new)

    def _create_replicaset(self, deploy: dict[str, Any], want: str, revision: int) -> dict[str, Any]:
        meta, spec = deploy["metadata"], deploy["spec"]
        suffix = template_hash(want)
        template = copy.deepcopy(spec["template"])
        template.setdefault("metadata", {}).setdefault("labels", {})[HASH_LABEL] = suffix
        labels = dict(template["metadata"]["labels"])
        selector = copy.deepcopy(spec.get("selector", {}))
        selector.setdefault("matchLabels", {})[HASH_LABEL] = suffix
        annotations = {REVISION: str(revision), "deployment.kubernetes.io/desired-replicas": str(spec["replicas"]),
                       "deployment.kubernetes.io/max-replicas": str(spec["replicas"] + 1)}
        if CHANGE_CAUSE in meta.get("annotations", {}):
            annotations[CHANGE_CAUSE] = meta["annotations"][CHANGE_CAUSE]
        rs = {"apiVersion": "apps/v1", "kind": "ReplicaSet",
              "metadata": {"name": f"{meta['name']}-{suffix}", "namespace": meta["namespace"], "labels": labels,
                           "annotations": annotations, "ownerReferences": [owner_ref(deploy, "Deployment")]},
              "spec": {"replicas": 0, "selector": selector, "template": template},
              "status": {"replicas": 0, "observedGeneration": 1}}
        return self.store.create("replicasets", rs)

    def _copy_change_cause(self, deploy: dict[str, Any], rs: dict[str, Any]) -> None:
        cause = deploy["metadata"].get("annotations", {}).get(CHANGE_CAUSE)
        annotations = rs["metadata"].setdefault("annotations", {})
        if cause is not None and annotations.get(CHANGE_CAUSE) != cause:
            annotations[CHANGE_CAUSE] = cause
            self.store.put("replicasets", rs)
        deploy_annotations = deploy["metadata"].setdefault("annotations", {})
        if deploy_annotations.get(REVISION) != annotations[REVISION]:
            deploy_annotations[REVISION] = annotations[REVISION]
            self.store.put("deployments", deploy)

    def _scale(self, deploy: dict[str, Any], rs: dict[str, Any], replicas: int) -> None:
        before = int(rs["spec"].get("replicas", 0))
        if before == replicas:
            return
        rs["spec"]["replicas"] = replicas
        self.store.put("replicasets", rs, spec_changed=True)
        verb = "up" if replicas > before else "down"
        self.events.record(deploy, "Deployment", "Normal", "ScalingReplicaSet",
                           f"Scaled {verb} replica set {rs['metadata']['name']} from {before} to {replicas}",
                           "deployment-controller")

    def _sync_pods(self, rs: dict[str, Any]) -> int:
        """Create or delete pods to match the ReplicaSet's replicas; update its status; return its ready pods."""
        namespace = rs["metadata"]["namespace"]
        pods = [p for p in self.store.items("pods", namespace) if owned_by(p, rs)]
        want = int(rs["spec"].get("replicas", 0))
        while len(pods) < want:
            pods.append(self._create_pod(rs))
        for extra in pods[want:]:
            self.store.delete("pods", namespace, extra["metadata"]["name"])
            self.pods.forget(extra["metadata"]["uid"])
        pods = pods[:want]
        ready = sum(1 for p in pods if _pod_ready(p))
        status = {"replicas": len(pods), "fullyLabeledReplicas": len(pods), "readyReplicas": ready,
                  "availableReplicas": ready, "observedGeneration": rs["metadata"].get("generation", 1)}
        if rs.get("status") != status:
            rs["status"] = status
            self.store.put("replicasets", rs)
        return ready

    def _create_pod(self, rs: dict[str, Any]) -> dict[str, Any]:
        self._serial += 1
        template = copy.deepcopy(rs["spec"]["template"])
        name = f"{rs['metadata']['name']}-{template_hash(f'{self._serial}')[:5]}"
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": name, "namespace": rs["metadata"]["namespace"],
                            "generateName": f"{rs['metadata']['name']}-",
                            "labels": template.get("metadata", {}).get("labels", {}),
                            "annotations": template.get("metadata", {}).get("annotations", {}),
                            "ownerReferences": [owner_ref(rs, "ReplicaSet")]},
               "spec": template.get("spec", {})}
        pod["spec"].setdefault("restartPolicy", "Always")
        pod = self.store.create("pods", pod)
        self.pods.adopt(pod)
        self.store.put("pods", pod)
        self.events.record(rs, "ReplicaSet", "Normal", "SuccessfulCreate", f"Created pod: {name}",
                           "replicaset-controller")
        return pod

    def _prune_history(self, deploy: dict[str, Any], owned: list[dict[str, Any]], new: dict[str, Any]) -> None:
        limit = int(deploy["spec"].get("revisionHistoryLimit", 10))
        retired = sorted((rs for rs in owned if rs is not new and int(rs["spec"].get("replicas", 0)) == 0
                          and not rs.get("status", {}).get("replicas")), key=revision_of)
        for rs in retired[: max(0, len(retired) - limit)]:
            self.store.delete("replicasets", rs["metadata"]["namespace"], rs["metadata"]["name"])

    def _status(self, deploy: dict[str, Any], owned: list[dict[str, Any]], new: dict[str, Any]) -> None:
        spec, uid = deploy["spec"], deploy["metadata"]["uid"]
        desired = int(spec.get("replicas", 1))
        live = [rs for rs in owned if self.store.get("replicasets", rs["metadata"]["namespace"],
                                                     rs["metadata"]["name"]) is not None]
        total = sum(int(rs.get("status", {}).get("replicas", 0)) for rs in live)
        ready = sum(int(rs.get("status", {}).get("readyReplicas", 0)) for rs in live)
        updated = int(new.get("status", {}).get("replicas", 0))
        new_ready = int(new.get("status", {}).get("readyReplicas", 0))
        previous = deploy.get("status", {})
        complete = updated == desired and total == desired and ready == desired
        now = time.monotonic()
        last_progress = self._progress.setdefault(uid, now)
        old_new_ready = self._progress.get(f"{uid}/ready", -1)
        if new_ready != old_new_ready:
            self._progress[f"{uid}/ready"] = new_ready
            if new_ready > old_new_ready:
                self._progress[uid] = last_progress = now
        rs_name = new["metadata"]["name"]
        conditions_before = {c["type"]: c for c in previous.get("conditions", [])}
        if complete:
            progressing = ("True", "NewReplicaSetAvailable", f'ReplicaSet "{rs_name}" has successfully progressed.')
        elif now - last_progress > int(spec.get("progressDeadlineSeconds", 600)):
            progressing = ("False", "ProgressDeadlineExceeded", f'ReplicaSet "{rs_name}" has timed out progressing.')
        else:
            progressing = ("True", "ReplicaSetUpdated", f'ReplicaSet "{rs_name}" is progressing.')
        max_unavailable = desired // 4
        available = ("True", "MinimumReplicasAvailable", "Deployment has minimum availability.") \
            if ready >= desired - max_unavailable else \
            ("False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability.")
        conditions = [_condition("Available", available, conditions_before),
                      _condition("Progressing", progressing, conditions_before)]
        status: dict[str, Any] = {"observedGeneration": deploy["metadata"].get("generation", 1),
                                  "replicas": total, "updatedReplicas": updated, "readyReplicas": ready,
                                  "availableReplicas": ready, "conditions": conditions}
        if desired - ready > 0:
            status["unavailableReplicas"] = desired - ready
        if {k: v for k, v in status.items() if k != "conditions"} != \
                {k: v for k, v in previous.items() if k != "conditions"} or \
                [(c["type"], c["status"], c["reason"]) for c in conditions] != \
                [(c["type"], c["status"], c["reason"]) for c in previous.get("conditions", [])]:
            deploy["status"] = status
            self.store.put("deployments", deploy)
            if progressing[1] == "ProgressDeadlineExceeded" and \
                    conditions_before.get("Progressing", {}).get("reason") != "ProgressDeadlineExceeded":
                self.events.record(deploy, "Deployment", "Warning", "ProgressDeadlineExceeded",
                                   progressing[2], "deployment-controller")


def _condition(kind: str, value: tuple[str, str, str], before: dict[str, dict[str, Any]]) -> dict[str, Any]:
    status, reason, message = value
    old = before.get(kind, {})
    stamp = now_iso()
    transition = old.get("lastTransitionTime", stamp) if old.get("status") == status else stamp
    update = old.get("lastUpdateTime", stamp) if old.get("reason") == reason else stamp
    return {"type": kind, "status": status, "reason": reason, "message": message,
            "lastUpdateTime": update, "lastTransitionTime": transition}


def _pod_ready(pod: dict[str, Any]) -> bool:
    return any(c.get("type") == "Ready" and c.get("status") == "True"
               for c in pod.get("status", {}).get("conditions", []))
