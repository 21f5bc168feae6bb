"""The minimum sample at its edges, as the advisor says it: how many requests stand behind an error rate (counted
from the request rate nearest each sample), exactly at the minimum and the look-back, with no traffic or a single
sample, and what is residue of the running sums and what is a real, tiny ratio."""

from __future__ import annotations

import pytest

from cockpit.core.verdicts import VerdictOutcome
from cockpit.runbooks.advisor import RowVerdict, evaluate_table
from cockpit.runbooks.baseline import Baseline
from cockpit.runbooks.verification import VerificationSpec, evaluate
from tests.unit.live_hub import Hubs, Scripted
from tests.unit.test_advisor_evidence import ERRORS_ROW, table

History = dict[str, list[tuple[float, float]]]


def every_2_s(error_rate: list[float], requests_per_s: list[float]) -> History:
    """Both series sampled together every 2 s, oldest first, the last one now."""
    ages = [2.0 * (len(error_rate) - 1 - index) for index in range(len(error_rate))]
    return {"error_rate": list(zip(ages, error_rate, strict=True)),
            "requests_per_s": list(zip(ages, requests_per_s, strict=True))}


async def advice_row(hubs: Hubs, history: History, min_requests: float | None = None) -> RowVerdict:
    """What the advisor says of "Error rate above 5% | Roll back now" over ``history``."""
    live = await hubs.start(Scripted(history=history))
    comment = f"<!-- cockpit: decision min_requests={min_requests:g} -->\n" if min_requests is not None else ""
    (row,) = evaluate_table(table(comment + ERRORS_ROW), live.hub)
    return row


async def test_no_traffic_is_no_answer_however_long_the_error_rate_reads_zero(hubs: Hubs) -> None:
    idle = every_2_s([0.0] * 60, [0.0] * 60)
    row = await advice_row(hubs, idle)
    assert row == RowVerdict(0, None, "api: error_rate: only 0 requests in the last 120 s; "
                                      "a ratio needs at least 50 to pass or fail")
    one = await advice_row(hubs, idle, min_requests=1)
    assert one == RowVerdict(0, None, "api: error_rate: only 0 requests in the last 120 s; "
                                      "a ratio needs at least 1 to pass or fail")


async def test_a_minimum_of_one_request_is_met_by_one_request(hubs: Hubs) -> None:
    row = await advice_row(hubs, every_2_s([0.0, 0.0, 1.0], [0.5, 0.5, 0.5]), min_requests=1)
    assert row == RowVerdict(0, True, "api: error_rate 100% over 1 requests > 5%")


async def test_a_single_sample_covers_no_known_time_so_no_requests(hubs: Hubs) -> None:
    row = await advice_row(hubs, every_2_s([0.3], [100.0]))
    assert row == RowVerdict(0, None, "api: error_rate: only 0 requests in the last 0 s; "
                                      "a ratio needs at least 50 to pass or fail")


async def test_the_pool_stops_as_soon_as_it_holds_exactly_the_minimum(hubs: Hubs) -> None:
    # 16 requests a poll and a minimum of 32: the latest two polls, clean; the 30% three polls ago is left out.
    row = await advice_row(hubs, every_2_s([0.3] * 5 + [0.0, 0.0], [8.0] * 7), min_requests=32)
    assert row == RowVerdict(0, False, "api: error_rate 0% over 32 requests not > 5%")


async def test_a_pool_reaching_exactly_the_look_back_is_judged(hubs: Hubs) -> None:
    # Prometheus' 15 s step at 0.5 req/s: 7.5 requests a sample, so 56 requests take all 8 samples: 120 s.
    ages = [15.0 * (7 - index) for index in range(8)]
    history = {"error_rate": [(age, 0.0) for age in ages], "requests_per_s": [(age, 0.5) for age in ages]}
    row = await advice_row(hubs, history, min_requests=56)
    assert row == RowVerdict(0, False, "api: error_rate 0% over 60 requests not > 5%")


@pytest.mark.parametrize(
    ("traffic", "said"),
    [
        # A surge: the latest sample alone stands on 200 requests.
        ({"error_rate": [(age, 0.3) for age in (18, 16, 14, 12, 10, 8, 6, 4, 2, 0)],
          "requests_per_s": [(age, 1.0) for age in (18, 16, 14, 12, 10, 8, 6, 4, 2)] + [(0, 100.0)]},
         "api: error_rate 30% over 200 requests > 5%"),
        # Traffic stopped: the requests before it still count (within the look-back).
        (every_2_s([0.3, 0.0, 0.0], [30.0, 0.0, 0.0]), "api: error_rate 30% over 60 requests > 5%"),
        # A burst in the middle counts for the sample it covered.
        (every_2_s([0.0, 0.0, 0.0, 0.3, 0.0, 0.0], [0.0, 0.0, 0.0, 30.0, 0.0, 0.0]),
         "api: error_rate 30% over 60 requests > 5%"),
        # Rates sampled 0.5 s after each ratio: the later one is nearer.
        ({"error_rate": [(4.5, 0.3), (2.5, 0.3), (0.5, 0.3)],
          "requests_per_s": [(6.0, 0.0), (4.0, 0.0), (2.0, 0.0), (0.0, 100.0)]},
         "api: error_rate 30% over 200 requests > 5%"),
        # A ratio midway between two rates takes the earlier one, measured over the time the ratio covers.
        ({"error_rate": [(5.0, 0.0), (3.0, 0.0), (1.0, 0.3)],
          "requests_per_s": [(6.0, 0.0), (4.0, 0.0), (2.0, 100.0), (0.0, 0.0)]},
         "api: error_rate 30% over 200 requests > 5%"),
    ],
    ids=["surge", "stopped", "burst", "later-rate-nearer", "midway"],
)
async def test_each_sample_counts_the_requests_of_the_rate_sampled_nearest_it(
    hubs: Hubs, traffic: History, said: str
) -> None:
    assert await advice_row(hubs, traffic) == RowVerdict(0, True, said)


async def test_a_busy_service_that_recovered_reads_zero_not_the_residue_of_its_sums(hubs: Hubs) -> None:
    # At 1,700 req/s the subtraction of the errors that left the pool leaves 1.3e-14% behind.
    recovered = every_2_s([0.539, 0.6624, 0.6396, 0.0, 0.0, 0.0, 0.0, 0.0], [1691.74] * 8)
    assert await advice_row(hubs, recovered) == RowVerdict(0, False, "api: error_rate 0% over 3383 requests not > 5%")


async def test_a_tiny_real_ratio_is_not_taken_for_residue(hubs: Hubs) -> None:
    row = await advice_row(hubs, every_2_s([1e-9, 1e-9], [100.0, 100.0]))
    assert row == RowVerdict(0, False, "api: error_rate 1e-07% over 200 requests not > 5%")


async def test_a_latency_is_judged_as_it_is_whatever_the_traffic(hubs: Hubs) -> None:
    # Only a ratio of requests needs a minimum sample: a latency at 1 req/s passes on its own value.
    history = {"p95_latency_ms": [(4.0, 120.0), (2.0, 110.0), (0.0, 100.0)],
               "requests_per_s": [(4.0, 1.0), (2.0, 1.0), (0.0, 1.0)]}
    live = await hubs.start(Scripted(history=history))
    spec = VerificationSpec.from_attrs({"verify": "metric", "metric": "p95_latency_ms", "below": "500"})
    assert spec is not None
    verdict = evaluate(spec, live.hub, Baseline())
    assert (verdict.outcome, verdict.evidence) == (VerdictOutcome.PASS, "p95_latency_ms now 100 ms (needs < 500 ms)")
