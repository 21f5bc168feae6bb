"""Showing data on screen as text: markup templates are ours, everything substituted into them is literal.

Everything a backend, a runbook, a note or a config says may hold markup (``replica[2``, ``[@click=app.quit]``,
``[$error]``) or terminal control sequences (``ESC[2J``). ``textual.markup.escape`` is not complete for either
(it leaves ``[$var]`` and a trailing backslash live, and passes ESC through), so data never goes through the
markup parser: ``shown`` substitutes it as ``$name`` variables, which Textual inserts verbatim, after making every
control character visible.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content

from cockpit.providers.limits import one_line, visible_text

__all__ = ["join_lines", "one_line", "plain", "shown", "visible_text"]


def shown(template: str, **data: object) -> Content:
    """``template`` (our own markup, with ``$name`` placeholders) with each ``data`` value inserted as plain text."""
    return Content.from_markup(template, **{name: visible_text(str(value)) for name, value in data.items()})


def plain(text: object, style: str = "") -> Content:
    """Data as content: no markup parsed, control characters visible."""
    return Content.styled(visible_text(str(text)), style) if style else Content(visible_text(str(text)))


def join_lines(lines: Iterable[Content | str]) -> Content:
    return Content("\n").join(Content.from_markup(line) if isinstance(line, str) else line for line in lines)
