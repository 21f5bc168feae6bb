"""The runbook text as the Rust parser reports it (UTF-8 byte offsets) and the shapes of GFM table rows."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

_DELIMITER_ROW = re.compile(r" {0,3}(?:[|:][-:| \t]*|-[-:|][-:| \t]*)")
"""A table's delimiter row as markdown-it's table rule reads it (its cells are checked by is_delimiter_row)."""

_CELL_SPEC = re.compile(r":?-+:?")

_PIPE = re.compile(r"(?<!\\)\|")


class Source:
    """Byte offsets (what pulldown-cmark gives) -> text and 0-based line numbers."""

    def __init__(self, text: str, blank_lines: list[int]) -> None:
        self.blank_lines = blank_lines
        """Lines (of ``text``) that are blank lines we put in: not counted as lines of the file."""
        self.data = text.encode("utf-8")
        self.ascii = len(self.data) == len(text)
        self.str = text
        # Each line starts where the lines before it (with their "\n") end: summed in C, not found one by one.
        # (bytes.splitlines splits at "\n" and "\r" only, and the text has no "\r": see parse_blocks.)
        starts = list(accumulate(map(len, self.data.splitlines(keepends=True)), initial=0))
        if self.data and not self.data.endswith(b"\n"):
            starts.pop()  # the end of a last line without "\n" starts no line
        self.starts = starts

    def line(self, offset: int) -> int:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line - bisect.bisect_right(self.blank_lines, line) if self.blank_lines else line

    def text(self, start: int, end: int) -> str:
        if self.ascii:
            return self.str[start:end]
        return self.data[start:end].decode("utf-8", "replace")

    def line_text(self, offset: int) -> str:
        end = self.data.find(b"\n", offset)
        return self.text(offset, len(self.data) if end < 0 else end)


def columns(row: str) -> int:
    """Cells of a table row as markdown-it counts them (outer pipes optional, ``\\|`` is no separator)."""
    cells = _PIPE.split(row.strip())
    if cells and not cells[0].strip():
        cells.pop(0)
    if cells and not cells[-1].strip():
        cells.pop()
    return len(cells)


def is_delimiter_row(line: str) -> bool:
    """``|---|:--:|`` as markdown-it's table rule reads a delimiter row."""
    if not _DELIMITER_ROW.fullmatch(line):
        return False
    cells = [cell.strip() for cell in line.split("|")]
    return all(
        _CELL_SPEC.fullmatch(cell) or (not cell and index in (0, len(cells) - 1)) for index, cell in enumerate(cells)
    )
