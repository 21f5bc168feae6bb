"""How long the event loop went without running a task, while some work ran: the stall an operator would feel."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

TICK_S = 0.002
"""The ticker asks to run again this soon; a gap much longer than this is time the loop was held."""


@asynccontextmanager
async def loop_gaps() -> AsyncIterator[list[float]]:
    """Yields the list of gaps (seconds) between the ticks of a task that wakes every ``TICK_S``, filled while the
    body runs: the ticker has ticked once before the body starts, and once more after it, so the step that ends the
    body, if it held the loop, records that gap too. An instrument, not a wait: nothing here waits for a condition."""
    gaps: list[float] = []
    ticked = asyncio.Event()

    async def ticker() -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(TICK_S)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
            ticked.set()

    ticking = asyncio.create_task(ticker())
    try:
        await ticked.wait()
        gaps.clear()
        yield gaps
        ticked.clear()
        await ticked.wait()
    finally:
        ticking.cancel()
