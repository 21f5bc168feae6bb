"""Small text helpers shared by panes, the status command, the review and the stats: state marks, ages and
durations (one formatter per way of saying a duration, each written once)."""

from __future__ import annotations

import re
from datetime import datetime

from cockpit.providers.results import State

STATE_MARK: dict[State, str] = {
    State.HEALTHY: "✓",
    State.PROGRESSING: "↻",
    State.DEGRADED: "!",
    State.FAILED: "✗",
    State.UNKNOWN: "?",
}
"""A glyph per state, so state reads without colour (NO_COLOR, monochrome terminals, screenshots).
Only characters of unambiguous single width: others misalign columns in CJK locales and some fonts."""

STATE_STYLE: dict[State, str] = {
    State.HEALTHY: "$success",
    State.PROGRESSING: "$accent",
    State.DEGRADED: "$warning",
    State.FAILED: "$error",
    State.UNKNOWN: "$text-muted",
}
"""Content-markup colours per state; theme variables only, so every theme (and high contrast) applies."""


def state_label(state: State) -> str:
    """'[$error]✖ failed[/]' — mark and word together, coloured by the theme."""
    return f"[{STATE_STYLE[state]}]{STATE_MARK[state]} {state.value}[/]"


def format_age(since: datetime | None, now: datetime) -> str:
    """'12s', '4m', '2h' since a moment; 'never' when there was none."""
    if since is None:
        return "never"
    seconds = max(0, int((now - since).total_seconds()))
    if seconds < 120:
        return f"{seconds}s"
    if seconds < 7200:
        return f"{seconds // 60}m"
    return f"{seconds // 3600}h"


def clock(seconds: float | None) -> str:
    """'04:10' (or '1:02:03' past an hour); an em dash when unknown. The one duration format of the reports, the
    stats and the panes."""
    if seconds is None:
        return "—"
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def spoken(seconds: float) -> str:
    """'45 s', '10 min', '1 h 05 min': durations as people write them in a status message."""
    whole = max(0, round(seconds))
    if whole < 60:
        return f"{whole} s"
    minutes = round(whole / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0, DEL and C1 control characters, and the bidi overrides and isolates (which turn a line's text around): none
may reach a terminal raw. Newline and tab included: every field they can appear in is shown on its own line(s) by
us, and a newline from a backend would forge the next one."""


def visible(text: object) -> str:
    """``text`` on one line with every control character shown as an escape (``\\x1b``, ``\\n``)."""
    return _CONTROL.sub(lambda found: found[0].encode("unicode_escape").decode("ascii"), str(text))


_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)?")
_DURATION_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(text: str) -> float | None:
    """``30s``, ``5m``, ``1h``, ``250ms`` or plain seconds -> seconds; None when it is not a duration."""
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        return None
    return float(match.group(1)) * _DURATION_UNITS[match.group(2) or "s"]
