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
- plain text (for step text, headings and cells) is built from the events only when the content holds markup; an
  image keeps its alt text as written, as markdown-it does.

``tests/unit/test_runbook_differential.py`` compares the result with markdown-it-py's on every runbook we have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pyromark

from cockpit.runbooks.source_text import Source, columns, is_delimiter_row

MAX_NESTING = 64
"""markdown-it's nesting limit, kept so that what is read (and the warning past it) does not change."""

_PARSER = pyromark.Markdown(options=pyromark.Options.ENABLE_TABLES)

_FENCE_OPEN = re.compile(r"[ \t]*(`{3,}|~{3,})(.*)")

MAX_REPARSES = 4
"""Passes that split paragraphs before tables; one pass finds every such paragraph, so a second is the rule."""

_INLINE_STARTS = frozenset({"Emphasis", "Strong", "Strikethrough", "Link", "Image", "Superscript", "Subscript"})

Event = Any  # pyromark's events: a str ("SoftBreak", "Rule"...) or a one-key dict
Range = dict[str, int]


class Token:
    """One block token, shaped like markdown-it's (only what the walker reads)."""

    __slots__ = ("type", "tag", "map", "content", "info", "markup", "level", "start", "events", "_source")

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
        self.events: list[tuple[Event, Range]] = []
        """The inline events of an inline token, read only when its plain text or code spans are asked for."""
        self._source: Source | None = None

    def plain_parts(self, skip: int = 0) -> list[str]:
        """The text of an inline token as markdown-it's ``text``/``code_inline``/``image``/break children give it,
        leaving out the first ``skip`` bytes of the content (a task marker)."""
        after = self.start + skip
        parts: list[str] = []
        image_depth = image_start = last_end = 0
        for event, span in self.events:
            if image_depth:
                if type(event) is dict:
                    if "Start" in event and _inline_name(event["Start"]) == "Image":
                        image_depth += 1
                    elif "End" in event and event["End"] == "Image":
                        image_depth -= 1
                        if not image_depth and self._source is not None:
                            parts.append(self._source.text(image_start + 2, last_end))  # the alt text as written
                            continue
                last_end = span["end"]
            elif span["start"] < after:
                continue
            elif type(event) is str:
                if event == "SoftBreak" or event == "HardBreak":
                    parts.append("\n")
            elif "Text" in event:
                parts.append(event["Text"])
            elif "Code" in event:
                parts.append(event["Code"])
            elif "Start" in event and _inline_name(event["Start"]) == "Image":
                image_depth, image_start, last_end = 1, span["start"], span["start"] + 2
        return parts

    def code_spans(self) -> list[str]:
        """The content of each code span, in order."""
        return [event["Code"] for event, _ in self.events if isinstance(event, dict) and "Code" in event]


def _inline_name(value: object) -> str:
    return value if isinstance(value, str) else next(iter(value))  # type: ignore[call-overload]


class _Container:
    __slots__ = ("kind", "quotes", "token")

    def __init__(self, kind: str, quotes: int, token: Token | None = None) -> None:
        self.kind = kind
        """quote, list, item, table, head, row."""
        self.quotes = quotes
        """Block quotes around (and including) this container: markers to drop from continuation lines."""
        self.token = token


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
        self.inline: Token | None = None
        """The inline token being collected (heading, paragraph, cell or a tight item's text)."""
        self.inline_end: str | None = None
        """What ends it: "Paragraph", "Heading", "TableCell", or None for a tight item's text (any block event)."""
        self.row_cells = 0
        self.head_cells = 0

    def build(self) -> list[Token]:
        events = _PARSER.events_with_range(self.text)
        for item in events:  # the hot loop: a 1 MB runbook has 100,000-200,000 events
            event = item[0]
            inline = self.inline
            if inline is not None:
                until = self.inline_end
                if until is None:
                    if self._is_inline(event):
                        inline.events.append(item)
                        continue
                    self._close_inline()
                elif type(event) is dict and "End" in event:
                    value = event["End"]
                    if value == until or (type(value) is dict and until in value):
                        self._close_inline()
                        if until != "TableCell":
                            self.level -= 1  # the paragraph's or heading's end (the walker needs no close token)
                        continue
                    inline.events.append(item)
                    continue
                else:
                    inline.events.append(item)
                    continue
            if type(event) is str:
                if event != "Rule" and self.stack and self.stack[-1].kind == "item":
                    self._open_tight(item)
                continue
            if "Start" in event:
                self._start(event["Start"], item, events)
            elif "End" in event:
                self._end(event["End"], item)
            elif self.stack and self.stack[-1].kind == "item":
                self._open_tight(item)
        if self.inline is not None:
            self._close_inline()
        return self.tokens

    # -- inline collection ---------------------------------------------------------------------------------------

    @staticmethod
    def _is_inline(event: Event) -> bool:
        if isinstance(event, str):
            return event != "Rule"
        if "Start" in event:
            value = event["Start"]
            return _inline_name(value) in _INLINE_STARTS
        if "End" in event:
            return _inline_name(event["End"]) in _INLINE_STARTS
        return "Html" not in event

    def _open_tight(self, item: tuple[Event, Range]) -> None:
        """Text straight inside a list item (a tight list): markdown-it wraps it in a hidden paragraph."""
        line = self.source.line(item[1]["start"])
        self._push(Token("paragraph_open", self.level, [line, line + 1], "p"))
        self.level += 1
        self._begin_inline([line, line + 1], None)
        assert self.inline is not None
        self.inline.events.append(item)

    def _begin_inline(self, map: list[int], end: str | None) -> None:  # noqa: A002
        self.inline = Token("inline", self.level, map)
        self.inline_end = end

    def _close_inline(self) -> None:
        inline = self.inline
        assert inline is not None
        self.inline = None
        events = inline.events
        if events:
            start = events[0][1]["start"]
            if start and self.source.data[start - 1] == 0x5C:  # a backslash escape: its range leaves the `\` out
                start -= 1
            end = events[-1][1]["end"]  # the last event is the one ending last (events nest)
            inline.start = start
            content = self.source.text(start, end)
            quotes = self.stack[-1].quotes if self.stack else 0
            if quotes and "\n" in content:
                content = re.sub(rf"\n(?:[ \t]*>){{0,{quotes}}}", "\n", content)
            inline.content = content.strip()
            inline._source = self.source
            if not self.stack and self.inline_end == "Paragraph" and "|" in content:
                self._find_tables(content, start)
        self._push(inline)
        if self.inline_end is None:
            self.level -= 1

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

    def _push(self, token: Token) -> None:
        self.tokens.append(token)

    def _quotes(self) -> int:
        return self.stack[-1].quotes if self.stack else 0

    def _start(self, value: Any, item: tuple[Event, Range], events: Iterator[tuple[Event, Range]]) -> None:
        span = item[1]
        line = self.source.line(span["start"])
        name = _inline_name(value)
        if name == "Paragraph":
            self._push(Token("paragraph_open", self.level, [line, line + 1], "p"))
            self.level += 1
            self._begin_inline([line, line + 1], "Paragraph")
        elif name == "Heading":
            level = value["Heading"]["level"]
            tag = "h" + level[1:]
            self._push(Token("heading_open", self.level, [line, line + 1], tag))
            self.level += 1
            self._begin_inline([line, line + 1], "Heading")
        elif name == "Item":
            self._push(Token("list_item_open", self.level, [line, line + 1], "li"))
            self.level += 1
            self.stack.append(_Container("item", self._quotes()))
            if self.level >= MAX_NESTING:
                self._skip_too_deep(events)
        elif name == "List":
            ordered = value["List"] is not None
            opened = Token("ordered_list_open" if ordered else "bullet_list_open", self.level, [line, line + 1])
            self._push(opened)
            self.level += 1
            self.stack.append(_Container("list", self._quotes(), opened))
        elif name == "BlockQuote":
            self._push(Token("blockquote_open", self.level, [line, line + 1], "blockquote"))
            self.level += 1
            self.stack.append(_Container("quote", self._quotes() + 1))
            if self.level >= MAX_NESTING:
                self._skip_too_deep(events)
        elif name == "CodeBlock":
            self._code(value["CodeBlock"], span, line, events)
        elif name == "HtmlBlock":
            self._html(line, events)
        elif name == "Table":
            self._push(Token("table_open", self.level, [line, line + 1], "table"))
            self.level += 1
            self.stack.append(_Container("table", self._quotes()))
            self.head_cells = 0
        elif name == "TableHead":
            self._push(Token("thead_open", self.level, [line, line + 1], "thead"))
            self._push(Token("tr_open", self.level + 1, [line, line + 1], "tr"))
            self.level += 2
            self.stack.append(_Container("head", self._quotes()))
            self.row_cells = 0
        elif name == "TableRow":
            self._push(Token("tr_open", self.level, [line, line + 1], "tr"))
            self.level += 1
            self.stack.append(_Container("row", self._quotes()))
            self.row_cells = 0
        elif name == "TableCell":
            self.row_cells += 1
            in_head = bool(self.stack) and self.stack[-1].kind == "head"
            if in_head or self.row_cells <= self.head_cells:
                self._begin_inline([line, line + 1], "TableCell")
                self.inline.level = self.level + 1  # type: ignore[union-attr]
            else:  # GFM drops cells past the header's count, as markdown-it does
                self._skip_to_end(events)
        elif self.stack and self.stack[-1].kind == "item":  # an inline start right inside a tight item
            self._open_tight(item)

    def _end(self, value: Any, item: tuple[Event, Range]) -> None:
        name = _inline_name(value)
        if name in ("Item", "List", "BlockQuote", "Table", "TableHead", "TableRow"):
            self._close_container(name)
        elif self.inline is None and self.stack and self.stack[-1].kind == "item" and name in _INLINE_STARTS:
            self._open_tight(item)

    def _close_container(self, name: str) -> None:
        if not self.stack:
            return
        container = self.stack.pop()
        kind = container.kind
        if kind == "item":
            self.level -= 1
            self._push(Token("list_item_close", self.level))
        elif kind == "list":
            self.level -= 1
            opened = container.token.type if container.token else "bullet_list_open"
            self._push(Token(opened.replace("_open", "_close"), self.level))
        elif kind == "quote":
            self.level -= 1
            self._push(Token("blockquote_close", self.level))
        elif kind == "head":
            self.level -= 2
            self._push(Token("thead_close", self.level))
            self.head_cells = self.row_cells
        elif kind == "row":
            for _ in range(self.head_cells - self.row_cells):  # GFM pads short rows with empty cells
                self._push(Token("inline", self.level + 1, None))
            self.level -= 1
        elif kind == "table":
            self.level -= 1
            self._push(Token("table_close", self.level))

    def _code(self, kind: Any, span: Range, line: int, events: Iterator[tuple[Event, Range]]) -> None:
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
        self._push(token)

    def _html(self, line: int, events: Iterator[tuple[Event, Range]]) -> None:
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
        self._push(token)

    # -- markdown-it's nesting limit -----------------------------------------------------------------------------

    def _skip_to_end(self, events: Iterator[tuple[Event, Range]]) -> None:
        depth = 0
        for event, _ in events:
            if isinstance(event, dict):
                if "Start" in event:
                    depth += 1
                elif "End" in event:
                    if not depth:
                        return
                    depth -= 1

    def _skip_too_deep(self, events: Iterator[tuple[Event, Range]]) -> None:
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
                self._close_container(_inline_name(event["End"]))
                if kind == "quote":
                    return
