"""The action runner against the real demo service on 127.0.0.1: verification waits for the rollout itself.

The in-memory fake rolls out instantly, so only a real service with a rollout that takes time shows whether
"verified" really waits until the new revision is live with every replica ready and health passing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from cockpit.core.actions import ActionRunner, Outcome
from cockpit.core.timeline import EventKind, Timeline
from cockpit.demo.service import DemoService
from cockpit.providers.demo import DemoProvider, DemoSettings
from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings
from cockpit.providers.results import ActionPlan, ActionResult, State

ROLLOUT_S = 1.5
"""Long enough that the revision changes well before the last replica is ready."""


@pytest.fixture
async def slow_demo(tmp_path: Path) -> AsyncIterator[tuple[DemoProvider, HttpHealthProvider, Timeline]]:
    with DemoService(rollout_s=ROLLOUT_S, traffic_rps=50, seed=7) as service, Timeline(tmp_path / "t.db") as timeline:
        provider = DemoProvider("checkout", DemoSettings(base_url=service.base_url))
        health = HttpHealthProvider("checkout-health", HttpHealthSettings(url=f"{service.base_url}/health/ready"))
        try:
            yield provider, health, timeline
        finally:
            await provider.aclose()
            await health.aclose()


Demo = tuple[DemoProvider, HttpHealthProvider, Timeline]


def runner(demo: Demo, verify_timeout_s: float) -> ActionRunner:
    provider, health, timeline = demo
    incident = timeline.open_incident("bad deploy", "production", "checkout")
    return ActionRunner(
        timeline, incident.id, {"checkout": provider, "checkout-health": health}, read_only=False, protected=True,
        operator="oncall", verify_interval_s=0.1, verify_timeout_s=verify_timeout_s,
    )


async def test_verified_means_the_new_revision_with_every_replica_ready(
    slow_demo: Demo,
) -> None:
    provider, health, _ = slow_demo
    actions = runner(slow_demo, verify_timeout_s=30)
    plan = await actions.plan_rollback("checkout", "checkout")
    assert plan.expect_revision == "v41"
    outcome = await actions.execute(plan, typed="checkout")
    assert outcome.result.ok and outcome.verified is True, outcome.verification
    (row,) = await provider.deployments()
    assert (row.revision, row.state, row.ready) == ("v41", State.HEALTHY, row.desired)
    assert (await health.health()).state is State.HEALTHY


async def test_a_rollout_still_in_progress_is_not_verified(slow_demo: Demo) -> None:
    actions = runner(slow_demo, verify_timeout_s=0.3)
    outcome = await actions.execute(await actions.plan_rollback("checkout", "checkout"), typed="checkout")
    # The service already reports v41 (as a Deployment does mid-rollout), but not every replica is ready yet.
    assert outcome.result.ok and outcome.verified is False
    assert outcome.verification.startswith("after 0.3 s: checkout at v41: progressing, ")
    assert "ready" in outcome.verification


@pytest.fixture
def healthy() -> Iterator[DemoService]:
    """The demo service at the good v41 (3 replicas), where a scale can be verified."""
    with DemoService(revision="v41", rollout_s=0.3, traffic_rps=50, seed=7) as running:
        yield running


class Autoscaled(DemoProvider):
    """The demo service under an autoscaler that holds its own replica count: it undoes a scale at once."""

    def __init__(self, service: DemoService, holds: int) -> None:
        super().__init__("checkout", DemoSettings(base_url=service.base_url))
        self.service, self.holds = service, holds

    async def execute(self, plan: ActionPlan) -> ActionResult:
        result = await super().execute(plan)
        self.service.simulation.scale(self.holds)
        return result


async def scaled_to_5(provider: DemoProvider, service: DemoService, tmp_path: Path, wait_s: float) -> Outcome:
    health = HttpHealthProvider("checkout-health", HttpHealthSettings(url=f"{service.base_url}/health/ready"))
    try:
        with Timeline(tmp_path / "t.db") as timeline:
            actions = runner((provider, health, timeline), verify_timeout_s=wait_s)
            return await actions.execute(await actions.plan_scale("checkout", "checkout", 5), typed="checkout")
    finally:
        await provider.aclose()
        await health.aclose()


async def test_a_scale_is_verified_once_the_service_wants_and_runs_the_new_count(
    healthy: DemoService, tmp_path: Path
) -> None:
    provider = DemoProvider("checkout", DemoSettings(base_url=healthy.base_url))
    outcome = await scaled_to_5(provider, healthy, tmp_path, wait_s=30)
    assert outcome.verified is True
    assert outcome.verification == "checkout serves v41, runs 5 replicas, all replicas ready, health passing"


async def test_a_scale_an_autoscaler_undid_is_not_verified_though_every_replica_is_ready(
    healthy: DemoService, tmp_path: Path
) -> None:
    outcome = await scaled_to_5(Autoscaled(healthy, holds=3), healthy, tmp_path, wait_s=1)
    assert outcome.result.ok and outcome.verified is False
    assert outcome.verification == "after 1 s: checkout wants 3 replicas, not 5 yet"
    assert healthy.simulation.state()["desired_replicas"] == 3


async def test_only_an_action_that_ran_and_was_verified_makes_a_revision_verified_healthy(
    healthy: DemoService, tmp_path: Path
) -> None:
    provider = DemoProvider("checkout", DemoSettings(base_url=healthy.base_url))
    health = HttpHealthProvider("checkout-health", HttpHealthSettings(url=f"{healthy.base_url}/health/ready"))
    try:
        with Timeline(tmp_path / "t.db") as timeline:
            actions = runner((provider, health, timeline), verify_timeout_s=30)
            await actions.plan_restart("checkout", "checkout")  # planned at v41, never confirmed
            assert actions.warning(await actions.plan_rollback("checkout", "checkout")) is None

            scale = await actions.execute(await actions.plan_scale("checkout", "checkout", 4), typed="checkout")
            assert scale.verified is True, scale.verification
            verified = timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])[-1]
            assert actions.warning(await actions.plan_rollback("checkout", "checkout")) == (
                f"checkout v41 was verified healthy in this incident at {verified.ts:%H:%M:%S} UTC (scale); "
                "this rollback moves it away from v41 to v40")
    finally:
        await provider.aclose()
        await health.aclose()
