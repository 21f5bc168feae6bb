"""What the advisor says about each decision-table row, word for word, when its data is missing, old or elsewhere.

A row the live data cannot settle is undecided (``applies=None``) with the reason the checklist shows; a stale
metrics answer, or a fresh answer carrying an old sample, never drives a recommendation.
"""

from __future__ import annotations

from datetime import timedelta

from cockpit.core.hub import Hub
from cockpit.providers.results import ComponentHealth, State
from cockpit.runbooks.advisor import RowVerdict, evaluate_table, recommendation
from cockpit.runbooks.model import Table
from cockpit.runbooks.parser import parse_runbook
from tests.unit.live_hub import LIMIT, TICK, Hubs, Scripted, health

DATABASE_ROW = "| Status | Action |\n|-|-|\n| Database unhealthy | Roll back |\n"
ERRORS_ROW = "| Condition | Action |\n|-|-|\n| Error rate above 5% | Roll back now |\n"
ERRORS_PER_MINUTE_ROW = "| Condition | Action |\n|-|-|\n| High error rate | Roll back if errors > 10/min |\n"


def table(markdown: str, target: str | None = None) -> Table:
    marked = (f"<!-- cockpit: decision target={target} -->\n\n" if target else "") + markdown
    (found,) = [t for s in parse_runbook(marked).sections for t in s.tables]
    return found


def database_down(target: str) -> Scripted:
    down = ComponentHealth("database", State.FAILED, "connection refused")
    return Scripted(check=health(State.FAILED, down, status=503, target=target), target=target)


def database_up(target: str) -> Scripted:
    up = ComponentHealth("database", State.HEALTHY)
    return Scripted(check=health(State.HEALTHY, up, status=200, target=target), target=target)


async def test_a_table_for_one_target_reads_only_that_targets_health(hubs: Hubs) -> None:
    live = await hubs.start(database_down("api"), database_up("web"))
    everywhere = evaluate_table(table(DATABASE_ROW), live.hub)
    assert everywhere == [RowVerdict(0, True, "database failed (connection refused); database healthy")]
    on_web = evaluate_table(table(DATABASE_ROW, target="web"), live.hub)
    assert on_web == [RowVerdict(0, False, "database healthy")]


def test_health_that_nobody_reports_or_nobody_answered_yet_is_undecided_with_the_reason() -> None:
    no_health = evaluate_table(table(DATABASE_ROW), Hub({}, {}))
    assert no_health == [RowVerdict(0, None, "no target in this environment checks health")]
    not_polled = Hub({"api": Scripted(), "web": Scripted(target="web")}, {})
    waiting = evaluate_table(table(DATABASE_ROW), not_polled)
    assert waiting == [RowVerdict(0, None, "api: no health answer yet; web: no health answer yet")]


async def test_a_table_for_one_target_reads_only_that_targets_error_rate(hubs: Hubs) -> None:
    failing = Scripted(history={"error_rate": [(1.0, 0.3)]})
    calm = Scripted(history={"error_rate": [(1.0, 0.001)]}, target="web")
    live = await hubs.start(failing, calm)
    assert evaluate_table(table(ERRORS_ROW), live.hub) == [RowVerdict(0, True, "api: error_rate 30% > 5%")]
    on_web = evaluate_table(table(ERRORS_ROW, target="web"), live.hub)
    assert on_web == [RowVerdict(0, False, "web: error_rate 0.1% not > 5%")]


async def test_a_stale_metrics_answer_recommends_nothing(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(1.0, 0.3)]}))
    snapshot = live.hub.latest("api", "metrics")
    assert snapshot is not None
    matrix = table(ERRORS_ROW)
    stale = evaluate_table(matrix, live.hub, now=snapshot.fetched_at + LIMIT + TICK)
    assert stale == [RowVerdict(0, None, "api: last metrics answer 18 s ago (polling paused or stuck)")]
    assert recommendation(matrix, stale) is None


async def test_an_old_sample_in_a_fresh_answer_is_not_the_error_rate_now(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(9.0, 0.01), (1.0, 0.3)]}))
    snapshot = live.hub.latest("api", "metrics")
    assert snapshot is not None
    newest = snapshot.data["error_rate"].samples[-1].at
    matrix = table(ERRORS_ROW)
    assert evaluate_table(matrix, live.hub, now=newest + LIMIT) == [RowVerdict(0, True, "api: error_rate 30% > 5%")]
    too_old = evaluate_table(matrix, live.hub, now=newest + LIMIT + TICK)
    assert too_old == [RowVerdict(0, None, "api: the latest error_rate sample is 18 s old")]
    assert recommendation(matrix, too_old) is None


async def test_errors_per_minute_need_a_recent_traffic_sample_too(hubs: Hubs) -> None:
    traffic_stopped = Scripted(history={"error_rate": [(1.0, 0.3)], "requests_per_s": [(30.0, 10.0)]})
    live = await hubs.start(traffic_stopped)
    now = live.hub.latest("api", "metrics").data["error_rate"].samples[-1].at + timedelta(seconds=1)
    verdicts = evaluate_table(table(ERRORS_PER_MINUTE_ROW), live.hub, now=now)
    assert verdicts == [RowVerdict(0, None, "api: the latest requests_per_s sample is 30 s old")]


async def test_error_rate_thresholds_are_strict_in_either_direction_and_per_second_counts_work(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(1.0, 0.3)], "requests_per_s": [(1.0, 10.0)]}))
    # min_requests=0: one sample covers no known stretch of traffic; the thresholds are what is tested here.
    matrix = table(
        "<!-- cockpit: decision min_requests=0 -->\n"
        "| Condition | Action |\n|-|-|\n"
        "| Error rate above 30% | Roll back |\n"
        "| Error rate below 30% | Keep watching |\n"
        "| Error rate below 50% | Keep watching |\n"
        "| Errors > 2/s | Roll back |\n"
    )
    assert evaluate_table(matrix, live.hub) == [
        RowVerdict(0, False, "api: error_rate 30% not > 30%"),
        RowVerdict(1, False, "api: error_rate 30% not < 30%"),
        RowVerdict(2, True, "api: error_rate 30% < 50%"),
        RowVerdict(3, True, "api: about 3 errors/s (error_rate 30% of 10 req/s) > 2/s"),
    ]


async def test_errors_per_minute_without_traffic_figures_are_undecided(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(1.0, 0.3)]}))
    (errors,) = evaluate_table(table(ERRORS_PER_MINUTE_ROW), live.hub)
    reason = "10/min counts errors, but api reports error_rate as a ratio and no requests_per_s"
    assert errors == RowVerdict(0, None, reason)


async def test_the_action_column_is_not_read_as_part_of_the_condition(hubs: Hubs) -> None:
    live = await hubs.start(database_up("api"), Scripted(history={"error_rate": [(1.0, 0.3)]}, target="web"))
    calm = table("| Component | Action |\n|-|-|\n| Database healthy | Scale down the spare workers |\n", "api")
    assert evaluate_table(calm, live.hub) == [RowVerdict(0, True, "database healthy")]
    columns = "| Metric | Comparison | Limit | Action |\n|-|-|-|-|\n"
    split = table(columns + "| Error rate | above | 5% | Roll back now |\n", "web")
    assert evaluate_table(split, live.hub) == [RowVerdict(0, True, "web: error_rate 30% > 5%")]
