"""Reading the inline events of one heading, paragraph or table cell from pyromark's stream, as cheaply as it can be.

A 1 MB runbook yields 70,000-210,000 events, most of them inline (text, code spans, emphasis), and each is a
tuple of two fresh dicts: what costs is every Python step per event and every object kept. So the events are
read straight off the stream and dropped, never kept, and only two things are taken from them:

- the byte range of the inline content (the first event's start, the last one's end): the content itself is a
  slice of the source;
- when the block's source holds a character that needs the parser's reading (``MARKUP``: code spans, links,
  images, HTML, entities, escapes), the plain-text parts and the code spans. Without one, the walker reads the
  plain text from the content alone (emphasis is all there is to drop) and finds no code span, so the events
  are only skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import chain, takewhile
from typing import TYPE_CHECKING, Any

MARKUP = re.compile(rb"[`\[\]<>&\\!~]")
"""Bytes that only the parser's inline reading can interpret: their absence lets a block's events be skipped.
(``cockpit.runbooks.walker`` reads a content without them by itself; UTF-8 never hides these bytes inside a
multi-byte character, so the raw source bytes can be searched.)"""

INLINE_STARTS = frozenset({"Emphasis", "Strong", "Strikethrough", "Link", "Image", "Superscript", "Subscript"})

if TYPE_CHECKING:
    from pyromark.event import Range  # {"start": ..., "end": ...}: UTF-8 byte offsets in the source

    Event = Any  # pyromark's events: a str ("SoftBreak", "Rule"...) or a one-key dict
    Item = tuple[Event, Range]

_BREAKS = ("SoftBreak", "HardBreak")


def name_of(value: str | Mapping[str, object]) -> str:
    """The variant name of a Start/End payload: ``"Paragraph"`` or the key of ``{"Heading": ...}``."""
    return value if type(value) is str else next(iter(value))


def is_inline(event: Event) -> bool:
    """Whether an event belongs to inline content (what a tight list item's text is made of)."""
    if type(event) is str:
        return event != "Rule"
    if "Start" in event:
        return name_of(event["Start"]) in INLINE_STARTS
    if "End" in event:
        return name_of(event["End"]) in INLINE_STARTS
    return "Html" not in event


class InlineRead:
    """What was read of one inline run: its byte range and, when asked for, its plain-text parts and code spans."""

    __slots__ = ("start", "end", "parts", "offsets", "codes")

    def __init__(self) -> None:
        self.start = -1
        """Byte offset of the first event (-1: no event at all)."""
        self.end = -1
        self.parts: list[str] | None = None
        """Each text, code span, line break and image alt text, in order; None when the events were only skipped
        (no ``MARKUP`` byte in the block)."""
        self.offsets: list[int] | None = None
        """The byte offset of each part, kept only where a task marker may have to be left out (in a list item)."""
        self.codes: list[str] = []


def skip_to(end: Event, events: Iterator[Item]) -> InlineRead:
    """Skip the events up to ``end`` (consumed), keeping only the byte range: one comparison per event. (``read_to``
    without the reading, kept apart because this is the loop most events go through.)"""
    read = InlineRead()
    first: Range | None = None
    last: Range | None = None
    for event, span in events:
        if event == end:
            break
        if first is None:
            first = span
        last = span
    if first is not None and last is not None:
        read.start, read.end = first["start"], last["end"]
    return read


def read_to(end: object, events: Iterator[Item], source: bytes, *, offsets: bool) -> InlineRead:
    """Read the events up to ``end`` (consumed), taking the plain-text parts (with their offsets if asked) and the
    code spans."""
    read = InlineRead()
    parts: list[str] = []
    read.parts = parts
    # Offsets are dropped into a list nobody keeps when not asked for: one branch less per part.
    starts: list[int] = []
    read.offsets = starts if offsets else None
    codes = read.codes
    image_depth = image_start = last_end = 0
    first: Range | None = None
    last: Range | None = None
    for event, span in events:
        if event == end:
            break
        if first is None:
            first = span
        last = span
        if image_depth:  # inside an image: its alt text is taken as written, whatever it holds
            if type(event) is dict:
                if "Start" in event and name_of(event["Start"]) == "Image":
                    image_depth += 1
                elif "End" in event and event["End"] == "Image":
                    image_depth -= 1
                    if not image_depth:
                        parts.append(source[image_start + 2 : last_end].decode("utf-8", "replace"))
                        starts.append(image_start)
                        continue
            last_end = span["end"]
        elif type(event) is str:
            if event in _BREAKS:
                parts.append("\n")
                starts.append(span["start"])
        elif "Text" in event:
            parts.append(event["Text"])
            starts.append(span["start"])
        elif "Code" in event:
            parts.append(event["Code"])
            starts.append(span["start"])
            codes.append(event["Code"])
        elif "Start" in event and name_of(event["Start"]) == "Image":
            image_depth, image_start = 1, span["start"]
            last_end = image_start + 2
    if first is not None and last is not None:
        read.start, read.end = first["start"], last["end"]
    if not offsets:
        read.parts = ["".join(parts)]  # one string kept instead of a piece per event (a 1 MB runbook: 100,000s)
    return read


class _InlineRun:
    """``takewhile`` predicate for a tight item's text: true while events are inline; keeps the first that is not
    (it belongs to the block around and must still be handled)."""

    __slots__ = ("after",)

    def __init__(self) -> None:
        self.after: Item | None = None

    def __call__(self, item: Item) -> bool:
        if is_inline(item[0]):
            return True
        self.after = item
        return False


_NO_END = object()
"""Equal to no event: a tight item's text ends where the events stop being inline."""


def read_tight(first: Item, events: Iterator[Item], source: bytes) -> tuple[InlineRead, Item | None]:
    """Read a tight list item's text: ``first`` (whatever it is) and the inline events after it. Returns the event
    that ended the text, read but not handled, or None at the end of the stream."""
    run = _InlineRun()
    read = read_to(_NO_END, chain((first,), takewhile(run, events)), source, offsets=True)
    return read, run.after
