"""Any team's Markdown runbook -> sections, steps, commands and tables, loaded as it is, with no edits.

Parsing is CommonMark plus GFM tables (markdown-it-py). These rules hold for any input:

- Every heading (ATX ``#`` and setext ``===``/``---``) starts a section with its level. Content before the first
  heading goes to a section with heading "" and level 0, which is listed only when it holds a step or a table.
- Every task-list item (``- [ ]``, ``- [x]``, ``- [X]``, also ``1. [ ]``), at any depth and inside block quotes,
  is exactly one step of kind ``checkbox``.
- Every fenced code block is exactly one command. Inside a list item it belongs to the innermost item's step (an
  item holding code is always a step). Otherwise it is a step of its own of kind ``command``; its text is the
  nearest paragraph before it in the section (outside lists, trailing colon dropped), else the section heading,
  so ``### 1. Check status`` followed by code blocks gives one ``command`` step per block. One exception for
  text: CommonMark ends a list at an unindented fence, yet ``1. Do this`` directly followed by such a fence
  introduces it, so that fence's step takes the item's text and line and the item is no step of its own
  (unless it is a checkbox or has code).
- An ordered-list item is a step of kind ``ordered``, unless it is only a link (a table of contents). A bullet
  item is a step of kind ``bullet`` only when it holds a code block or its first paragraph has inline code that
  reads as a shell command (``- Restart: `docker compose restart api```); other bullets are prose. Shell-like
  inline code in any step's first paragraph becomes an unfenced command of that step.
- Indented code blocks count only when they read as shell (then as unfenced commands); otherwise they are prose.
- Lines are 1-based lines of the file (CRLF and lone CR count as one line break).
- Step ids are ``s<section>.<n>``: section 0 is the text before the first heading, then one number per heading
  in order; n counts steps within the section from 1. An ``id=`` attribute overrides it when it is unique.

Verification and action notation (renders as nothing on GitHub/GitLab): a comment on the line before a step, a
code fence or a table, or inside a step's first paragraph (or a heading, for the section's first step)::

    <!-- cockpit: verify=health target=api -->
    <!-- cockpit: verify=revision target=api revision=previous -->
    <!-- cockpit: verify=metric target=api metric=error_rate below=0.01 for=30s -->
    <!-- cockpit: action=rollback target=api -->            (also: restart; scale replicas=N; switch to=blue)
    <!-- cockpit: decision target=api -->                   (before a table: a decision table)
    <!-- cockpit: id=rollback timeout=2m -->

or braces at the end of a fence's info string: ````` ```bash {verify=health target=api} `````. Values may be quoted
(``"..."``/``'...'``); a bare word means ``word=true``. The attributes go to the next step or table; a comment
inside a list item that is a step, or braces on a fence attached to one, add to that step. A comment followed by a
heading (with nothing between) carries to the first step of that section; otherwise a heading drops it (lint says
so). Unknown or invalid attributes are lint findings, never parse errors.

Limits: YAML front matter is read only as a leading ``---`` block of ``key: value`` lines and ``- item`` lists
(PyYAML is not a dependency); other lines are reported by lint. Raw HTML tables are not read as tables. Past 64
levels of nesting (lists count two, block quotes one) markdown-it stops reading the enclosing list or quote, so
the rest of it is lost; lint says where.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cockpit.runbook_model import (
    Command,
    LintFinding,
    Runbook,
    RunbookError,
    Section,
    Severity,
    Step,
    Table,
    format_lint,
    runbook_outline,
    runbook_to_json_text,
)
from cockpit.runbook_shell import (
    WELL_KNOWN_VARIABLES,
    assigned_variables,
    is_inline_command,
    is_shell_block,
    placeholders,
    reads_as_shell,
    split_commands,
    used_variables,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = [
    "Command",
    "LintFinding",
    "Runbook",
    "RunbookError",
    "Section",
    "Severity",
    "Step",
    "Table",
    "format_lint",
    "lint_runbook",
    "load_runbook",
    "parse_attributes",
    "parse_duration",
    "parse_runbook",
    "runbook_outline",
    "runbook_to_json_text",
]

MAX_BYTES = 10 * 1024 * 1024
MAX_NESTING = 64
"""markdown-it recurses once per nesting level; 64 stays far below Python's recursion limit."""

VERIFICATIONS = ("health", "revision", "metric", "deployment")
ACTIONS = ("rollback", "restart", "scale", "switch")
KNOWN_ATTRIBUTES = frozenset({
    "id", "target", "verify", "revision", "metric", "below", "above", "for", "action", "replicas", "to", "decision",
    "timeout",
})  # fmt: skip

_TASK_MARKER = re.compile(r"\[([ xX])\](?:[ \t]|$)")
_LONE_LINK = re.compile(r"(?:\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?|<[A-Za-z][\w+.-]*:[^>\s]*>)\s*$")
_COCKPIT_COMMENT = re.compile(r"<!--\s*cockpit\s*:(.*?)-->", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w.-]*)(=(?:"([^"]*)"|'([^']*)'|([^\s"',]*)))?""")
_INFO_BRACES = re.compile(r"\{([^{}]*)\}\s*$")
_STEP_ID = re.compile(r"[A-Za-z0-9][\w.:-]*")
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)?")
_DURATION_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
_CLOSING_FENCE = re.compile(r"[ \t>]*(`{3,}|~{3,})[ \t]*$")
_MARKUP_CHARS = re.compile(r"[`\[\]<>&\\!~]")
_EMPHASIS = re.compile(r"(?<!\s)\*+|\*+(?!\s)|(?<!\w)_+(?=\S)|(?<=\S)_+(?!\w)")
"""Emphasis delimiters as CommonMark reads them, near enough: `*` not between spaces, `_` at a word edge."""
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_FRONT_MATTER_FENCE = re.compile(r"---[ \t]*$")
_FRONT_MATTER_END = re.compile(r"(?:---|\.\.\.)[ \t]*$")
_FRONT_MATTER_PAIR = re.compile(r"([A-Za-z0-9_][\w .-]*?)[ \t]*:(?:[ \t]+(.*?)|)[ \t]*$")


def parse_runbook(text: str, *, source: str = "<string>") -> Runbook:
    """Parse Markdown text; never raises for any string (problems become ``Runbook.notes``)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    notes: list[LintFinding] = []
    front_matter, body = _front_matter(lines, notes)
    title = front_matter.get("title") if front_matter else None
    walker = _Walker(lines, notes)
    walker.walk(body)
    sections = walker.sections()
    if not isinstance(title, str) or not title.strip():
        title = next((section.heading for section in sections if section.level == 1 and section.heading), None)
    notes.sort(key=lambda finding: finding.line)
    return Runbook(title, front_matter, sections, source, tuple(notes))


def load_runbook(path: str | os.PathLike[str]) -> Runbook:
    """Read a runbook file; unreadable, binary, non-UTF-8 or > 10 MB files raise a one-line RunbookError."""
    name = os.fspath(path).replace("\n", "\\n")
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise RunbookError(f"{name}: no such runbook file") from None
    except IsADirectoryError:
        raise RunbookError(f"{name}: is a directory, not a runbook file") from None
    except OSError as error:
        raise RunbookError(f"{name}: cannot read runbook: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise RunbookError(f"{name}: runbook is larger than 10 MB; split it into smaller runbooks")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RunbookError(f"{name}: runbook is UTF-16 encoded; save it as UTF-8")
    if b"\x00" in data:
        raise RunbookError(f"{name}: looks like a binary file (it contains NUL bytes), not a Markdown runbook")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RunbookError(
            f"{name}: runbook is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "save it as UTF-8"
        ) from None
    return parse_runbook(text, source=os.fspath(path))


def parse_duration(text: str) -> float | None:
    """``30s``, ``5m``, ``1h``, ``250ms`` or plain seconds -> seconds; None when it is not a duration."""
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        return None
    return float(match.group(1)) * _DURATION_UNITS[match.group(2) or "s"]


def parse_attributes(text: str) -> tuple[dict[str, str], list[str]]:
    """``key=value key="quoted value" flag`` -> (attributes, tokens that are not attributes)."""
    attrs: dict[str, str] = {}
    bad: list[str] = []
    pos, end = 0, len(text)
    while pos < end:
        if text[pos].isspace() or text[pos] == ",":
            pos += 1
            continue
        match = _ATTRIBUTE.match(text, pos)
        stop = match.end() if match else pos
        if match is None or (stop < end and not (text[stop].isspace() or text[stop] == ",")):
            junk = re.match(r"\S+", text[pos:])
            bad.append(junk.group() if junk else text[pos])
            pos += len(bad[-1])
            continue
        quoted = match.group(3) if match.group(3) is not None else match.group(4)
        value = quoted if quoted is not None else match.group(5)
        attrs[match.group(1)] = "true" if match.group(2) is None else (value or "")
        pos = stop
    return attrs, bad


def _front_matter(lines: list[str], notes: list[LintFinding]) -> tuple[dict[str, str | list[str]] | None, str]:
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


@functools.cache
def _markdown() -> tuple[MarkdownIt, MarkdownIt]:
    """(block parser, inline parser). Inline parsing runs only on the few paragraphs we read: it is half the
    cost of parsing a whole document."""
    from markdown_it import MarkdownIt

    blocks = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")
    blocks.disable(["inline", "text_join"])
    return blocks, MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})


@dataclass
class _StepDraft:
    kind: str
    text: str
    line: int
    checked: bool = False
    commands: list[Command] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class _SectionDraft:
    number: int
    heading: str
    level: int
    line: int
    steps: list[_StepDraft] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass
class _ItemScan:
    open_index: int
    ordered: bool
    code: list[int] = field(default_factory=list)
    """Code tokens inside this item and not inside a nested item."""
    inline_commands: bool = False
    step: tuple[str, bool] | None = None
    """(kind, checked) once the item is closed and found to be a step."""


@dataclass
class _Comment:
    line: int
    token: int
    """Index of the token holding the comment (html_block, heading or paragraph)."""
    attrs: dict[str, str]


@dataclass
class _ListScan:
    ordered: bool
    last_item: _ItemScan | None = None


class _Walker:
    """Two iterative passes over markdown-it's flat token list (no recursion, whatever the nesting)."""

    def __init__(self, lines: list[str], notes: list[LintFinding]) -> None:
        self._lines = lines
        self._notes = notes
        self._tokens: list[Token] = []
        self._env: dict[str, object] = {}
        self._step_items: dict[int, tuple[str, bool]] = {}
        self._code_owner: dict[int, int] = {}
        self._lead_in_items: dict[int, int] = {}
        """Code token -> the list item just before it that introduces it (see _lead_in_item)."""
        self._item_steps: dict[int, _StepDraft] = {}
        self._drafts = [_SectionDraft(0, "", 0, 1)]
        self._open_items: list[int] = []
        self._lead_in: str | None = None
        """Markdown of the last paragraph outside lists in this section: the text of a code block's own step."""
        self._pending: list[_Comment] = []
        """Cockpit comments waiting for the next step or table."""

    def walk(self, body: str) -> None:
        blocks, _ = _markdown()
        self._tokens = blocks.parse(body, self._env)
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
        lists: list[_ListScan] = []
        items: list[_ItemScan] = []
        for index, token in enumerate(self._tokens):
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                lists.append(_ListScan(kind == "ordered_list_open"))
            elif kind in ("bullet_list_close", "ordered_list_close") and lists:
                self._lead_in_item(lists.pop().last_item, index + 1)
            elif kind == "list_item_open":
                items.append(_ItemScan(index, bool(lists and lists[-1].ordered)))
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

    def _lead_in_item(self, item: _ItemScan | None, next_index: int) -> None:
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

    def _item_kind(self, item: _ItemScan) -> tuple[str, bool] | None:
        first = self._first_inline(item.open_index)
        content = first.content if first is not None else ""
        task = _TASK_MARKER.match(content)
        if task:
            return "checkbox", task.group(1) in "xX"
        kind = "ordered" if item.ordered else "bullet"
        item.inline_commands = bool(first is not None and self._inline_commands(content))
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
        before = index - 1
        while before >= 0 and self._tokens[before].type == "html_block":
            before -= 1
        self._drop_pending("a heading comes first", keep_after=before)
        heading = self._plain(inline.content)
        self._drafts.append(_SectionDraft(len(self._drafts), heading, int(token.tag[1:]), _line(token)))
        self._lead_in = None
        self._take_comments(inline.content, _line(token), index)

    def _item_step(self, index: int) -> None:
        kind, checked = self._step_items[index]
        first = self._first_inline(index)
        content = first.content if first is not None else ""
        if kind == "checkbox":
            content = content[3:]
        step = self._new_step(kind, self._plain(content), _line(self._tokens[index]), checked)
        self._item_steps[index] = step
        if first is not None:
            line = _line(first)
            for code in self._inline_commands(content):
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
            self._lead_in = inline.content

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
            markdown = first.content if first is not None else self._lead_in
            lead_in = self._plain(markdown).rstrip(":").rstrip() if markdown is not None else ""
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
        for token in itertools.islice(self._tokens, index + 1, None):
            kind = token.type
            if kind == "table_close":
                break
            if kind in ("thead_open", "thead_close"):
                in_head = kind == "thead_open"
            elif kind == "tr_open" and not in_head:
                rows.append([])
            elif kind == "inline":
                (header if in_head else rows[-1] if rows else header).append(self._plain(token.content))
        table = Table(_line(self._tokens[index]), tuple(header), tuple(map(tuple, rows)), self._take_pending())
        self._drafts[-1].tables.append(table)

    def _new_step(self, kind: str, text: str, line: int, checked: bool = False) -> _StepDraft:
        step = _StepDraft(kind, text, line, checked, attrs=self._take_pending())
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

    def _plain(self, content: str) -> str:
        """Markdown inline text -> plain text (emphasis, links and HTML dropped, code spans kept)."""
        if not _MARKUP_CHARS.search(content):
            # Only emphasis (or nothing) to remove: far cheaper than markdown-it's inline parser.
            return _LINE_BREAK.sub(" ", _EMPHASIS.sub("", content)).strip()
        parts: list[str] = []
        for child in self._inline_children(content):
            if child.type in ("text", "text_special", "code_inline", "image"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
        return _LINE_BREAK.sub(" ", "".join(parts)).strip()

    def _inline_commands(self, content: str) -> list[str]:
        if "`" not in content:
            return []
        return [
            child.content
            for child in self._inline_children(content)
            if child.type == "code_inline" and is_inline_command(child.content)
        ]

    def _inline_children(self, content: str) -> list[Token]:
        _, inline = _markdown()
        parsed = inline.parseInline(content, self._env)
        return (parsed[0].children or []) if parsed else []

    def _take_comments(self, content: str, line: int, token: int) -> None:
        attrs = self._comment_attrs(content, line)
        if attrs:
            self._pending.append(_Comment(line, token, attrs))

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


# -- lint ------------------------------------------------------------------------------------------------------


def lint_runbook(runbook: Runbook) -> list[LintFinding]:
    """Parser notes plus: empty steps, placeholders and unset variables in commands, unusable attributes."""
    findings = list(runbook.notes)
    assigned: set[str] = set()
    for step in runbook.steps():
        if not step.text:
            findings.append(LintFinding(step.line, Severity.WARNING, f"step {step.id} has no text"))
        findings += _attribute_findings(step.attrs, step.line, f"step {step.id}", table=False)
        for command in step.commands:
            if not command.shell:
                continue
            assigned |= assigned_variables(command.code)
            holes = list(dict.fromkeys(hole for single in command.commands for hole in placeholders(single)))
            if holes:
                findings.append(
                    LintFinding(
                        command.line, Severity.WARNING, f"step {step.id}: fill in {', '.join(holes)} before running"
                    )
                )
            unset = sorted(
                {name for single in command.commands for name in used_variables(single)}
                - assigned
                - WELL_KNOWN_VARIABLES
            )
            if unset:
                names = ", ".join(f"${name}" for name in unset)
                findings.append(
                    LintFinding(command.line, Severity.WARNING, f"step {step.id}: nothing in this runbook sets {names}")
                )
    for section in runbook.sections:
        for table in section.tables:
            findings += _attribute_findings(table.attrs, table.line, "table", table=True)
    return sorted(findings, key=lambda finding: finding.line)


def _attribute_findings(attrs: dict[str, str], line: int, subject: str, *, table: bool) -> list[LintFinding]:
    problems: list[tuple[Severity, str]] = []
    for key in attrs:
        if key not in KNOWN_ATTRIBUTES:
            problems.append((Severity.WARNING, f"unknown cockpit attribute {key!r}"))
    for key in ("id", "target", "metric", "revision", "to"):
        if attrs.get(key) == "":
            problems.append((Severity.ERROR, f"{key}= needs a value"))
    verify, action = attrs.get("verify"), attrs.get("action")
    if verify is not None:
        problems += _verification_problems(verify, attrs)
    if action is not None and action not in ACTIONS:
        problems.append((Severity.ERROR, f"action={action} is not one of {', '.join(ACTIONS)}"))
    if action == "scale" and not attrs.get("replicas", "").isdigit():
        problems.append((Severity.ERROR, "action=scale needs replicas=<whole number>"))
    if action == "switch" and not attrs.get("to"):
        problems.append((Severity.ERROR, "action=switch needs to=<colour or slot>"))
    for key in ("for", "timeout"):
        if key in attrs and parse_duration(attrs[key]) is None:
            problems.append((Severity.ERROR, f"{key}={attrs[key]} is not a duration like 30s, 5m or 1h"))
    if "decision" in attrs and not table:
        problems.append((Severity.WARNING, "decision marks a table, but a step follows the comment"))
    if table and (verify is not None or action is not None):
        problems.append((Severity.WARNING, "verify and action belong to steps, but a table follows the comment"))
    return [LintFinding(line, severity, f"{subject}: {message}") for severity, message in problems]


def _verification_problems(verify: str, attrs: dict[str, str]) -> list[tuple[Severity, str]]:
    if verify not in VERIFICATIONS:
        return [(Severity.ERROR, f"verify={verify} is not one of {', '.join(VERIFICATIONS)}")]
    if verify != "metric":
        return []
    problems: list[tuple[Severity, str]] = []
    if not attrs.get("metric"):
        problems.append((Severity.ERROR, "verify=metric needs metric=<name>"))
    bounds = [key for key in ("below", "above") if key in attrs]
    if len(bounds) != 1:
        problems.append((Severity.ERROR, "verify=metric needs exactly one of below=<number> or above=<number>"))
    for key in bounds:
        try:
            float(attrs[key])
        except ValueError:
            problems.append((Severity.ERROR, f"{key}={attrs[key]} is not a number"))
    return problems
