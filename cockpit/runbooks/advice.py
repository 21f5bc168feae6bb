"""The advisor's standing recommendation per decision table: a change of advice counts once it has held.

Each publication re-judges every decision table (``cockpit.runbooks.advisor``); near a threshold the live rows can
flip every poll ("Roll back now", "No rollback", "Roll back now"...). What the checklist recommends, and what the
timeline records as a change of advice, is the recommendation that has held for the table's ``hold=`` (default
``cockpit.core.judging.HOLD_S``). The first recommendation stands at once; a table the data cannot settle is not
offered at all (no answer is not advice).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from cockpit.core.formatting import parse_duration
from cockpit.core.judging import HOLD_S
from cockpit.core.verdicts import Steady
from cockpit.runbooks.model import Table


def hold_of(table: Table) -> float:
    """The table's ``hold=`` in seconds (a malformed one falls back to the default: lint reports it)."""
    written = table.attrs.get("hold")
    parsed = parse_duration(written) if written is not None else None
    return HOLD_S if parsed is None else parsed


@dataclass(frozen=True, slots=True)
class AdviceChange:
    line: int
    """The decision table's line in the runbook."""
    advice: str | None
    """The recommendation that now stands; None: no row applies."""
    evidence: tuple[str, ...]


class StandingAdvice:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        """Seconds, monotonic: how long a new recommendation has held."""
        self._tables: dict[int, Steady[str | None]] = {}

    def offer(self, table: Table, advice: str | None, evidence: list[str]) -> AdviceChange | None:
        """The live recommendation of ``table``; the change to record when the standing one changes, else None."""
        steady = self._tables.setdefault(table.line, Steady(hold_of(table)))
        if steady.offer(advice, self._clock()):
            return AdviceChange(table.line, advice, tuple(evidence))
        return None

    def current(self) -> dict[int, str | None]:
        """Decision table line -> the recommendation that stands (None: no row applies)."""
        return {line: steady.settled for line, steady in self._tables.items() if steady.known}

    def pending(self, line: int) -> tuple[str | None, float] | None:
        """A different recommendation seen lately at table ``line``, and the seconds it must still hold."""
        steady = self._tables.get(line)
        if steady is None or steady.pending_since is None:
            return None
        return steady.pending, max(steady.hold_s - (self._clock() - steady.pending_since), 0.0)
