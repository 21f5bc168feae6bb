"""A log that draws only the rows on screen, for the Logs pane under a flood.

Adding a line costs a ring-buffer append and a length measure; a frame renders only the visible rows (each line's
rows cached), so ten thousand lines a second cost a frame no more than ten do. Lines either wrap (fold at a word
near the pane's edge, continuation rows indented, see ``log_fold``) or keep one row each and scroll sideways. Either
way a line's height is a function of its text and the width: the scroll range is known without rendering anything.
A filter match is highlighted, and lines always wrap while a filter is on, so a match is never cut off.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from itertools import islice

import msgspec
from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from cockpit.core.formatting import visible
from cockpit.providers.results import LogLine
from cockpit.ui.widgets.log_fold import find_all, fold_points, indent_for

LEVEL_STYLE = {"ERROR": "bold red", "CRITICAL": "bold red", "FATAL": "bold red", "WARN": "yellow", "WARNING": "yellow"}
MONOCHROME_STYLE = {"ERROR": "bold reverse", "CRITICAL": "bold reverse", "FATAL": "bold reverse", "WARN": "bold"}
"""Under NO_COLOR, red turns to a dark grey that hides the very lines that matter: mark them by weight instead."""
MATCH_STYLE = "reverse"
"""A filter match: reverse video reads the same in every theme and under NO_COLOR."""
TIME_CELLS = len("10:00:00 ")
"""The time that starts every shown line: the filter never looks there, so neither does the highlight."""
RENDERED_LINES = 512
"""Lines whose rendered rows are kept: a few screens' worth, so scrolling back and forth renders nothing twice."""


class Entry(msgspec.Struct, frozen=True):
    """One log line as shown: its text with control characters made visible, and where the message starts."""

    plain: str
    prefix: int
    """Length of the dim 'time source ' prefix."""
    level: str

    @classmethod
    def of(cls, line: LogLine) -> Entry:
        at = line.at
        # Cheap checks first: this runs for every line of a flood that can still reach the screen.
        source = line.source if line.source.isprintable() else visible(line.source)
        message = line.message if line.message.isprintable() else visible(line.message)
        prefix = f"{at.hour:02}:{at.minute:02}:{at.second:02} {source} "
        return cls(prefix + message, len(prefix), line.level)

    @property
    def cells(self) -> int:
        return len(self.plain) if self.plain.isascii() else cell_len(self.plain)

    def matches(self, needle: str) -> list[tuple[int, int]]:
        return find_all(self.plain, needle, TIME_CELLS) if needle else []

    def text(self, monochrome: bool, needle: str) -> Text:
        # Dim as the base, the level on the message: as few style changes as possible, since each costs escape
        # codes on every repaint of the pane.
        text = Text(self.plain, style="dim", end="", no_wrap=True)
        style = (MONOCHROME_STYLE if monochrome else LEVEL_STYLE).get(self.level)
        if style:
            text.stylize(style, self.prefix)
        for start, end in self.matches(needle):
            text.stylize(MATCH_STYLE, start, end)
        return text


class LogView(ScrollView, can_focus=False):
    """The newest line at the bottom; follows new lines while ``auto_scroll`` (scrolling up pauses it)."""

    def __init__(self, capacity: int, *, monochrome: bool = False, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.capacity = capacity
        self.monochrome = monochrome
        self.auto_scroll = True
        self._wrap = True
        self._needle = ""
        self._entries: deque[Entry] = deque()
        self._rows: deque[int] = deque()
        """Rows of each entry at ``_width``."""
        self._total = 0
        self._widest = 0
        """Cells of the widest entry held: the sideways scroll range when lines do not wrap."""
        self._dropped = 0
        """Entries dropped off the top so far: entry i is line number ``_dropped + i`` (the render cache key)."""
        self._width = 1
        self._rendered: LRUCache[tuple[int, int, Style], list[Strip]] = LRUCache(RENDERED_LINES)
        self._visible: list[tuple[int, int] | None] = []
        self._visible_from = 0

    @property
    def line_count(self) -> int:
        return len(self._entries)

    @property
    def rendered_count(self) -> int:
        """Lines rendered and cached now: the visible ones (and a few screens of recent scrolling), never the rest."""
        return len(self._rendered)

    @property
    def wrap(self) -> bool:
        """Long lines fold into rows (True) or keep one row and scroll sideways (False)."""
        return self._wrap

    @property
    def folding(self) -> bool:
        """Whether lines fold now: when wrapping, and always while a filter is on (a match is never cut off)."""
        return self._wrap or bool(self._needle)

    def visible_text(self) -> list[str]:
        """The rows on screen as plain text, top to bottom."""
        return [self.render_line(y).text.rstrip() for y in range(self.size.height)]

    def set_view(self, *, wrap: bool | None = None, needle: str | None = None) -> None:
        """Switch wrapping, or the filter text to highlight (lower-cased; empty for none): every height changes."""
        self._wrap = self._wrap if wrap is None else wrap
        self._needle = self._needle if needle is None else needle
        self._rendered.clear()
        self._remeasure()
        if self.folding:
            self.scroll_to(x=0, animate=False, immediate=True, force=True)

    def write_lines(self, lines: Iterable[LogLine]) -> None:
        """Append ``lines``; only the newest ``capacity`` of a burst are even measured."""
        tail = deque(lines, maxlen=self.capacity)
        if not tail:
            return
        dropped_rows = 0
        for line in tail:
            if len(self._entries) == self.capacity:
                self._entries.popleft()
                dropped_rows += self._rows.popleft()
                self._dropped += 1
            entry = Entry.of(line)
            rows = self._rows_of(entry)
            self._entries.append(entry)
            self._rows.append(rows)
            self._total += rows
            if not self.folding:
                self._widest = max(self._widest, entry.cells)
        self._total -= dropped_rows
        self._resized()
        if self.auto_scroll:
            # In the same frame as the new rows: one repaint per batch (a deferred scroll painted each batch twice).
            # Forced: the scrollbar state that permits scrolling is only updated by the next layout.
            self.scroll_end(animate=False, immediate=True, x_axis=False, force=True)
        elif dropped_rows:
            # Keep the rows being read where they are while older ones fall off the top.
            self.scroll_to(y=max(0, self.scroll_y - dropped_rows), animate=False, immediate=True)

    def clear(self) -> None:
        self._dropped += len(self._entries)
        self._rendered.clear()
        self._entries.clear()
        self._rows.clear()
        self._total = self._widest = 0
        self._resized()
        self.scroll_home(animate=False, immediate=True)

    def on_resize(self) -> None:
        width = max(1, self.scrollable_content_region.width)
        if width == self._width:
            return
        self._width = width
        self._remeasure()

    def _rows_of(self, entry: Entry) -> int:
        if not self.folding:
            return 1
        return len(fold_points(entry.plain, self._width, entry.matches(self._needle))) + 1

    def _remeasure(self) -> None:
        self._rows = deque(self._rows_of(entry) for entry in self._entries)
        self._total = sum(self._rows)
        self._widest = 0 if self.folding else max((entry.cells for entry in self._entries), default=0)
        self._resized()
        if self.auto_scroll:
            self.scroll_end(animate=False, immediate=True, x_axis=False, force=True)

    def _resized(self) -> None:
        self.virtual_size = Size(max(self._width, self._widest), self._total)
        self.refresh()

    # -- drawing ----------------------------------------------------------------------------------------------

    def _top(self) -> int:
        """The first row on screen. Following, it is the bottom screenful even before the scroll catches up, so a
        frame drawn between a burst and its scroll never renders rows that are about to leave."""
        if self.auto_scroll:
            return max(0, self._total - self.size.height)
        return self.scroll_offset.y

    def render_lines(self, crop: Region) -> list[Strip]:
        # Locate the visible rows once per frame; render_line then only looks them up.
        self._visible_from = self._top() + crop.y
        self._visible = self._locate(self._visible_from, crop.height)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        style = self.rich_style
        width = self.size.width
        row = self._top() + y - self._visible_from
        found = self._visible[row] if 0 <= row < len(self._visible) else None
        strips = self._strips(found[0], style) if found is not None else []
        if found is None or found[1] >= len(strips):
            return Strip.blank(width, style)
        left = 0 if self.folding else self.scroll_offset.x
        return strips[found[1]].crop_extend(left, left + width, style)

    def _strips(self, index: int, style: Style) -> list[Strip]:
        key = (self._dropped + index, self._width, style)
        cached = self._rendered.get(key)
        if cached is None:
            entry = self._entries[index]
            text = entry.text(self.monochrome, self._needle)
            text.stylize_before(style)
            console = self.app.console
            if not self.folding:
                cached = [Strip(list(Segment.simplify(text.render(console))), entry.cells)]
            else:
                points = fold_points(entry.plain, self._width, entry.matches(self._needle))
                indent = Segment(" " * indent_for(self._width), style)
                cached = [
                    Strip([*([indent] if row else []), *Segment.simplify(part.render(console))])
                    for row, part in enumerate(text.divide(points) if points else [text])
                ]
            self._rendered[key] = cached
        return cached

    def _locate(self, first: int, count: int) -> list[tuple[int, int] | None]:
        """(entry index, row within the entry) of each absolute row from ``first``; None past the last line."""
        if count <= 0 or first >= self._total:
            return [None] * max(count, 0)
        # Walk in from the nearer end: the view is usually at the bottom, following.
        if first >= self._total // 2:
            start, index = self._total, len(self._entries)
            for rows in reversed(self._rows):
                index -= 1
                start -= rows
                if start <= first:
                    break
        else:
            start, index = 0, 0
            for rows in self._rows:
                if start + rows > first:
                    break
                start += rows
                index += 1
        found: list[tuple[int, int] | None] = []
        part = first - start
        for rows in islice(self._rows, index, None):
            while part < rows and len(found) < count:
                found.append((index, part))
                part += 1
            if len(found) == count:
                break
            index, part = index + 1, 0
        return found + [None] * (count - len(found))
