"""Server-side printing: the ``meta.k8s.io/v1`` Table kubectl asks `get` for, with the columns a real server sends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

Column = tuple[str, str, int]
"""(name, type, priority): priority 1 columns show only with ``-o wide``."""


def age(timestamp: str | None) -> str:
    """kubectl's short human duration: 5s, 3m12s, 2h, 4d."""
    if not timestamp:
        return "<unknown>"
    then = datetime.strptime(timestamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    seconds = max(0, int((datetime.now(UTC) - then).total_seconds()))
    if seconds < 120:
        return f"{seconds}s"
    minutes = seconds // 60
    if minutes < 10:
        return f"{minutes}m{seconds % 60}s" if seconds % 60 else f"{minutes}m"
    if minutes < 180:
        return f"{minutes}m"
    hours = minutes // 60
    return f"{hours}h" if hours < 48 else f"{hours // 24}d"


def pod_status(pod: dict[str, Any]) -> str:
    """The STATUS column: the most telling container reason, else the phase (as kubectl's printer picks it)."""
    status = pod.get("status", {})
    reason = status.get("reason") or status.get("phase", "Unknown")
    for container in status.get("containerStatuses", []):
        state = container.get("state", {})
        if state.get("waiting", {}).get("reason"):
            reason = state["waiting"]["reason"]
        elif state.get("terminated", {}).get("reason"):
            reason = state["terminated"]["reason"]
    if pod.get("metadata", {}).get("deletionTimestamp"):
        reason = "Terminating"
    return str(reason)


def _containers(template: dict[str, Any]) -> tuple[str, str]:
    containers = template.get("spec", {}).get("containers", [])
    return ",".join(c["name"] for c in containers), ",".join(c.get("image", "") for c in containers)


def _pod(pod: dict[str, Any]) -> list[Any]:
    statuses = pod.get("status", {}).get("containerStatuses", [])
    ready = sum(1 for c in statuses if c.get("ready"))
    total = len(pod.get("spec", {}).get("containers", []))
    restarts = sum(int(c.get("restartCount", 0)) for c in statuses)
    return [pod["metadata"]["name"], f"{ready}/{total}", pod_status(pod), str(restarts),
            age(pod["metadata"].get("creationTimestamp")), pod.get("status", {}).get("podIP", "<none>"),
            pod.get("spec", {}).get("nodeName", "<none>")]


def _deployment(deploy: dict[str, Any]) -> list[Any]:
    status, spec = deploy.get("status", {}), deploy.get("spec", {})
    names, images = _containers(spec.get("template", {}))
    selector = ",".join(f"{k}={v}" for k, v in spec.get("selector", {}).get("matchLabels", {}).items())
    return [deploy["metadata"]["name"], f"{status.get('readyReplicas', 0)}/{spec.get('replicas', 1)}",
            status.get("updatedReplicas", 0), status.get("availableReplicas", 0),
            age(deploy["metadata"].get("creationTimestamp")), names, images, selector]


def _replicaset(rs: dict[str, Any]) -> list[Any]:
    status, spec = rs.get("status", {}), rs.get("spec", {})
    names, images = _containers(spec.get("template", {}))
    selector = ",".join(f"{k}={v}" for k, v in spec.get("selector", {}).get("matchLabels", {}).items())
    return [rs["metadata"]["name"], spec.get("replicas", 0), status.get("replicas", 0),
            status.get("readyReplicas", 0), age(rs["metadata"].get("creationTimestamp")), names, images, selector]


def _service(svc: dict[str, Any]) -> list[Any]:
    spec = svc.get("spec", {})
    ports = ",".join(f"{p.get('port')}/{p.get('protocol', 'TCP')}" for p in spec.get("ports", [])) or "<none>"
    selector = ",".join(f"{k}={v}" for k, v in spec.get("selector", {}).items()) or "<none>"
    return [svc["metadata"]["name"], spec.get("type", "ClusterIP"), spec.get("clusterIP", "<none>"), "<none>",
            ports, age(svc["metadata"].get("creationTimestamp")), selector]


def _event(event: dict[str, Any]) -> list[Any]:
    involved = event.get("involvedObject", {})
    return [age(event.get("lastTimestamp")), event.get("type", ""), event.get("reason", ""),
            f"{involved.get('kind', '').lower()}/{involved.get('name', '')}", event.get("message", "")]


def _namespace(ns: dict[str, Any]) -> list[Any]:
    return [ns["metadata"]["name"], ns.get("status", {}).get("phase", "Active"),
            age(ns["metadata"].get("creationTimestamp"))]


NAME: Column = ("Name", "string", 0)
AGE: Column = ("Age", "string", 0)
COLUMNS: dict[str, tuple[Sequence[Column], Callable[[dict[str, Any]], list[Any]]]] = {
    "pods": ((NAME, ("Ready", "string", 0), ("Status", "string", 0), ("Restarts", "string", 0), AGE,
              ("IP", "string", 1), ("Node", "string", 1)), _pod),
    "deployments": ((NAME, ("Ready", "string", 0), ("Up-to-date", "integer", 0), ("Available", "integer", 0), AGE,
                     ("Containers", "string", 1), ("Images", "string", 1), ("Selector", "string", 1)), _deployment),
    "replicasets": ((NAME, ("Desired", "integer", 0), ("Current", "integer", 0), ("Ready", "integer", 0), AGE,
                     ("Containers", "string", 1), ("Images", "string", 1), ("Selector", "string", 1)), _replicaset),
    "services": ((NAME, ("Type", "string", 0), ("Cluster-IP", "string", 0), ("External-IP", "string", 0),
                  ("Port(s)", "string", 0), AGE, ("Selector", "string", 1)), _service),
    "events": ((("Last Seen", "string", 0), ("Type", "string", 0), ("Reason", "string", 0),
                ("Object", "string", 0), ("Message", "string", 0)), _event),
    "namespaces": ((NAME, ("Status", "string", 0), AGE), _namespace),
}


def table(resource: str, objects: Sequence[dict[str, Any]], resource_version: str) -> dict[str, Any]:
    columns, cells = COLUMNS.get(resource, ((NAME, AGE), lambda o: [o["metadata"]["name"],
                                                                    age(o["metadata"].get("creationTimestamp"))]))
    definitions = [{"name": name, "type": kind, "format": "name" if name == "Name" else "", "description": "",
                    "priority": priority} for name, kind, priority in columns]
    rows = [{"cells": cells(obj), "object": obj} for obj in objects]
    return {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": resource_version},
            "columnDefinitions": definitions, "rows": rows}
