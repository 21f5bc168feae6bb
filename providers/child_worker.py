"""A reader child that stays: one ``python -m MODULE`` process answering request after request, for a provider whose
every poll may bring large answers (a child per answer would pay a Python start, ~100 ms, each time).

Started by the first request, at a lower priority (``child_reader.child_argv``); one request at a time. A request is
the JSON header line and the body, as for ``child_reader.ask_child``; an answer is 8 bytes of length (big-endian),
then that many bytes. A request that fails in any way (cancelled, timed out, the child killed or crashed, an answer
over its ceiling) kills the child: the next request starts a new one, and no half-read answer is ever taken for the
next one's. ``close()`` ends it.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from typing import Any

import msgspec

from .base import BadResponse
from .child_reader import HEADER_BYTES, MAX_STDERR_BYTES, read_request, start_child, why_failed, write_request

LENGTH_BYTES = 8
GONE_S = 1.0
"""How long a child whose pipe broke gets to finish exiting before it is killed."""


class ChildWorker:
    def __init__(self, module: str) -> None:
        self.module = module
        self._child: asyncio.subprocess.Process | None = None
        self._turn: asyncio.Lock | None = None

    async def ask(self, header: dict[str, Any], body: bytes, *, max_answer: int, what: str, target: str) -> bytes:
        """The worker's answer to one request. Raises ``BadResponse`` ("``what``: could not be read (why)")."""
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            child = await self._started()
            assert child.stdin is not None and child.stdout is not None
            try:
                await write_request(child.stdin, msgspec.json.encode(header) + b"\n", body)
                length = int.from_bytes(await child.stdout.readexactly(LENGTH_BYTES), "big")
                if length > max_answer:
                    raise BadResponse(f"{what}: could not be read (the reader answered {length:,} bytes)",
                                      target=target)
                return await child.stdout.readexactly(length)
            except (asyncio.IncompleteReadError, BrokenPipeError, ConnectionResetError):
                raise BadResponse(f"{what}: could not be read ({await self._why_gone(child)})",
                                  target=target) from None
            except BaseException:  # cancelled, timed out, a bad answer: the child's state is unknown
                await self._end(child)
                raise

    async def close(self) -> None:
        if self._child is not None:
            await self._end(self._child)

    async def _end(self, child: asyncio.subprocess.Process) -> None:
        if self._child is child:
            self._child = None
        if child.stdin is not None:
            child.stdin.close()  # with its pipes closed the process's transport is done: none is left to the GC
        if child.returncode is None:
            child.kill()
            await child.wait()

    async def _started(self) -> asyncio.subprocess.Process:
        if self._child is not None and self._child.returncode is not None:
            await self._end(self._child)  # died between two requests: a new one reads this request
        if self._child is None:
            self._child = await start_child(self.module)
        return self._child

    async def _why_gone(self, child: asyncio.subprocess.Process) -> str:
        """The dead child's last stderr line, or its exit status (it is ended if it was not)."""
        try:
            async with asyncio.timeout(GONE_S):
                await child.wait()  # killing a child that exited but is not yet reaped would lose its status
        except TimeoutError:
            pass
        await self._end(child)
        err = await child.stderr.read(MAX_STDERR_BYTES) if child.stderr is not None else b""
        return why_failed(err, child.returncode)


def serve(answer: Callable[[dict[str, Any], bytes], bytes], header_bytes: int = HEADER_BYTES) -> None:
    """In the child: answer requests until stdin ends."""
    out = sys.stdout.buffer
    while True:
        try:
            header, body = read_request(header_bytes)
        except EOFError:
            break
        reply = answer(header, body)
        out.write(len(reply).to_bytes(LENGTH_BYTES, "big") + reply)
        out.flush()
    os._exit(0)
