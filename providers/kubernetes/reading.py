"""One poll of a target: its Deployments with their ReplicaSets, pods, events and the blue-green Service, read
with as few list calls as possible (five for any number of deployments), concurrently."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from ..base import Forbidden
from .client import KubeClient
from .errors import ObjectNotFound
from .settings import KubernetesSettings
from .wire import Deployment, Event, Pod, ReplicaSet, Service


@dataclass(frozen=True, slots=True)
class ClusterView:
    deployments: list[Deployment]
    replicasets: dict[str, list[ReplicaSet]]
    """Deployment uid -> the ReplicaSets it controls."""
    pods: dict[str, list[Pod]]
    """Deployment uid -> the pods of its ReplicaSets."""
    events: list[Event]
    service: Service | None


def common_selector(deployments: list[Deployment]) -> str | None:
    """The labels every deployment's selector requires: narrows the pod and ReplicaSet lists (None: list all)."""
    shared: set[tuple[str, str]] | None = None
    for deploy in deployments:
        labels = set(deploy.spec.selector.match_labels.items())
        shared = labels if shared is None else shared & labels
    return ",".join(f"{k}={v}" for k, v in sorted(shared)) if shared else None


async def read_view(client: KubeClient, settings: KubernetesSettings, *, context: bool = True) -> ClusterView:
    """Deployments, their ReplicaSets and pods; with ``context`` also the events and the blue-green Service
    (the log follower's rescans do without them).

    The answers are fetched concurrently, then decoded in order, each keeping only the objects that belong to
    what came before (ReplicaSets of the deployments, pods of those ReplicaSets, events about any of them): a
    namespace's thousands of other pods are dropped where they are decoded (off the loop when large).
    """
    if context:
        deployments, event_answers, service = await asyncio.gather(
            _deployments(client, settings), _event_answers(client), _service(client, settings))
    else:
        deployments, event_answers, service = await _deployments(client, settings), [], None
    selector = common_selector(deployments)
    rs_data, pod_data = await asyncio.gather(
        client.call("list", "replicasets", query={"labelSelector": selector}),
        client.call("list", "pods", query={"labelSelector": selector}),
    )
    deployment_uids = {d.metadata.uid for d in deployments}
    replicasets = await client.decode_items(rs_data, ReplicaSet, "replicasets", belonging_to=deployment_uids)
    pods = await client.decode_items(pod_data, Pod, "pods", belonging_to={rs.metadata.uid for rs in replicasets})
    related = deployment_uids | {rs.metadata.uid for rs in replicasets} | {pod.metadata.uid for pod in pods}
    events = await _events(client, event_answers, related)
    by_rs: dict[str, list[Pod]] = {}
    for pod in pods:
        for ref in pod.metadata.owner_references:
            if ref.controller:
                by_rs.setdefault(ref.uid, []).append(pod)
    by_owner: dict[str, list[ReplicaSet]] = {}
    for rs in replicasets:
        for ref in rs.metadata.owner_references:
            if ref.controller:
                by_owner.setdefault(ref.uid, []).append(rs)
    owned_rs = {d.metadata.uid: by_owner.get(d.metadata.uid, []) for d in deployments}
    owned_pods = {uid: [pod for rs in sets for pod in by_rs.get(rs.metadata.uid, [])]
                  for uid, sets in owned_rs.items()}
    return ClusterView(deployments, owned_rs, owned_pods, events, service)


async def _deployments(client: KubeClient, settings: KubernetesSettings) -> list[Deployment]:
    namespace = settings.namespace
    if settings.deployment is not None:
        data = await client.call("get", "deployments", name=settings.deployment)
        return [await client.decode(data, Deployment, f"deployment {settings.deployment}")]
    data = await client.call("list", "deployments", query={"labelSelector": settings.selector})
    found = await client.decode_items(data, Deployment, "deployments")
    if not found:
        raise ObjectNotFound(f"no deployment in namespace {namespace!r} matches {settings.selector!r} "
                             f"({client.context_name})", target=client.target)
    return sorted(found, key=lambda d: d.metadata.name)


EVENT_QUERIES = ({"fieldSelector": "type=Warning"}, {"fieldSelector": "involvedObject.kind=Deployment"})
"""Every warning, and what happened to the deployments themselves (scaling): the events worth a line in the pane.
Two narrow lists rather than the namespace's whole event stream (thousands of Normal pod events)."""


async def _event_answers(client: KubeClient) -> list[bytes]:
    try:
        return list(await asyncio.gather(*(client.call("list", "events", query=query) for query in EVENT_QUERIES)))
    except Forbidden:
        return []  # events are context, not the deployment's state: a Role without them still shows the rest


async def _events(client: KubeClient, answers: list[bytes], related: set[str]) -> list[Event]:
    """The events about one of the ``related`` uids, each once (the two lists overlap)."""
    unique: dict[str, Event] = {}
    for data in answers:
        for event in await client.decode_items(data, Event, "events", belonging_to=related):
            unique[event.metadata.uid or event.metadata.name] = event
    return list(unique.values())


async def _service(client: KubeClient, settings: KubernetesSettings) -> Service | None:
    if settings.service is None:
        return None
    data = await client.call("get", "services", name=settings.service)
    return await client.decode(data, Service, f"service {settings.service}")
