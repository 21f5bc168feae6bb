"""The resources this server knows, and the discovery documents kubectl reads before anything else."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

VERSION = {"major": "1", "minor": "32", "gitVersion": "v1.32.0", "gitCommit": "0" * 40, "gitTreeState": "clean",
           "buildDate": "2024-12-11T00:00:00Z", "goVersion": "go1.23.4", "compiler": "gc",
           "platform": "linux/amd64"}
READ = ["get", "list", "watch"]
WRITE = ["create", "delete", "patch", "update"]


@dataclass(frozen=True)
class Resource:
    group: str
    version: str
    name: str
    kind: str
    namespaced: bool = True
    short_names: tuple[str, ...] = ()
    verbs: tuple[str, ...] = (*READ, *WRITE)
    categories: tuple[str, ...] = ("all",)

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version

    @property
    def singular(self) -> str:
        return self.kind.lower()


RESOURCES = (
    Resource("", "v1", "namespaces", "Namespace", namespaced=False, short_names=("ns",), categories=()),
    Resource("", "v1", "pods", "Pod", short_names=("po",)),
    Resource("", "v1", "services", "Service", short_names=("svc",)),
    Resource("", "v1", "events", "Event", short_names=("ev",), categories=()),
    Resource("apps", "v1", "deployments", "Deployment", short_names=("deploy",)),
    Resource("apps", "v1", "replicasets", "ReplicaSet", short_names=("rs",)),
)
BY_PATH = {(r.group, r.version, r.name): r for r in RESOURCES}
SCALE = {"group": "autoscaling", "version": "v1", "kind": "Scale", "verbs": ["get", "patch", "update"]}
"""kubectl's scale client speaks autoscaling/v1 Scale, whatever the parent's group."""
SUBRESOURCES: dict[tuple[str, str], dict[str, Any]] = {
    ("deployments", "scale"): SCALE,
    ("deployments", "status"): {"kind": "Deployment", "verbs": ["get", "patch", "update"]},
    ("replicasets", "scale"): SCALE,
    ("pods", "log"): {"kind": "Pod", "verbs": ["get"]},
    ("pods", "status"): {"kind": "Pod", "verbs": ["get", "patch", "update"]},
}


def api_versions(address: str) -> dict[str, Any]:
    return {"kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": address}]}


def api_groups() -> dict[str, Any]:
    apps = {"groupVersion": "apps/v1", "version": "v1"}
    return {"kind": "APIGroupList", "apiVersion": "v1",
            "groups": [{"name": "apps", "versions": [apps], "preferredVersion": apps}]}


def resource_list(group: str, version: str) -> dict[str, Any] | None:
    resources: list[dict[str, Any]] = []
    for r in RESOURCES:
        if (r.group, r.version) != (group, version):
            continue
        entry: dict[str, Any] = {"name": r.name, "singularName": r.singular, "namespaced": r.namespaced,
                                 "kind": r.kind, "verbs": list(r.verbs)}
        if r.short_names:
            entry["shortNames"] = list(r.short_names)
        if r.categories:
            entry["categories"] = list(r.categories)
        resources.append(entry)
        for (parent, sub), extra in SUBRESOURCES.items():
            if parent == r.name:
                resources.append({"name": f"{parent}/{sub}", "singularName": "", "namespaced": True, **extra})
    if not resources:
        return None
    group_version = f"{group}/{version}" if group else version
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": group_version, "resources": resources}
