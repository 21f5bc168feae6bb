"""Bounded reads of hostile answers: bytes after decompression, JSON items and depth, control characters.

Everything a backend says is data an attacker may have chosen. These helpers put a ceiling on what reading it
can cost: memory (``read_capped`` stops past ``max_bytes`` of *decompressed* body, so a gzip bomb costs its cap,
not its expansion), time on the UI's event loop (``decode_json`` moves large bodies to a thread, decoded with the
pure-Python scanner, which gives the loop the GIL back every few milliseconds; msgspec would hold it throughout),
and the terminal (``visible_text`` and ``one_line``, from ``cockpit.providers.text``, turn escape sequences into
visible characters before anything prints them; imported from here too).
"""

from __future__ import annotations

import asyncio
import gc
import json
import json.decoder
import json.scanner
import threading
import zlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import msgspec

from cockpit.providers.base import BadResponse

# Re-exported (``as``): the text helpers lived here first and providers import them from here.
from cockpit.providers.text import one_line as one_line
from cockpit.providers.text import visible_text as visible_text

if TYPE_CHECKING:
    import httpx

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Default ceiling on a decompressed body: far above any real status answer, far below a memory problem."""
DEFAULT_MAX_ITEMS = 100_000
"""Default ceiling on JSON values (every object, array, key's value and element counts one)."""
DEFAULT_MAX_DEPTH = 64
"""Default ceiling on JSON nesting; real answers nest a handful of levels."""
INLINE_JSON_BYTES = 256 * 1024
"""Bodies up to this size decode on the caller's loop (msgspec: a few ms); larger ones go to a thread."""
SUPPORTED_ENCODINGS = "gzip, deflate"
"""What ``read_capped`` can inflate under its cap: send it as Accept-Encoding (``ACCEPT_ENCODING``)."""
ACCEPT_ENCODING = {"Accept-Encoding": SUPPORTED_ENCODINGS}


class TooLarge(BadResponse):
    """The answer is bigger than the configured ceiling (after decompression)."""

    title = "answer too large"


class TooComplex(BadResponse):
    """The JSON answer has more values, or deeper nesting, than the ceiling allows."""

    title = "answer too complex"


class InvalidJson(BadResponse):
    """The answer says it is JSON (or must be) and is not."""

    title = "invalid JSON"


# -- bytes ----------------------------------------------------------------------------------------------------


class _Inflater:
    """One Content-Encoding layer, inflated at most ``room + 1`` bytes at a time."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._raw_fallback = encoding == "deflate"  # servers send zlib-wrapped or raw deflate under this name
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(wbits)
        self._started = False

    def feed(self, chunk: bytes, room: int) -> bytes:
        try:
            out = self._inflate.decompress(chunk, room + 1)
        except zlib.error:
            if not (self._raw_fallback and not self._started):
                raise
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._inflate.decompress(chunk, room + 1)
        self._started = True
        return out


def _inflaters(content_encoding: str, url: str, target: str) -> list[_Inflater]:
    names = [name.strip().lower() for name in content_encoding.split(",") if name.strip()]
    names = [name for name in names if name != "identity"]
    unknown = [name for name in names if name not in ("gzip", "x-gzip", "deflate")]
    if unknown:
        raise BadResponse(f"{url} answered in an encoding the cockpit does not read: {', '.join(unknown)}",
                          target=target, hint=f"it asked for {SUPPORTED_ENCODINGS} only")
    # Encodings are listed in the order they were applied: undo them last first.
    return [_Inflater(name) for name in reversed(names)]


def _too_large(url: str, max_bytes: int, target: str) -> TooLarge:
    return TooLarge(f"{url} answered more than {human_bytes(max_bytes)} (stopped reading there)", target=target,
                    hint="raise the target's max_body_bytes if this answer is genuine")


async def read_capped(response: httpx.Response, max_bytes: int = DEFAULT_MAX_BYTES, *, target: str = "") -> bytes:
    """The body of a *streamed* httpx response (``client.stream(...)``), decompressed, at most ``max_bytes``.

    Reads the raw bytes and inflates them here, never more than the room left under the cap, so neither a huge
    body nor a small gzip that expands to gigabytes costs more than ``max_bytes`` (plus one network chunk).
    Raises ``TooLarge`` past the cap (a declared Content-Length over it is refused before reading), and
    ``BadResponse`` for an encoding it cannot bound or a corrupt compressed stream.
    """
    url = str(response.request.url)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and not response.headers.get("content-encoding"):
        raise _too_large(url, max_bytes, target)
    layers = _inflaters(response.headers.get("content-encoding", ""), url, target)
    body = bytearray()
    try:
        async for chunk in _raw_chunks(response):
            for layer in layers:
                chunk = layer.feed(chunk, max_bytes - len(body))
            body += chunk
            if len(body) > max_bytes:
                raise _too_large(url, max_bytes, target)
    except zlib.error as error:
        raise BadResponse(f"{url} sent a corrupt compressed body: {error}", target=target) from error
    return bytes(body)


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    async for chunk in response.aiter_raw():
        yield chunk


def human_bytes(count: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= size:
            return f"{count / size:g} {unit}"
    return f"{count} bytes"


# -- JSON -----------------------------------------------------------------------------------------------------


def _slow_decoder() -> json.JSONDecoder:
    # The pure-Python scanner is ~10x slower than msgspec but releases the GIL between bytecodes: run in a
    # thread, it leaves the event loop responsive, where one C call on a 4 MB body would freeze it for 0.1-0.6 s.
    decoder = json.JSONDecoder()
    decoder.parse_string = json.decoder.py_scanstring  # type: ignore[attr-defined]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder


def _measure(value: Any, max_items: int, max_depth: int, what: str, target: str) -> None:
    """Raise TooComplex if ``value`` has more than ``max_items`` values or nests deeper than ``max_depth``."""
    items = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        items += 1
        if items > max_items:
            raise TooComplex(f"{what} has more than {max_items:,} JSON values", target=target)
        if isinstance(node, (dict, list)):
            if depth > max_depth:
                raise TooComplex(f"{what} nests deeper than {max_depth} levels", target=target)
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)


def decode_json_sync(
    data: bytes | str,
    *,
    max_items: int = DEFAULT_MAX_ITEMS,
    max_depth: int = DEFAULT_MAX_DEPTH,
    what: str = "the answer",
    target: str = "",
    fast: bool = True,
) -> Any:
    """Decode JSON with ceilings; ``fast`` uses msgspec (holds the GIL), else the GIL-friendly scanner.

    For code already off the loop (inside ``asyncio.to_thread``). On the loop, call ``decode_json``.
    """
    # Cheap upper bound first (C-speed counts): a body that cannot exceed the ceilings is not walked.
    raw = data.encode() if isinstance(data, str) else data
    bound = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    try:
        if fast:
            value = msgspec.json.decode(raw)
        else:
            value = _slow_decoder().decode(raw.decode("utf-8"))
    except RecursionError as error:
        raise TooComplex(f"{what} nests deeper than {max_depth} levels", target=target) from error
    except (msgspec.DecodeError, ValueError) as error:
        raise InvalidJson(f"{what} is not valid JSON: {visible_text(str(error))[:200]}", target=target) from error
    if bound > max_items or raw.count(b"[") + raw.count(b"{") > max_depth:
        try:
            _measure(value, max_items, max_depth, what, target)
        except TooComplex:
            # Freed here, piece by piece, not wherever the traceback that references it is dropped (on the UI
            # loop, where one C-level cascade over 600,000 objects froze it for half a second).
            _dismantle(value)
            raise
    return value


def _dismantle(value: Any) -> None:
    """Empty nested containers one element at a time, so freeing a huge decoded document lets the GIL go."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            while node:
                stack.append(node.popitem()[1])
        elif isinstance(node, list):
            while node:
                stack.append(node.pop())


_gc_pauses = 0
_gc_lock = threading.Lock()


def _decode_without_gc(data: bytes, **options: Any) -> Any:
    # Decoding allocates objects by the hundred thousand; each allocation burst triggers a cyclic collection that
    # walks them all with the GIL held (tens of ms of frozen UI). Decoded JSON has no cycles: pause the collector.
    global _gc_pauses
    with _gc_lock:
        _gc_pauses += 1
        gc.disable()
    try:
        return decode_json_sync(data, **options)
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0:
                gc.enable()


async def decode_json(
    data: bytes,
    *,
    max_items: int = DEFAULT_MAX_ITEMS,
    max_depth: int = DEFAULT_MAX_DEPTH,
    what: str = "the answer",
    target: str = "",
) -> Any:
    """Decode untrusted JSON bytes with item and depth ceilings, without stalling the event loop.

    Small bodies decode inline with msgspec; bodies over ``INLINE_JSON_BYTES`` decode in a thread. Raises
    ``InvalidJson`` or ``TooComplex`` (both ``BadResponse``) with ``what`` in the message.
    """
    if len(data) <= INLINE_JSON_BYTES:
        return decode_json_sync(data, max_items=max_items, max_depth=max_depth, what=what, target=target)
    return await asyncio.to_thread(
        _decode_without_gc, data, max_items=max_items, max_depth=max_depth, what=what, target=target, fast=False
    )
