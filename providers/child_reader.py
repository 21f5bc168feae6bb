"""Reading a large answer in a child process, so the event loop (the UI's) only moves bytes through pipes.

Decoding tens of megabytes of JSON holds the interpreter for a hundred milliseconds or more, and a thread is no way
out (the decoder and the garbage collections it triggers hold the GIL). A reader module run as ``python -m MODULE``
reads one header line and the body on stdin and writes a short answer on stdout; ``ask_child`` starts it at a lower
priority, feeds it a chunk per loop step, reads its answer under a ceiling, and never lets it outlive the call:
cancelled or timed out, the child is killed. Used by ``health_reader`` and ``kubernetes.decoding``.
"""

from __future__ import annotations

import asyncio
import shutil
import sys
from typing import Any

import msgspec

from .base import BadResponse
from .text import visible_text

PIPE_CHUNK_BYTES = 1024 * 1024
"""Bytes handed to the child's pipe per loop step: the transport copies what the pipe cannot take at once."""
MAX_STDERR_BYTES = 4096
HEADER_BYTES = 4096
"""The header line's usual ceiling, for the child's ``readline``."""


async def ask_child(module: str, header: dict[str, Any], body: bytes, *, max_answer: int, what: str,
                    target: str) -> bytes:
    """What ``python -m module`` wrote on stdout (at most ``max_answer`` bytes) once it exited 0, having read the
    JSON ``header`` line and then ``body``. Raises ``BadResponse`` ("``what``: could not be read (why)") when it
    failed: killed, out of memory, crashed (its last stderr line or its exit status says which)."""
    child = await start_child(module)
    try:
        _, out, err = await asyncio.gather(_feed(child, msgspec.json.encode(header) + b"\n", body),
                                           _read_all(child.stdout, max_answer),
                                           _read_all(child.stderr, MAX_STDERR_BYTES))
        code = await child.wait()
    finally:
        if child.returncode is None:  # cancelled or timed out: the child must not outlive the poll
            child.kill()
            await child.wait()
    if code == 0 and out:
        return out
    raise BadResponse(f"{what}: could not be read ({why_failed(err, code)})", target=target)


async def start_child(module: str) -> asyncio.subprocess.Process:
    """``python -m module`` at a lower priority, its three streams piped to us."""
    return await asyncio.create_subprocess_exec(
        *child_argv(module), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


def why_failed(stderr: bytes, code: int | None) -> str:
    """Why a reader child failed, in a bounded line: its last stderr line, else its exit status."""
    last = stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
    return visible_text(last[0])[:200] if last else f"exit status {code}"


def child_argv(module: str) -> list[str]:
    # Decoding is background work: at a lower priority, the UI's thread gets a CPU first on a busy machine.
    nice = shutil.which("nice")
    command = [sys.executable, "-m", module]
    return [nice, "-n", "10", *command] if nice else command


def read_request(header_bytes: int = HEADER_BYTES) -> tuple[dict[str, Any], bytes]:
    """In the child: the JSON header line (at most ``header_bytes``) and the body it announces (``max_bytes``)."""
    stdin = sys.stdin.buffer
    line = stdin.readline(header_bytes)
    if not line:
        raise EOFError
    header: dict[str, Any] = msgspec.json.decode(line)
    return header, stdin.read(header["max_bytes"])


async def _feed(child: asyncio.subprocess.Process, header: bytes, body: bytes) -> None:
    stdin = child.stdin
    assert stdin is not None
    try:
        await write_request(stdin, header, body)
        stdin.close()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the child stopped reading (it crashed): its exit status and stderr say why


async def write_request(stdin: asyncio.StreamWriter, header: bytes, body: bytes) -> None:
    """The header line and the body, a chunk per loop step."""
    view = memoryview(body)
    stdin.write(header)
    for start in range(0, len(view), PIPE_CHUNK_BYTES):
        stdin.write(view[start:start + PIPE_CHUNK_BYTES])
        await stdin.drain()


async def _read_all(stream: asyncio.StreamReader | None, limit: int) -> bytes:
    assert stream is not None
    data = bytearray()
    while chunk := await stream.read(65536):
        if len(data) < limit:
            data += chunk[: limit - len(data)]
    return bytes(data)
