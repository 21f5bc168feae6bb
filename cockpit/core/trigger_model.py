"""What a rollback trigger is (the config's ``[[triggers]]`` and seed 003's defaults), free of any evaluation code so
loading a config stays light. Judging lives in ``cockpit.triggers``."""

from __future__ import annotations

import msgspec

from cockpit.core.judging import HOLD_S, MIN_REQUESTS


class Trigger(msgspec.Struct, frozen=True):
    name: str
    metric: str | None = None
    """A named series (error_rate, p95_latency_ms...); None for a health trigger."""
    target: str | None = None
    """Where to read it; None: the first target (in configuration order) that has it / every health check."""
    above: float | None = None
    below: float | None = None
    window_s: float = 0.0
    """``for``: how long the breach must last; 0: the latest sample decides."""
    consecutive: int = 0
    """Health triggers: this many failed checks in a row."""
    line: int = 0
    """Where the trigger is written in the config (0: a default)."""
    min_requests: float = MIN_REQUESTS
    """A ratio of requests (error_rate) is judged over at least this many requests (``cockpit.core.sample_size``)."""
    hold_s: float = HOLD_S
    """A change of verdict counts (banner, timeline) once it has held this long (``cockpit.core.verdicts.Steady``)."""

    @property
    def is_health(self) -> bool:
        return self.metric is None

    def breached(self, value: float) -> bool:
        return (self.above is not None and value > self.above) or (self.below is not None and value < self.below)

    @property
    def threshold(self) -> float | None:
        return self.above if self.above is not None else self.below

    def describe(self, unit: str = "") -> str:
        if self.is_health:
            where = f"{self.target}'s health check" if self.target else "a health check"
            return f"{where} fails {self.consecutive} times in a row"
        relation = ">" if self.above is not None else "<"
        threshold = format_value(self.threshold or 0.0, unit or DEFAULT_UNITS.get(self.metric or "", ""))
        window = f" for {duration(self.window_s)}" if self.window_s else ""
        return f"{self.metric} {relation} {threshold}{window}"


DEFAULT_UNITS = {"error_rate": "ratio", "p95_latency_ms": "ms", "requests_per_s": "req/s", "memory": "%"}

SEED_TRIGGERS = (
    Trigger("error rate", metric="error_rate", above=0.05, window_s=120.0),
    Trigger("p95 latency", metric="p95_latency_ms", above=2000.0, window_s=300.0),
    Trigger("health", consecutive=3),
)
"""Seed 003's automated rollback triggers, which apply when an environment configures none."""


def format_value(value: float, unit: str) -> str:
    if unit == "ratio":
        return f"{value * 100:.3g}%"
    if unit == "%":
        return f"{value:.3g}%"
    if unit == "ms" and value >= 1000:
        return f"{value / 1000:.3g} s"
    return f"{value:.4g} {unit}".rstrip()


def duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{rest:02d}s" if rest else f"{minutes}m"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"
