"""The API's JSON answers decoded into the ``wire`` shapes, off the event loop when they are large.

An answer may be up to 64 MiB (``client.MAX_RESPONSE``): a namespace of thousands of pods, or a hostile server.
Decoding that on the loop (the UI's) freezes every pane and key for a hundred milliseconds or more, and a thread is
no way out (msgspec holds the GIL for the whole decode). So an answer up to ``INLINE_BYTES`` is decoded in place (a
millisecond or two), and a larger one by ``python -m cockpit.providers.kubernetes.decoding``, a child process that
stays for the next answers (``child_worker``; one per target, started by its first large answer). It decodes with
the same typed shape, keeps only the objects that belong to what the poll reads, and sends them back as MessagePack,
one object each. The loop decodes those a slice at a time, yielding between slices: the frame cost is bounded by
what one object keeps (at most ``MAX_OBJECT_BYTES``), not by the answer.

Request: one JSON header line ``{"kind": "Pod", "many": true, "belonging_to": [uid...] | null, "max_bytes": N}``,
then the body. Answer: a ``Kept`` in MessagePack (``items``, or ``error``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from typing import Any, TypeVar

import msgspec

from ..base import BadResponse, TimedOut
from ..child_worker import ChildWorker, serve
from .wire import Deployment, Event, ObjectList, Pod, ReplicaSet, Service, Wire

W = TypeVar("W", bound=Wire)
INLINE_BYTES = 256 * 1024
"""Answers up to this size decode on the caller's loop; larger ones go to the child."""
STEP_BYTES = 256 * 1024
"""MessagePack of kept objects decoded per loop step (about a millisecond), before the loop gets a turn."""
MAX_OBJECT_BYTES = 2 * 1024 * 1024
"""The fields the cockpit reads of one object, encoded: etcd stores at most 1.5 MiB per object, so only a broken
or hostile server sends more, and one object is what the loop decodes in one step."""
HEADER_BYTES = 16 * 1024 * 1024
"""The header carries the uids the kept objects must belong to (a pod list's events: every pod's uid)."""
KINDS: dict[str, type[Wire]] = {kind.__name__: kind for kind in (Deployment, ReplicaSet, Pod, Event, Service)}


class Kept(msgspec.Struct):
    """The child's answer: each kept object as MessagePack, or why the answer could not be decoded."""

    items: list[msgspec.Raw] = []
    error: str = ""


def worker() -> ChildWorker:
    """The child that decodes a target's large answers (its client closes it)."""
    return ChildWorker(__name__)


async def decode_items(data: bytes, kind: type[W], *, what: str, target: str, timeout_s: float, child: ChildWorker,
                       belonging_to: Collection[str] | None = None) -> list[W]:
    """The ``items`` of an answer that is a list of ``kind``; with ``belonging_to``, only the objects controlled by
    (for events: about) one of those uids. Raises ``BadResponse`` for an answer of another shape."""
    if len(data) <= INLINE_BYTES:
        answer = _decoded(data, ObjectList[kind], what=what, target=target)  # type: ignore[valid-type]
        return _belonging(answer.items, belonging_to)
    return await _from_child(child, data, kind, True, belonging_to, what=what, target=target, timeout_s=timeout_s)


async def decode_object(data: bytes, kind: type[W], *, what: str, target: str, timeout_s: float,
                        child: ChildWorker) -> W:
    """An answer that is one ``kind`` object (a get)."""
    if len(data) <= INLINE_BYTES:
        one: W = _decoded(data, kind, what=what, target=target)
        return one
    (one,) = await _from_child(child, data, kind, False, None, what=what, target=target, timeout_s=timeout_s)
    return one


def _decoded(data: bytes, shape: type[Any], *, what: str, target: str) -> Any:
    try:
        return msgspec.json.decode(data, type=shape)
    except (msgspec.DecodeError, RecursionError) as error:  # RecursionError: nested past msgspec's stack
        raise _unexpected(what, str(error), target) from None


def _unexpected(what: str, why: str, target: str) -> BadResponse:
    return BadResponse(f"{what}: unexpected answer from the API server: {why}", target=target)


async def _from_child(child: ChildWorker, data: bytes, kind: type[W], many: bool,
                      belonging_to: Collection[str] | None, *, what: str, target: str, timeout_s: float) -> list[W]:
    header = {"kind": kind.__name__, "many": many, "max_bytes": len(data),
              "belonging_to": None if belonging_to is None else sorted(belonging_to)}
    try:
        async with asyncio.timeout(timeout_s):
            # MessagePack is never longer than the JSON it was read from, but for a few bytes per object.
            out = await child.ask(header, data, max_answer=2 * len(data) + 1024, what=what, target=target)
    except TimeoutError as error:
        raise TimedOut(f"{what}: not read within {timeout_s:g} s ({len(data):,} bytes)", target=target) from error
    try:
        kept = msgspec.msgpack.decode(out, type=Kept)
    except msgspec.DecodeError as error:
        raise BadResponse(f"{what}: could not be read (the reader's answer was malformed)", target=target) from error
    if kept.error:
        raise _unexpected(what, kept.error, target)
    decoder = msgspec.msgpack.Decoder(kind)
    objects: list[W] = []
    step = 0
    for raw in kept.items:
        objects.append(decoder.decode(raw))
        step += len(raw)
        if step >= STEP_BYTES:
            step = 0
            await asyncio.sleep(0)  # the loop's turn: a slice of objects per step, not the whole answer
    return objects


def _belonging(items: list[W], uids: Collection[str] | None) -> list[W]:
    """The objects controlled by (events: about) one of ``uids``; all of them when ``uids`` is None."""
    if uids is None:
        return items
    wanted = uids if isinstance(uids, set | frozenset) else set(uids)
    return [item for item in items if _owners(item) & wanted]


def _owners(item: Wire) -> set[str]:
    if isinstance(item, Event):
        return {item.involved_object.uid}
    meta = getattr(item, "metadata", None)
    return {ref.uid for ref in meta.owner_references if ref.controller} if meta is not None else set()


# -- the child ------------------------------------------------------------------------------------------------


def kept_for(body: bytes, kind: type[Wire], many: bool, belonging_to: Collection[str] | None) -> Kept:
    """The child's whole job, importable for tests: decode with the typed shape, keep what belongs, encode."""
    try:
        if many:
            objects = _belonging(msgspec.json.decode(body, type=ObjectList[kind]).items,  # type: ignore[valid-type]
                                 belonging_to)
        else:
            objects = [msgspec.json.decode(body, type=kind)]
    except (msgspec.DecodeError, RecursionError) as error:
        return Kept(error=str(error))
    encoder = msgspec.msgpack.Encoder()
    items = [msgspec.Raw(encoder.encode(item)) for item in objects]
    if any(len(item) > MAX_OBJECT_BYTES for item in items):
        return Kept(error=f"an object holds more than {MAX_OBJECT_BYTES // 2**20} MiB of the fields the cockpit "
                          f"reads (etcd stores at most 1.5 MiB per object)")
    return Kept(items=items)


def answer(header: dict[str, Any], body: bytes) -> bytes:
    return msgspec.msgpack.encode(kept_for(body, KINDS[header["kind"]], header["many"], header["belonging_to"]))


def main() -> None:
    serve(answer, HEADER_BYTES)


if __name__ == "__main__":
    main()
