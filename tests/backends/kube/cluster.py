"""The API's verbs over the store (create, replace, patch, delete, scale), the controllers, and their clock.

The HTTP layer and the tests' own set-up helpers both go through these, so an object a test seeds behaves
exactly like one kubectl creates.
"""

from __future__ import annotations

import copy
import threading
import time
from typing import Any

from tests.backends.kube import patch as patching
from tests.backends.kube.controller import DeploymentController, owned_by
from tests.backends.kube.discovery import Resource
from tests.backends.kube.events import EventRecorder
from tests.backends.kube.pods import PodSimulator
from tests.backends.kube.rbac import Rbac
from tests.backends.kube.selectors import selector_string
from tests.backends.kube.store import Store

TICK_S = 0.1
IMMUTABLE_META = ("uid", "creationTimestamp", "generation", "resourceVersion", "namespace", "name")


class ApiError(Exception):
    def __init__(self, code: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.code, self.reason, self.message = code, reason, message


def not_found(resource: Resource, name: str) -> ApiError:
    what = f"{resource.name}.{resource.group}" if resource.group else resource.name
    return ApiError(404, "NotFound", f'{what} "{name}" not found')


class Cluster:
    def __init__(self, *, ready_after_s: float = 0.2, crash_period_s: float = 1.0,
                 chatter_s: float | None = 1.0) -> None:
        self.store = Store()
        self.events = EventRecorder(self.store)
        self.behaviours: dict[str, str] = {}
        """image -> pod behaviour (``crash``, ``oom``, ``pull``, ``unschedulable``); other images are ``ok``."""
        self.pods = PodSimulator(self.events, self.behaviours, ready_after_s=ready_after_s,
                                 crash_period_s=crash_period_s, chatter_s=chatter_s)
        self.controller = DeploymentController(self.store, self.events, self.pods)
        self.rbac = Rbac()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._cluster_ips = 0

    # -- the clock -----------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self._ticker is None:
            self._stop.clear()
            self._ticker = threading.Thread(target=self._run, name="kube-controllers", daemon=True)
            self._ticker.start()

    def stop(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
            self._ticker = None

    def _run(self) -> None:
        while not self._stop.wait(TICK_S):
            self.tick()

    def tick(self) -> None:
        now = time.monotonic()
        with self.store.lock:
            for pod in list(self.store.items("pods")):
                if self.pods.tick(pod, now):
                    self.store.put("pods", pod)
            self.controller.reconcile_all()
            self.store.changed.notify_all()  # log followers look for new lines

    # -- verbs ---------------------------------------------------------------------------------------------------

    def create(self, resource: Resource, namespace: str | None, body: dict[str, Any]) -> dict[str, Any]:
        obj = copy.deepcopy(body)
        obj["kind"], obj["apiVersion"] = resource.kind, resource.api_version
        meta = obj.setdefault("metadata", {})
        if resource.namespaced:
            meta["namespace"] = namespace or meta.get("namespace") or "default"
        if not meta.get("name"):
            raise ApiError(422, "Invalid", f"{resource.kind} is invalid: metadata.name: Required value")
        for key in ("uid", "resourceVersion", "creationTimestamp", "generation"):
            meta.pop(key, None)
        with self.store.lock:
            if resource.name == "deployments":
                self.controller.defaults(obj)
            elif resource.name == "services":
                self._cluster_ips += 1
                obj.setdefault("spec", {}).setdefault("type", "ClusterIP")
                obj["spec"].setdefault("clusterIP", f"10.96.0.{self._cluster_ips + 10}")
            elif resource.name == "namespaces":
                obj["status"] = {"phase": "Active"}
            try:
                created = self.store.create(resource.name, obj)
            except Exception as error:
                raise ApiError(409, "AlreadyExists", f'{resource.name} "{meta["name"]}" already exists') from error
            if resource.name == "deployments":
                self.controller.reconcile(created)
            return created

    def get(self, resource: Resource, namespace: str | None, name: str) -> dict[str, Any]:
        obj = self.store.get(resource.name, namespace or "", name)
        if obj is None:
            raise not_found(resource, name)
        return obj

    def replace(self, resource: Resource, namespace: str | None, name: str, body: dict[str, Any],
                *, dry_run: bool = False) -> dict[str, Any]:
        with self.store.lock:
            current = self.get(resource, namespace, name)
            updated = copy.deepcopy(body)
            updated["kind"], updated["apiVersion"] = resource.kind, resource.api_version
            return self._store(resource, current, updated, dry_run)

    def patch(self, resource: Resource, namespace: str | None, name: str, content_type: str, body: Any,
              *, dry_run: bool = False) -> dict[str, Any]:
        with self.store.lock:
            current = self.get(resource, namespace, name)
            try:
                updated = patching.apply(content_type, current, body)
            except (patching.PatchError, KeyError, IndexError, TypeError, ValueError) as error:
                raise ApiError(422, "Invalid", f"the patch cannot be applied: {error}") from error
            return self._store(resource, current, updated, dry_run)

    def _store(self, resource: Resource, current: dict[str, Any], updated: dict[str, Any],
               dry_run: bool) -> dict[str, Any]:
        meta = updated.setdefault("metadata", {})
        for key in IMMUTABLE_META:
            if key in current["metadata"]:
                meta[key] = current["metadata"][key]
        if resource.name == "deployments":
            updated["status"] = current.get("status", {})
            self.controller.defaults(updated)
        if dry_run:
            return updated
        spec_changed = updated.get("spec") != current.get("spec")
        stored = self.store.put(resource.name, updated, spec_changed=spec_changed)
        if resource.name == "deployments":
            self.controller.reconcile(stored)
        return stored

    def delete(self, resource: Resource, namespace: str | None, name: str) -> dict[str, Any]:
        with self.store.lock:
            obj = self.get(resource, namespace, name)
            self.store.delete(resource.name, namespace or "", name)
            if resource.name == "pods":
                self.pods.forget(obj["metadata"]["uid"])
            elif resource.name == "deployments":
                for rs in list(self.store.items("replicasets", namespace)):
                    if owned_by(rs, obj):
                        for pod in list(self.store.items("pods", namespace)):
                            if owned_by(pod, rs):
                                self.store.delete("pods", namespace or "", pod["metadata"]["name"])
                                self.pods.forget(pod["metadata"]["uid"])
                        self.store.delete("replicasets", namespace or "", rs["metadata"]["name"])
            self.controller.reconcile_all(namespace)
            return obj

    # -- the scale subresource --------------------------------------------------------------------------------

    def scale(self, resource: Resource, namespace: str | None, name: str) -> dict[str, Any]:
        obj = self.get(resource, namespace, name)
        return {"kind": "Scale", "apiVersion": "autoscaling/v1",
                "metadata": {k: obj["metadata"][k] for k in ("name", "namespace", "uid", "resourceVersion",
                                                            "creationTimestamp")},
                "spec": {"replicas": obj["spec"].get("replicas", 1)},
                "status": {"replicas": obj.get("status", {}).get("replicas", 0),
                           "selector": selector_string(obj["spec"].get("selector", {}).get("matchLabels", {}))}}

    def set_scale(self, resource: Resource, namespace: str | None, name: str, change: dict[str, Any],
                  content_type: str | None, *, dry_run: bool = False) -> dict[str, Any]:
        """PUT (``content_type`` None) or PATCH of ``deployments/scale``: only spec.replicas matters."""
        with self.store.lock:
            scale = self.scale(resource, namespace, name)
            try:
                updated = patching.apply(content_type, scale, change) if content_type else change
                replicas = int(updated["spec"]["replicas"])
            except (patching.PatchError, KeyError, TypeError, ValueError) as error:
                raise ApiError(422, "Invalid", f"Scale is invalid: spec.replicas: {error}") from error
            if replicas < 0:
                raise ApiError(422, "Invalid", "Scale is invalid: spec.replicas: must be greater than or equal to 0")
            current = self.get(resource, namespace, name)
            target = copy.deepcopy(current)
            target["spec"]["replicas"] = replicas
            self._store(resource, current, target, dry_run)
            return self.scale(resource, namespace, name) if not dry_run else {**scale, "spec": {"replicas": replicas}}
