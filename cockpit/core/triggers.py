"""Rollback triggers: "error rate > 5% for 2 minutes", "3 consecutive health check failures", judged from data.

A metric trigger fails once every sample of its series has been beyond the threshold for the whole ``for`` window
(the way a Prometheus alert fires after its ``for``); a health trigger fails on N consecutive failed checks. Each
judgement is pass, fail or inconclusive, with its evidence (the values, the window, since when it fails):

- pass: the latest data is within bounds, or the breach has not lasted the window yet (evidence says how long);
- inconclusive: no data, stale data (the latest sample is older than ``stale_after_s``), or a breach as long as
  the data reaches back but shorter than the window. Missing data is never a pass.

These functions are pure and cheap (a binary search, then a walk back over the current breach only), so every hub
publication can re-judge every trigger. The advisor recommends; nothing here acts.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import msgspec

from cockpit.core.trigger_model import DEFAULT_UNITS, SEED_TRIGGERS, Trigger, duration, format_value
from cockpit.core.verdicts import VerdictOutcome
from cockpit.providers.results import MetricSample

__all__ = ["SEED_TRIGGERS", "Trigger", "TriggerVerdict", "evaluate_health", "evaluate_metric"]

CHUNK = 64
"""Samples examined first when walking back over a breach (then four times as many, and so on)."""
_VALUE = operator.attrgetter("value")
_AT = operator.attrgetter("at")
MAX_EVIDENCE_VALUES = 60
"""Values of the window kept in a verdict's JSON (the newest); the evidence line summarises all of them."""


class TriggerVerdict(msgspec.Struct, frozen=True):
    trigger: Trigger
    outcome: VerdictOutcome
    evidence: str
    target: str | None = None
    """Where the data came from."""
    values: tuple[tuple[datetime, float], ...] = ()
    """The window's samples (newest MAX_EVIDENCE_VALUES)."""
    failing_since: datetime | None = None
    since_at_least: bool = False
    """The breach reaches back past the oldest data held: it began at ``failing_since`` or earlier."""
    at: datetime | None = None
    """When it was judged."""

    @property
    def failed(self) -> bool:
        return self.outcome is VerdictOutcome.FAIL

    def line(self) -> str:
        """One line for a banner, a checklist or a terminal: name, verdict, evidence."""
        return f"{self.trigger.name}: {self.outcome.value}: {self.evidence}"

    def to_json(self) -> dict[str, Any]:
        trigger = self.trigger
        return {
            "name": trigger.name,
            "kind": "health" if trigger.is_health else "metric",
            "metric": trigger.metric,
            "target": self.target or trigger.target,
            "above": trigger.above,
            "below": trigger.below,
            "window_s": trigger.window_s or None,
            "consecutive": trigger.consecutive or None,
            "verdict": self.outcome.value,
            "evidence": self.evidence,
            "failing_since": self.failing_since.isoformat() if self.failing_since else None,
            "failing_since_at_least": self.since_at_least,
            "values": [[at.isoformat(), value] for at, value in self.values],
            "judged_at": self.at.isoformat() if self.at else None,
        }


def evaluate_metric(
    trigger: Trigger,
    samples: Sequence[MetricSample],
    now: datetime,
    *,
    stale_after_s: float,
    unit: str = "",
    target: str | None = None,
) -> TriggerVerdict:
    """Judge a metric trigger on ``samples`` (oldest first) as of ``now``; samples after ``now`` are ignored."""
    unit = unit or DEFAULT_UNITS.get(trigger.metric or "", "")
    name = f"{target}: {trigger.metric}" if target else str(trigger.metric)

    def verdict(outcome: VerdictOutcome, evidence: str, **more: Any) -> TriggerVerdict:
        return TriggerVerdict(trigger, outcome, evidence, target, at=now, **more)

    end = bisect.bisect_right(samples, now, key=_at)
    if end == 0:
        return verdict(VerdictOutcome.INCONCLUSIVE, f"{name}: no data")
    latest = samples[end - 1]
    age = (now - latest.at).total_seconds()
    shown = format_value(latest.value, unit)
    if age > stale_after_s:
        return verdict(VerdictOutcome.INCONCLUSIVE, f"{name}: latest sample ({shown}) is {duration(age)} old")
    window_start = bisect.bisect_left(samples, latest.at - timedelta(seconds=trigger.window_s), 0, end, key=_at)
    values = tuple((s.at, s.value) for s in samples[max(window_start, end - MAX_EVIDENCE_VALUES) : end])
    relation = f"{'>' if trigger.above is not None else '<'} {format_value(trigger.threshold or 0.0, unit)}"
    summary = _summary(samples[window_start:end], unit, trigger.window_s)
    if not trigger.breached(latest.value):
        return verdict(VerdictOutcome.PASS, f"{name} {shown}, not {relation}{summary}", values=values)
    first = breach_start(trigger, samples, end, timedelta(seconds=stale_after_s))
    began = samples[first].at
    lasted = (latest.at - began).total_seconds()
    held_since = f"{relation} since {clock(began)}"
    if lasted >= trigger.window_s:
        since = began + timedelta(seconds=trigger.window_s)
        at_least = first == 0
        held_since = f"{relation} since {'before ' if at_least else ''}{clock(began)}"
        failing = f"failing since {'before ' if at_least else ''}{clock(since)}"
        if at_least:
            failing += " (the oldest data held)"
        return verdict(VerdictOutcome.FAIL, f"{name} {shown}, {held_since}: {failing}{summary}",
                       values=values, failing_since=since, since_at_least=at_least)
    interrupted = first > 0 and not trigger.breached(samples[first - 1].value)
    progress = f"{held_since} ({duration(lasted)} of {duration(trigger.window_s)})"
    if interrupted:
        return verdict(VerdictOutcome.PASS, f"{name} {shown}, {progress}{summary}", values=values)
    why = "a gap in the data" if first > 0 else "the oldest data held"
    return verdict(VerdictOutcome.INCONCLUSIVE, f"{name} {shown}, {progress}, back to {why}", values=values)


def breach_start(trigger: Trigger, samples: Sequence[MetricSample], end: int, gap: timedelta) -> int:
    """Index of the first sample of the breach that ``samples[end - 1]`` belongs to: back to the last sample within
    bounds, a gap longer than ``gap``, or the oldest sample.

    Scanned newest first in chunks growing fourfold, each chunk settled by C-level ``min``/``max``/``any`` over
    ``map`` (no Python loop per sample, no list per chunk beyond its slice): a breach lasting all day is 5,760
    samples at 15 s, and every publication re-judges every trigger. Only the chunk where the breach begins is
    searched sample by sample.
    """
    above = trigger.above is not None
    limit = float(trigger.above) if trigger.above is not None else float(trigger.below or 0.0)
    stop, chunk = end, CHUNK
    while stop > 0:
        start = max(0, stop - chunk)
        # Include the sample after the chunk, so a gap between two chunks is seen.
        part = samples[start : min(end, stop + 1)]
        edge = min(map(_VALUE, part[: stop - start])) if above else max(map(_VALUE, part[: stop - start]))
        ended = not (edge > limit if above else edge < limit)
        times = list(map(_AT, part))
        gapped = len(times) > 1 and max(map(operator.sub, times[1:], times)) > gap
        if ended or gapped:
            return _start_within(trigger, samples, start, stop, end, gap)
        stop, chunk = start, chunk * 4
    return 0


def _start_within(trigger: Trigger, samples: Sequence[MetricSample], start: int, stop: int, end: int,
                  gap: timedelta) -> int:
    """The breach's first sample, known to lie in ``samples[start:stop]`` (or to be ``stop``)."""
    index = stop - 1
    while index >= start:
        sample = samples[index]
        if not trigger.breached(sample.value):
            return index + 1
        if index + 1 < end and samples[index + 1].at - sample.at > gap:
            return index + 1
        index -= 1
    return start


class HealthResult(msgspec.Struct, frozen=True):
    """One health check as a trigger counts it."""

    at: datetime
    failed: bool
    """The check failed, or could not be made at all (refused, timed out: the service may be down)."""
    unknown: bool = False
    """The check answered but its state is unknown: it neither counts as a failure nor as a pass."""
    summary: str = ""


def evaluate_health(
    trigger: Trigger, checks: Sequence[HealthResult], now: datetime, *, stale_after_s: float, target: str | None = None
) -> TriggerVerdict:
    """Judge a health trigger on the checks seen (oldest first): fail on ``consecutive`` failures in a row."""
    name = target or "health"

    def verdict(outcome: VerdictOutcome, evidence: str, **more: Any) -> TriggerVerdict:
        return TriggerVerdict(trigger, outcome, evidence, target, at=now, **more)

    if not checks:
        return verdict(VerdictOutcome.INCONCLUSIVE, f"{name}: no health check yet")
    latest = checks[-1]
    age = (now - latest.at).total_seconds()
    if age > stale_after_s:
        return verdict(VerdictOutcome.INCONCLUSIVE, f"{name}: last check {duration(age)} ago")
    if latest.unknown:
        return verdict(VerdictOutcome.INCONCLUSIVE, f"{name}: {latest.summary or 'state unknown'}")
    if not latest.failed:
        return verdict(VerdictOutcome.PASS, f"{name}: {latest.summary or 'healthy'}")
    run = 0
    for check in reversed(checks):
        if not check.failed or check.unknown:
            break
        run += 1
    needed = trigger.consecutive
    if run >= needed:
        first = checks[len(checks) - run].at
        since = checks[len(checks) - run + needed - 1].at
        return verdict(VerdictOutcome.FAIL,
                       f"{name}: failing since {clock(since)} ({needed}+ failed checks in a row, the first at "
                       f"{clock(first)}): {latest.summary}",
                       failing_since=since)
    counted = f"{name}: {run} of {needed} failed checks in a row: {latest.summary}"
    if run < len(checks):
        return verdict(VerdictOutcome.PASS, counted)
    return verdict(VerdictOutcome.INCONCLUSIVE, counted + " (no earlier check seen)")


def _at(sample: MetricSample) -> datetime:
    return sample.at


def _summary(window: Sequence[MetricSample], unit: str, window_s: float) -> str:
    if not window_s or len(window) < 2:
        return ""
    low = min(s.value for s in window)
    high = max(s.value for s in window)
    return (f"; last {duration(window_s)}: {len(window)} samples, "
            f"{format_value(low, unit)} to {format_value(high, unit)}")


def clock(at: datetime) -> str:
    return f"{at:%H:%M:%S}"
