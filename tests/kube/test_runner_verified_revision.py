"""The action runner on Kubernetes: a blue-green switch is verified on the deployment of its colour; a revision this
incident verified healthy is named by its ReplicaSet hash, while a plan states it with its history ("5d8f (revision
3 · deploy 1.4.1)"): moving off it is still warned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.kubernetes import KubernetesProvider
from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import blue_green, crash_looping


async def test_rolling_back_off_the_revision_the_rollback_verified_is_warned(
    kube: KubeNamespace, kube_provider: Callable[..., KubernetesProvider], tmp_path: Path
) -> None:
    crash_looping(kube)
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("crash loop", "production", "checkout")
        actions = ActionRunner(timeline, incident.id, {"checkout": kube_provider()}, read_only=False, protected=True,
                               operator="oncall", verify_interval_s=0.1, verify_timeout_s=30)
        undo = await actions.plan_rollback("checkout", "checkout")
        good, bad = undo.expect_revision, undo.changes[0].before.split(" ")[0]
        assert actions.warning(undo) is None
        outcome = await actions.execute(undo, typed="checkout")
        assert outcome.verified is True, outcome.verification

        again = await actions.plan_rollback("checkout", "checkout")  # back to the crash-looping 1.4.2
        assert again.changes[0].before.startswith(f"{good} (revision 3")
        verified = timeline.events(incident.id, kinds=[EventKind.ACTION_VERIFIED])[-1]
        assert actions.warning(again) == (
            f"checkout {good} was verified healthy in this incident at {verified.ts:%H:%M:%S} UTC "
            f"(rollback {bad} → {good}); this rollback moves it away from {good} to {bad}")


async def test_a_switch_is_verified_on_the_deployment_of_the_new_colour(
    kube: KubeNamespace, kube_provider: Callable[..., KubernetesProvider], tmp_path: Path
) -> None:
    blue_green(kube)
    provider = kube_provider(selector="app=checkout", service="checkout-active")
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("bad green", "production", "checkout-active")
        actions = ActionRunner(timeline, incident.id, {"checkout": provider}, read_only=False, protected=True,
                               operator="oncall", verify_interval_s=0.1, verify_timeout_s=30)
        switch = await actions.plan_switch("checkout", "checkout-active", "green")
        assert switch.params["deployment"] == "checkout-green"
        outcome = await actions.execute(switch, typed="checkout-active")
    assert outcome.verified is True
    assert outcome.verification == "checkout-active sends traffic to green, all replicas ready, health passing"
