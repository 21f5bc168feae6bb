"""The walk over the block tokens (markdown-it's shape, see ``cockpit.runbooks.blocks``) that turns a runbook's
Markdown into sections, steps, commands and tables (the rules are in ``cockpit.runbooks.parser``)."""

from __future__ import annotations

import re

from cockpit.runbooks.blocks import MAX_NESTING, Token, parse_blocks
from cockpit.runbooks.commands import (
    is_inline_command,
    is_shell_block,
    reads_as_shell,
    split_commands,
)
from cockpit.runbooks.model import (
    Command,
    LintFinding,
    Section,
    Severity,
    Step,
    Table,
)
from cockpit.runbooks.notation import parse_attributes
from cockpit.runbooks.walk_drafts import ItemScan, ListScan, PendingComment, SectionDraft, StepDraft

__all__ = ["MAX_NESTING", "Walker"]


_TASK_MARKER = re.compile(r"\[([ xX])\](?:[ \t]|$)")


_LONE_LINK = re.compile(r"(?:\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?|<[A-Za-z][\w+.-]*:[^>\s]*>)\s*$")


_COCKPIT_COMMENT = re.compile(r"<!--\s*cockpit\s*:(.*?)-->", re.IGNORECASE | re.DOTALL)


_INFO_BRACES = re.compile(r"\{([^{}]*)\}\s*$")


_STEP_ID = re.compile(r"[A-Za-z0-9][\w.:-]*")


_CLOSING_FENCE = re.compile(r"[ \t>]*(`{3,}|~{3,})[ \t]*$")


_MARKUP_CHARS = re.compile(r"[`\[\]<>&\\!~]")


_EMPHASIS = re.compile(r"(?<!\s)\*+|\*+(?!\s)|(?<!\w)_+(?=\S)|(?<=\S)_+(?!\w)")
"""Emphasis delimiters as CommonMark reads them, near enough: `*` not between spaces, `_` at a word edge."""


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")


class Walker:
    """Two iterative passes over the flat token list (no recursion, whatever the nesting)."""

    def __init__(self, lines: list[str], notes: list[LintFinding]) -> None:
        self._lines = lines
        self._notes = notes
        self._tokens: list[Token] = []
        self._step_items: dict[int, tuple[str, bool]] = {}
        self._code_owner: dict[int, int] = {}
        self._lead_in_items: dict[int, int] = {}
        """Code token -> the list item just before it that introduces it (see _lead_in_item)."""
        self._item_steps: dict[int, StepDraft] = {}
        self._drafts = [SectionDraft(0, "", 0, 1)]
        self._open_items: list[int] = []
        self._lead_in: Token | None = None
        """The last paragraph outside lists in this section (inline token): the text of a code block's own step."""
        self._pending: list[PendingComment] = []
        """Cockpit comments waiting for the next step or table."""

    def walk(self, body: str) -> None:
        self._tokens = parse_blocks(body)
        self._find_steps()
        too_deep = False
        for index, token in enumerate(self._tokens):
            kind = token.type
            if kind == "heading_open":
                self._heading(index)
            elif kind == "list_item_open":
                self._open_items.append(index)
                if index in self._step_items:
                    self._item_step(index)
            elif kind == "list_item_close" and self._open_items:
                self._close_item(self._open_items.pop())
            elif kind == "inline" and self._tokens[index - 1].type == "paragraph_open":
                self._paragraph(index)
            elif kind in ("fence", "code_block"):
                self._code(index)
            elif kind == "table_open":
                self._table(index)
            elif kind == "html_block":
                self._take_comments(token.content, _line(token), index)
            if token.level >= MAX_NESTING - 1 and token.map is not None and not too_deep:
                too_deep = True
                self._note(
                    _line(token),
                    Severity.WARNING,
                    f"nested more than {MAX_NESTING} levels deep: from here "
                    "on, the rest of the enclosing list or quote is not read",
                )
        self._drop_pending("no step or table follows it")

    def sections(self) -> tuple[Section, ...]:
        drafts = [d for d in self._drafts if d.level or d.steps or d.tables]
        ids = self._step_ids()
        return tuple(
            Section(
                d.heading,
                d.level,
                d.line,
                tuple(
                    Step(ids[id(step)], step.kind, step.text, step.line, step.checked, tuple(step.commands), step.attrs)
                    for step in d.steps
                ),
                tuple(d.tables),
            )
            for d in drafts
        )

    # -- pass 1: which list items are steps, and which step owns each code block --------------------------------

    def _find_steps(self) -> None:
        lists: list[ListScan] = []
        items: list[ItemScan] = []
        for index, token in enumerate(self._tokens):
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                lists.append(ListScan(kind == "ordered_list_open"))
            elif kind in ("bullet_list_close", "ordered_list_close") and lists:
                self._lead_in_item(lists.pop().last_item, index + 1)
            elif kind == "list_item_open":
                items.append(ItemScan(index, bool(lists and lists[-1].ordered)))
                if lists:
                    lists[-1].last_item = items[-1]
            elif self._is_command_code(token):
                if items:
                    items[-1].code.append(index)
            elif kind == "list_item_close" and items:
                item = items.pop()
                # An item holding code is always a step, so its code never passes to an outer item.
                item.step = self._item_kind(item)
                if item.step is not None:
                    self._step_items[item.open_index] = item.step
                    self._code_owner.update(dict.fromkeys(item.code, item.open_index))

    def _lead_in_item(self, item: ItemScan | None, next_index: int) -> None:
        """``1. Do this`` then an unindented fence: CommonMark ends the list before the fence, but the item is
        plainly the fence's lead-in, so the fence's own step takes the item's text and the item is no step."""
        if item is None or next_index >= len(self._tokens) or not self._is_command_code(self._tokens[next_index]):
            return
        if item.step is None or (item.step[0] == "ordered" and not item.code and not item.inline_commands):
            self._step_items.pop(item.open_index, None)
            self._lead_in_items[next_index] = item.open_index

    @staticmethod
    def _is_command_code(token: Token) -> bool:
        return token.type == "fence" or (token.type == "code_block" and reads_as_shell(token.content))

    def _item_kind(self, item: ItemScan) -> tuple[str, bool] | None:
        first = self._first_inline(item.open_index)
        content = first.content if first is not None else ""
        task = _TASK_MARKER.match(content)
        if task:
            return "checkbox", task.group(1) in "xX"
        kind = "ordered" if item.ordered else "bullet"
        item.inline_commands = bool(first is not None and self._inline_commands(first))
        if item.code or item.inline_commands:
            return kind, False
        if item.ordered and not _LONE_LINK.match(content):
            return kind, False
        return None

    def _first_inline(self, item_index: int) -> Token | None:
        tokens = self._tokens
        if item_index + 2 < len(tokens) and tokens[item_index + 1].type == "paragraph_open":
            return tokens[item_index + 2]
        return None

    # -- pass 2: sections, steps, tables and attributes in document order ----------------------------------------

    def _heading(self, index: int) -> None:
        token, inline = self._tokens[index], self._tokens[index + 1]
        if self._pending:
            before = index - 1
            while before >= 0 and self._tokens[before].type == "html_block":
                before -= 1
            self._drop_pending("a heading comes first", keep_after=before)
        line = _line(token)
        self._drafts.append(SectionDraft(len(self._drafts), self._plain(inline), int(token.tag[1:]), line))
        self._lead_in = None
        if "<!--" in inline.content:
            self._take_comments(inline.content, line, index)

    def _item_step(self, index: int) -> None:
        kind, checked = self._step_items[index]
        first = self._first_inline(index)
        content = first.content if first is not None else ""
        marker = 3 if kind == "checkbox" else 0
        content = content[marker:]
        text = self._plain(first, marker) if first is not None else ""
        step = self._new_step(kind, text, _line(self._tokens[index]), checked)
        self._item_steps[index] = step
        if first is not None:
            line = _line(first)
            for code in self._inline_commands(first):
                # markdown-it may have reflowed a code span over lines: then the paragraph's line is close enough.
                position = content.find(code)
                offset = content[:position].count("\n") if position >= 0 else 0
                step.commands.append(Command(None, False, True, code, line + offset, split_commands(code)))
            attrs = self._comment_attrs(content, line)
            step.attrs.update(attrs)

    def _close_item(self, index: int) -> None:
        """A comment inside a step's item that no nested step or code block took belongs to that step."""
        step = self._item_steps.get(index)
        if step is not None and self._pending and self._pending[0].token > index:
            step.attrs.update(self._take_pending())

    def _paragraph(self, index: int) -> None:
        if self._tokens[index - 2].type == "list_item_open" and index - 2 in self._step_items:
            return  # a step's own text, read with the step
        inline = self._tokens[index]
        if "<!--" in inline.content:
            self._take_comments(inline.content, _line(inline), index)
        if not self._open_items:
            self._lead_in = inline

    def _code(self, index: int) -> None:
        token = self._tokens[index]
        fenced = token.type == "fence"
        if not fenced and not reads_as_shell(token.content):
            return
        line = _line(token)
        info = token.info.strip() if fenced else ""
        braces = _INFO_BRACES.search(info)
        words = (info[: braces.start()] if braces else info).split()
        language = words[0] if words else None
        shell = is_shell_block(language, token.content)
        command = Command(
            language, fenced, shell, token.content, line, split_commands(token.content, language) if shell else ()
        )
        if fenced and not self._fence_closed(token):
            self._note(line, Severity.WARNING, "code fence is never closed: it runs to the end of its block")
        owner = self._code_owner.get(index)
        step = self._item_steps.get(owner) if owner is not None else None
        if step is None:
            item = self._lead_in_items.get(index)
            first = self._first_inline(item) if item is not None else None
            paragraph = first if first is not None else self._lead_in
            lead_in = self._plain(paragraph).rstrip(":").rstrip() if paragraph is not None else ""
            step_line = _line(self._tokens[item]) if item is not None else line
            step = self._new_step("command", lead_in or self._drafts[-1].heading, step_line)
        else:
            step.attrs.update(self._take_pending())
        step.commands.append(command)
        if braces:
            step.attrs.update(self._parse_attrs(braces.group(1), line))

    def _table(self, index: int) -> None:
        header: list[str] = []
        rows: list[list[str]] = []
        in_head = False
        for position in range(index + 1, len(self._tokens)):
            token = self._tokens[position]
            kind = token.type
            if kind == "table_close":
                break
            if kind in ("thead_open", "thead_close"):
                in_head = kind == "thead_open"
            elif kind == "tr_open" and not in_head:
                rows.append([])
            elif kind == "inline":
                (header if in_head else rows[-1] if rows else header).append(self._plain(token))
        table = Table(_line(self._tokens[index]), tuple(header), tuple(map(tuple, rows)), self._take_pending())
        self._drafts[-1].tables.append(table)

    def _new_step(self, kind: str, text: str, line: int, checked: bool = False) -> StepDraft:
        step = StepDraft(kind, text, line, checked, attrs=self._take_pending())
        self._drafts[-1].steps.append(step)
        return step

    def _step_ids(self) -> dict[int, str]:
        """Positional ids, replaced by valid ``id=`` attributes that clash with no other step's id."""
        positional = {
            id(step): f"s{draft.number}.{n}" for draft in self._drafts for n, step in enumerate(draft.steps, 1)
        }
        taken = set(positional.values())
        first_use: dict[str, int] = {}
        for draft in self._drafts:
            for step in draft.steps:
                wanted = step.attrs.get("id")
                if wanted is None or wanted == positional[id(step)]:
                    continue
                if not _STEP_ID.fullmatch(wanted):
                    self._note(
                        step.line,
                        Severity.ERROR,
                        f"step id {wanted!r} is not usable: use letters, digits, "
                        f"'.', '_', ':' or '-'; keeping {positional[id(step)]}",
                    )
                elif wanted in taken:
                    first = first_use.get(wanted)
                    where = f"line {first}" if first else "another step's position"
                    self._note(
                        step.line,
                        Severity.ERROR,
                        f"duplicate step id {wanted!r} (also used by {where}); keeping {positional[id(step)]}",
                    )
                else:
                    taken.add(wanted)
                    first_use[wanted] = step.line
                    positional[id(step)] = wanted
        return positional

    # -- text, comments and attributes ----------------------------------------------------------------------------

    @staticmethod
    def _plain(inline: Token, skip: int = 0) -> str:
        """An inline token -> plain text (emphasis, links and HTML dropped, code spans kept), without the first
        ``skip`` characters (a task marker)."""
        content = inline.content[skip:] if skip else inline.content
        if not _MARKUP_CHARS.search(content):
            # Only emphasis (or nothing) to remove: cheaper than reading the parser's inline events.
            text = _EMPHASIS.sub("", content) if "*" in content or "_" in content else content
        else:
            text = "".join(inline.plain_parts(skip))
        return (_LINE_BREAK.sub(" ", text) if "\n" in text else text).strip()

    @staticmethod
    def _inline_commands(inline: Token) -> list[str]:
        if "`" not in inline.content:
            return []
        return [code for code in inline.code_spans() if is_inline_command(code)]

    def _take_comments(self, content: str, line: int, token: int) -> None:
        attrs = self._comment_attrs(content, line)
        if attrs:
            self._pending.append(PendingComment(line, token, attrs))

    def _take_pending(self) -> dict[str, str]:
        attrs: dict[str, str] = {}
        for comment in self._pending:
            attrs.update(comment.attrs)
        self._pending = []
        return attrs

    def _comment_attrs(self, content: str, line: int) -> dict[str, str]:
        attrs: dict[str, str] = {}
        if "<!--" in content:
            for match in _COCKPIT_COMMENT.finditer(content):
                attrs.update(self._parse_attrs(match.group(1), line + content[: match.start()].count("\n")))
        return attrs

    def _parse_attrs(self, text: str, line: int) -> dict[str, str]:
        attrs, bad = parse_attributes(text)
        for junk in bad:
            self._note(line, Severity.ERROR, f'cockpit attribute {junk!r} is not key=value, key="value" or a flag')
        return attrs

    def _drop_pending(self, why: str, keep_after: int | None = None) -> None:
        """Report and forget pending comments, except those after token ``keep_after``."""
        kept = [] if keep_after is None else [c for c in self._pending if c.token > keep_after]
        for comment in self._pending:
            if comment not in kept:
                shown = " ".join(f"{key}={value}" for key, value in comment.attrs.items())
                self._note(comment.line, Severity.WARNING, f"cockpit attributes ({shown}) apply to nothing: {why}")
        self._pending = kept

    def _fence_closed(self, token: Token) -> bool:
        start, end = token.map or (0, 0)
        if end - start < 2 or end - 1 >= len(self._lines):
            return False
        closing = _CLOSING_FENCE.match(self._lines[end - 1])
        marker = token.markup
        return bool(closing and closing.group(1)[0] == marker[0] and len(closing.group(1)) >= len(marker))

    def _note(self, line: int, severity: Severity, message: str) -> None:
        self._notes.append(LintFinding(line, severity, message))


def _line(token: Token) -> int:
    return token.map[0] + 1 if token.map else 1
