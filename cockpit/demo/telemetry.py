"""What the demo service's traffic leaves behind: a bounded log ring (NDJSON-ready) and Prometheus counters."""

from __future__ import annotations

import threading
from collections import deque
from datetime import datetime
from typing import Any

from cockpit.providers.results import utcnow

LOG_CAPACITY = 5000
LOG_BACKLOG = 200
"""Lines a ``/logs`` request without ``since`` starts with."""
STREAM_WAKE_S = 0.5
"""A following log stream re-checks for shutdown at least this often."""
BUCKETS_S = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0, 10.0)
STATUSES = (200, 500, 503)
"""Status codes whose counters exist from the start, so a scrape sees every series even before the first error."""




class LogBuffer:
    """A bounded ring of NDJSON-ready log entries with sequence numbers, and a wait for new ones."""

    def __init__(self, capacity: int = LOG_CAPACITY) -> None:
        self._lines: deque[dict[str, Any]] = deque(maxlen=capacity)
        self._next_seq = 1
        self._changed = threading.Condition()
        self._closed = False

    def append(self, level: str, source: str, message: str, at: datetime | None = None) -> None:
        with self._changed:
            stamp = (at or utcnow()).isoformat()
            self._lines.append(
                {"seq": self._next_seq, "ts": stamp, "level": level, "source": source, "message": message}
            )
            self._next_seq += 1
            self._changed.notify_all()

    def after(self, seq: int | None) -> list[dict[str, Any]]:
        """Entries newer than ``seq`` (None: the last LOG_BACKLOG)."""
        with self._changed:
            return self._after_locked(seq)

    def wait_after(self, seq: int, timeout: float) -> list[dict[str, Any]]:
        """Entries newer than ``seq``, waiting up to ``timeout`` for one; empty on timeout or close."""
        with self._changed:
            self._changed.wait_for(lambda: self._closed or self._next_seq - 1 > seq, timeout)
            return [] if self._closed else self._after_locked(seq)

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    @property
    def closed(self) -> bool:
        return self._closed

    def _after_locked(self, seq: int | None) -> list[dict[str, Any]]:
        if seq is None:
            return list(self._lines)[-LOG_BACKLOG:]
        first = self._lines[0]["seq"] if self._lines else self._next_seq
        # Sequence numbers are contiguous, so the position of seq + 1 is arithmetic.
        skip = max(seq + 1 - first, 0)
        return list(self._lines)[skip:]


class RequestMetrics:
    """Counters and a latency histogram, rendered in the Prometheus text format 0.0.4."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_status: dict[int, int] = dict.fromkeys(STATUSES, 0)
        self._bucket_hits = [0] * (len(BUCKETS_S) + 1)
        """Per bucket, not cumulative; the last one is +Inf."""
        self._duration_sum = 0.0

    def observe(self, status: int, duration_s: float) -> None:
        index = next((i for i, bound in enumerate(BUCKETS_S) if duration_s <= bound), len(BUCKETS_S))
        with self._lock:
            self._by_status[status] = self._by_status.get(status, 0) + 1
            self._bucket_hits[index] += 1
            self._duration_sum += duration_s

    def render(self) -> str:
        with self._lock:
            by_status = dict(sorted(self._by_status.items()))
            hits = list(self._bucket_hits)
            duration_sum = self._duration_sum
        lines = [
            "# HELP http_requests_total Checkout requests served, by status code.",
            "# TYPE http_requests_total counter",
            *(f'http_requests_total{{status="{status}"}} {count:.1f}' for status, count in by_status.items()),
            "# HELP http_request_duration_seconds Checkout request duration.",
            "# TYPE http_request_duration_seconds histogram",
        ]
        cumulative = 0
        for bound, count in zip((*(f"{b:g}" for b in BUCKETS_S), "+Inf"), hits, strict=True):
            cumulative += count
            lines.append(f'http_request_duration_seconds_bucket{{le="{bound}"}} {cumulative:.1f}')
        lines.append(f"http_request_duration_seconds_sum {duration_sum:.6f}")
        lines.append(f"http_request_duration_seconds_count {cumulative:.1f}")
        return "\n".join(lines) + "\n"
