"""A runbook's Markdown -> the flat list of block tokens the walker reads, from a Rust CommonMark + GFM parser.

The parser is pyromark, the Python binding of pulldown-cmark (the Rust crate behind rustdoc and mdBook): it ships as
binary wheels for CPython 3.11 on Linux x86_64, is actively released, and every event it yields carries its byte
range in the source, which gives us file lines. Of the measured candidates it was the fastest (about 20 ms for a
1 MB runbook against 350-500 ms for markdown-it-py); comrak-ext is a one-person extension of another binding and
pycmarkgfm has not been released since 2023.

The walker was written against markdown-it-py's token stream, and the JSON of every runbook must not change, so
this module rebuilds that stream's shape (``heading_open``, ``inline``, ``fence``... with ``map``, ``content``,
``info``, ``markup`` and ``level``) from pulldown-cmark's events:

- an inline token's ``content`` is the Markdown source of the heading, paragraph or table cell, as markdown-it
  gives it: block-quote markers of continuation lines removed, ends trimmed;
- tight list items get the paragraph tokens markdown-it always emits (pulldown-cmark leaves them out); close
  tokens the walker never reads (paragraph, heading, table row) are left out;
- markdown-it stops reading below 64 levels of nesting (``MAX_NESTING``): a block quote that deep is skipped to its
  end, a list item that deep to the end of the block quote around it (or of the file); the same is done here so
  the walker's warning and what it reads stay the same;
- a table may start right after a paragraph line (markdown-it and GitHub read one there; pulldown-cmark reads on
  the paragraph): at the top level such a paragraph gets a blank line before the table's header line and the text
  is parsed again, lines still counted as in the file (inside a quote or list item it stays a paragraph);
- plain text (for step text, headings and cells) is taken from the inline events only when the block's source
  holds markup (``cockpit.runbooks.inline_events``, which reads them off the stream without keeping them); an
  image keeps its alt text as written, as markdown-it does.

``tests/unit/test_runbook_differential.py`` compares the result with markdown-it-py's on every runbook we have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import pyromark

from cockpit.runbooks.inline_events import INLINE_STARTS, MARKUP, InlineRead, name_of, read_tight, read_to, skip_to
from cockpit.runbooks.source_text import Source, columns, is_delimiter_row

if TYPE_CHECKING:
    from pyromark.event import Range

    from cockpit.runbooks.inline_events import Event, Item

MAX_NESTING = 64
"""markdown-it's nesting limit, kept so that what is read (and the warning past it) does not change."""

_PARSER = pyromark.Markdown(options=pyromark.Options.ENABLE_TABLES)

_FENCE_OPEN = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")

MAX_REPARSES = 4
"""Passes that split paragraphs before tables; one pass finds every such paragraph, so a second is the rule."""

_PARAGRAPH_END = {"End": "Paragraph"}
_CELL_END = {"End": "TableCell"}


class Token:
    """One block token, shaped like markdown-it's (only what the walker reads)."""

    __slots__ = ("type", "tag", "map", "content", "info", "markup", "level", "start", "parts", "offsets", "codes")

    def __init__(self, type: str, level: int, map: list[int] | None = None, tag: str = "") -> None:  # noqa: A002
        self.type = type
        self.level = level
        self.map = map
        self.tag = tag
        self.content = ""
        self.info = ""
        self.markup = ""
        self.start = 0
        """Byte offset in the source where ``content`` starts (inline tokens)."""
        self.parts: list[str] | None = None
        """An inline token's plain-text pieces; None when its block had no ``MARKUP`` byte."""
        self.offsets: list[int] | None = None
        """The byte offset of each piece: kept in list items, where the walker may leave a task marker out."""
        self.codes: Sequence[str] = ()

    def plain_parts(self, skip: int = 0) -> list[str]:
        """The text of an inline token as markdown-it's ``text``/``code_inline``/``image``/break children give it,
        leaving out the first ``skip`` bytes of the content (a task marker)."""
        if self.parts is None:
            return [self.content[skip:]]  # nothing but text and emphasis, which the walker reads by itself
        if not skip or self.offsets is None:
            return self.parts
        after = self.start + skip
        return [text for text, offset in zip(self.parts, self.offsets, strict=True) if offset >= after]

    def code_spans(self) -> Sequence[str]:
        """The content of each code span, in order."""
        return self.codes


class _Container:
    __slots__ = ("kind", "quotes", "token", "span")

    def __init__(self, kind: str, quotes: int, token: Token | None = None, span: Range | None = None) -> None:
        self.kind = kind
        """quote, list, item, table, head, row."""
        self.quotes = quotes
        """Block quotes around (and including) this container: markers to drop from continuation lines."""
        self.token = token
        self.span = span
        """A list item's byte range: where its tight text (which has no range of its own) can be."""


def parse_blocks(text: str) -> list[Token]:
    """The block tokens of ``text`` (LF line breaks, no NUL: the caller normalizes as markdown-it does)."""
    builder = _Builder(text, [])
    tokens = builder.build()
    headers: set[int] = set()
    for _ in range(MAX_REPARSES):
        if not builder.table_headers - headers:
            break
        headers |= builder.table_headers
        lines = text.split("\n")
        blank_lines: list[int] = []
        for number in sorted(headers):
            blank_lines.append(number + len(blank_lines))
            lines.insert(blank_lines[-1], "")
        builder = _Builder("\n".join(lines), blank_lines)
        tokens = builder.build()
    return tokens


class _Builder:
    def __init__(self, text: str, blank_lines: list[int]) -> None:
        self.source = Source(text, blank_lines)
        self.table_headers: set[int] = set()
        """Lines of the file where markdown-it starts a table inside a top-level paragraph (see parse_blocks)."""
        self.text = text
        self.tokens: list[Token] = []
        self.level = 0
        self.stack: list[_Container] = []
        self.row_cells = 0
        self.head_cells = 0

    def build(self) -> list[Token]:
        events = _PARSER.events_with_range(self.text)
        dispatch = self._dispatch
        for event, span in events:  # block events only: the inline ones are read by the block that holds them
            after = dispatch(event, span, events)
            while after is not None:
                after = dispatch(after[0], after[1], events)
        return self.tokens

    def _dispatch(self, event: Event, span: Range, events: Iterator[Item]) -> Item | None:
        """Handle one block event; returns an event read past the end of a tight item's text, still to handle."""
        if type(event) is str:
            if event != "Rule" and self._in_item():
                return self._tight(event, span, events)
        elif "Start" in event:
            return self._start(event, span, events)
        elif "End" in event:
            value = event["End"]
            name = name_of(value)
            if name in ("Item", "List", "BlockQuote", "Table", "TableHead", "TableRow"):
                self._close_container(name)
            elif self._in_item() and name in INLINE_STARTS:
                return self._tight(event, span, events)
        elif self._in_item():
            return self._tight(event, span, events)
        return None

    def _in_item(self) -> bool:
        return bool(self.stack) and self.stack[-1].kind == "item"

    # -- inline content ------------------------------------------------------------------------------------------

    def _read_inline(
        self, token: Token, block: Range, end: Event, events: Iterator[Item], *, paragraph: bool = False
    ) -> None:
        """Read a heading's, paragraph's or cell's inline events into ``token`` (see cockpit.runbooks.inline_events)."""
        if MARKUP.search(self.source.data, block["start"], block["end"]) is None:
            read = skip_to(end, events)
        else:
            read = read_to(end, events, self.source.data, offsets=self._in_item())
        self._fill(token, read, paragraph)

    def _tight(self, event: Event, span: Range, events: Iterator[Item]) -> Item | None:
        """Text straight inside a list item (a tight list): markdown-it wraps it in a hidden paragraph."""
        line = self.source.line(span["start"])
        lines = [line, line + 1]
        self.tokens.append(Token("paragraph_open", self.level, lines, "p"))
        token = Token("inline", self.level + 1, lines)
        read, after = read_tight((event, span), events, self.source.data)
        self._fill(token, read, paragraph=False)
        return after

    def _fill(self, token: Token, read: InlineRead, paragraph: bool) -> None:
        if read.start >= 0:
            start = read.start
            if start and self.source.data[start - 1] == 0x5C:  # a backslash escape: its range leaves the `\` out
                start -= 1
            token.start = start
            token.parts, token.offsets = read.parts, read.offsets
            if read.codes:
                token.codes = read.codes
            content = self.source.text(start, read.end)
            quotes = self.stack[-1].quotes if self.stack else 0
            if quotes and "\n" in content:
                content = re.sub(rf"\n(?:[ \t]*>){{0,{quotes}}}", "\n", content)
            token.content = content.strip()
            if paragraph and not self.stack and "|" in content:
                self._find_tables(content, start)
        self.tokens.append(token)

    def _find_tables(self, content: str, start: int) -> None:
        lines = content.split("\n")
        first = self.source.line(start)
        for number in range(1, len(lines) - 1):
            header, delimiter = lines[number], lines[number + 1]
            if "|" in header and not header.startswith(("    ", "\t")) and is_delimiter_row(delimiter):
                if columns(header) == columns(delimiter):
                    self.table_headers.add(first + number)
                    return

    # -- blocks --------------------------------------------------------------------------------------------------

    def _quotes(self) -> int:
        return self.stack[-1].quotes if self.stack else 0

    def _start(self, event: Event, span: Range, events: Iterator[Item]) -> Item | None:
        """Open a block; returns an event read past the end of a tight item's text, still to handle."""
        value = event["Start"]
        line = self.source.line(span["start"])
        name = name_of(value)
        lines = [line, line + 1]  # a block's map; its inline token shares it (the walker only reads maps)
        if name == "Paragraph":
            self.tokens.append(Token("paragraph_open", self.level, lines, "p"))
            paragraph = Token("inline", self.level + 1, lines)
            self._read_inline(paragraph, span, _PARAGRAPH_END, events, paragraph=True)
        elif name == "Heading":
            level = value["Heading"]["level"]
            self.tokens.append(Token("heading_open", self.level, lines, "h" + level[1:]))
            end = {"End": {"Heading": level}}
            self._read_inline(Token("inline", self.level + 1, lines), span, end, events)
        elif name == "Item":
            self.tokens.append(Token("list_item_open", self.level, lines, "li"))
            self.level += 1
            self.stack.append(_Container("item", self._quotes(), span=span))
            if self.level >= MAX_NESTING:
                self._skip_too_deep(events)
        elif name == "List":
            ordered = value["List"] is not None
            opened = Token("ordered_list_open" if ordered else "bullet_list_open", self.level, lines)
            self.tokens.append(opened)
            self.level += 1
            self.stack.append(_Container("list", self._quotes(), opened))
        elif name == "BlockQuote":
            self.tokens.append(Token("blockquote_open", self.level, lines, "blockquote"))
            self.level += 1
            self.stack.append(_Container("quote", self._quotes() + 1))
            if self.level >= MAX_NESTING:
                self._skip_too_deep(events)
        elif name == "CodeBlock":
            self._code(value["CodeBlock"], span, line, events)
        elif name == "HtmlBlock":
            self._html(line, events)
        elif name == "Table":
            self.tokens.append(Token("table_open", self.level, lines, "table"))
            self.level += 1
            self.stack.append(_Container("table", self._quotes()))
            self.head_cells = 0
        elif name == "TableHead":
            self.tokens.append(Token("thead_open", self.level, lines, "thead"))
            self.tokens.append(Token("tr_open", self.level + 1, lines, "tr"))
            self.level += 2
            self.stack.append(_Container("head", self._quotes()))
            self.row_cells = 0
        elif name == "TableRow":
            self.tokens.append(Token("tr_open", self.level, lines, "tr"))
            self.level += 1
            self.stack.append(_Container("row", self._quotes()))
            self.row_cells = 0
        elif name == "TableCell":
            self.row_cells += 1
            in_head = bool(self.stack) and self.stack[-1].kind == "head"
            if in_head or self.row_cells <= self.head_cells:
                self._read_inline(Token("inline", self.level + 1, lines), span, _CELL_END, events)
            else:  # GFM drops cells past the header's count, as markdown-it does
                self._skip_to_end(events)
        elif self._in_item():  # an inline start right inside a tight item
            return self._tight(event, span, events)
        return None

    def _close_container(self, name: str) -> None:
        if not self.stack:
            return
        container = self.stack.pop()
        kind = container.kind
        if kind == "item":
            self.level -= 1
            self.tokens.append(Token("list_item_close", self.level))
        elif kind == "list":
            self.level -= 1
            opened = container.token.type if container.token else "bullet_list_open"
            self.tokens.append(Token(opened.replace("_open", "_close"), self.level))
        elif kind == "quote":
            self.level -= 1
            self.tokens.append(Token("blockquote_close", self.level))
        elif kind == "head":
            self.level -= 2
            self.tokens.append(Token("thead_close", self.level))
            self.head_cells = self.row_cells
        elif kind == "row":
            for _ in range(self.head_cells - self.row_cells):  # GFM pads short rows with empty cells
                self.tokens.append(Token("inline", self.level + 1, None))
            self.level -= 1
        elif kind == "table":
            self.level -= 1
            self.tokens.append(Token("table_close", self.level))

    def _code(self, kind: Any, span: Range, line: int, events: Iterator[Item]) -> None:
        parts: list[str] = []
        for event, _ in events:
            if isinstance(event, dict):
                if "Text" in event:
                    parts.append(event["Text"])
                elif "End" in event:
                    break
        end = span["end"]
        last = self.source.line(end - 1) + 1 if end > span["start"] else line + 1
        if isinstance(kind, dict):  # {"Fenced": info}
            token = Token("fence", self.level, [line, last], "code")
            opening = _FENCE_OPEN.match(self.source.line_text(span["start"]))
            if opening:
                token.markup, token.info = opening.group(1), opening.group(2)
        else:
            token = Token("code_block", self.level, [line, last], "code")
        token.content = "".join(parts)
        self.tokens.append(token)

    def _html(self, line: int, events: Iterator[Item]) -> None:
        parts: list[str] = []
        for event, _ in events:
            if isinstance(event, dict):
                if "Html" in event:
                    parts.append(event["Html"])
                elif "Text" in event:
                    parts.append(event["Text"])
                elif "End" in event:
                    break
        token = Token("html_block", self.level, [line, line + 1])
        token.content = "".join(parts)
        self.tokens.append(token)

    # -- markdown-it's nesting limit -----------------------------------------------------------------------------

    def _skip_to_end(self, events: Iterator[Item]) -> None:
        depth = 0
        for event, _ in events:
            if isinstance(event, dict):
                if "Start" in event:
                    depth += 1
                elif "End" in event:
                    if not depth:
                        return
                    depth -= 1

    def _skip_too_deep(self, events: Iterator[Item]) -> None:
        """Drop what markdown-it would not read: the rest of this quote, or (from a list item) everything up to
        the end of the quote around it. The containers open here are closed as their ends come."""
        depth = 0
        for event, _ in events:
            if not isinstance(event, dict):
                continue
            if "Start" in event:
                depth += 1
            elif "End" in event:
                if depth:
                    depth -= 1
                    continue
                kind = self.stack[-1].kind if self.stack else None
                self._close_container(name_of(event["End"]))
                if kind == "quote":
                    return
