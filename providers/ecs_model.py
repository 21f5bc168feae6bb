"""ECS answers (describe-services, describe-tasks, task definitions) mapped onto the cockpit's results.

Pure functions over the dictionaries boto3 returns, so every mapping is testable without a backend. Everything
an answer says is data: it is cut to a bounded length here and escaped wherever it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .limits import one_line
from .results import DeploymentEvent, Instance, State

EVENTS_KEPT = 20
"""ECS keeps the service's last 100 events; the cockpit shows the newest."""
TEXT_CHARS = 500

ROLLOUT_STATE_MAP: Mapping[str, State] = {
    "COMPLETED": State.HEALTHY,
    "IN_PROGRESS": State.PROGRESSING,
    "FAILED": State.FAILED,
}
"""A deployment's native rolloutState -> the shared vocabulary (refined by failed tasks, see ``service_state``)."""

TASK_STATE_MAP: Mapping[str, State] = {
    "PROVISIONING": State.PROGRESSING,
    "PENDING": State.PROGRESSING,
    "ACTIVATING": State.PROGRESSING,
    "RUNNING": State.HEALTHY,
    "DEACTIVATING": State.DEGRADED,
    "STOPPING": State.DEGRADED,
    "DEPROVISIONING": State.DEGRADED,
    "STOPPED": State.UNKNOWN,
}
FAILED_STOP_CODES = frozenset({"TaskFailedToStart", "EssentialContainerExited"})

# Service event messages, classified by their wording: (pattern, reason, warning).
EVENT_KINDS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (re.compile(r"circuit breaker", re.I), "CircuitBreaker", True),
    (re.compile(r"unable to place|insufficient", re.I), "PlacementFailed", True),
    (re.compile(r"unhealthy|health ?checks? fail|failed (container|elb|target)", re.I), "Unhealthy", True),
    (re.compile(r"deployment failed|failed to (start|launch)|rolling back", re.I), "DeploymentFailed", True),
    (re.compile(r"has stopped", re.I), "TaskStopped", True),
    (re.compile(r"steady state", re.I), "SteadyState", False),
    (re.compile(r"deployment .*completed", re.I), "DeploymentCompleted", False),
    (re.compile(r"has started", re.I), "TaskStarted", False),
    (re.compile(r"registered|deregistered", re.I), "Targets", False),
)
_TASK_DEFINITION = re.compile(r"(?:task-definition/)?(?P<family>[A-Za-z0-9_-]{1,255}):(?P<revision>\d+)$")


def cut(text: object, limit: int = TEXT_CHARS) -> str:
    """Text from an answer, visible, one line, at most ``limit`` characters."""
    return one_line(" ".join(str(text).split()), limit)


def short_task_definition(reference: str) -> str:
    """``arn:aws:ecs:...:task-definition/api:41`` or ``api:41`` -> ``api:41``; anything else as given (visible)."""
    found = _TASK_DEFINITION.search(reference)
    return f"{found['family']}:{found['revision']}" if found else cut(reference, 300)


def split_task_definition(reference: str) -> tuple[str, int] | None:
    """``api:41`` (or its ARN) -> ``("api", 41)``; None when it is not a family:revision."""
    found = _TASK_DEFINITION.search(reference)
    return (found["family"], int(found["revision"])) if found else None


def aware(value: Any) -> datetime | None:
    """boto3 timestamps (aware datetimes in local time, or epoch numbers) as aware UTC."""
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, UTC)
    return None


def account_of(arn: str) -> str | None:
    """The account id of an ARN (``arn:aws:ecs:us-east-1:123456789012:service/...``)."""
    parts = arn.split(":")
    return parts[4] if len(parts) > 5 and parts[0] == "arn" and parts[4] else None


# -- the service and its deployments ------------------------------------------------------------------------


def primary_deployment(service: Mapping[str, Any]) -> Mapping[str, Any] | None:
    return next((d for d in service.get("deployments", ()) if d.get("status") == "PRIMARY"), None)


def service_state(service: Mapping[str, Any]) -> State:
    """The service's state from its PRIMARY deployment (what ECS is rolling out) and its task counts.

    A rollout still IN_PROGRESS whose tasks keep failing is degraded: the circuit breaker (if any) has not given
    up yet, but the operator should already look. Without a rolloutState (CODE_DEPLOY and EXTERNAL controllers),
    one deployment with every task running is healthy.
    """
    if service.get("status") != "ACTIVE":
        return State.FAILED
    primary = primary_deployment(service)
    desired = int(service.get("desiredCount", 0))
    if primary is None:
        return State.UNKNOWN
    rollout = primary.get("rolloutState")
    running = int(primary.get("runningCount", 0))
    if rollout is None:
        settled = len(service.get("deployments", ())) == 1 and running >= desired
        return State.HEALTHY if settled else State.PROGRESSING
    state = ROLLOUT_STATE_MAP.get(str(rollout), State.UNKNOWN)
    if state is State.PROGRESSING and int(primary.get("failedTasks", 0)) > 0:
        return State.DEGRADED
    if state is State.HEALTHY and running < desired:
        return State.DEGRADED  # the rollout finished, but tasks have been lost since
    return state


def deployment_line(deployment: Mapping[str, Any]) -> str:
    """``PRIMARY api:42 FAILED 0/2 running, 4 failed: <reason>``: one deployment in ECS's words."""
    words = [
        cut(deployment.get("status", "?"), 40),
        short_task_definition(str(deployment.get("taskDefinition", "?"))),
        cut(deployment.get("rolloutState", ""), 40),
        f"{deployment.get('runningCount', 0)}/{deployment.get('desiredCount', 0)} running",
    ]
    line = " ".join(word for word in words if word)
    if pending := int(deployment.get("pendingCount", 0)):
        line += f", {pending} pending"
    if failed := int(deployment.get("failedTasks", 0)):
        line += f", {failed} failed"
    if reason := deployment.get("rolloutStateReason"):
        line += f": {cut(reason, 200)}"
    return line


def circuit_breaker(service: Mapping[str, Any]) -> str:
    """``circuit breaker on (rollback on)``, ``... off``: whether ECS itself will stop (and undo) a bad rollout."""
    breaker = (service.get("deploymentConfiguration") or {}).get("deploymentCircuitBreaker")
    if not breaker:
        return ""
    if not breaker.get("enable"):
        return "circuit breaker off"
    return f"circuit breaker on (rollback {'on' if breaker.get('rollback') else 'off'})"


def service_message(service: Mapping[str, Any]) -> str:
    """Why the service is in its state: every deployment (PRIMARY first), the counts and the circuit breaker."""
    if service.get("status") != "ACTIVE":
        return f"service is {cut(service.get('status', 'unknown'), 40)}"
    deployments = sorted(service.get("deployments", ()), key=lambda d: d.get("status") != "PRIMARY")
    parts = [deployment_line(d) for d in deployments]
    counts = f"service {service.get('runningCount', 0)}/{service.get('desiredCount', 0)} running"
    if pending := int(service.get("pendingCount", 0)):
        counts += f", {pending} pending"
    parts.append(counts)
    if breaker := circuit_breaker(service):
        parts.append(breaker)
    return "; ".join(parts)


def ready_count(service: Mapping[str, Any], revision: str) -> int:
    """Tasks running the service's own revision: the PRIMARY deployment's, when it runs that revision."""
    primary = primary_deployment(service)
    if primary is None or short_task_definition(str(primary.get("taskDefinition", ""))) != revision:
        return 0
    return int(primary.get("runningCount", 0))


def service_events(service: Mapping[str, Any], limit: int = EVENTS_KEPT) -> tuple[DeploymentEvent, ...]:
    """The newest service events (ECS lists them newest first), each with a reason read from its wording."""
    found: list[DeploymentEvent] = []
    for raw in list(service.get("events", ()))[:limit]:
        at = aware(raw.get("createdAt"))
        if at is None:
            continue
        message = cut(raw.get("message", ""))
        reason, warning = classify_event(message)
        found.append(DeploymentEvent(at, reason, message, warning))
    return tuple(sorted(found, key=lambda event: event.at, reverse=True))


def classify_event(message: str) -> tuple[str, bool]:
    for pattern, reason, warning in EVENT_KINDS:
        if pattern.search(message):
            return reason, warning
    return "ServiceEvent", False


# -- tasks ----------------------------------------------------------------------------------------------------


def task_instance(task: Mapping[str, Any]) -> Instance:
    """One task as an Instance: its state, and for a stopped task why it stopped and its containers' exit codes."""
    status = str(task.get("lastStatus", ""))
    health = str(task.get("healthStatus", "UNKNOWN"))
    containers: Sequence[Mapping[str, Any]] = task.get("containers", ())
    culprit = _failed_container(containers)
    exit_code = culprit.get("exitCode") if culprit is not None else None
    state = TASK_STATE_MAP.get(status, State.UNKNOWN)
    if status == "RUNNING" and health == "UNHEALTHY":
        state = State.DEGRADED
    failed_stop = task.get("stopCode") in FAILED_STOP_CODES or (exit_code not in (None, 0))
    if status == "STOPPED" and failed_stop:
        state = State.FAILED
    stopped_reason = cut(task.get("stoppedReason", ""), 200)
    container_reason = cut(culprit.get("reason", ""), 200) if culprit is not None else ""
    reason = stopped_reason or container_reason or (health if health == "UNHEALTHY" else "")
    exits = [
        f"{cut(c.get('name', '?'), 100)} exit {c['exitCode']}" for c in containers if c.get("exitCode") is not None
    ]
    detail = "; ".join(part for part in (
        short_task_definition(str(task.get("taskDefinitionArn", ""))),
        ", ".join(exits),
        container_reason if container_reason != reason else "",
    ) if part)
    return Instance(
        name=cut(str(task.get("taskArn", "?")).rsplit("/", 1)[-1], 100),
        state=state,
        ready=status == "RUNNING" and health != "UNHEALTHY",
        reason=reason,
        exit_code=int(exit_code) if isinstance(exit_code, int) else None,
        host=_host(task),
        image=cut((culprit or (containers[0] if containers else {})).get("image", ""), 300),
        started_at=aware(task.get("startedAt")),
        detail=detail,
    )


def _failed_container(containers: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The container that explains a task's fate: a non-zero exit first, then one with a reason, else the first."""
    for container in containers:
        if container.get("exitCode") not in (None, 0):
            return container
    for container in containers:
        if container.get("reason"):
            return container
    return containers[0] if containers else None


def _host(task: Mapping[str, Any]) -> str:
    instance = task.get("containerInstanceArn")
    if instance:
        return cut(str(instance).rsplit("/", 1)[-1], 100)
    return cut(f"{task.get('launchType', 'FARGATE')} {task.get('availabilityZone', '')}", 100)


SEVERITY = (State.FAILED, State.DEGRADED, State.UNKNOWN, State.PROGRESSING, State.HEALTHY)


def worst_first(instances: Sequence[Instance]) -> tuple[Instance, ...]:
    """Worst state first, then the newest."""
    newest = sorted(instances, key=lambda i: i.started_at or datetime.min.replace(tzinfo=UTC), reverse=True)
    return tuple(sorted(newest, key=lambda i: SEVERITY.index(i.state)))


# -- task definitions -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogConfig:
    """Where one container's awslogs driver writes: group, region, and the stream name prefix it uses."""

    container: str
    group: str
    region: str | None
    stream_prefix: str
    """``prefix/container/`` (awslogs-stream-prefix set) or empty: the whole group."""


def container_images(task_definition: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """``(container name, image)`` of each container, in the task definition's order."""
    containers = task_definition.get("containerDefinitions", ())
    return tuple((cut(c.get("name", "?"), 255), cut(c.get("image", ""), 300)) for c in containers)


def images_text(task_definition: Mapping[str, Any]) -> str:
    """The image of a single-container task, else ``name=image`` of each container."""
    images = container_images(task_definition)
    if len(images) == 1:
        return images[0][1]
    return ", ".join(f"{name}={image}" for name, image in images)


def log_configs(task_definition: Mapping[str, Any]) -> tuple[LogConfig, ...]:
    """Each container's CloudWatch Logs destination, from its awslogs log driver options."""
    found: list[LogConfig] = []
    for container in task_definition.get("containerDefinitions", ()):
        logging = container.get("logConfiguration") or {}
        options = logging.get("options") or {}
        if logging.get("logDriver") != "awslogs" or not options.get("awslogs-group"):
            continue
        name = str(container.get("name", ""))
        prefix = options.get("awslogs-stream-prefix")
        found.append(LogConfig(
            container=name,
            group=str(options["awslogs-group"]),
            region=options.get("awslogs-region"),
            stream_prefix=f"{prefix}/{name}/" if prefix else "",
        ))
    return tuple(found)
