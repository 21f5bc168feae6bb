"""Small text helpers shared by panes, the status command and exports: ages, durations, state marks."""

from __future__ import annotations

from datetime import datetime

from providers.base import State

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


def format_duration(seconds: float | None) -> str:
    """'m:ss' (or 'h:mm:ss'); an em dash when unknown."""
    if seconds is None:
        return "—"
    whole = max(0, int(round(seconds)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
