"""What a user would notice of a provider's result fed from the hostile corpus, checked field by field."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any

import msgspec

from cockpit.providers.text import FIELD_CHARS, LOG_CHARS, MULTI_LINE_FIELDS
from tests.hostile.corpus import control_characters, has_surrogate


def strings(result: Any, where: str = "") -> Iterator[tuple[str, str, int]]:
    """(where, text, ceiling) of every string of ``result`` (a provider result with its nested results); the
    ceiling is negative for the fields that may hold several lines."""
    if isinstance(result, Enum):
        return
    if isinstance(result, str):
        yield where, result, FIELD_CHARS
    elif isinstance(result, (tuple, list)):
        for index, item in enumerate(result):
            yield from strings(item, f"{where}[{index}]")
    elif isinstance(result, msgspec.Struct):
        kind = type(result).__name__
        for field in result.__struct_fields__:
            value = getattr(result, field)
            if isinstance(value, str) and (kind, field) in MULTI_LINE_FIELDS:
                yield f"{where}.{field}", value, -LOG_CHARS
            else:
                yield from strings(value, f"{where}.{field}")


def problems(result: Any) -> list[str]:
    """Every string of ``result`` that a terminal would obey, that is longer than its ceiling, that spans lines
    where one line is expected, or that no encoder can write. Empty when the result is safe to show."""
    found = []
    for where, text, ceiling in strings(result, type(result).__name__):
        if control_characters(text):
            found.append(f"{where}: control characters {control_characters(text)[:3]}")
        if has_surrogate(text):
            found.append(f"{where}: a lone surrogate")
        if len(text) > abs(ceiling):
            found.append(f"{where}: {len(text)} characters (ceiling {abs(ceiling)})")
        if ceiling > 0 and "\n" in text:
            found.append(f"{where}: several lines")
    return found


def all_text(result: Any) -> str:
    return "\n".join(text for _, text, _ in strings(result))
