"""Exports of an incident by format name: 'md' and 'json' here, 'html' imported only when asked for."""

from __future__ import annotations

from cockpit.core.timeline import Timeline
from cockpit.review.json import json_text, to_json
from cockpit.review.markdown import to_markdown
from cockpit.review.model import gc_paused

FORMATS: tuple[str, ...] = ("md", "json", "html")


def export(timeline: Timeline, incident_id: int, fmt: str) -> str:
    """The incident rendered as ``fmt``: 'md', 'json' or 'html' (anything else is a ValueError naming the choices)."""
    if fmt == "json":
        with gc_paused():
            return json_text(to_json(timeline, incident_id))
    if fmt == "md":
        return to_markdown(timeline, incident_id)
    if fmt == "html":
        # The HTML renderer (CSS, chart geometry) is the largest: loaded only for the format that needs it.
        from cockpit.review.html import to_html

        return to_html(timeline, incident_id)
    raise ValueError(f"unknown export format {fmt!r} (choose one of: {', '.join(FORMATS)})")
