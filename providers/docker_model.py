"""Pure translation from what the engine says (``docker inspect`` of containers and images, events) to the
provider contract's results. No I/O here, so every rule is tested against real inspect output without waiting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from .results import DeploymentEvent, DeploymentStatus, Instance, Revision, State

RETIRED_SUFFIX = "-cockpit-previous"
"""A container kept stopped during a rollback is renamed NAME-cockpit-previous until the new one is healthy."""
DETAIL_LIMIT = 300
"""Characters of a health check's output kept (the engine keeps 4 KiB; the pane has one line)."""
_DOCKER_TIME = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$")
SEVERITY = (State.FAILED, State.DEGRADED, State.UNKNOWN, State.PROGRESSING, State.HEALTHY)
"""Worst first: instances are listed in this order."""


def parse_time(text: str | None) -> datetime | None:
    """An engine timestamp (nanoseconds, Z or offset) as aware UTC; None for Go's zero time or garbage."""
    if not text or text.startswith("0001-01-01"):
        return None
    match = _DOCKER_TIME.match(text)
    if match is None:
        return None
    fraction = (match[2] or "0")[:6].ljust(6, "0")
    zone = "+00:00" if match[3] == "Z" else match[3]
    try:
        return datetime.fromisoformat(f"{match[1]}.{fraction}{zone}").astimezone(UTC)
    except ValueError:
        return None


def normalise_ref(ref: str) -> str:
    """``web`` means ``web:latest``; digests and explicit tags stay as written."""
    if "@" in ref or ref.startswith("sha256:"):
        return ref
    name_part = ref.rsplit("/", 1)[-1]
    return ref if ":" in name_part else f"{ref}:latest"


def repository(ref: str) -> str:
    """The repository of an image reference: ``registry:5000/shop/api:1.2@sha256:..`` -> ``registry:5000/shop/api``."""
    ref = ref.split("@", 1)[0]
    head, _, last = ref.rpartition("/")
    if ":" in last:
        last = last.split(":", 1)[0]
    return f"{head}/{last}" if head else last


def short_id(image_id: str) -> str:
    return image_id[:19] if image_id.startswith("sha256:") else image_id[:12]


@dataclass(frozen=True, slots=True)
class ImageInfo:
    id: str
    tags: tuple[str, ...]
    digest: str | None
    """The registry digest (RepoDigests), when the image came from a registry."""
    created_at: datetime | None

    @classmethod
    def from_inspect(cls, attrs: Mapping[str, Any]) -> ImageInfo:
        digests = attrs.get("RepoDigests") or []
        digest = digests[0].split("@", 1)[1] if digests and "@" in digests[0] else None
        return cls(str(attrs.get("Id", "")), tuple(attrs.get("RepoTags") or ()), digest,
                   parse_time(attrs.get("Created")))

    @classmethod
    def from_summary(cls, attrs: Mapping[str, Any]) -> ImageInfo:
        """From ``GET /images/json``: Created is a unix time there."""
        digests = attrs.get("RepoDigests") or []
        digest = digests[0].split("@", 1)[1] if digests and "@" in digests[0] else None
        created = attrs.get("Created")
        return cls(str(attrs.get("Id", "")), tuple(attrs.get("RepoTags") or ()), digest,
                   datetime.fromtimestamp(created, UTC) if isinstance(created, int | float) else None)

    def label(self) -> str:
        """Digest when known, else the short image id: what pins the exact bytes that run."""
        return self.digest or short_id(self.id)


class ContainerView:
    """One container's inspect output, read the way the cockpit needs it."""

    STATE_MAP: ClassVar[Mapping[str, State]] = {
        "running": State.HEALTHY,
        "created": State.PROGRESSING,
        "restarting": State.FAILED,
        "removing": State.PROGRESSING,
        "paused": State.DEGRADED,
        "exited": State.FAILED,
        "dead": State.FAILED,
    }
    HEALTH_MAP: ClassVar[Mapping[str, State]] = {
        "healthy": State.HEALTHY,
        "starting": State.PROGRESSING,
        "unhealthy": State.FAILED,
    }

    def __init__(self, attrs: Mapping[str, Any], service_label: str | None) -> None:
        self.attrs = attrs
        self.id: str = str(attrs.get("Id", ""))
        self.name: str = str(attrs.get("Name", "")).lstrip("/")
        config = attrs.get("Config") or {}
        self.labels: Mapping[str, str] = config.get("Labels") or {}
        self.image_ref: str = normalise_ref(str(config.get("Image") or attrs.get("Image", "")))
        self.image_id: str = str(attrs.get("Image", ""))
        self.state: Mapping[str, Any] = attrs.get("State") or {}
        self.status: str = str(self.state.get("Status", "unknown"))
        self.health: Mapping[str, Any] | None = self.state.get("Health")
        self.created_at = parse_time(attrs.get("Created"))
        self.started_at = parse_time(self.state.get("StartedAt"))
        self.service = (self.labels.get(service_label) if service_label else None) or self.name

    @property
    def stop_timeout(self) -> int | None:
        value = (self.attrs.get("Config") or {}).get("StopTimeout")
        return int(value) if isinstance(value, int) else None

    @property
    def retired(self) -> bool:
        return self.name.endswith(RETIRED_SUFFIX)

    @property
    def health_status(self) -> str | None:
        return str(self.health.get("Status")) if self.health else None

    @property
    def running(self) -> bool:
        return self.status == "running" and not self.state.get("Restarting")

    @property
    def ready(self) -> bool:
        return self.running and self.health_status in (None, "healthy")

    def health_output(self) -> str:
        """The last health check's output on one line, bounded."""
        log = (self.health or {}).get("Log") or []
        if not log:
            return ""
        output = str(log[-1].get("Output", ""))
        text = " ".join(output.split())
        return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"

    def shared_state(self) -> State:
        if self.retired:
            return State.UNKNOWN
        if self.running and self.health_status is not None:
            return self.HEALTH_MAP.get(self.health_status, State.UNKNOWN)
        return self.STATE_MAP.get(self.status, State.UNKNOWN)

    def reason(self) -> str:
        if self.retired:
            return "previous container, kept stopped until a rollback is verified"
        if self.state.get("OOMKilled"):
            return "OOMKilled"
        if self.status in ("exited", "dead"):
            return f"exited ({self.state.get('ExitCode')})"
        if self.status == "restarting" or self.state.get("Restarting"):
            return "restarting"
        if self.status != "running":
            return self.status
        if self.health_status == "unhealthy":
            return "unhealthy"
        if self.health_status == "starting":
            return "health: starting"
        return ""

    def instance(self, host: str, image: ImageInfo | None) -> Instance:
        error = str(self.state.get("Error") or "")
        detail = self.health_output() if self.health_status not in (None, "healthy") else ""
        if error:
            detail = f"{detail}; {error}" if detail else error
        return Instance(
            name=self.name,
            state=self.shared_state(),
            ready=self.ready,
            restarts=int(self.attrs.get("RestartCount") or 0),
            reason=self.reason(),
            exit_code=int(self.state.get("ExitCode", 0)) if self.status in ("exited", "dead") else None,
            host=host,
            image=f"{self.image_ref} {image.label()}" if image else self.image_ref,
            started_at=self.started_at if self.running else None,
            detail=detail,
        )


@dataclass(slots=True)
class ImageUse:
    """When a service was last seen running an image (from containers and events)."""

    last_seen: datetime
    how: str


def service_state(views: Sequence[ContainerView]) -> State:
    live = [view for view in views if not view.retired]
    if not live:
        return State.FAILED
    states = [view.shared_state() for view in live]
    ready = sum(view.ready for view in live)
    if ready == len(live):
        return State.HEALTHY
    if State.PROGRESSING in states and State.FAILED not in states:
        return State.PROGRESSING
    return State.DEGRADED if ready else State.FAILED


def current_ref(views: Sequence[ContainerView]) -> str:
    """The service's revision: the image of its newest running container (else of its newest container)."""
    live = [view for view in views if not view.retired] or list(views)
    if not live:
        return ""
    epoch = datetime.min.replace(tzinfo=UTC)
    newest = max(live, key=lambda view: (view.running, view.created_at or epoch))
    return newest.image_ref


def history(
    current: str,
    views: Sequence[ContainerView],
    used: Mapping[str, ImageUse],
    repository_images: Iterable[ImageInfo],
    images: Mapping[str, ImageInfo],
) -> tuple[Revision, ...]:
    """Every image the service is known to have run, plus the tagged images of its repository, newest first.

    "Newest" is when the service last ran it (containers, events the provider saw), else when the image was built.
    """
    entries: dict[str, tuple[datetime | None, str, str]] = {}

    def note(ref: str, when: datetime | None, image: str, how: str) -> None:
        known = entries.get(ref)
        if known is None:
            entries[ref] = (when, image, how)
        elif when is not None and (known[0] is None or when > known[0]):
            entries[ref] = (when, image or known[1], how)
        elif not known[1]:
            # An older sighting may still be the one that knows the image (the repository's tagged image, built
            # before the service last ran it): keep the newer time and words, take its image.
            entries[ref] = (known[0], image, known[2])

    for ref, use in used.items():
        note(ref, use.last_seen, "", use.how)
    for image in repository_images:
        for tag in image.tags:
            if repository(tag) == repository(current):
                note(tag, image.created_at, image.label(), f"image built {_stamp(image.created_at)}")
    for view in views:
        info = images.get(view.image_id)
        note(view.image_ref, view.created_at, info.label() if info else short_id(view.image_id),
             f"{'runs in' if view.running else 'last ran in'} {view.name}")
    epoch = datetime.min.replace(tzinfo=UTC)
    ordered = sorted(entries.items(), key=lambda item: (item[0] == current, item[1][0] or epoch), reverse=True)
    return tuple(
        Revision(ref, when, image or None, how, current=ref == current) for ref, (when, image, how) in ordered
    )


def _stamp(when: datetime | None) -> str:
    return f"{when:%Y-%m-%d %H:%M} UTC" if when else "at an unknown time"


def service_status(
    target: str,
    service: str,
    views: Sequence[ContainerView],
    *,
    host: str,
    images: Mapping[str, ImageInfo],
    used: Mapping[str, ImageUse],
    repository_images: Iterable[ImageInfo],
    events: Sequence[DeploymentEvent],
    observed_at: datetime,
) -> DeploymentStatus:
    live = [view for view in views if not view.retired]
    instances = sorted(
        (view.instance(host, images.get(view.image_id)) for view in views),
        key=lambda instance: (SEVERITY.index(instance.state), instance.name),
    )
    current = current_ref(views)
    worst = next((i for i in instances if not i.ready and not i.name.endswith(RETIRED_SUFFIX)), None)
    if not live:
        message = f"no container of {service} exists"
    elif worst is not None:
        message = f"{worst.name}: {worst.reason}" + (f": {worst.detail}" if worst.detail else "")
    else:
        message = ""
    return DeploymentStatus(
        target=target,
        service=service,
        state=service_state(views),
        revision=current,
        ready=sum(view.ready for view in live),
        desired=len(live),
        observed_at=observed_at,
        message=message,
        history=history(current, views, used, repository_images, images) if current else (),
        events=tuple(events),
        instances=tuple(instances),
    )


WATCHED_EVENTS = ("create", "start", "restart", "die", "oom", "health_status", "kill", "stop")
SHOWN_EVENTS = frozenset({"start", "restart", "die", "oom", "health_status"})


def deployment_event(event: Mapping[str, Any]) -> DeploymentEvent | None:
    """A container event as the Deployments pane shows it; None for the ones only history needs."""
    action = str(event.get("Action") or event.get("status") or "")
    verb, _, value = action.partition(":")
    if verb not in SHOWN_EVENTS:
        return None
    attributes = (event.get("Actor") or {}).get("Attributes") or {}
    name = attributes.get("name", "?")
    at = event_time(event)
    if verb == "die":
        code = attributes.get("exitCode", "?")
        return DeploymentEvent(at, "die", f"{name} exited with code {code}", warning=code != "0")
    if verb == "health_status":
        status = value.strip()
        return DeploymentEvent(at, status or "health_status", f"{name} is {status}", warning=status == "unhealthy")
    if verb == "oom":
        return DeploymentEvent(at, "oom", f"{name} ran out of memory (OOM)", warning=True)
    image = attributes.get("image", "")
    return DeploymentEvent(at, verb, f"{name} {verb}ed ({image})" if verb == "restart" else f"{name} started ({image})",
                           warning=verb == "restart")


def event_time(event: Mapping[str, Any]) -> datetime:
    nanos = event.get("timeNano")
    if isinstance(nanos, int):
        return datetime.fromtimestamp(nanos / 1e9, UTC)
    return datetime.fromtimestamp(float(event.get("time") or 0), UTC)
