"""What the walker (``cockpit.runbooks.walker``) keeps while it reads: sections and steps being built, the list items
and lists its first pass scans, and the cockpit comments waiting for their step or table."""

from __future__ import annotations

from dataclasses import dataclass, field

from cockpit.runbooks.model import Command, Table


@dataclass
class StepDraft:
    kind: str
    text: str
    line: int
    checked: bool = False
    commands: list[Command] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


class SectionDraft:
    """A section being read (a plain class: a 1 MB runbook of headings makes 26,000 of them)."""

    __slots__ = ("number", "heading", "level", "line", "steps", "tables")

    def __init__(self, number: int, heading: str, level: int, line: int) -> None:
        self.number = number
        self.heading = heading
        self.level = level
        self.line = line
        self.steps: list[StepDraft] = []
        self.tables: list[Table] = []


@dataclass
class ItemScan:
    open_index: int
    ordered: bool
    code: list[int] = field(default_factory=list)
    """Code tokens inside this item and not inside a nested item."""
    inline_commands: bool = False
    step: tuple[str, bool] | None = None
    """(kind, checked) once the item is closed and found to be a step."""


@dataclass
class PendingComment:
    line: int
    token: int
    """Index of the token holding the comment (html_block, heading or paragraph)."""
    attrs: dict[str, str]


@dataclass
class ListScan:
    ordered: bool
    last_item: ItemScan | None = None
