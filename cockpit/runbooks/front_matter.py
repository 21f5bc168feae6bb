"""YAML-like front matter, read without PyYAML: a leading ``---`` block of ``key: value`` lines and ``- item`` lists."""

from __future__ import annotations

import re

from cockpit.runbooks.model import (
    LintFinding,
    Severity,
)

_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*$")


_FRONT_MATTER_END = re.compile(r"(?:---|\.\.\.)[ \t]*$")


_FRONT_MATTER_PAIR = re.compile(r"([A-Za-z0-9_][\w .-]*?)[ \t]*:(?:[ \t]+(.*?)|)[ \t]*$")


def split_front_matter(lines: list[str], notes: list[LintFinding]) -> tuple[dict[str, str | list[str]] | None, str]:
    """Split off a leading ``---`` block; its lines become blank so line numbers stay those of the file."""
    whole = "\n".join(lines)
    if not lines or not _FRONT_MATTER_FENCE.match(lines[0]):
        return None, whole
    end = next((i for i in range(1, len(lines)) if _FRONT_MATTER_END.match(lines[i])), None)
    if end is None:
        return None, whole
    content = lines[1:end]
    first = next((line for line in content if line.strip() and not line.lstrip().startswith("#")), None)
    if first is None and any(line.strip() for line in content):
        return None, whole  # only `# ...` lines: Markdown headings between thematic breaks
    if first is not None and (first[0].isspace() or not _FRONT_MATTER_PAIR.match(first)):
        return None, whole  # a thematic break, not front matter
    data: dict[str, str | list[str]] = {}
    list_key: str | None = None
    for number, line in enumerate(content, start=2):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        pair = None if line[0].isspace() else _FRONT_MATTER_PAIR.match(line)
        if pair:
            key, value = pair.group(1).strip(), _unquote(pair.group(2) or "")
            data[key] = value if value else []
            list_key = None if value else key
        elif list_key is not None and stripped.startswith("- "):
            items = data[list_key]
            if isinstance(items, list):
                items.append(_unquote(stripped[2:]))
        else:
            notes.append(
                LintFinding(
                    number,
                    Severity.INFO,
                    "front matter line not read (only `key: value` and `- item` lines are understood)",
                )
            )
    for key, parsed in data.items():
        if parsed == []:
            data[key] = ""  # `key:` with nothing under it
    return data, "\n" * (end + 1) + "\n".join(lines[end + 1 :])


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
