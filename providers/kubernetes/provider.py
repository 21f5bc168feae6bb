"""The ``kubernetes`` provider: Deployments (with pods, events, revision history and the blue-green colour),
their logs, and rollback / restart / scale / Service switch through the action runner."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, Mapping, Sequence
from datetime import datetime
from typing import Any

from ..base import ContractBackend, NotFound, Provider, ProviderError
from ..results import ActionPlan, ActionResult, DeploymentStatus, LogLine, State, utcnow
from ..text import clean_result
from . import actions
from .client import KubeClient
from .logs import PodLogs
from .reading import ClusterView, read_view
from .settings import KubernetesSettings
from .status import HASH_LABEL, deployment_status, index_events
from .wire import Deployment, Pod

ROLLOUT_WAIT_S = 100.0
"""How long a restart waits for its rollout (the action runner allows 120 s for an execute)."""
ROLLOUT_POLL_S = 0.5


class KubernetesProvider(Provider):
    kind = "kubernetes"
    Settings = KubernetesSettings

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any] | None:
        if not backend.dead:
            return None  # its live backend is a test fixture: the live check reads its story in test_contracts.py
        # A kubeconfig is how every Kubernetes client finds its API: one naming the dead address.
        kubeconfig = backend.workdir / "contract-kubeconfig"
        kubeconfig.write_text(json.dumps({
            "apiVersion": "v1", "kind": "Config", "current-context": "contract",
            "clusters": [{"name": "contract", "cluster": {"server": f"https://{backend.dead_address}",
                                                          "insecure-skip-tls-verify": True}}],
            "users": [{"name": "contract", "user": {"token": "contract-token"}}],
            "contexts": [{"name": "contract", "context": {"cluster": "contract", "user": "contract"}}],
        }))
        return {"namespace": "contract", "deployment": "contract", "kubeconfig": str(kubeconfig), "timeout_s": 2.0}

    def __init__(self, target: str, settings: KubernetesSettings) -> None:
        super().__init__(target, settings)
        self.settings: KubernetesSettings = settings
        self.client = KubeClient(target, settings)
        self._logs = PodLogs(self.client, self._pods)

    def describe(self) -> str:
        what = self.settings.deployment or self.settings.selector
        context = f"{self.settings.context}/" if self.settings.context else ""
        return f"{self.kind}:{context}{self.settings.namespace}/{what}"

    async def aclose(self) -> None:
        await self.client.close()

    # -- reading -----------------------------------------------------------------------------------------------

    async def deployments(self) -> Sequence[DeploymentStatus]:
        return self._statuses(await read_view(self.client, self.settings))

    def _statuses(self, view: ClusterView) -> list[DeploymentStatus]:
        now = utcnow()
        live = view.service.spec.selector.get(self.settings.colour_label) if view.service is not None else None
        by_uid = index_events(view.events)
        return [
            clean_result(deployment_status(self.target, deploy, view.replicasets[deploy.metadata.uid],
                                           view.pods[deploy.metadata.uid], by_uid, now,
                                           colour_label=self.settings.colour_label, live_colour=live))
            for deploy in view.deployments
        ]

    def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncGenerator[LogLine, None]:
        return self._logs.tail(since, contains)

    async def _pods(self) -> list[Pod]:
        view = await read_view(self.client, self.settings, context=False)
        return [pod for pods in view.pods.values() for pod in pods]

    async def _row(self, service: str) -> DeploymentStatus:
        rows = await self.deployments()
        row = next((r for r in rows if r.service == service), None)
        if row is None:
            names = ", ".join(r.service for r in rows)
            raise NotFound(f"{self.target} has no deployment {service!r} (it watches: {names})", target=self.target)
        return row

    # -- planning ----------------------------------------------------------------------------------------------

    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        return actions.plan_rollback(self.target, self.settings, await self._row(service), to_revision)

    async def plan_restart(self, service: str) -> ActionPlan:
        return actions.plan_restart(self.target, self.settings, await self._row(service))

    async def plan_scale(self, service: str, replicas: int) -> ActionPlan:
        return actions.plan_scale(self.target, self.settings, await self._row(service), replicas)

    async def plan_switch(self, service: str, to: str) -> ActionPlan:
        view = await read_view(self.client, self.settings)
        rows = self._statuses(view)
        live = rows[0].live_colour if rows else None
        label = self.settings.colour_label
        standby = next((row for deploy, row in zip(view.deployments, rows, strict=True)
                        if deploy.spec.template.metadata.labels.get(label) == to), None)
        return actions.plan_switch(self.target, self.settings, [row.service for row in rows], service, live, to,
                                   standby)

    # -- execution ---------------------------------------------------------------------------------------------

    async def execute(self, plan: ActionPlan) -> ActionResult:
        started = utcnow()
        run = {"rollback": self._undo, "restart": self._restart, "scale": self._scale,
               "switch-traffic": self._switch}.get(plan.action)
        if run is None:
            raise ProviderError(f"{self.kind} cannot {plan.action}", target=self.target)
        ok, message = await run(plan)
        return ActionResult(plan, ok, message, started, utcnow(), output=plan.command)

    async def _get(self, name: str) -> dict[str, Any]:
        data = await self.client.call("get", "deployments", name=name)
        parsed: dict[str, Any] = json.loads(data)
        return parsed

    async def _undo(self, plan: ActionPlan) -> tuple[bool, str]:
        """What ``kubectl rollout undo --to-revision=N`` does: find the ReplicaSet, patch its template back."""
        name, wanted = str(plan.params["deployment"]), str(plan.params["hash"])
        deployment = await self._get(name)
        # Only the ReplicaSets of that hash: the whole namespace's can be tens of MB, read on the loop below.
        data = await self.client.call("list", "replicasets", query={"labelSelector": f"{HASH_LABEL}={wanted}"})
        uid = deployment["metadata"]["uid"]
        chosen = next((rs for rs in json.loads(data).get("items", [])
                       if rs["metadata"].get("labels", {}).get("pod-template-hash") == wanted
                       and any(ref.get("uid") == uid for ref in rs["metadata"].get("ownerReferences", []))), None)
        if chosen is None:
            return False, f"revision {wanted} of {name} is gone (pruned by revisionHistoryLimit?)"
        if deployment.get("spec", {}).get("paused"):
            return False, f"deployment {name} is paused: resume it before rolling back"
        await self.client.call("patch", "deployments", name=name, body=actions.undo_patch(deployment, chosen),
                               content_type=actions.JSON_PATCH)
        return True, f"deployment.apps/{name} rolled back to {wanted} (was revision {plan.params['number']})"

    async def _restart(self, plan: ActionPlan) -> tuple[bool, str]:
        name = str(plan.params["deployment"])
        stamp = utcnow().strftime("%Y-%m-%dT%H:%M:%SZ")
        body = {"spec": {"template": {"metadata": {"annotations": {actions.RESTARTED_AT: stamp}}}}}
        await self.client.call("patch", "deployments", name=name, body=body, content_type=actions.STRATEGIC_MERGE)
        return await self._wait_rollout(name, f"deployment.apps/{name} restarted")

    async def _scale(self, plan: ActionPlan) -> tuple[bool, str]:
        name, replicas = str(plan.params["deployment"]), int(plan.params["replicas"])
        await self.client.call("patch", "deployments/scale", name=name, body={"spec": {"replicas": replicas}},
                               content_type=actions.MERGE_PATCH)
        return True, f"deployment.apps/{name} scaled to {replicas}"

    async def _switch(self, plan: ActionPlan) -> tuple[bool, str]:
        service, colour = str(self.settings.service), str(plan.params["colour"])
        label = self.settings.colour_label
        await self.client.call("patch", "services", name=service, body=actions.switch_patch(label, colour),
                               content_type=actions.STRATEGIC_MERGE)
        data = await self.client.call("get", "services", name=service)
        selector = json.loads(data).get("spec", {}).get("selector", {})
        if selector.get(label) != colour:
            return False, f"service/{service} still selects {label}={selector.get(label)}"
        selected = ",".join(f"{k}={v}" for k, v in sorted(selector.items()))
        pods = await self.client.call("list", "pods", query={"labelSelector": selected})
        ready = [p for p in await self.client.decode_items(pods, Pod, "pods")
                 if p.status.container_statuses and all(c.ready for c in p.status.container_statuses)]
        if not ready:
            return False, f"service/{service} now selects {label}={colour}, but no ready pod matches it"
        return True, f"service/{service} patched: {label}={colour} selects {len(ready)} ready pod(s)"

    async def _wait_rollout(self, name: str, done: str) -> tuple[bool, str]:
        """Wait like ``kubectl rollout status``: the controller saw the change and every replica is updated and
        ready, or the progress deadline passed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ROLLOUT_WAIT_S
        last = "not observed yet"
        while loop.time() < deadline:
            deploy = await self.client.decode(await self.client.call("get", "deployments", name=name), Deployment, name)
            rows = [r for r in await self.deployments() if r.service == name]
            if rows and deploy.status.observed_generation >= deploy.metadata.generation:
                row = rows[0]
                if row.state is State.FAILED:
                    return False, f"{done}, but the rollout failed: {row.message}"
                if row.state is State.HEALTHY and row.ready >= row.desired:
                    return True, f"{done}: {row.ready}/{row.desired} ready at {row.revision}"
                last = row.message or row.state.value
            await asyncio.sleep(ROLLOUT_POLL_S)
        return False, f"{done}, but the rollout did not finish within {ROLLOUT_WAIT_S:g} s: {last}"



