"""Core v1 Events as the kubelet and controllers write them: repeated ones are counted, not duplicated."""

from __future__ import annotations

from typing import Any

from tests.backends.kube.store import Store, now_iso


class EventRecorder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._serial = 0
        self._seen: dict[tuple[str, str, str], tuple[str, str]] = {}
        """(involved uid, reason, message) -> (namespace, event name): a repeat bumps the count."""

    def record(self, involved: dict[str, Any], kind: str, type_: str, reason: str, message: str,
               component: str) -> None:
        meta = involved["metadata"]
        namespace = meta.get("namespace", "default")
        with self.store.lock:
            key = (meta["uid"], reason, message)
            known = self._seen.get(key)
            existing = self.store.get("events", *known) if known else None
            stamp = now_iso()
            if existing is not None:
                existing["count"] = int(existing.get("count", 1)) + 1
                existing["lastTimestamp"] = stamp
                self.store.put("events", existing)
                return
            self._serial += 1
            name = f"{meta['name']}.{self._serial:016x}"
            api_version = {"Deployment": "apps/v1", "ReplicaSet": "apps/v1"}.get(kind, "v1")
            self.store.create("events", {
                "apiVersion": "v1", "kind": "Event",
                "metadata": {"name": name, "namespace": namespace},
                "involvedObject": {"kind": kind, "namespace": namespace, "name": meta["name"], "uid": meta["uid"],
                                   "apiVersion": api_version,
                                   "resourceVersion": meta.get("resourceVersion", "")},
                "reason": reason, "message": message, "type": type_, "count": 1,
                "firstTimestamp": stamp, "lastTimestamp": stamp,
                "source": {"component": component}, "reportingComponent": component,
            })
            self._seen[key] = (namespace, name)
