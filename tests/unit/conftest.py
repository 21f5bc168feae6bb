"""Fixtures for the timeline's readers (exports, stats): a real SQLite file on a clock the test controls."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from cockpit.core.timeline import Timeline
from tests.unit.live_hub import Hubs
from tests.unit.review_support import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timeline(tmp_path: Path, clock: Clock) -> Iterator[Timeline]:
    with Timeline(tmp_path / "timeline.db", clock=clock) as opened:
        yield opened


@pytest.fixture
async def hubs() -> AsyncIterator[Hubs]:
    """Start hubs over scripted providers with ``await hubs.start(...)``; all are stopped after the test."""
    started = Hubs()
    try:
        yield started
    finally:
        await started.stop()
