"""The vocabulary of every judgement the cockpit makes from live data (step verifications, rollback triggers, the
advisor), when a hub snapshot is too old or too broken to judge at all (missing or stale data is never a pass), and
the hysteresis a change of verdict needs before it counts (``Steady``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

from cockpit.core.hub import Hub, Snapshot
from cockpit.core.judging import HOLD_S

T = TypeVar("T")

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


class Steady(Generic[T]):
    """A verdict with hysteresis: a change replaces a definite verdict only once it has held for ``hold_s``.

    Noise at a threshold (one error in 16 requests, then none) would otherwise flip the advice every poll. The
    first verdict, and any verdict after an undecided one (``undecided(value)``: no data, inconclusive), settles at
    once: there is nothing steady to protect yet, and a real alarm must not wait.

    Time is the caller's monotonic clock in seconds (``time.monotonic``), not the data's clock: holding is about how
    long the operator has seen the same answer, and a frozen or replayed data clock must not hold a change forever.
    """

    def __init__(self, hold_s: float = HOLD_S, undecided: Callable[[T], bool] = lambda _: False) -> None:
        self.hold_s = hold_s
        self._undecided = undecided
        self._settled: list[T] = []
        """Empty until the first verdict; then the one verdict that stands."""
        self.pending: T | None = None
        """A different verdict seen lately that has not held long enough yet (None: none)."""
        self.pending_since: float | None = None

    @property
    def settled(self) -> T | None:
        return self._settled[0] if self._settled else None

    @property
    def known(self) -> bool:
        return bool(self._settled)

    def offer(self, value: T, now: float) -> bool:
        """Take the latest verdict; True when the settled verdict changed."""
        if self._settled and self._settled[0] == value:
            self.pending = self.pending_since = None
            return False
        if not self._settled or self._undecided(self._settled[0]):
            return self._settle(value)
        if self.pending != value or self.pending_since is None:
            self.pending, self.pending_since = value, now
        if now - self.pending_since >= self.hold_s:
            return self._settle(value)
        return False

    def _settle(self, value: T) -> bool:
        self._settled = [value]
        self.pending = self.pending_since = None
        return True
