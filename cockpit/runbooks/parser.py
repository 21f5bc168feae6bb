"""Any team's Markdown runbook -> sections, steps, commands and tables, loaded as it is, with no edits.

Parsing is CommonMark plus GFM tables (pyromark, i.e. pulldown-cmark in Rust, read as markdown-it-py read it before;
see ``cockpit.runbooks.blocks``). These rules hold for any input:

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

Limits: YAML front matter is read only as a leading ``---`` block of ``key: value`` lines and ``- item`` lists
(PyYAML is not a dependency); other lines are reported by lint. Raw HTML tables are not read as tables. Past 64
levels of nesting (lists count two, block quotes one) reading stops in the enclosing list or quote, as markdown-it
did, so the rest of it is lost; lint says where. A lone surrogate (possible only in a string) reads as U+FFFD.
The attribute notation is described in ``cockpit.runbooks.notation``.
"""

from __future__ import annotations

import gc
import os
import re

from cockpit.runbooks.front_matter import split_front_matter
from cockpit.runbooks.model import (
    LintFinding,
    Runbook,
    RunbookError,
)
from cockpit.runbooks.walker import Walker

MAX_BYTES = 10 * 1024 * 1024

_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse_runbook(text: str, *, source: str = "<string>") -> Runbook:
    """Parse Markdown text; never raises for any string (problems become ``Runbook.notes``)."""
    # A large runbook makes hundreds of thousands of short-lived objects and no reference cycles: the cyclic
    # collector would walk them again and again (a third of the parse time of a 1 MB runbook) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text, source)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str, source: str) -> Runbook:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    notes: list[LintFinding] = []
    front_matter, body = split_front_matter(lines, notes)
    title = front_matter.get("title") if front_matter else None
    walker = Walker(lines, notes)
    # NUL reads as U+FFFD (CommonMark); so does a lone surrogate, possible only in a string parsed directly, which
    # the Rust parser cannot take.
    body = _SURROGATE.sub("\ufffd", body) if _has_surrogates(body) else body
    walker.walk(body.replace("\x00", "\ufffd"))
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
