"""Backend text made safe to show: control characters visible, one line where a line is expected, bounded.

Everything a backend says may have been chosen by an attacker. ``visible_text`` and ``one_line`` turn what a
terminal would obey (escape sequences, carriage returns, bidirectional overrides) into visible characters and
replace what no encoder can write (lone surrogates, e.g. a JSON ``"\\ud800"``) by U+FFFD. ``clean_result`` applies
them to a whole provider result, so every provider returns the same bounded, visible text whatever its SDK.
Stdlib only: ``base`` uses it for error messages.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, TypeVar

R = TypeVar("R")

FIELD_CHARS = 1000
"""Longest string kept in a result field (names, reasons, messages): far longer than a pane shows."""
LOG_CHARS = 16 * 1024
"""Longest log message kept (a log line may hold a stack trace's worth of text)."""
MULTI_LINE_FIELDS = frozenset({("LogLine", "message")})
"""(class, field) whose text may keep its newlines (an ECS log event is a whole traceback); every other
string of a result is one line."""

_C0 = {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
"""C0 controls -> Unicode Control Pictures (ESC shows as '␛'): visible, one column, never interpreted."""
_OTHER = {
    0x7F: "\u2421",  # DEL -> '␡'
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},  # C1 (CSI, OSC...) spelled out
    # Bidirectional overrides and isolates reorder what is shown ("Trojan source"): spell them out too.
    **{code: f"<U+{code:04X}>" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},
}
_SURROGATE = "\ufffd"
"""What a lone surrogate (invalid UTF-8 decoded with surrogateescape, JSON "\\udcff") becomes: every encoder raises
on one. The 2,048 of them are the one match of the patterns below missing from the tables (a default, not 4,096
entries built by every start-up)."""
_SHOWN = {**_C0, **_OTHER}
_SHOWN_ONE_LINE = {**_SHOWN, ord("\n"): "\u2424", ord("\t"): " "}
# A regex finds the few characters to replace: str.translate with a mapping does a dict lookup per character of
# non-ASCII text (3 s on an 11 MB review); the scan is C-fast and usually finds nothing.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_CONTROL_OR_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


_ASCII_CONTROLS = bytes([*range(0x09), *range(0x0B, 0x20), 0x7F])
"""What ``_CONTROL`` finds in ASCII text: C0 controls but newline and tab, and DEL."""


def visible_text(text: str) -> str:
    """``text`` with every C0/C1 control character except newline and tab made visible (ESC -> '␛').

    Escape sequences from a backend can then never clear the screen, move the cursor or set a title.
    """
    # Most text has nothing to replace, and proving it in one C pass is 2-5x cheaper per character than the regex
    # scan (the JSON of a 1 MB runbook is ~4 MB on its way to stdout). ASCII: deleting the controls shortens the
    # bytes only if there is one. Any text: every character replaced is unprintable, so printable text (newlines
    # and tabs aside) has none.
    if text.isascii():
        data = text.encode("ascii")
        if len(data.translate(None, _ASCII_CONTROLS)) == len(data):
            return text
    elif text.replace("\n", " ").replace("\t", " ").isprintable():
        return text
    return _CONTROL.sub(lambda m: _SHOWN.get(ord(m[0]), _SURROGATE), text)


def cut(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[: max(max_chars - 1, 0)] + "…"


def one_line(text: str, max_chars: int | None = None) -> str:
    """``visible_text`` on a single line (newlines shown as '␤', tabs as spaces), cut at ``max_chars``.

    Costs ``max_chars``, not the text's length: showing a character never shortens it, so what is shown of a
    60 MB string depends on its first ``max_chars + 1`` characters only.
    """
    if max_chars is not None:
        text = text[: max_chars + 1]
    line = _CONTROL_OR_LINE.sub(lambda m: _SHOWN_ONE_LINE.get(ord(m[0]), _SURROGATE), text)
    return line if max_chars is None else cut(line, max_chars)


def clean_result(result: R, max_chars: int = FIELD_CHARS) -> R:
    """A provider result (a frozen Struct of base.py, with its nested results) whose every string is visible,
    one line (but a log message) and at most ``max_chars`` long (a log message ``LOG_CHARS``).

    The one last step of every provider's parse path: whatever the SDK or the wire format let through, the
    panes, the timeline and the exports get the same bounded text. Unchanged parts are kept as they are.
    """
    cleaned = _clean(result, "", "", max_chars)
    return result if cleaned is None else cleaned


def _clean(value: Any, owner: str, name: str, max_chars: int) -> Any | None:
    """The cleaned ``value`` (field ``name`` of class ``owner``), or None when it needs no change."""
    if isinstance(value, Enum):
        return None  # a State is a str too, and is ours
    if isinstance(value, str):
        if (owner, name) in MULTI_LINE_FIELDS:
            shown = cut(visible_text(value[: LOG_CHARS + 1]), LOG_CHARS)
        else:
            shown = one_line(value, max_chars)
        return None if shown == value else shown
    if isinstance(value, tuple):
        items = [_clean(item, owner, name, max_chars) for item in value]
        if all(item is None for item in items):
            return None
        return tuple(value[i] if item is None else item for i, item in enumerate(items))
    fields: tuple[str, ...] | None = getattr(type(value), "__struct_fields__", None)
    if fields is not None:  # a result of base.py (a msgspec Struct), told apart without importing msgspec
        kind = type(value).__name__
        changes = {}
        for field in fields:
            changed = _clean(getattr(value, field), kind, field, max_chars)
            if changed is not None:
                changes[field] = changed
        if not changes:
            return None
        from msgspec.structs import replace  # loaded already: ``value`` is a Struct

        return replace(value, **changes)
    return None
