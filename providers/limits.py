"""Bounded reads of hostile answers: bytes after decompression, JSON items and depth, control characters.

Everything a backend says is data an attacker may have chosen. These helpers put a ceiling on what reading it
can cost: memory (``read_capped`` stops past ``max_bytes`` of *decompressed* body, so a gzip bomb costs its cap,
not its expansion), time on the UI's event loop (``decode_json`` counts a large body's values in short steps and
refuses one past the ceiling undecoded, and decodes the rest in a thread, with the pure-Python scanner when there
are many values, which gives the loop the GIL back every few milliseconds; msgspec would hold it throughout),
and the terminal (``visible_text`` and ``one_line``, from ``cockpit.providers.text``, turn escape sequences into
visible characters before anything prints them; imported from here too).
"""

from __future__ import annotations

import asyncio
import gc
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
    import json

    import httpx

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Default ceiling on a decompressed body: far above any real status answer, far below a memory problem."""
DEFAULT_MAX_ITEMS = 100_000
"""Default ceiling on JSON values (every object, array, key's value and element counts one)."""
DEFAULT_MAX_DEPTH = 64
"""Default ceiling on JSON nesting; real answers nest a handful of levels."""
INLINE_JSON_BYTES = 256 * 1024
"""Bodies up to this size decode on the caller's loop (msgspec: a few ms); larger ones go to a thread."""
COUNT_CHUNK_BYTES = 256 * 1024
"""Bytes counted per step of ``count_values`` (a few ms of work on the loop)."""
FEW_VALUES = 10_000
"""A large body with at most this many values is mostly long strings: msgspec decodes it (see ``decode_json``)."""
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
    import json.decoder  # with json.scanner: only for bodies above the fast path's ceiling, never at start-up
    import json.scanner

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


async def count_values(data: bytes) -> int:
    """How many JSON values ``data`` holds, at most: the ``,`` ``[`` and ``{`` outside strings, plus one (exact but
    for empty containers, which count one more), counted without decoding anything.

    Counted a chunk at a time on the loop: each chunk is a few milliseconds of C-speed byte work, and the loop runs
    between chunks, so even a 64 MiB answer never holds it for long. Escapes are dropped first (``\\\\`` then
    ``\\"``), so every ``"`` left opens or closes a string; a chunk never ends inside an escape.
    """
    count, inside, start = 1, False, 0
    while start < len(data):
        end = min(start + COUNT_CHUNK_BYTES, len(data))
        chunk = data[start:end]
        if (len(chunk) - len(chunk.rstrip(b"\\"))) % 2:
            end += 1  # the last backslash escapes the next byte: keep the pair together
            chunk = data[start:end]
        parts = chunk.replace(b"\\\\", b"").replace(b'\\"', b"").split(b'"')
        outside = b"".join(parts[1 if inside else 0::2])  # parts alternate outside and inside strings
        count += outside.count(b",") + outside.count(b"[") + outside.count(b"{")
        inside ^= len(parts) % 2 == 0  # an odd number of quotes in the chunk
        start = end
        await asyncio.sleep(0)
    return count


async def decode_json(
    data: bytes,
    *,
    max_items: int = DEFAULT_MAX_ITEMS,
    max_depth: int = DEFAULT_MAX_DEPTH,
    what: str = "the answer",
    target: str = "",
) -> Any:
    """Decode untrusted JSON bytes with item and depth ceilings, without stalling the event loop.

    Small bodies decode inline with msgspec. A larger body has its values counted first (``count_values``, on the
    loop in short steps): past ``max_items`` it is refused without being decoded at all, so no answer costs more
    than decoding ``max_items`` values, whatever byte ceiling the target has. Within the ceiling it decodes in a
    thread: with the GIL-friendly scanner when it has many values, with msgspec when it has few (long strings,
    where the scanner's one regex call per string would hold the GIL longer than msgspec's whole pass). Raises
    ``InvalidJson`` or ``TooComplex`` (both ``BadResponse``) with ``what`` in the message.
    """
    options: dict[str, Any] = {"max_items": max_items, "max_depth": max_depth, "what": what, "target": target}
    if len(data) <= INLINE_JSON_BYTES:
        return decode_json_sync(data, **options)
    values = await count_values(data)
    if values > max_items:
        raise TooComplex(f"{what} has more than {max_items:,} JSON values", target=target)
    return await asyncio.to_thread(_decode_without_gc, data, **options, fast=values <= FEW_VALUES)
