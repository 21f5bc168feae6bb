"""Plans and their execution: rollout undo, rollout restart, scale and the blue-green Service switch.

Each plan states the exact kubectl argv (``shlex.join``) for the same effect, and ``execute`` does what that
kubectl command does through the API (the undo sends kubectl's own JSON patch), so the cockpit and a second
terminal always agree.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Sequence
from typing import Any

from ..base import NotFound, ProviderError
from ..results import ActionPlan, Change, DeploymentStatus, Revision
from .settings import KubernetesSettings
from .status import HASH_LABEL

# kubectl rollout undo keeps these deployment annotations and never copies them from the ReplicaSet.
ANNOTATIONS_TO_SKIP = frozenset({
    "kubectl.kubernetes.io/last-applied-configuration",
    "deployment.kubernetes.io/revision",
    "deployment.kubernetes.io/revision-history",
    "deployment.kubernetes.io/desired-replicas",
    "deployment.kubernetes.io/max-replicas",
    "deprecated.deployment.rollback.to",
})
RESTARTED_AT = "kubectl.kubernetes.io/restartedAt"
JSON_PATCH = "application/json-patch+json"
MERGE_PATCH = "application/merge-patch+json"
STRATEGIC_MERGE = "application/strategic-merge-patch+json"


def kubectl(settings: KubernetesSettings, *args: str) -> list[str]:
    """kubectl's argv for this target (kubeconfig and context only when the config names them)."""
    argv = ["kubectl"]
    if settings.kubeconfig:
        argv += ["--kubeconfig", settings.kubeconfig]
    if settings.context:
        argv += ["--context", settings.context]
    return [*argv, "-n", settings.namespace, *args]


def revision_number(revision: Revision) -> int:
    return int(revision.description.split(" ", 2)[1]) if revision.description.startswith("revision ") else 0


def find_revision(row: DeploymentStatus, wanted: str) -> Revision | None:
    """By id (pod-template-hash), by revision number (``3`` or ``#3``) or by ReplicaSet name."""
    for revision in row.history:
        if wanted in (revision.id, f"{row.service}-{revision.id}"):
            return revision
    number = wanted.lstrip("#")
    if number.isdigit():
        return next((r for r in row.history if revision_number(r) == int(number)), None)
    return None


def plan_rollback(target: str, settings: KubernetesSettings, row: DeploymentStatus,
                  to_revision: str | None) -> ActionPlan:
    current = next((r for r in row.history if r.current), None)
    if to_revision is None:
        chosen = row.previous_revision()
        if chosen is None:
            raise NotFound(f"deployment {row.service} has no revision older than {row.revision}", target=target)
    else:
        chosen = find_revision(row, to_revision)
        if chosen is None:
            known = ", ".join(f"{revision_number(r)} ({r.id})" for r in row.history)
            raise NotFound(f"deployment {row.service} has no revision {to_revision!r} (known: {known})",
                           target=target)
    if current is not None and chosen.id == current.id:
        raise ProviderError(f"deployment {row.service} already runs {chosen.id} (revision "
                            f"{revision_number(chosen)}): nothing to roll back", target=target)
    number = revision_number(chosen)
    argv = kubectl(settings, "rollout", "undo", f"deployment/{row.service}", f"--to-revision={number}")
    newer = current is not None and row.history.index(chosen) < row.history.index(current)
    return ActionPlan(
        action="rollback", target=target, service=row.service, command=shlex.join(argv),
        changes=(
            Change("revision", f"{row.revision} ({current.description})" if current else row.revision,
                   f"{chosen.id} ({chosen.description}) as a new revision"),
            Change("image", (current.image or "") if current else "", chosen.image or ""),
        ),
        reversible=True,
        summary=f"{'roll forward' if newer else 'roll back'} {row.service} to revision {number} "
                f"({chosen.image}); Kubernetes records it as a new revision number",
        params={"deployment": row.service, "hash": chosen.id, "number": number},
        expect_revision=chosen.id,
    )


def undo_patch(deployment: dict[str, Any], replicaset: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON patch ``kubectl rollout undo`` sends: the ReplicaSet's template (minus its hash label) and the
    deployment's annotations merged with the ReplicaSet's."""
    template = json.loads(json.dumps(replicaset["spec"]["template"]))
    template.get("metadata", {}).get("labels", {}).pop(HASH_LABEL, None)
    current = deployment["metadata"].get("annotations") or {}
    annotations = {k: v for k, v in current.items() if k in ANNOTATIONS_TO_SKIP}
    annotations.update({k: v for k, v in (replicaset["metadata"].get("annotations") or {}).items()
                        if k not in ANNOTATIONS_TO_SKIP})
    return [{"op": "replace", "path": "/spec/template", "value": template},
            {"op": "replace", "path": "/metadata/annotations", "value": annotations}]


def plan_restart(target: str, settings: KubernetesSettings, row: DeploymentStatus) -> ActionPlan:
    argv = kubectl(settings, "rollout", "restart", f"deployment/{row.service}")
    return ActionPlan(
        action="restart", target=target, service=row.service, command=shlex.join(argv),
        changes=(Change("pods", f"{row.ready}/{row.desired} ready at {row.revision}",
                        f"{row.desired} new pods (a new revision, same image)"),),
        reversible=False,
        summary=f"restart every pod of {row.service} by a rolling update (new revision, same pod template)",
        params={"deployment": row.service},
    )


def plan_scale(target: str, settings: KubernetesSettings, row: DeploymentStatus, replicas: int) -> ActionPlan:
    if replicas < 0:
        raise ProviderError(f"cannot scale {row.service} to {replicas} replicas", target=target)
    argv = kubectl(settings, "scale", f"deployment/{row.service}", f"--replicas={replicas}")
    return ActionPlan(
        action="scale", target=target, service=row.service, command=shlex.join(argv),
        changes=(Change("replicas", str(row.desired), str(replicas)),), reversible=True,
        summary=f"scale {row.service} from {row.desired} to {replicas} replicas",
        params={"deployment": row.service, "replicas": replicas},
        expect_revision=row.revision,
    )


def switch_patch(label: str, colour: str) -> dict[str, Any]:
    return {"spec": {"selector": {label: colour}}}


def plan_switch(target: str, settings: KubernetesSettings, names: Sequence[str], service: str, live: str | None,
                to: str, standby: DeploymentStatus | None) -> ActionPlan:
    """Point the Service at colour ``to``; ``standby`` is the deployment whose pods carry that colour (if any)."""
    if settings.service is None:
        raise ProviderError(f"{target} names no blue-green Service (set `service` in its config)", target=target)
    if service not in (settings.service, *names):
        raise NotFound(f"{target} switches Service {settings.service!r}, not {service!r}", target=target)
    if live == to:
        raise ProviderError(f"Service {settings.service} already sends traffic to {to}", target=target)
    body = json.dumps(switch_patch(settings.colour_label, to), separators=(",", ":"))
    argv = kubectl(settings, "patch", "service", settings.service, "-p", body)
    ready = f"{standby.service} {standby.ready}/{standby.desired} ready" if standby is not None else \
        f"no deployment here carries {settings.colour_label}={to}"
    return ActionPlan(
        action="switch-traffic", target=target, service=settings.service, command=shlex.join(argv),
        # "colour" (not the selector's own label): the runner verifies that change on the deployment rows.
        changes=(Change("colour", live or "(none)", to),), reversible=True,
        summary=f"point Service {settings.service} at {to} ({ready})",
        params={"colour": to, **({"deployment": standby.service} if standby is not None else {})},
    )
