"""From API objects to the cockpit's results: a Deployment with its ReplicaSets, pods and events becomes one
DeploymentStatus. Pure functions: no I/O, so they are tested on their own and cost little for 200 deployments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import ClassVar

from ..results import DeploymentEvent, DeploymentStatus, Instance, Revision, State
from .wire import Deployment, Event, Pod, ReplicaSet

REVISION = "deployment.kubernetes.io/revision"
CHANGE_CAUSE = "kubernetes.io/change-cause"
HASH_LABEL = "pod-template-hash"
EVENTS_SHOWN = 20


class PodStates:
    """Container reasons mapped onto the shared states (a class-level STATE_MAP, as every provider has)."""

    STATE_MAP: ClassVar[Mapping[str, State]] = {
        "CrashLoopBackOff": State.FAILED,
        "ImagePullBackOff": State.FAILED,
        "ErrImagePull": State.FAILED,
        "InvalidImageName": State.FAILED,
        "CreateContainerConfigError": State.FAILED,
        "CreateContainerError": State.FAILED,
        "RunContainerError": State.FAILED,
        "OOMKilled": State.FAILED,
        "Unschedulable": State.FAILED,
        "ContainerCreating": State.PROGRESSING,
        "PodInitializing": State.PROGRESSING,
    }
    PHASE_MAP: ClassVar[Mapping[str, State]] = {
        "Pending": State.PROGRESSING,
        "Running": State.DEGRADED,  # running but not ready
        "Succeeded": State.HEALTHY,
        "Failed": State.FAILED,
    }


SEVERITY = (State.FAILED, State.DEGRADED, State.UNKNOWN, State.PROGRESSING, State.HEALTHY)


def revision_number(annotations: Mapping[str, str]) -> int:
    try:
        return int(annotations.get(REVISION, "0"))
    except ValueError:
        return 0


def revision_id(rs: ReplicaSet) -> str:
    """The pod-template-hash: unlike the revision number it survives ``rollout undo`` (which renumbers)."""
    return rs.metadata.labels.get(HASH_LABEL) or rs.metadata.name


def images(rs: ReplicaSet | Deployment) -> str:
    return ", ".join(container.image for container in rs.spec.template.spec.containers)


def instance(pod: Pod) -> Instance:
    """One pod: the most telling reason of its unready containers, restarts, last exit code and node.

    The reason is OOMKilled when the last run was killed for memory (more telling than the CrashLoopBackOff that
    follows), else the waiting reason (CrashLoopBackOff, ImagePullBackOff...), else 'Error (exit N)'.
    """
    status = pod.status
    reason, details, exit_code = "", [], None
    restarts = sum(c.restart_count for c in status.container_statuses)
    ready = bool(status.container_statuses) and all(c.ready for c in status.container_statuses)
    for container in status.container_statuses:
        if container.ready:
            continue
        waiting = container.state.waiting
        ended = container.state.terminated or container.last_state.terminated
        if ended is not None:
            exit_code = ended.exit_code
            details.append(f"last exit: {ended.reason or 'Error'} (exit {ended.exit_code})")
        if ended is not None and ended.reason == "OOMKilled":
            reason = "OOMKilled"
        elif waiting is not None and waiting.reason:
            reason = reason or waiting.reason
            if waiting.message:
                details.append(waiting.message)
        elif ended is not None:
            reason = reason or f"Error (exit {ended.exit_code})"
    if not status.container_statuses:
        scheduled = next((c for c in status.conditions if c.type == "PodScheduled"), None)
        if scheduled is not None and scheduled.status == "False":
            reason = scheduled.reason or "Unschedulable"
            details.append(scheduled.message)
    if ready:
        state = State.HEALTHY
    elif reason in PodStates.STATE_MAP:
        state = PodStates.STATE_MAP[reason]
    elif exit_code is not None:
        state = State.FAILED
    else:
        state = PodStates.PHASE_MAP.get(status.phase, State.UNKNOWN)
    return Instance(
        name=pod.metadata.name, state=state, ready=ready, restarts=restarts, reason=reason or status.reason,
        exit_code=exit_code, host=pod.spec.node_name, image=", ".join(c.image for c in pod.spec.containers),
        started_at=pod.metadata.creation_timestamp, detail="; ".join(filter(None, details or [status.message])),
    )


def worst_first(instances: Iterable[Instance]) -> tuple[Instance, ...]:
    return tuple(sorted(instances, key=lambda i: (SEVERITY.index(i.state), -i.restarts, i.name)))


def history(deploy: Deployment, replicasets: Sequence[ReplicaSet], colour_label: str) -> tuple[Revision, ...]:
    """Newest revision first; the deployment's current revision is marked."""
    current = revision_number(deploy.metadata.annotations)
    revisions = []
    for rs in sorted(replicasets, key=lambda r: revision_number(r.metadata.annotations), reverse=True):
        number = revision_number(rs.metadata.annotations)
        words = [f"revision {number}"]
        colour = rs.spec.template.metadata.labels.get(colour_label)
        if colour:
            words.append(f"colour {colour}")
        cause = rs.metadata.annotations.get(CHANGE_CAUSE)
        if cause:
            words.append(cause)
        revisions.append(Revision(id=revision_id(rs), created_at=rs.metadata.creation_timestamp, image=images(rs),
                                  description=" · ".join(words), current=number == current))
    return tuple(revisions)


def index_events(items: Iterable[Event]) -> dict[str, list[Event]]:
    """Events by the uid of the object they are about (built once per poll, not once per deployment)."""
    by_uid: dict[str, list[Event]] = {}
    for event in items:
        by_uid.setdefault(event.involved_object.uid, []).append(event)
    return by_uid


def events(by_uid: Mapping[str, list[Event]], uids: set[str]) -> tuple[DeploymentEvent, ...]:
    """The events of the deployment, its ReplicaSets and pods, newest first (repeats counted)."""
    chosen = []
    for uid in uids:
        for event in by_uid.get(uid, ()):
            at = event.at
            if at is None:
                continue
            who = f"{event.involved_object.kind.lower()}/{event.involved_object.name}"
            repeat = f" (x{event.count})" if event.count > 1 else ""
            chosen.append(DeploymentEvent(at, event.reason, f"{who}: {event.message}{repeat}",
                                          event.type == "Warning"))
    chosen.sort(key=lambda e: e.at, reverse=True)
    return tuple(chosen[:EVENTS_SHOWN])


def deployment_status(target: str, deploy: Deployment, replicasets: Sequence[ReplicaSet], pods: Sequence[Pod],
                      event_index: Mapping[str, list[Event]], observed_at: datetime, *, colour_label: str,
                      live_colour: str | None) -> DeploymentStatus:
    spec, status = deploy.spec, deploy.status
    desired = spec.replicas
    revisions = history(deploy, replicasets, colour_label)
    current = next((r for r in revisions if r.current), None)
    current_rs = next((rs for rs in replicasets if current is not None and revision_id(rs) == current.id), None)
    instances = worst_first(instance(pod) for pod in pods)
    new_pods = {pod.metadata.name for pod in pods if current_rs is not None
                and any(ref.uid == current_rs.metadata.uid for ref in pod.metadata.owner_references)}
    broken = [i for i in instances if i.name in new_pods and i.state is State.FAILED]
    state, message = judge(deploy, broken)
    uids = {deploy.metadata.uid} | {rs.metadata.uid for rs in replicasets} | {pod.metadata.uid for pod in pods}
    return DeploymentStatus(
        target=target, service=deploy.metadata.name, state=state,
        revision=current.id if current is not None else str(revision_number(deploy.metadata.annotations)),
        ready=status.ready_replicas, desired=desired, observed_at=observed_at, message=message, history=revisions,
        events=events(event_index, uids), instances=instances, live_colour=live_colour,
    )


def judge(deploy: Deployment, broken: Sequence[Instance]) -> tuple[State, str]:
    """The deployment's state and why, in Kubernetes' own words (condition reasons, container reasons)."""
    spec, status = deploy.spec, deploy.status
    desired = spec.replicas
    progressing = next((c for c in status.conditions if c.type == "Progressing"), None)
    counts = (f"{status.updated_replicas} updated, {status.ready_replicas} ready, "
              f"{status.available_replicas} available of {desired}")
    pods_say = ""
    if broken:
        reasons = sorted({i.reason.split(" (")[0] for i in broken if i.reason})
        exits = sorted({i.exit_code for i in broken if i.exit_code is not None})
        pods_say = f"{', '.join(reasons) or 'failing'}: {len(broken)} new pod(s)"
        if exits:
            pods_say += f", exit code {', '.join(map(str, exits))}"
    if progressing is not None and progressing.status == "False" and progressing.reason == "ProgressDeadlineExceeded":
        return State.FAILED, "; ".join(filter(None, ["ProgressDeadlineExceeded", pods_say, progressing.message]))
    if broken:
        return State.FAILED, f"{pods_say}; {counts}"
    if spec.paused:
        return State.PROGRESSING, f"rollout paused; {counts}"
    if status.observed_generation < deploy.metadata.generation:
        return State.PROGRESSING, "waiting for the deployment controller to see the new spec"
    if status.updated_replicas < desired or status.replicas > status.updated_replicas \
            or status.available_replicas < status.updated_replicas:
        return State.PROGRESSING, f"rollout in progress: {counts}"
    if status.ready_replicas < desired:
        return State.DEGRADED, counts
    return State.HEALTHY, ""
