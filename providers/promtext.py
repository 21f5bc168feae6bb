"""Request counters from a Prometheus text scrape, and the window figures two scrapes give.

A service's ``/metrics`` holds cumulative counters; what an operator wants is "now": the error ratio, p95 latency
and request rate between two scrapes. This is the same arithmetic Prometheus does for ``rate()`` and
``histogram_quantile()``, for targets the cockpit scrapes itself (no Prometheus server in between).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import msgspec


class RequestCounters(msgspec.Struct, frozen=True):
    """Cumulative request counters (or their growth over a window)."""

    by_status: Mapping[str, float]
    """Requests per HTTP status code, e.g. {"200": 1520.0, "500": 31.0}."""
    buckets: tuple[tuple[float, float], ...]
    """(upper bound in seconds, cumulative count) of the latency histogram, ascending, ending with +Inf."""

    @property
    def total(self) -> float:
        return sum(self.by_status.values())

    @property
    def server_errors(self) -> float:
        return sum(count for status, count in self.by_status.items() if status.startswith("5"))

    def since(self, earlier: RequestCounters) -> RequestCounters:
        """Growth from ``earlier`` to these counters.

        A counter that went down means the process restarted and counted again from zero (Prometheus's reset rule),
        so the growth is the whole current value; rates never go negative.
        """
        if self._reset_since(earlier):
            return self
        by_status = {status: count - earlier.by_status.get(status, 0.0) for status, count in self.by_status.items()}
        before = dict(earlier.buckets)
        buckets = tuple((bound, count - before.get(bound, 0.0)) for bound, count in self.buckets)
        return RequestCounters(by_status, buckets)

    def _reset_since(self, earlier: RequestCounters) -> bool:
        if any(self.by_status.get(status, 0.0) < count for status, count in earlier.by_status.items()):
            return True
        now = dict(self.buckets)
        return any(now.get(bound, 0.0) < count for bound, count in earlier.buckets)


def parse_request_counters(
    text: str,
    *,
    requests: str = "http_requests_total",
    duration: str = "http_request_duration_seconds",
    status_label: str = "status",
) -> RequestCounters:
    """Sum ``requests`` by ``status_label`` and the ``duration`` histogram over all other labels.

    Raises ValueError when the text is not the Prometheus text format or holds neither metric.
    """
    from prometheus_client.parser import text_string_to_metric_families

    by_status: dict[str, float] = {}
    buckets: dict[float, float] = {}
    try:
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == requests:
                    status = sample.labels.get(status_label, "")
                    by_status[status] = by_status.get(status, 0.0) + sample.value
                elif sample.name == f"{duration}_bucket":
                    bound = float(sample.labels["le"])
                    buckets[bound] = buckets.get(bound, 0.0) + sample.value
    except (ValueError, KeyError, IndexError) as error:
        raise ValueError(f"not the Prometheus text format: {error}") from error
    if not by_status and not buckets:
        raise ValueError(f"neither {requests} nor {duration} in the scrape")
    return RequestCounters(by_status, tuple(sorted(buckets.items())))


def histogram_quantile(quantile: float, buckets: tuple[tuple[float, float], ...]) -> float | None:
    """The ``quantile`` (0..1) of a cumulative histogram, interpolated linearly inside its bucket.

    As Prometheus does: the first bucket starts at 0, and a rank in the +Inf bucket answers the highest finite
    bound. None when the histogram is empty.
    """
    if not buckets or buckets[-1][1] <= 0:
        return None
    rank = quantile * buckets[-1][1]
    lower_bound, lower_count = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if math.isinf(bound):
                return lower_bound
            if count == lower_count:
                return bound
            return lower_bound + (bound - lower_bound) * (rank - lower_count) / (count - lower_count)
        lower_bound, lower_count = bound, count
    return lower_bound
