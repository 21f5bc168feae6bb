"""The vocabulary of every judgement the cockpit makes from live data (step verifications, rollback triggers), and
when a hub snapshot is too old or too broken to judge at all. Missing or stale data is never a pass."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from cockpit.core.hub import Hub, Snapshot

STALE_SLACK_S = 2.0
"""Beyond the next poll and its timeout, how late an answer may be before the data counts as stale."""


class VerdictOutcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INCONCLUSIVE = "inconclusive"


def unusable(hub: Hub, snapshot: Snapshot | None, target: str, capability: str, now: datetime) -> str | None:
    """Why a snapshot cannot be judged (none yet, failed, stale), or None when it can."""
    if snapshot is None or (snapshot.data is None and snapshot.error is None):
        return f"{target}: no {capability} answer yet"
    if snapshot.error is not None:
        return f"{target}: {capability} {snapshot.error.title}: {snapshot.error}"
    age = (now - snapshot.fetched_at).total_seconds()
    if age > snapshot.next_poll_s + hub.policy(target).timeout_s + STALE_SLACK_S:
        return f"{target}: last {capability} answer {seconds_text(age)} ago (polling paused or stuck)"
    return None


def seconds_text(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s".replace(".0 s", " s")
