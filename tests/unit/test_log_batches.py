"""Log lines reach the Logs pane in paced batches: the backlog at once, then one batch per interval, and a lone line
never waits for a successor (a quiet service's last line used to sit until the stream timed out)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from cockpit.core.log_batches import FIRST_BATCH_S, LogBatches
from cockpit.providers.results import LogLine

AT = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def line(text: str) -> LogLine:
    return LogLine(AT, "api", text, "INFO")


class Published:
    def __init__(self) -> None:
        self.batches: list[tuple[float, list[str]]] = []
        self.arrived = asyncio.Event()

    def __call__(self, lines: list[LogLine]) -> None:
        self.batches.append((asyncio.get_running_loop().time(), [entry.message for entry in lines]))
        self.arrived.set()

    async def next(self) -> list[str]:
        self.arrived.clear()
        await asyncio.wait_for(self.arrived.wait(), 5)
        return self.batches[-1][1]


async def test_the_backlog_goes_at_once_then_one_batch_per_interval() -> None:
    published = Published()
    opened = asyncio.get_running_loop().time()
    batches = LogBatches(published, interval_s=0.5, keep=100)
    for number in range(3):
        batches.add(line(f"backlog {number}"))
    assert published.batches == []  # collected first, not a repaint per line
    assert await published.next() == ["backlog 0", "backlog 1", "backlog 2"]
    first_at = published.batches[0][0]
    assert first_at - opened < 0.5 and first_at - opened >= FIRST_BATCH_S - 0.01
    batches.add(line("soon after"))
    batches.add(line("and another"))
    assert await published.next() == ["soon after", "and another"]
    assert published.batches[1][0] - first_at >= 0.5 - 0.01


async def test_a_lone_line_is_handed_on_without_waiting_for_a_successor() -> None:
    published = Published()
    batches = LogBatches(published, interval_s=0.3, keep=100)
    batches.add(line("first"))
    await published.next()
    batches.add(line("the last line before the service goes quiet"))
    assert await published.next() == ["the last line before the service goes quiet"]


async def test_cancel_stops_the_timer_and_flush_hands_on_what_is_left() -> None:
    published = Published()
    batches = LogBatches(published, interval_s=0.2, keep=100)
    batches.add(line("pending"))
    batches.cancel()
    past_due = asyncio.Event()
    asyncio.get_running_loop().call_later(FIRST_BATCH_S * 2, past_due.set)  # after the cancelled timer's time
    await past_due.wait()
    assert published.batches == []
    batches.flush()
    assert published.batches[0][1] == ["pending"]


async def test_a_batch_keeps_only_what_the_rings_can_hold() -> None:
    published = Published()
    batches = LogBatches(published, interval_s=0.2, keep=3)
    for number in range(10):
        batches.add(line(f"flood {number}"))
    assert await published.next() == ["flood 7", "flood 8", "flood 9"]
