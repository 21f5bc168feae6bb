"""Keys as SSH delivers them: several in one read, queued before the app has handled the first."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual import events
from textual.pilot import Pilot

CHARACTERS = {"escape": "\x1b", "enter": "\r"}


async def burst(pilot: Pilot[Any], keys: Iterable[str]) -> None:
    """Queue every key at once (Pilot's ``press`` waits for the app to go idle after each one), then wait.
    A string is one key per character; other keys by name ("escape", "enter")."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        event = events.Key(key, CHARACTERS.get(key, key))
        event.set_sender(pilot.app)
        driver.send_message(event)
    await pilot.pause()
