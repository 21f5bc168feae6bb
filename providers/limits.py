"""Bounded reads of hostile answers: bytes after decompression, JSON items and depth, control characters.

Everything a backend says is data an attacker may have chosen. These helpers put a ceiling on what reading it
can cost: memory (``read_capped`` stops past ``max_bytes`` of *decompressed* body, so a gzip bomb costs its cap,
not its expansion), JSON values and nesting (``decode_json_sync``; ``count_values`` counts a body's values
without decoding it, so one past the ceiling is refused before it costs anything; ``health_reader`` does both in
a process of its own for large bodies, off the UI's event loop and its GIL), and the terminal (``visible_text``
and ``one_line``, from ``cockpit.providers.text``, turn escape sequences into visible characters before anything
prints them; imported from here too).
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import msgspec

from .base import BadResponse

# Re-exported (``as``): the text helpers lived here first and providers import them from here.
from .text import one_line as one_line
from .text import visible_text as visible_text

if TYPE_CHECKING:

    import httpx

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Default ceiling on a decompressed body: far above any real status answer, far below a memory problem."""
DEFAULT_MAX_ITEMS = 100_000
"""Default ceiling on JSON values (every object, array, key's value and element counts one)."""
DEFAULT_MAX_DEPTH = 64
"""Default ceiling on JSON nesting; real answers nest a handful of levels."""
COUNT_CHUNK_BYTES = 256 * 1024
"""Bytes counted at a time by ``count_values``: its copies of the body stay this small."""
JOIN_IN_THREAD_BYTES = 4 * 1024 * 1024
"""Bodies larger than this are put together in a thread (see ``read_capped``)."""
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
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in _raw_chunks(response):
            for layer in layers:
                chunk = layer.feed(chunk, max_bytes - size)
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(url, max_bytes, target)
    except zlib.error as error:
        raise BadResponse(f"{url} sent a corrupt compressed body: {error}", target=target) from error
    if size > JOIN_IN_THREAD_BYTES:
        # Copying tens of MB (and faulting in the fresh pages) takes 40 ms and more; bytes.join does it without
        # the GIL (CPython drops it for joins above 1 MB), so in a thread the loop runs on meanwhile.
        return await asyncio.to_thread(b"".join, chunks)
    return b"".join(chunks)


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    async for chunk in response.aiter_raw():
        yield chunk


def human_bytes(count: int) -> str:
    for unit, size in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if count >= size:
            return f"{count / size:g} {unit}"
    return f"{count} bytes"


# -- JSON -----------------------------------------------------------------------------------------------------


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
) -> Any:
    """Decode JSON with ceilings (msgspec): for small bodies, or a process of its own (see ``health_reader``)."""
    # Cheap upper bound first (C-speed counts): a body that cannot exceed the ceilings is not walked.
    raw = data.encode() if isinstance(data, str) else data
    bound = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    try:
        value = msgspec.json.decode(raw)
    except RecursionError as error:
        raise TooComplex(f"{what} nests deeper than {max_depth} levels", target=target) from error
    except (msgspec.DecodeError, ValueError) as error:
        raise InvalidJson(f"{what} is not valid JSON: {visible_text(str(error))[:200]}", target=target) from error
    if bound > max_items or raw.count(b"[") + raw.count(b"{") > max_depth:
        _measure(value, max_items, max_depth, what, target)
    return value


def count_values(data: bytes) -> int:
    """How many JSON values ``data`` holds, at most: the ``,`` ``[`` and ``{`` outside strings, plus one (exact but
    for empty containers, which count one more), counted without decoding anything.

    Counted a chunk at a time at C speed, so the copies it makes stay small. Escapes are dropped first (``\\\\``
    then ``\\"``), so every ``"`` left opens or closes a string; a chunk never ends inside an escape.
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
    return count
