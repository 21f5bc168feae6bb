"""Where a log line folds into rows: at a word when there is one near the edge, never inside a filter match that
fits on a row, continuation rows indented so they never read as lines of their own.

Pure functions of the text and the width: the Logs pane knows every line's height (its scroll range) without
rendering anything.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from rich.cells import get_character_cell_size

CONTINUATION_INDENT = 2
"""Cells a folded line's 2nd, 3rd... rows are indented by: what follows is visibly the same line."""
WORD_BREAK_FROM = 0.5
"""A row folds at its last space only when that keeps at least this share of the row (else at the edge)."""


def indent_for(width: int) -> int:
    """The continuation indent at ``width`` (none in a pane too narrow to spare it)."""
    return CONTINUATION_INDENT if width > 4 * CONTINUATION_INDENT else 0


def find_all(plain: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each case-insensitive occurrence of a lower-cased ``needle`` in ``plain`` from ``start``."""
    if not needle:
        return []
    folded = plain.lower()
    if len(folded) != len(plain):  # a character whose lower case is longer: offsets would not line up
        return []
    spans, at = [], folded.find(needle, start)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = folded.find(needle, at + len(needle))
    return spans


def fold_points(plain: str, width: int, keep: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Character offsets where the 2nd, 3rd... rows of ``plain`` start when folded at ``width`` cells.

    Continuation rows are ``indent_for(width)`` cells narrower. A row ends after its last space when that space is
    in the row's second half, else at the edge; a ``keep`` span (a filter match) that straddles the edge and fits on
    a continuation row starts the next row instead of being cut in two.
    """
    width = max(1, width)
    ascii_only = plain.isascii()
    if ascii_only and len(plain) <= width:
        return []  # the common case, on every line of a flood: one row
    # edges[i]: cells before character i (for ASCII, i itself: no list needed).
    edges = None if ascii_only else [0, *accumulate(get_character_cell_size(c) for c in plain)]
    total = len(plain) if edges is None else edges[-1]
    rest_room = max(1, width - indent_for(width))
    points: list[int] = []
    start, room = 0, width
    while total - (start if edges is None else edges[start]) > room:
        end = start + room if edges is None else max(start + 1, bisect_right(edges, edges[start] + room) - 1)
        space = plain.rfind(" ", start + 1, end + 1)
        if space >= 0 and space - start >= room * WORD_BREAK_FROM:
            end = space + 1  # the space ends this row (cropped if it is one cell past the edge)
        for first, last in keep:
            if start < first < end < last and last - first <= rest_room:
                end = first
                break
        points.append(end)
        start, room = end, rest_room
    return points
