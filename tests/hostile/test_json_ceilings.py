"""Large JSON answers against their ceilings: values are counted exactly (empty containers aside) without decoding,
whatever the strings hold, and an answer past the ceiling is refused undecoded (by the health reader's child)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from cockpit.providers import health_body, health_reader, limits
from cockpit.providers.limits import count_values
from tests.hostile.corpus import ALL_TEXT, SURROGATE


def values(node: Any) -> int:
    if isinstance(node, dict):
        return 1 + sum(values(child) for child in node.values())
    if isinstance(node, list):
        return 1 + sum(values(child) for child in node)
    return 1


TRICKY = [
    'a "quoted" , [ { string', "back\\slash\\", "\\", '\\"', '\\\\"', ",,,[[[{{{", "\"", *ALL_TEXT, SURROGATE,
]
DOCUMENTS = [
    {"checks": {text: {"status": text, "detail": [text, 1, 2.5, None, True]} for text in TRICKY}},
    [TRICKY, {"x": TRICKY}, [[1, [2, [3]]]]],
    "just a string , [ {",
    {"long": "\\" * 300_001, "after": [1, 2, 3]},  # an escape run across chunk boundaries
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=["components", "nested", "scalar", "backslashes"])
@pytest.mark.parametrize("chunk", [7, 64, limits.COUNT_CHUNK_BYTES])
def test_values_are_counted_exactly_whatever_the_strings_say(
    document: Any, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "COUNT_CHUNK_BYTES", chunk)  # every boundary falls somewhere else
    for data in (json.dumps(document).encode(), json.dumps(document, ensure_ascii=False).encode("utf-8", "replace"),
                 json.dumps(document, indent=2).encode()):
        assert count_values(data) == values(document)


def test_an_answer_past_the_ceiling_is_refused_without_being_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.dumps({"checks": {f"replica-{i}": {"status": "ok"} for i in range(60_000)}}).encode()
    assert len(body) > health_reader.INLINE_JSON_BYTES

    def decoded(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a body past the ceiling was decoded")

    monkeypatch.setattr(health_reader, "decode_json_sync", decoded)
    answer = health_reader.answer_for(body, max_items=100_000, max_depth=64)
    assert answer == {"kind": "TooComplex", "message": " has more than 100,000 JSON values"}


@pytest.mark.parametrize("body", [
    json.dumps({"checks": {f"replica-{i}": {"status": "ok" if i % 7 else "down"} for i in range(40_000)}}),
    json.dumps({"status": "degraded", "version": "v" * 1_000_000, "checks": {"db": {"status": "ok"}}}),
], ids=["many values", "a long string"])
async def test_an_answer_within_the_ceiling_reads_as_it_would_inline(body: str) -> None:
    deadline = asyncio.get_running_loop().time() + 60
    read = await health_reader.read_health_json(body.encode(), what="x", target="t", deadline=deadline)
    assert read == health_body.read(json.loads(body))
