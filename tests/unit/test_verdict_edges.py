"""What the operator reads of a verdict on its way: a change of advice still pending (and gone once the standing
advice comes back), and how much data a verification has when it needs more."""

from __future__ import annotations

from datetime import timedelta

from cockpit.core.verdicts import VerdictOutcome
from cockpit.runbooks.advice import StandingAdvice
from cockpit.runbooks.baseline import Baseline
from cockpit.runbooks.verification import VerificationSpec, evaluate
from tests.unit.live_hub import Hubs, Scripted
from tests.unit.test_advisor_evidence import ERRORS_ROW, table


def test_a_pending_change_of_advice_is_gone_once_the_standing_advice_comes_back() -> None:
    now = [0.0]
    advice = StandingAdvice(clock=lambda: now[0])
    matrix = table(ERRORS_ROW)
    for at, said in [(0.0, "Roll back now"), (3.0, None)]:
        now[0] = at
        advice.offer(matrix, said, [])
    now[0] = 6.0
    assert advice.pending(matrix.line) == (None, 7.0)  # "changing to no rollback row if it holds 7 s more"
    for at in (6.0, 7.0):  # the same advice again, twice: nothing is changing any more
        now[0] = at
        assert advice.offer(matrix, "Roll back now", []) is None
        assert advice.pending(matrix.line) is None
    assert advice.current() == {matrix.line: "Roll back now"}


async def test_a_window_not_yet_covered_says_how_much_data_there_is_in_whole_seconds(hubs: Hubs) -> None:
    live = await hubs.start(Scripted(history={"error_rate": [(10.7, 0.0), (0.0, 0.0)]}))
    spec = VerificationSpec.from_attrs({"verify": "metric", "metric": "error_rate", "below": "0.02", "for": "12s"})
    assert spec is not None
    snapshot = live.hub.latest("api", "metrics")
    assert snapshot is not None and isinstance(snapshot.data, dict)
    newest = snapshot.data["error_rate"].samples[-1].at
    verdict = evaluate(spec, live.hub, Baseline(), now=newest)
    assert (verdict.outcome, verdict.evidence) == (VerdictOutcome.INCONCLUSIVE,
                                                   "error_rate: need 12 s of data, have 11 s")
    short = evaluate(spec, live.hub, Baseline(), now=newest - timedelta(seconds=1))
    assert short.evidence == "error_rate: need 12 s of data, have 9.7 s"
