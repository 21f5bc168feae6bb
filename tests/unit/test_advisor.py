"""Decision tables judged against live health and metrics: the advisor points at a row, it never acts."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

import pytest

from cockpit.core.hub import Hub, PollPolicy
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import MetricSample
from cockpit.runbooks.advisor import RowVerdict, action_column, evaluate_table, recommendation, unsettled_above
from cockpit.runbooks.model import Table
from cockpit.runbooks.parser import load_runbook, parse_runbook

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"


class BusyFake(FakeProvider):
    """A fake that also counts its traffic, so error counts per minute can be worked out."""

    def metric_names(self) -> Sequence[str]:
        return (*super().metric_names(), "requests_per_s")

    async def instant(self, name: str) -> MetricSample | None:
        if name == "requests_per_s":
            return MetricSample(self._now(), 10.0)
        return await super().instant(name)


class LiveHub:
    def __init__(self, provider: FakeProvider) -> None:
        self.provider = provider
        self.hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.02, timeout_s=1.0, max_backoff_s=0.1)})
        self._published = asyncio.Event()
        self.hub.subscribe(lambda _: self._published.set())

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(5):
            while not condition():
                self._published.clear()
                await self._published.wait()

    async def healthy(self, wanted: bool) -> None:
        await self.until(
            lambda: (
                (s := self.hub.latest("api", "health")) is not None
                and not s.failed
                and (s.data.state.value == "healthy") == wanted
                and (m := self.hub.latest("api", "metrics")) is not None
                and (m.data["error_rate"].latest.value < 0.01) == wanted
            )
        )


async def started(provider: FakeProvider) -> LiveHub:
    live = LiveHub(provider)
    live.hub.start()
    await live.healthy(False)
    return live


@pytest.fixture
async def live() -> AsyncIterator[LiveHub]:
    hub = await started(FakeProvider("api", FakeSettings()))
    try:
        yield hub
    finally:
        await hub.hub.stop()


def seed_004_matrix() -> Table:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed runbooks missing: {SEEDS}")
        pytest.skip(f"seed runbooks not here: {SEEDS}")
    (path,) = SEEDS.glob("004_*.txt")
    (table,) = [t for s in load_runbook(path).sections if s.heading == "Decision Matrix" for t in s.tables]
    return table


def table(markdown: str) -> Table:
    (found,) = [t for s in parse_runbook(markdown).sections for t in s.tables]
    return found


def applies(verdicts: list[RowVerdict]) -> list[bool | None]:
    return [v.applies for v in verdicts]


async def test_seed_004_database_failure_points_at_immediate_rollback(live: LiveHub) -> None:
    matrix = seed_004_matrix()
    verdicts = evaluate_table(matrix, live.hub)
    assert applies(verdicts) == [True, False, None, None]
    database, redis, migrations, errors = verdicts
    assert database.reason == "database failed (connection refused)"
    assert redis.reason == "cache healthy"
    assert migrations.reason == "the health check reports no migration component"
    assert "10/min counts errors" in errors.reason and "no requests_per_s" in errors.reason
    advice = recommendation(matrix, verdicts)
    assert advice is not None and "Immediate rollback" in advice

    live.provider.current = "v2"
    await live.healthy(True)
    after = evaluate_table(matrix, live.hub)
    assert applies(after)[:2] == [False, False]
    assert recommendation(matrix, after) is None


async def test_a_higher_row_the_data_cannot_settle_is_named_beside_the_advice(live: LiveHub) -> None:
    # Rows are in priority order: an unsettled row above the one that applies might outrank it.
    matrix = table("| Status | Action |\n|-|-|\n| Migrations not applied | Stop: fix the schema |\n"
                   "| Redis unhealthy | Investigate |\n| Database unhealthy | Roll back |\n"
                   "| Queue backlog high | Scale out |\n")
    verdicts = evaluate_table(matrix, live.hub)
    assert applies(verdicts) == [None, False, True, None]
    assert recommendation(matrix, verdicts) == "Roll back"
    assert unsettled_above(verdicts) == [verdicts[0]]  # not the unsettled row below the advice
    assert verdicts[0].reason == "the health check reports no migration component"

    live.provider.current = "v2"
    await live.healthy(True)
    settled = evaluate_table(matrix, live.hub)
    assert recommendation(matrix, settled) is None and unsettled_above(settled) == []


async def test_errors_per_minute_are_worked_out_from_the_error_ratio_and_the_traffic() -> None:
    live = await started(BusyFake("api", FakeSettings()))
    try:
        # min_requests=0: this fake's one sample covers no known time, and the arithmetic is what is tested here.
        matrix = table("<!-- cockpit: decision min_requests=0 -->\n"
                       "| Condition | Action |\n|-|-|\n| High error rate | Roll back if errors > 10/min |\n")
        (errors,) = evaluate_table(matrix, live.hub)
    finally:
        await live.hub.stop()
    assert errors.applies is True
    assert errors.reason == "api: about 180 errors/min (error_rate 30% of 10 req/s) > 10/min"


async def test_percent_thresholds_and_the_error_rate_attribute(live: LiveHub) -> None:
    rows = "| Condition | Action |\n|---|---|\n| Error rate above 5% | Roll back now |\n"
    (above,) = evaluate_table(table(rows), live.hub)
    assert (above.applies, above.reason) == (True, "api: error_rate 30% > 5%")
    (overridden,) = evaluate_table(table("<!-- cockpit: decision error_rate=0.5 -->\n\n" + rows), live.hub)
    assert (overridden.applies, overridden.reason) == (False, "api: error_rate 30% not > 50%")
    (vague,) = evaluate_table(table("| Condition | Action |\n|-|-|\n| High error rate | Roll back |\n"), live.hub)
    assert vague.applies is None and vague.reason.startswith("no threshold")


async def test_aliases_overall_health_and_all_components_rows(live: LiveHub) -> None:
    matrix = table(
        "| Component | State | What to do |\n|---|---|---|\n"
        "| Postgres | down | Roll back |\n"
        "| Health checks | failing | Page the owner |\n"
        "| All components | healthy | Keep watching |\n"
        "| Moon phase | full | Wait |\n"
    )
    assert action_column(matrix) == 2
    verdicts = evaluate_table(matrix, live.hub)
    assert applies(verdicts) == [True, True, False, None]
    assert verdicts[3].reason == "names no component, error rate or health state the cockpit can check"
    assert recommendation(matrix, verdicts) == "Roll back"
    live.provider.current = "v1"
    await live.healthy(True)
    assert applies(evaluate_table(matrix, live.hub)) == [False, False, True, None]
    assert recommendation(matrix, evaluate_table(matrix, live.hub)) == "Keep watching"


async def test_a_failing_health_backend_leaves_component_rows_undecided(live: LiveHub) -> None:
    live.provider.settings.fail = "unreachable"
    await live.until(lambda: (s := live.hub.latest("api", "health")) is not None and s.failed)
    verdicts = evaluate_table(table("| Status | Action |\n|-|-|\n| Database unhealthy | Roll back |\n"), live.hub)
    assert verdicts == [RowVerdict(0, None, "api: health unreachable: fake unreachable failure")]


def test_a_table_with_no_data_yet_recommends_nothing() -> None:
    hub = Hub({"api": FakeProvider("api", FakeSettings())}, {})
    matrix = table("| Status | Action |\n|-|-|\n| Database unhealthy | Roll back |\n| Error rate > 5% | Roll back |\n")
    verdicts = evaluate_table(matrix, hub)
    assert applies(verdicts) == [None, None]
    assert verdicts[0].reason == "api: no health answer yet"
    assert verdicts[1].reason == "no error_rate from any target yet"
    assert recommendation(matrix, verdicts) is None


def test_unmarked_condition_action_tables_count_as_decision_tables() -> None:
    from cockpit.runbooks.advisor import looks_like_decision_table
    from cockpit.runbooks.parser import parse_runbook

    text = (
        "| Component Status | Action |\n|---|---|\n| Database unhealthy | Roll back |\n\n"
        "| Metric | Target | Current |\n|---|---|---|\n| MTTR | < 30 min | |\n\n"
        "| Situation | Action |\n|---|---|\n| Production down > 15 min | Escalate |\n"
    )
    tables = [table for section in parse_runbook(text).sections for table in section.tables]
    assert [looks_like_decision_table(table) for table in tables] == [True, False, False]
