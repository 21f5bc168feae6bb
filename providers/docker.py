"""Docker and docker compose: a compose project's services (or plain containers), locally or on an ssh:// host.

Read through the official ``docker`` SDK, imported on first use and called off the event loop. A service is the
set of containers carrying its compose labels; its revision is the image reference its containers run, its
history the images it was seen running (containers, image metadata, and the engine's events), newest first.
Actions: restart a service's containers, and roll a service back by recreating its containers from an older image
(``providers.docker_recreate``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, ClassVar

from .base import ContractBackend, NotFound, Provider, ProviderError, Unreachable
from .docker_actions import DockerActions
from .docker_client import connect, display_host, resolve_host, translate
from .docker_events import EventFollower, event_filters
from .docker_logs import BACKLOG_LINES, LineQueue, LogFollower
from .docker_model import ContainerView, ImageInfo, repository, service_status
from .docker_settings import ONEOFF_LABEL, PROJECT_LABEL, SERVICE_LABEL, DockerSettings
from .results import DeploymentStatus, LogLine, State, utcnow
from .text import clean_result

INSPECT_WORKERS = 8
"""Containers inspected in parallel in one poll (the list endpoint lacks health, restarts and OOMKilled)."""
SSH_INSPECT_WORKERS = 2
"""Over ssh each parallel request needs its own ssh process (a handshake each): a kept connection answers in ms."""
REPOSITORY_CACHE_S = 30.0
"""Tagged images of a repository change rarely: asked again after this long, or after an action."""
LOG_RELIST_S = 2.0
"""How often a log tail looks for new (recreated) containers to follow."""


class DockerProvider(DockerActions, Provider):
    kind = "docker"
    Settings = DockerSettings

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any] | None:
        if not backend.dead:
            return None  # its live backend is a test fixture: the live check reads its story in test_contracts.py
        return {"project": "contract", "host": f"tcp://{backend.dead_address}"}
    STATE_MAP: ClassVar[Mapping[str, State]] = ContainerView.STATE_MAP
    HEALTH_MAP: ClassVar[Mapping[str, State]] = ContainerView.HEALTH_MAP

    def __init__(self, target: str, settings: DockerSettings) -> None:
        super().__init__(target, settings)
        self.settings: DockerSettings = settings
        self.host = resolve_host(settings)
        self._client: Any = None
        self._client_lock = threading.Lock()
        self._workers: ThreadPoolExecutor | None = None
        self._images: dict[str, ImageInfo] = {}
        self._repositories: dict[str, tuple[float, list[ImageInfo]]] = {}
        self._events: EventFollower | None = None
        self._closed = False

    def describe(self) -> str:
        what = f"compose project {self.settings.project}" if self.settings.project else "containers"
        return f"{self.kind}:{self.target} ({what} on {display_host(self.host)})"

    @property
    def docker_argv(self) -> list[str]:
        """``docker`` as the operator would type it for this target's engine (in plans' equivalent commands);
        without a ``host`` setting the CLI reads DOCKER_HOST (and its TLS variables) itself."""
        if not self.settings.host:
            return ["docker"]
        argv = ["docker", "--host", display_host(self.host)]
        if self.settings.tls:
            argv.append("--tlsverify" if self.settings.tls_verify else "--tls")
            for flag, path in (("--tlscacert", self.settings.tls_ca_cert), ("--tlscert", self.settings.tls_client_cert),
                               ("--tlskey", self.settings.tls_client_key)):
                if path:
                    argv += [flag, path]
        return argv

    async def aclose(self) -> None:
        self._closed = True
        if self._events is not None:
            self._events.close()
        client, self._client = self._client, None
        if client is not None:
            await asyncio.to_thread(client.close)
        if self._workers is not None:
            self._workers.shutdown(wait=False, cancel_futures=True)

    # -- the engine ------------------------------------------------------------------------------------------

    def _call(self, work: Any, *args: Any) -> Any:
        """Run ``work(client, *args)`` (blocking) with a client; every failure leaves as a typed ProviderError."""
        try:
            return work(self._connected(), *args)
        except ProviderError:
            raise
        except Exception as error:
            failure = translate(error, self.host, self.target)
            if isinstance(failure, Unreachable):
                self._drop_client()  # start clean once the engine (or the link to it) is back
            raise failure from error

    def _connected(self) -> Any:
        with self._client_lock:
            if self._client is None:
                self._client = connect(self.settings, self.host)
            return self._client

    def _drop_client(self) -> None:
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - it is broken already; a new one is built on the next call
                pass

    def _pool(self) -> ThreadPoolExecutor:
        if self._workers is None:
            workers = SSH_INSPECT_WORKERS if self.host.startswith("ssh://") else INSPECT_WORKERS
            self._workers = ThreadPoolExecutor(workers, thread_name_prefix=f"docker:{self.target}")
        return self._workers

    def _list_filters(self) -> dict[str, list[str]]:
        if self.settings.project is not None:
            return {"label": [f"{PROJECT_LABEL}={self.settings.project}"]}
        filters: dict[str, list[str]] = {}
        if self.settings.labels:
            filters["label"] = list(self.settings.labels)
        return filters

    def _service_of(self, labels: Mapping[str, str], name: str) -> str | None:
        """The service a container belongs to in this target, or None when it is not part of it."""
        if self.settings.project is not None:
            if labels.get(PROJECT_LABEL) != self.settings.project or labels.get(ONEOFF_LABEL) == "True":
                return None
            service = labels.get(SERVICE_LABEL)
            if service is None or (self.settings.services and service not in self.settings.services):
                return None
            return service
        if self.settings.containers and name not in self.settings.containers:
            return None
        for label in self.settings.labels:
            key, has_value, value = label.partition("=")
            if key not in labels or (has_value and labels[key] != value):
                return None
        return name

    def _containers(self, client: Any) -> list[ContainerView]:
        """Inspect every container of the target (in parallel); gone-between-list-and-inspect ones are skipped."""
        import docker.errors

        summaries = client.api.containers(all=True, filters=self._list_filters())
        wanted = [s["Id"] for s in summaries
                  if self._service_of(s.get("Labels") or {}, (s.get("Names") or ["/"])[0].lstrip("/")) is not None]

        def inspect(container_id: str) -> dict[str, Any] | None:
            try:
                found: dict[str, Any] = client.api.inspect_container(container_id)
                return found
            except docker.errors.NotFound:
                return None

        label = SERVICE_LABEL if self.settings.project is not None else None
        found = self._pool().map(inspect, wanted) if len(wanted) > 1 else map(inspect, wanted)
        return [ContainerView(attrs, label) for attrs in found if attrs is not None]

    def _image(self, client: Any, image_id: str) -> ImageInfo | None:
        """Image metadata by id (ids are content hashes: cached for good)."""
        import docker.errors

        if image_id not in self._images:
            try:
                self._images[image_id] = ImageInfo.from_inspect(client.api.inspect_image(image_id))
            except docker.errors.NotFound:
                return None
        return self._images[image_id]

    def _repository_images(self, client: Any, ref: str) -> list[ImageInfo]:
        name = repository(ref)
        cached = self._repositories.get(name)
        if cached is not None and time.monotonic() - cached[0] < REPOSITORY_CACHE_S:
            return cached[1]
        images = [ImageInfo.from_summary(summary) for summary in client.api.images(name=name)]
        self._repositories[name] = (time.monotonic(), images)
        return images

    def _follow_events(self, client: Any) -> EventFollower:
        if self._events is None:
            filters = event_filters(self._list_filters())
            if self.settings.containers:
                filters["container"] = list(self.settings.containers)
            self._events = EventFollower(
                lambda since: self._connected().api.events(since=since, filters=filters, decode=True),
                lambda attributes: self._service_of(attributes, attributes.get("name", "")),
            )
        if not self._closed:
            self._events.ensure_running()
        return self._events

    # -- deployments -------------------------------------------------------------------------------------------

    async def deployments(self) -> Sequence[DeploymentStatus]:
        return await asyncio.to_thread(self._call, self._deployments)

    def _deployments(self, client: Any) -> list[DeploymentStatus]:
        views = self._containers(client)
        events = self._follow_events(client)
        by_service: dict[str, list[ContainerView]] = {name: [] for name in self.settings.services}
        for view in views:
            by_service.setdefault(view.service, []).append(view)
        images = {view.image_id: info for view in views if (info := self._image(client, view.image_id))}
        now = utcnow()
        host = display_host(self.host)
        rows = []
        for service, members in sorted(by_service.items()):
            refs = {view.image_ref for view in members}
            repository_images = [i for ref in sorted(refs) for i in self._repository_images(client, ref)]
            rows.append(clean_result(service_status(
                self.target, service, members, host=host, images=images, used=events.used(service),
                repository_images=repository_images, events=events.events(service), observed_at=now,
            )))
        return rows

    async def _service(self, service: str) -> tuple[DeploymentStatus, list[ContainerView]]:
        def read(client: Any) -> tuple[DeploymentStatus, list[ContainerView]]:
            rows = {row.service: row for row in self._deployments(client)}
            if service not in rows:
                known = ", ".join(rows) or "none"
                raise NotFound(f"{self.target} has no service {service!r} (services: {known})", target=self.target)
            views = [v for v in self._containers(client) if v.service == service and not v.retired]
            return rows[service], views

        return await asyncio.to_thread(self._call, read)

    # -- logs --------------------------------------------------------------------------------------------------

    async def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncGenerator[LogLine, None]:
        """Every container of the target, prefixed by service, stdout and stderr, followed until cancelled.

        Containers that appear later (a rollback's new container) are picked up within LOG_RELIST_S. A failing
        engine raises (the caller reconnects with backoff, from the last line it holds).
        """
        loop = asyncio.get_running_loop()
        lines = LineQueue(loop)
        started = utcnow()
        followers: dict[str, LogFollower] = {}
        needle = contains.lower() if contains else None
        first = True
        try:
            while True:
                views = await asyncio.to_thread(self._call, self._containers)
                counts: dict[str, int] = {}
                for view in views:
                    counts[view.service] = counts.get(view.service, 0) + 1
                for view in views:
                    follower = followers.get(view.id)
                    if follower is not None and not (follower.finished.is_set() and view.running):
                        continue
                    if follower is not None:  # it stopped and runs again (restart policy): follow from now on
                        start_from: datetime | None = follower.last_at or started
                    else:
                        start_from = since if first else started
                    source = view.service if counts[view.service] == 1 else view.name
                    followers[view.id] = self._follow_logs(view.id, source, start_from, lines)
                first = False
                deadline = loop.time() + LOG_RELIST_S
                while (remaining := deadline - loop.time()) > 0:
                    try:
                        line = await asyncio.wait_for(lines.queue.get(), remaining)
                    except TimeoutError:
                        break
                    if needle is None or needle in line.message.lower() or needle in line.source.lower():
                        yield line
        finally:
            for follower in followers.values():
                follower.close()

    def _follow_logs(self, container_id: str, source: str, since: datetime | None, lines: LineQueue) -> LogFollower:
        def open_stream() -> Any:
            options: dict[str, Any] = {"stream": True, "follow": True, "timestamps": True, "stdout": True,
                                       "stderr": True}
            if since is None:
                options["tail"] = BACKLOG_LINES
            else:
                options["since"] = since.timestamp()
            return self._connected().api.logs(container_id, **options)

        return LogFollower(open_stream, source, lines.deliver)
