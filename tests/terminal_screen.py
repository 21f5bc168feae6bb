"""What an operator's terminal shows: a PtySession's output fed through a VT100 emulator (pyte), read as lines.

Tests and benchmarks ask "is this on the screen now?" instead of searching the raw byte stream, which holds every
frame ever drawn and escape sequences between the words.
"""

from __future__ import annotations

import os
import select
import time
from collections.abc import Callable, Sequence

import pyte

from tests.terminal import PtySession


class TerminalScreen:
    """A program on a real pseudo-terminal of ``columns`` x ``rows`` and the screen it draws."""

    def __init__(self, argv: Sequence[str], *, columns: int = 80, rows: int = 24, **options: object) -> None:
        self.session = PtySession(argv, columns=columns, rows=rows, **options)  # type: ignore[arg-type]
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)

    def lines(self) -> list[str]:
        return [line.rstrip() for line in self.screen.display]

    def text(self) -> str:
        return "\n".join(self.lines())

    def _read(self, timeout: float) -> bool:
        """Feed what the program wrote within ``timeout``; False once it has closed the terminal."""
        ready, _, _ = select.select([self.session.master], [], [], max(timeout, 0))
        if not ready:
            return True
        try:
            chunk = os.read(self.session.master, 65536)
        except OSError:
            return False
        self.session.output += chunk
        self.stream.feed(chunk)
        return bool(chunk)

    def wait_until(self, condition: Callable[[str], bool], timeout: float, what: str = "") -> float:
        """Seconds (perf_counter) when the screen's text first satisfied ``condition``; raises on timeout."""
        deadline = time.perf_counter() + timeout
        while not condition(self.text()):
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError(f"not on screen within {timeout} s: {what}\n{self.text()}")
            if not self._read(min(left, 0.2)):
                raise TimeoutError(f"the program closed the terminal before: {what}\n{self.text()}")
        return time.perf_counter()

    def wait_for_text(self, needle: str, timeout: float) -> float:
        return self.wait_until(lambda text: needle in text, timeout, repr(needle))

    def drain(self, timeout: float) -> bytes:
        """Everything written until the program exits and closes the terminal (or ``timeout``): what it printed
        after leaving the screen."""
        start = len(self.session.output)
        deadline = time.perf_counter() + timeout
        while (left := deadline - time.perf_counter()) > 0 and self._read(min(left, 0.2)):
            pass
        return bytes(self.session.output[start:])

    def send(self, keys: str) -> None:
        """Every key in one write: the program reads them as one burst, as it does over SSH."""
        self.session.send(keys)

    def close(self) -> None:
        self.session.close()
