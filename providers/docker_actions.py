"""The docker provider's actions: restart a service's containers, roll a service back to another image.

Both are planned from a fresh look at the engine, state the equivalent docker commands (each argv quoted with
shlex.join), and run off the event loop. Rollback recreates containers (``docker_recreate``).
"""

from __future__ import annotations

import asyncio
import shlex
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from .base import NotFound, ProviderError
from .docker_client import display_host
from .docker_model import RETIRED_SUFFIX, ContainerView, ImageInfo, normalise_ref
from .results import ActionPlan, ActionResult, Change, DeploymentStatus, utcnow

if TYPE_CHECKING:
    from .docker_settings import DockerSettings

RESTART_TIMEOUT_S = 10
"""docker's own default grace period, for a container that names none."""


class DockerActions:
    """Restartable and Rollbackable, mixed into DockerProvider (which supplies the engine access below)."""

    kind: ClassVar[str]
    target: str
    host: str
    settings: DockerSettings
    _repositories: dict[str, Any]

    if TYPE_CHECKING:  # supplied by DockerProvider

        @property
        def docker_argv(self) -> list[str]: ...

        def _call(self, work: Any, *args: Any) -> Any: ...

        async def _service(self, service: str) -> tuple[DeploymentStatus, list[ContainerView]]: ...

    async def plan_restart(self, service: str) -> ActionPlan:
        status, views = await self._service(service)
        if not views:
            raise NotFound(f"{service} has no container to restart", target=self.target)
        names = [view.name for view in views]
        # The container's own grace period (compose's stop_grace_period), as `docker compose restart` uses it.
        timeouts = [view.stop_timeout or RESTART_TIMEOUT_S for view in views]
        grace = max(timeouts)
        command = shlex.join([*self.docker_argv, "restart", "--time", str(grace), *names])
        return ActionPlan(
            action="restart",
            target=self.target,
            service=service,
            command=command,
            changes=tuple(Change(f"container {name}", "running" if v.running else v.status, "restarted")
                          for name, v in zip(names, views, strict=True)),
            reversible=False,
            summary=f"restart {service} ({', '.join(names)}) on {display_host(self.host)}, "
                    f"same image {status.revision}",
            params={"containers": [view.id for view in views], "timeouts": timeouts},
            expect_revision=status.revision,
        )

    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        from .docker_recreate import equivalent_command

        status, views = await self._service(service)
        if not views:
            raise NotFound(f"{service} has no container to roll back", target=self.target)
        if to_revision is None:
            previous = status.previous_revision()
            if previous is None:
                raise NotFound(f"{service} runs {status.revision} and no older image is known", target=self.target)
            chosen = previous.id
        else:
            chosen = normalise_ref(to_revision)
        if chosen == status.revision:
            raise ProviderError(f"{service} already runs {chosen}: nothing to roll back", target=self.target)
        specs, old_image, new_image = await asyncio.to_thread(self._call, self._specs, views, chosen)
        host = display_host(self.host)
        names = ", ".join(spec.name for spec in specs)
        kept = ", ".join(f"{spec.name}-cockpit-previous" for spec in specs)
        history = [r.id for r in status.history]
        verb = "roll forward" if chosen in history and status.revision in history and \
            history.index(chosen) < history.index(status.revision) else "roll back"
        return ActionPlan(
            action="rollback",
            target=self.target,
            service=service,
            command="\n".join(equivalent_command(self.docker_argv, spec) for spec in specs),
            changes=(Change("revision", status.revision, chosen), Change("image", old_image, new_image)),
            reversible=True,
            summary=(
                f"{verb} {service} on {host} from {status.revision} to {chosen}: recreate {names} from {chosen} "
                "with the same name, labels, environment, mounts, ports, networks, restart policy and health check. "
                f"The old container is kept stopped (as {kept}) until the new one is healthy, then removed; if the "
                f"new one is not healthy within {self.settings.health_timeout_s:g} s it is removed and the old one "
                "restored."
            ),
            params={"image": chosen, "containers": [view.id for view in views]},
            expect_revision=chosen,
        )

    def _specs(self, client: Any, views: Sequence[ContainerView], image_ref: str) -> tuple[list[Any], str, str]:
        """Recreate specs from fresh inspect output, and the old and new image labels (tag and digest)."""
        import docker.errors

        from .docker_recreate import build_spec

        try:
            new_image = client.api.inspect_image(image_ref)
        except docker.errors.APIError as error:
            if error.status_code not in (400, 404):
                raise
            raise NotFound(
                f"image {image_ref!r} is not on {display_host(self.host)}: the cockpit never pulls; pull or build it "
                "there first", target=self.target) from None
        specs = []
        old_label = ""
        for view in views:
            retired = view.name + RETIRED_SUFFIX
            if client.api.containers(all=True, filters={"name": f"^/{retired}$"}):
                raise ProviderError(
                    f"a container named {retired} already exists (left by an earlier rollback?): check it, then "
                    f"remove it (docker rm {retired}) before rolling {view.name} back", target=self.target)
            attrs = client.api.inspect_container(view.id)
            old_image = client.api.inspect_image(attrs["Image"])
            old_label = f"{view.image_ref} {ImageInfo.from_inspect(old_image).label()}"
            specs.append(build_spec(attrs, old_image, new_image, image_ref))
        return specs, old_label, f"{image_ref} {ImageInfo.from_inspect(new_image).label()}"

    async def execute(self, plan: ActionPlan) -> ActionResult:
        started = utcnow()
        if plan.action == "restart":
            message = await asyncio.to_thread(self._call, self._restart, plan)
            return ActionResult(plan, True, message, started, utcnow())
        if plan.action == "rollback":
            ok, message = await asyncio.to_thread(self._call, self._rollback, plan)
            return ActionResult(plan, ok, message, started, utcnow())
        raise ProviderError(f"{self.kind} cannot {plan.action}", target=self.target)

    def _restart(self, client: Any, plan: ActionPlan) -> str:
        names = []
        for container_id, timeout in zip(plan.params.get("containers", []), plan.params.get("timeouts", []),
                                         strict=True):
            client.api.restart(container_id, timeout=timeout)
            names.append(ContainerView(client.api.inspect_container(container_id), None).name)
        return f"restarted {', '.join(names)}"

    def _rollback(self, client: Any, plan: ActionPlan) -> tuple[bool, str]:
        import docker.errors

        from .docker_recreate import RecreateFailed, recreate

        image = str(plan.params["image"])
        done: list[str] = []
        for container_id in plan.params.get("containers", []):
            try:
                attrs = client.api.inspect_container(container_id)
            except docker.errors.NotFound:
                raise NotFound(f"container {container_id[:12]} is gone since the plan: plan the rollback again",
                               target=self.target) from None
            specs, _, _ = self._specs(client, [ContainerView(attrs, None)], image)
            try:
                recreate(client.api, specs[0], self.settings.health_timeout_s)
            except RecreateFailed as failure:
                self._repositories.clear()
                already = f" ({', '.join(done)} already on {image})" if done else ""
                return False, f"not healthy: {failure}{already}"
            done.append(specs[0].name)
        self._repositories.clear()
        return True, f"{', '.join(done)} now run {image}, healthy; the old containers are removed"
