"""Large health answers are read by a child process: the loop keeps running, every outcome is the inline one, and a
child that is too slow or dies ends as an error the pane can show, never as a stuck poll or a stray process."""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

import pytest

from cockpit.providers import health_body, health_reader
from cockpit.providers.base import BadResponse, TimedOut
from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings
from cockpit.providers.limits import InvalidJson, TooComplex
from cockpit.providers.results import ComponentHealth, State
from tests.loop_gaps import loop_gaps
from tests.providers.conftest import StubServer

LARGE = health_reader.INLINE_JSON_BYTES * 2


def padded(document: dict[str, Any]) -> bytes:
    """``document`` as JSON larger than the inline ceiling (a long ``padding`` field), so the child reads it."""
    document = {**document, "padding": "p" * LARGE}
    return json.dumps(document).encode()


def soon() -> float:
    return asyncio.get_running_loop().time() + 60


async def read(body: bytes, **options: Any) -> health_body.Reading | None:
    return await health_reader.read_health_json(body, what="the answer of http://svc/health", target="svc",
                                                deadline=soon(), **options)


async def test_the_loop_keeps_running_while_a_large_answer_is_read() -> None:
    body = json.dumps({"status": "degraded",
                       "checks": {f"component-{i}": {"status": "ok" if i else "down"} for i in range(120_000)}})
    async with loop_gaps() as gaps:
        reading = await read(body.encode(), max_items=400_000)
    assert reading == health_body.read(json.loads(body))
    assert reading is not None and reading.state is State.DEGRADED
    assert reading.components[0] == ComponentHealth("component-0", State.FAILED)
    assert reading.components[-1].name == f"(+{120_000 - health_body.MAX_COMPONENTS + 1} more)"
    # How short each frame stays is bench/event_loop_stall.py's job (timed on 2 shared cores, a ceiling here would
    # measure the neighbours' load); here: the loop ran all along, where one inline decode would allow no tick.
    assert len(gaps) >= 10, f"the loop ticked {len(gaps)} times during the read"


@pytest.mark.parametrize(("body", "error", "message"), [
    (json.dumps({"checks": {f"c{i}": "ok" for i in range(200_000)}}).encode(), TooComplex,
     "the answer of http://svc/health has more than 100,000 JSON values"),
    (b"[" * 100 + b"]" * 100 + b" " * LARGE, TooComplex, "the answer of http://svc/health nests deeper than 64 levels"),
    (b'{"status": "ok", ' + b" " * LARGE, InvalidJson, "the answer of http://svc/health is not valid JSON"),
], ids=["too many values", "too deep", "invalid"])
async def test_a_bad_large_answer_is_the_same_error_as_a_small_one(body: bytes, error: type, message: str) -> None:
    assert len(body) > health_reader.INLINE_JSON_BYTES
    with pytest.raises(error, match=message):
        await read(body)


async def test_a_large_answer_that_is_not_an_object_has_no_reading() -> None:
    assert await read(json.dumps(["ok"] * 100_000).encode(), max_items=200_000) is None


async def test_every_string_of_a_large_answer_arrives_as_one_bounded_visible_line() -> None:
    reading = await read(padded({"status": "ok", "version": "v1\x1b[2J" + "9" * 500,
                                 "checks": {"db\x1b]0;owned\x07": {"status": "down", "error": "x\n" * 1000}}}))
    assert reading is not None
    assert reading.version is not None and "\x1b" not in reading.version and len(reading.version) <= 80
    (component,) = reading.components
    assert component.name == "db\u241b]0;owned\u2407" and component.state is State.FAILED
    assert "\n" not in component.detail and len(component.detail) <= health_body.DETAIL_CHARS


async def test_a_read_past_the_deadline_times_out_and_ends_the_child(
    spawned_children: list[asyncio.subprocess.Process],
) -> None:
    deadline = asyncio.get_running_loop().time() + 0.05  # less than a Python start: the child cannot have answered
    with pytest.raises(TimedOut, match="the answer of http://svc/health: not read within the check's timeout"):
        await health_reader.read_health_json(padded({"status": "ok"}), what="the answer of http://svc/health",
                                             target="svc", deadline=deadline)
    (child,) = spawned_children
    assert child.returncode is not None, "the child outlived the poll"


async def test_a_child_that_dies_is_an_error_that_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "false")  # exits 1 at once, having read nothing and said nothing
    with pytest.raises(BadResponse, match=r"the answer of http://svc/health: could not be read \(exit status 1\)"):
        await read(padded({"status": "ok"}))


async def test_the_provider_shows_a_large_answer_like_a_small_one(stub_server: StubServer) -> None:
    document = {"status": "ok", "version": "v43", "checks": {"database": {"status": "down", "error": "refused"}}}
    settings = {"max_body_bytes": 4 * LARGE, "timeout_s": 30.0}
    large = HttpHealthProvider("svc", HttpHealthSettings(url=stub_server.route("/large", 200, padded(document)),
                                                         **settings))
    small = HttpHealthProvider("svc", HttpHealthSettings(url=stub_server.route("/small", 200, document), **settings))
    try:
        seen_large, seen_small = await large.health(), await small.health()
    finally:
        await large.aclose()
        await small.aclose()
    assert (seen_large.state, seen_large.version, seen_large.components, seen_large.message) == (
        seen_small.state, seen_small.version, seen_small.components, seen_small.message)
    assert seen_large.state is State.DEGRADED and seen_large.message == "database: refused"
