"""What a parsed runbook is: frozen sections, steps, commands and tables, and their JSON shape.

The parser lives in :mod:`cockpit.runbooks.parser`; this module only holds the results, so the checklist engine and the
screens can import them without pulling in the Markdown parser.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cockpit.errors import CockpitError


class RunbookError(CockpitError):
    """A runbook file that cannot be read as text at all; the message is one line naming the file."""

    title = "runbook"


class Severity(StrEnum):
    ERROR = "error"
    """The cockpit would walk the runbook wrongly (an unusable verification, a duplicate step id)."""
    WARNING = "warning"
    """The runbook works but a person should look (a placeholder left in a command, a fence never closed)."""
    INFO = "info"
    """Something the parser read in a limited way (front matter beyond ``key: value``)."""


@dataclass(frozen=True, slots=True)
class LintFinding:
    line: int
    """1-based line of the runbook file the finding is about."""
    severity: Severity
    message: str


@dataclass(frozen=True, slots=True)
class Command:
    language: str | None
    """The fence's language word as written (``bash``, ``console``); None for unlabelled and inline code."""
    fenced: bool
    """True for a fenced code block; False for inline code or an indented code block that reads as shell."""
    shell: bool
    code: str
    """The code exactly as in the file, without the fence lines and the list indentation."""
    line: int
    """1-based line of the opening fence (or of the code for unfenced commands)."""
    commands: tuple[str, ...] = ()
    """The single shell commands in ``code``: prompts and printed output dropped, continuation lines joined,
    comments removed. Empty when ``shell`` is False."""

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "fenced": self.fenced,
            "shell": self.shell,
            "code": self.code,
            "line": self.line,
            "commands": list(self.commands),
        }


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    """Stable and readable: ``s<section>.<n>`` (section 0 is the text before the first heading), or the
    ``id=`` attribute when the runbook gives one."""
    kind: str
    """``checkbox``, ``ordered``, ``bullet`` or ``command`` (see the module docstring of cockpit.runbooks.parser)."""
    text: str
    """Plain text: Markdown emphasis, links and HTML removed, code spans kept as their text."""
    line: int
    checked: bool
    """Only a checkbox step can be checked (``- [x]``)."""
    commands: tuple[Command, ...] = ()
    attrs: dict[str, str] = field(default_factory=dict)
    """Cockpit attributes from ``<!-- cockpit: ... -->`` comments and fence info braces (verify, action, id...)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "line": self.line,
            "checked": self.checked,
            "commands": [command.to_json() for command in self.commands],
            "attrs": dict(self.attrs),
        }


@dataclass(frozen=True, slots=True)
class Table:
    line: int
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    """Every row has exactly as many cells as the header (GFM pads short rows and cuts long ones)."""
    attrs: dict[str, str] = field(default_factory=dict)
    """``decision=true`` marks a decision table the advisor evaluates against live health."""

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "header": list(self.header),
            "rows": [list(row) for row in self.rows],
            "attrs": dict(self.attrs),
        }


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    """Plain text of the heading; "" for the text before the first heading."""
    level: int
    """1-6 for headings, 0 for the text before the first heading."""
    line: int
    steps: tuple[Step, ...] = ()
    tables: tuple[Table, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "heading": self.heading,
            "level": self.level,
            "line": self.line,
            "steps": [step.to_json() for step in self.steps],
            "tables": [table.to_json() for table in self.tables],
        }


@dataclass(frozen=True, slots=True)
class Runbook:
    title: str | None
    front_matter: dict[str, str | list[str]] | None
    """The leading ``---`` block as ``key: value`` strings (and lists of strings); None when there is none."""
    sections: tuple[Section, ...]
    source: str = "<string>"
    """The file path, or ``<string>`` for text parsed directly."""
    notes: tuple[LintFinding, ...] = ()
    """Problems only the parser can see (a fence never closed, a stray cockpit comment); lint reports them."""

    def steps(self) -> Iterator[Step]:
        for section in self.sections:
            yield from section.steps

    def step(self, step_id: str) -> Step | None:
        return next((step for step in self.steps() if step.id == step_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "front_matter": self.front_matter,
            "sections": [section.to_json() for section in self.sections],
            "source": self.source,
        }


def runbook_to_json_text(runbook: Runbook) -> str:
    """``runbook.to_json()`` as ``json.dumps(indent=2, ensure_ascii=False)`` writes it, byte for byte.

    A 1 MB runbook has tens of thousands of steps: msgspec encodes the frozen dataclasses straight (their fields
    are the JSON keys, in order; tests/unit/test_runbook_json.py holds the two ways equal) and indents in C, about
    ten times faster than building the dicts for the json module. Text msgspec cannot encode (a lone surrogate,
    possible only in a string parsed directly) goes the json module's way."""
    import msgspec

    data = {
        "title": runbook.title,
        "front_matter": runbook.front_matter,
        "sections": runbook.sections,
        "source": runbook.source,
    }
    try:
        return msgspec.json.format(msgspec.json.encode(data), indent=2).decode()
    except UnicodeEncodeError:
        return json.dumps(runbook.to_json(), indent=2, ensure_ascii=False)


def format_lint(findings: Sequence[LintFinding], source: str | None = None) -> str:
    """One ``[source:]line: severity: message`` line per finding (compiler style, so editors can jump to it)."""
    prefix = f"{source}:" if source else "line "
    return "\n".join(f"{prefix}{finding.line}: {finding.severity}: {finding.message}" for finding in findings)


def runbook_outline(runbook: Runbook) -> str:
    """The human-readable listing behind ``cockpit runbook show``: headings, steps with their commands, tables."""
    out = [runbook.title or runbook.source]
    if runbook.front_matter:
        out.append("  " + "  ".join(f"{key}: {value}" for key, value in runbook.front_matter.items()))
    for section in runbook.sections:
        heading = "#" * section.level + " " + section.heading if section.level else "(before the first heading)"
        out.append(f"\n{heading}  [line {section.line}]")
        for step in section.steps:
            mark = ("[x] " if step.checked else "[ ] ") if step.kind == "checkbox" else ""
            attrs = "".join(f" {key}={value}" for key, value in step.attrs.items())
            out.append(f"  {step.id:<8} {step.kind:<8} {mark}{step.text or '(no text)'}{attrs}  [line {step.line}]")
            for command in step.commands:
                if not command.shell:
                    out.append(f"{'':19}({command.language or 'code'} block, {command.code.count(chr(10))} lines)")
                for single in command.commands:
                    first, _, rest = single.partition("\n")
                    out.append(f"{'':19}$ {first}{' ...' if rest else ''}")
        for table in section.tables:
            marked = " (decision table)" if table.attrs.get("decision") else ""
            out.append(f"  table{marked}: {' | '.join(table.header)}  ({len(table.rows)} rows)  [line {table.line}]")
    return "\n".join(out)
