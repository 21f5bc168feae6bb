"""Reading a health answer's JSON without ever holding up the UI: large bodies are read in a child process.

The hub polls on the UI's event loop. Decoding a large JSON body there freezes every pane and the keyboard, and a
thread is no way out: decoding and freeing hundreds of thousands of objects holds the GIL, and so do the garbage
collections they trigger (measured: 70-300 ms frames). So a body up to ``INLINE_JSON_BYTES`` is decoded inline (a
few milliseconds with msgspec), and a larger one is handed to ``python -m cockpit.providers.health_reader``, which
counts its values before decoding anything (past ``max_items`` it is refused undecoded), decodes it under the
ceilings and sends back only the ``Reading`` (verdict, version, at most ``MAX_COMPONENTS`` components, every string
already one bounded visible line). The event loop only moves bytes through a pipe, a chunk per step (``child_reader``).

Protocol (stdin): one JSON header line ``{"max_items": N, "max_depth": N, "max_bytes": N}``, then the body.
Stdout: one JSON object, ``{"kind": "reading", "state", "version", "components": [[name, state, detail]...]}``,
``{"kind": "not_object"}``, or ``{"kind": "TooComplex" | "InvalidJson", "message": ...}``.
"""

from __future__ import annotations

import asyncio
import os
import sys
from typing import Any

import msgspec

from . import health_body
from .base import BadResponse, TimedOut
from .child_reader import ask_child, read_request
from .limits import (
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ITEMS,
    InvalidJson,
    TooComplex,
    count_values,
    decode_json_sync,
)
from .results import ComponentHealth, State

INLINE_JSON_BYTES = 256 * 1024
"""Bodies up to this size decode on the caller's loop (msgspec: a few ms); larger ones go to the child."""
MAX_ANSWER_BYTES = 1024 * 1024
"""The child's answer is at most MAX_COMPONENTS bounded lines: anything longer is a broken child."""


async def read_health_json(
    body: bytes,
    *,
    what: str,
    target: str,
    deadline: float,
    max_items: int = DEFAULT_MAX_ITEMS,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> health_body.Reading | None:
    """What the JSON ``body`` says as a health answer; None when it is valid JSON but not an object.

    Raises ``InvalidJson``, ``TooComplex``, ``TimedOut`` past ``deadline`` (event-loop time), or ``BadResponse``
    when the child could not read it (killed, out of memory).
    """
    if len(body) <= INLINE_JSON_BYTES:
        value = decode_json_sync(body, max_items=max_items, max_depth=max_depth, what=what, target=target)
        return health_body.read(value) if isinstance(value, dict) else None
    try:
        async with asyncio.timeout_at(deadline):
            answer = await _ask_child(body, {"max_items": max_items, "max_depth": max_depth,
                                             "max_bytes": len(body)}, what=what, target=target)
    except TimeoutError as error:
        raise TimedOut(f"{what}: not read within the check's timeout ({len(body):,} bytes)", target=target) from error
    return _reading(answer, what=what, target=target)


async def _ask_child(body: bytes, header: dict[str, int], *, what: str, target: str) -> dict[str, Any]:
    out = await ask_child(__name__, header, body, max_answer=MAX_ANSWER_BYTES, what=what, target=target)
    try:
        answer = msgspec.json.decode(out)
    except msgspec.DecodeError:
        answer = None
    if isinstance(answer, dict):
        return answer
    raise BadResponse(f"{what}: could not be read (the reader's answer was malformed)", target=target)


def _reading(answer: dict[str, Any], *, what: str, target: str) -> health_body.Reading | None:
    kind = answer.get("kind")
    if kind == "not_object":
        return None
    # The child's messages start where ``what`` goes: the URL never goes to the child, only the body.
    message = what + str(answer.get("message", ""))
    if kind == "TooComplex":
        raise TooComplex(message, target=target)
    if kind == "InvalidJson":
        raise InvalidJson(message, target=target)
    try:
        return health_body.Reading(
            state=State(answer["state"]),
            version=answer["version"],
            components=tuple(ComponentHealth(name, State(state), detail)
                             for name, state, detail in answer["components"]),
        )
    except (KeyError, ValueError, TypeError) as error:
        raise BadResponse(f"{what}: could not be read (the reader's answer was malformed)", target=target) from error


# -- the child ------------------------------------------------------------------------------------------------


def answer_for(body: bytes, max_items: int, max_depth: int) -> dict[str, Any]:
    """The child's whole job, importable for tests: count, decode under the ceilings, reduce to a Reading."""
    if count_values(body) > max_items:  # refused undecoded: no answer costs more than max_items values
        return {"kind": "TooComplex", "message": f" has more than {max_items:,} JSON values"}
    try:
        value = decode_json_sync(body, max_items=max_items, max_depth=max_depth, what="")
    except (TooComplex, InvalidJson) as error:
        return {"kind": type(error).__name__, "message": error.message}
    if not isinstance(value, dict):
        return {"kind": "not_object"}
    reading = health_body.read(value)
    return {
        "kind": "reading",
        "state": reading.state.value,
        "version": reading.version,
        "components": [[c.name, c.state.value, c.detail] for c in reading.components],
    }


def main() -> None:
    header, body = read_request()
    answer = answer_for(body, header["max_items"], header["max_depth"])
    sys.stdout.buffer.write(msgspec.json.encode(answer))
    sys.stdout.flush()
    # The decoded document dies with the process: skip freeing it object by object.
    os._exit(0)


if __name__ == "__main__":
    main()
