"""What the embedded demo service says on the wire, and the figures its metrics text gives.

Decoding an answer into these shapes is its shape check: a missing or mistyped field is a BadResponse in the
provider (``cockpit.providers.demo``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

from .promtext import RequestCounters, histogram_quantile

Timestamp = Annotated[datetime, msgspec.Meta(tz=True)]


class WireRevision(msgspec.Struct):
    revision: str
    image: str
    created_at: Timestamp
    description: str
    current: bool


class WireEvent(msgspec.Struct):
    at: Timestamp
    reason: str
    message: str
    warning: bool


class WireState(msgspec.Struct):
    revision: str
    state: str
    message: str
    desired_replicas: int
    ready_replicas: int
    history: list[WireRevision]
    events: list[WireEvent]
    """Newest first."""


class WireLogLine(msgspec.Struct):
    seq: int
    ts: Timestamp
    level: str
    source: str
    message: str


class ResumePoint(msgspec.Struct, frozen=True):
    """The last line a stream delivered, so a reconnect asks the service for what follows it."""

    seq: int
    at: datetime


def window_figures(window: RequestCounters, seconds: float) -> dict[str, float]:
    """Error ratio, p95 latency (ms) and request rate of one window; rates need time, ratios need traffic."""
    figures: dict[str, float] = {}
    if seconds > 0:
        figures["requests_per_s"] = window.total / seconds
    if window.total > 0:
        figures["error_rate"] = window.server_errors / window.total
        p95 = histogram_quantile(0.95, window.buckets)
        if p95 is not None:
            figures["p95_latency_ms"] = p95 * 1000
    return figures
