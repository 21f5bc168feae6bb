"""The hub polls each (target, capability) on its own: a hung or failing backend never delays another."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from cockpit.core.hub import Hub, PollPolicy, Snapshot, Transition
from cockpit.providers.fake import FakeProvider, FakeSettings


def fake(name: str, **settings: object) -> FakeProvider:
    return FakeProvider(name, FakeSettings(**settings))  # type: ignore[arg-type]


async def collect_until(hub: Hub, done: Callable[[list[Snapshot]], bool], timeout: float = 5.0) -> list[Snapshot]:
    seen: list[Snapshot] = []
    finished = asyncio.Event()

    def listen(snapshot: Snapshot) -> None:
        seen.append(snapshot)
        if done(seen):
            finished.set()

    hub.subscribe(listen)
    hub.start()
    try:
        await asyncio.wait_for(finished.wait(), timeout)
    finally:
        await hub.stop()
    return seen


async def test_a_hung_backend_does_not_delay_a_healthy_one() -> None:
    hub = Hub(
        {"slow": fake("slow", hang_s=30), "fast": fake("fast")},
        {"slow": PollPolicy(interval_s=0.05, timeout_s=10), "fast": PollPolicy(interval_s=0.05, timeout_s=1)},
    )
    seen = await collect_until(hub, lambda s: sum(1 for x in s if x.target == "fast" and x.capability == "health") >= 3)
    assert all(snapshot.target == "fast" for snapshot in seen)
    assert hub.latest("fast", "deployments") is not None
    assert hub.latest("slow", "deployments") is None


async def test_a_timeout_becomes_a_failed_snapshot_and_the_loop_backs_off() -> None:
    hub = Hub(
        {"slow": fake("slow", hang_s=5)}, {"slow": PollPolicy(interval_s=0.01, timeout_s=0.05, max_backoff_s=0.08)}
    )
    seen = await collect_until(hub, lambda s: sum(1 for x in s if x.capability == "health") >= 3)
    health = [s for s in seen if s.capability == "health"]
    assert all(s.error is not None and s.error.title == "timed out" for s in health)
    assert [s.next_poll_s for s in health[:3]] == [0.02, 0.04, 0.08]  # doubles up to max_backoff_s
    assert health[0].last_ok_at is None


async def test_failure_keeps_the_last_good_data_and_its_age() -> None:
    provider = fake("api")
    hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.01, timeout_s=1)})
    first_ok = await collect_until(hub, lambda s: any(x.capability == "deployments" for x in s))
    good = next(s for s in first_ok if s.capability == "deployments")
    provider.settings.fail = "forbidden"
    seen = await collect_until(hub, lambda s: any(x.capability == "deployments" and x.failed for x in s))
    failed = next(s for s in seen if s.capability == "deployments" and s.failed)
    assert failed.error is not None and failed.error.title == "forbidden"
    assert failed.data == good.data
    assert failed.last_ok_at is not None and failed.last_ok_at <= failed.fetched_at


async def test_transitions_are_recorded_on_change_not_on_every_poll() -> None:
    provider = fake("api")
    hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.01, timeout_s=1)})
    transitions: list[Transition] = []
    hub.subscribe_transitions(transitions.append)
    await collect_until(hub, lambda s: sum(1 for x in s if x.capability == "deployments") >= 5)
    deployment_changes = [t for t in transitions if t.capability == "deployments"]
    assert len(deployment_changes) == 1
    assert "degraded v3" in deployment_changes[0].after

    provider.current = "v2"
    provider.settings.fail = "unreachable"
    await collect_until(hub, lambda s: sum(1 for x in s if x.capability == "deployments" and x.failed) >= 3)
    provider.settings.fail = None
    await collect_until(hub, lambda s: sum(1 for x in s if x.capability == "deployments" and not x.failed) >= 3)
    kinds = [t.kind for t in transitions if t.capability == "deployments"]
    assert kinds == ["state.changed", "provider.failed", "provider.recovered", "state.changed"]
    last = [t for t in transitions if t.capability == "deployments"][-1]
    assert last.before is not None and "v3" in last.before and "healthy v2" in last.after


async def test_metrics_keep_a_series_across_polls() -> None:
    provider = fake("api", bad_revisions=[])
    hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.01, timeout_s=1)})
    seen = await collect_until(hub, lambda s: sum(1 for x in s if x.capability == "metrics") >= 3)
    metrics = [s for s in seen if s.capability == "metrics"][-1].data
    assert metrics["error_rate"].unit == "ratio"
    assert len(metrics["error_rate"].samples) >= 2
    assert metrics["error_rate"].latest.value < 0.01


async def test_logs_arrive_in_batches_and_are_buffered() -> None:
    hub = Hub({"api": fake("api")}, {"api": PollPolicy(interval_s=0.01, timeout_s=1)})
    batches: list[int] = []
    got = asyncio.Event()

    def listen(target: str, lines: object) -> None:
        batches.append(len(lines))  # type: ignore[arg-type]
        got.set()

    hub.subscribe_logs(listen)
    hub.start()
    try:
        await asyncio.wait_for(got.wait(), 5)
    finally:
        await hub.stop()
    assert batches and hub.all_logs()[0].level == "ERROR"
