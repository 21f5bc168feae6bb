"""The action runner against the real demo service on 127.0.0.1: verification waits for the rollout itself.

The in-memory fake rolls out instantly, so only a real service with a rollout that takes time shows whether
"verified" really waits until the new revision is live with every replica ready and health passing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import Timeline
from cockpit.demo.service import DemoService
from cockpit.providers.base import State
from cockpit.providers.demo import DemoProvider, DemoSettings
from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings

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
