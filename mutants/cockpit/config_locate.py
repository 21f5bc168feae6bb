"""Find the line a TOML key is written on, so a config error can say ``cockpit.toml:14:``.

``tomllib`` returns plain dicts without positions, so the text is scanned once more: table headers (``[a.b]``,
``[[a.b]]``) and ``key =`` lines (bare, quoted and dotted keys) are recorded with their line numbers. Values are
skipped with just enough care (strings, multi-line strings, multi-line arrays) that text inside them is never
mistaken for a key. The file has already parsed by the time this runs, so it may assume well-formed TOML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

KeyPath = tuple[str | int, ...]
"""A position in the parsed document: table and key names, with list indices for arrays of tables."""

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) > 1:
        return chr(int(code[1:], 16))
    return _SIMPLE_ESCAPES.get(code, code)


def _parse_key(text: str, pos: int) -> tuple[list[str], int] | None:
    """Parse a (dotted, possibly quoted) key at ``pos``; return its parts and the position after it."""
    parts: list[str] = []
    while True:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos >= len(text):
            return None
        char = text[pos]
        if char == '"':
            end = pos + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if end >= len(text):
                return None
            parts.append(_ESCAPE.sub(_unescape, text[pos + 1 : end]))
            pos = end + 1
        elif char == "'":
            end = text.find("'", pos + 1)
            if end < 0:
                return None
            parts.append(text[pos + 1 : end])
            pos = end + 1
        else:
            match = _BARE_KEY.match(text, pos)
            if match is None:
                return None
            parts.append(match.group())
            pos = match.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] == ".":
            pos += 1
            continue
        return parts, pos


class _ValueSkipper:
    """Tracks whether the scan is inside a value that continues on the next line."""

    def __init__(self) -> None:
        self.open_string: str | None = None
        """The delimiter of a multi-line string still open at the end of the last line."""
        self.depth = 0
        """Open brackets and braces of the current value."""

    @property
    def inside_value(self) -> bool:
        return self.open_string is not None or self.depth > 0

    def skip(self, line: str, pos: int = 0) -> None:
        while pos < len(line):
            if self.open_string is not None:
                end = line.find(self.open_string, pos)
                if self.open_string == '"""':
                    # A backslash-escaped quote does not close a basic string.
                    while end > 0 and line[end - 1] == "\\":
                        end = line.find(self.open_string, end + 1)
                if end < 0:
                    return
                pos = end + 3
                self.open_string = None
                continue
            char = line[pos]
            if char == "#":
                return
            if line.startswith('"""', pos) or line.startswith("'''", pos):
                self.open_string = line[pos : pos + 3]
                pos += 3
                continue
            if char in "\"'":
                pos = self._skip_string(line, pos)
                continue
            if char in "[{":
                self.depth += 1
            elif char in "]}":
                self.depth = max(0, self.depth - 1)
            pos += 1

    @staticmethod
    def _skip_string(line: str, pos: int) -> int:
        quote = line[pos]
        end = pos + 1
        while end < len(line) and line[end] != quote:
            end += 2 if quote == '"' and line[end] == "\\" else 1
        return end + 1


class TomlLocator:
    """Maps key paths of a TOML document to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        self._scan(text)

    def line_of(self, path: Sequence[str | int]) -> int:
        """The line defining ``path``; else the line of its nearest enclosing table or key; else 1."""
        key = tuple(path)
        while key:
            if key in self._lines:
                return self._lines[key]
            key = key[:-1]
        return 1

    def _remember(self, path: KeyPath, line: int) -> None:
        # Intermediate tables are remembered where first mentioned: the best line for "this table is wrong".
        for end in range(1, len(path) + 1):
            self._lines.setdefault(path[:end], line)

    def _scan(self, text: str) -> None:
        table: KeyPath = ()
        array_counts: dict[tuple[str, ...], int] = {}
        skipper = _ValueSkipper()
        for number, line in enumerate(text.splitlines(), start=1):
            if skipper.inside_value:
                skipper.skip(line)
                continue
            stripped = line.lstrip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("["):
                is_array = stripped.startswith("[[")
                parsed = _parse_key(stripped, 2 if is_array else 1)
                if parsed is None:
                    continue
                names = parsed[0]
                if is_array:
                    array_counts[tuple(names)] = array_counts.get(tuple(names), -1) + 1
                    # A new element starts its nested arrays of tables afresh.
                    for nested in [k for k in array_counts if len(k) > len(names) and k[: len(names)] == tuple(names)]:
                        del array_counts[nested]
                table = self._with_indices(names, array_counts)
                self._remember(table, number)
                continue
            parsed = _parse_key(line, 0)
            if parsed is None:
                continue
            names, pos = parsed
            if pos >= len(line) or line[pos] != "=":
                continue
            self._remember(table + tuple(names), number)
            skipper.skip(line, pos + 1)

    @staticmethod
    def _with_indices(names: list[str], array_counts: dict[tuple[str, ...], int]) -> KeyPath:
        """``[a.b]`` inside the third ``[[a]]`` is the path ('a', 2, 'b')."""
        path: list[str | int] = []
        for end, name in enumerate(names, start=1):
            path.append(name)
            count = array_counts.get(tuple(names[:end]))
            if count is not None:
                path.append(count)
        return tuple(path)


def dotted(path: Sequence[str | int]) -> str:
    """('environments', 'prod', 'targets', 0) -> 'environments.prod.targets[0]'; odd names are quoted."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            name = part if _BARE_KEY.fullmatch(part) else f'"{part}"'
            text += f".{name}" if text else name
    return text
