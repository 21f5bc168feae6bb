"""The Kubernetes provider against the test API server: what an operator sees of a bad rollout, and actions that
leave the cluster exactly as the equivalent kubectl command does."""

from __future__ import annotations

import asyncio
import json
import shlex
from collections.abc import Callable

import pytest

from cockpit.providers.base import NotFound
from cockpit.providers.kubernetes import KubernetesProvider
from cockpit.providers.kubernetes.errors import (
    ApiTimedOut,
    ApiUnreachable,
    CredentialsRejected,
    ObjectNotFound,
    RbacForbidden,
    UnknownContext,
)
from cockpit.providers.results import DeploymentStatus, State
from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import BAD, GOOD, blue_green, crash_looping

Build = Callable[..., KubernetesProvider]


async def settled(provider: KubernetesProvider, check: Callable[[DeploymentStatus], bool],
                  timeout: float = 15.0) -> DeploymentStatus:
    """Poll the provider (as the hub does) until its first row passes ``check``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        row = (await provider.deployments())[0]
        if check(row):
            return row
        if loop.time() > deadline:
            raise AssertionError(f"not settled: {row}")
        await asyncio.sleep(0.2)


async def test_a_crash_looping_rollout_is_failed_with_its_reasons_pods_and_history(
    kube: KubeNamespace, kube_provider: Build
) -> None:
    crash_looping(kube)
    row = (await kube_provider().deployments())[0]
    assert row.state is State.FAILED and row.service == "checkout"
    assert row.message.startswith("ProgressDeadlineExceeded") and "CrashLoopBackOff" in row.message
    assert "exit code 1" in row.message
    assert (row.ready, row.desired) == (3, 3)  # the old pods still serve

    newest, older = row.history
    assert newest.current and newest.id == row.revision and newest.image == BAD
    assert newest.description == "revision 2 · deploy 1.4.2" and older.description == "revision 1 · deploy 1.4.1"
    assert older.image == GOOD and row.previous_revision() == older

    crashing = row.instances[:3]
    assert all(pod.state is State.FAILED and pod.reason == "CrashLoopBackOff" for pod in crashing)
    assert all(pod.exit_code == 1 and pod.restarts >= 1 and pod.host.startswith("node-") for pod in crashing)
    assert "last exit: Error (exit 1)" in crashing[0].detail
    assert [pod.state for pod in row.instances[3:]] == [State.HEALTHY] * 3
    warnings = [event for event in row.events if event.warning]
    assert {"BackOff", "ProgressDeadlineExceeded"} <= {event.reason for event in warnings}
    assert any(not event.warning and event.reason == "ScalingReplicaSet" for event in row.events)
    assert all(a.at >= b.at for a, b in zip(row.events, row.events[1:], strict=False))


@pytest.mark.parametrize(("behaviour", "reason", "exit_code"), [
    ("oom", "OOMKilled", 137),
    ("pull", "ImagePullBackOff", None),
    ("unschedulable", "Unschedulable", None),
])
async def test_other_failures_are_named(kube: KubeNamespace, kube_provider: Build, behaviour: str, reason: str,
                                        exit_code: int | None) -> None:
    kube.cluster.behaviours["shop/checkout:broken"] = behaviour
    kube.server.deployment(kube.name, "checkout", "shop/checkout:broken", replicas=1)
    row = await settled(kube_provider(), lambda r: bool(r.instances) and r.instances[0].reason == reason)
    assert row.state is State.FAILED and reason in row.message
    assert row.instances[0].exit_code == exit_code and row.instances[0].state is State.FAILED


async def test_rollback_does_what_kubectl_rollout_undo_does(kube: KubeNamespace, kube_provider: Build) -> None:
    crash_looping(kube)
    crash_looping(kube, name="twin")
    provider = kube_provider()
    before = (await provider.deployments())[0]
    plan = await provider.plan_rollback("checkout")
    assert plan.command == (f"kubectl --kubeconfig {kube.kubeconfig} -n {kube.name} rollout undo "
                            "deployment/checkout --to-revision=1")
    assert plan.expect_revision == before.history[1].id and plan.changes[1].after == GOOD
    result = await provider.execute(plan)
    assert result.ok, result.message
    kube.kubectl("rollout", "undo", "deployment/twin", "--to-revision=1")  # the same, by hand

    row = await settled(provider, lambda r: r.state is State.HEALTHY)
    # The revision id survives the renumbering: revision 1 came back as revision 3 under the same id.
    assert row.revision == plan.expect_revision == before.history[1].id
    assert row.history[0].description == "revision 3 · deploy 1.4.1" and row.ready == row.desired == 3
    assert all(pod.image == GOOD for pod in row.instances)
    ours = json.loads(kube.kubectl("get", "deployment", "checkout", "-o", "json").stdout)
    theirs = json.loads(kube.kubectl("get", "deployment", "twin", "-o", "json").stdout)
    theirs["spec"]["template"]["metadata"]["labels"] = {"app": "checkout"}  # the twin's own name aside
    assert ours["spec"]["template"] == theirs["spec"]["template"]
    assert ours["metadata"]["annotations"] == theirs["metadata"]["annotations"]
    history = kube.kubectl("rollout", "history", "deployment/checkout").stdout.splitlines()[2:]
    assert [line.split(None, 1) for line in history if line.strip()] == [["2", "deploy 1.4.2"], ["3", "deploy 1.4.1"]]


async def test_rollback_to_a_chosen_revision_by_number(kube: KubeNamespace, kube_provider: Build) -> None:
    crash_looping(kube)
    provider = kube_provider()
    await provider.execute(await provider.plan_rollback("checkout"))
    await settled(provider, lambda r: r.state is State.HEALTHY)
    plan = await provider.plan_rollback("checkout", "2")
    assert plan.command.endswith("--to-revision=2")
    assert plan.summary.startswith(f"roll back checkout to revision 2 ({BAD})")
    with pytest.raises(NotFound, match="no revision .9. \\(known: 3 \\("):
        await provider.plan_rollback("checkout", "9")


async def test_restart_scale_and_blue_green_switch(kube: KubeNamespace, kube_provider: Build) -> None:
    blue_green(kube)
    provider = kube_provider(selector="app=checkout", service="checkout-active")
    rows = await provider.deployments()
    assert [row.service for row in rows] == ["checkout-blue", "checkout-green"]
    assert {row.live_colour for row in rows} == {"blue"}
    assert "colour green" in rows[1].history[0].description

    switch = await provider.plan_switch("checkout-active", "green")
    assert switch.summary == "point Service checkout-active at green (checkout-green 2/2 ready)"
    assert switch.changes[0].before == "blue" and switch.changes[0].after == "green"
    assert shlex.split(switch.command)[-5:] == ["patch", "service", "checkout-active", "-p",
                                                 '{"spec":{"selector":{"color":"green"}}}']
    assert (await provider.execute(switch)).ok
    selector = kube.kubectl("get", "service", "checkout-active", "-o", "jsonpath={.spec.selector.color}").stdout
    assert selector == "green" and {row.live_colour for row in await provider.deployments()} == {"green"}

    scale = await provider.plan_scale("checkout-blue", 4)
    assert scale.command.endswith("scale deployment/checkout-blue --replicas=4")
    assert (await provider.execute(scale)).ok
    assert (await settled(provider, lambda r: r.ready == 4)).desired == 4

    restart = await provider.plan_restart("checkout-blue")
    assert restart.command.endswith("rollout restart deployment/checkout-blue")
    result = await provider.execute(restart)
    assert result.ok and "4/4 ready" in result.message
    assert [n.split()[0] for n in kube.kubectl("rollout", "history", "deployment/checkout-blue")
            .stdout.splitlines()[2:] if n.strip()] == ["1", "2"]


async def test_a_hostile_context_name_stays_one_argument(kube: KubeNamespace, kube_provider: Build) -> None:
    crash_looping(kube)
    provider = kube_provider(context="test", kubeconfig=str(kube.kubeconfig))
    plan = await provider.plan_rollback("checkout")
    assert shlex.split(plan.command)[:5] == ["kubectl", "--kubeconfig", str(kube.kubeconfig), "--context", "test"]
    hostile = kube_provider(context="prod'; touch /tmp/x", kubeconfig=str(kube.kubeconfig))
    with pytest.raises(UnknownContext, match="has no context \"prod'; touch /tmp/x\""):
        await hostile.deployments()


async def test_each_failure_has_its_own_error_and_words(kube: KubeNamespace, kube_provider: Build,
                                                        closed_port: int) -> None:
    crash_looping(kube)
    kube.cluster.rbac.deny("list", "pods", kube.name)
    with pytest.raises(RbacForbidden) as refused:
        await kube_provider().deployments()
    assert refused.value.verb == "list" and refused.value.resource == "pods" and refused.value.namespace == kube.name
    assert f"RBAC forbids list on pods in namespace '{kube.name}'" in str(refused.value)
    kube.cluster.rbac.allow_all()

    with pytest.raises(CredentialsRejected, match="401 Unauthorized"):
        await kube_provider(context="expired").deployments()
    with pytest.raises(UnknownContext, match="has no context 'prod-eu'"):
        await kube_provider(context="prod-eu").deployments()
    with pytest.raises(ObjectNotFound, match=f"deployment 'nope' not found in namespace '{kube.name}'"):
        await kube_provider(deployment="nope").deployments()

    config = json.loads(kube.kubeconfig.read_text())
    config["clusters"][0]["cluster"]["server"] = f"https://127.0.0.1:{closed_port}"
    dead = kube.kubeconfig.with_name("dead-kubeconfig")
    dead.write_text(json.dumps(config))
    with pytest.raises(ApiUnreachable, match="connection refused"):
        await kube_provider(kubeconfig=str(dead)).deployments()

    kube.server.hang_s = 1.5
    with pytest.raises(ApiTimedOut, match=r"did not answer (get|list) \w+ within 0.5 s"):
        await kube_provider(timeout_s=0.5).deployments()


async def test_logs_follow_every_pod_and_show_a_crashed_run(kube: KubeNamespace, kube_provider: Build) -> None:
    crash_looping(kube)
    provider = kube_provider()
    seen: dict[str, list[str]] = {}

    async def follow() -> None:
        async for line in provider.tail():
            seen.setdefault(line.source, []).append(line.message)
            healthy = [s for s in seen if not s.endswith("(previous)") and "GET /health 200 1ms" in seen[s]]
            if len(healthy) == 3 and sum(s.endswith("(previous)") for s in seen) == 3:
                return

    await asyncio.wait_for(follow(), 10)
    previous = next(messages for source, messages in seen.items() if source.endswith("(previous)"))
    assert "panic: DATABASE_URL is not set" in previous
    assert all(source.startswith("checkout-") for source in seen)


async def test_the_config_file_names_a_wrong_key_or_a_missing_choice(tmp_path: object) -> None:
    from pathlib import Path

    from cockpit.core.config import ConfigError, parse_config

    base = '[environments.production.targets.checkout]\nprovider = "kubernetes"\nnamespace = "shop"\n'
    with pytest.raises(ConfigError, match=r"cockpit.toml:4: .*deploymnet: unknown key"):
        parse_config(base + 'deploymnet = "checkout"\n', Path("cockpit.toml"))
    with pytest.raises(ConfigError, match="set exactly one of `deployment` or `selector`"):
        parse_config(base + 'deployment = "checkout"\nselector = "app=checkout"\n', Path("cockpit.toml"))
    config = parse_config(base + 'deployment = "checkout"\ncontext = "prod-eu"\nservice = "checkout-active"\n')
    settings = config.environments["production"].targets["checkout"].settings
    assert (settings.deployment, settings.context, settings.service) == ("checkout", "prod-eu", "checkout-active")


async def test_logs_follow_a_bounded_number_of_pods_the_unready_first(
    kube: KubeNamespace, kube_provider: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cockpit.providers.kubernetes import logs

    monkeypatch.setattr(logs, "MAX_STREAMS", 2)
    crash_looping(kube)
    provider = kube_provider()
    crashing = {pod.name for pod in (await provider.deployments())[0].instances if pod.state is State.FAILED}
    sources: set[str] = set()

    async def follow() -> None:
        async for line in provider.tail():
            sources.add(line.source.removesuffix(" (previous)"))
            if len(sources) >= 2:
                return

    await asyncio.wait_for(follow(), 10)
    assert len(sources) == 2 and sources <= crashing
