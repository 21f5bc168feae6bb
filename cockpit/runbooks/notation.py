"""The cockpit's step and table attributes, written so they render as nothing on GitHub/GitLab.

Verification and action notation (renders as nothing on GitHub/GitLab): a comment on the line before a step, a
code fence or a table, or inside a step's first paragraph (or a heading, for the section's first step)::

    <!-- cockpit: verify=health target=api -->
    <!-- cockpit: verify=revision target=api revision=previous -->
    <!-- cockpit: verify=metric target=api metric=error_rate below=0.01 for=30s -->
    <!-- cockpit: action=rollback target=api -->            (also: restart; scale replicas=N; switch to=blue)
    <!-- cockpit: decision target=api -->                   (before a table: a decision table)
    <!-- cockpit: decision min_requests=50 hold=10s -->     (a ratio's minimum sample; how long advice must hold)
    <!-- cockpit: id=rollback timeout=2m -->

or braces at the end of a fence's info string: ````` ```bash {verify=health target=api} `````. Values may be quoted
(``"..."``/``'...'``); a bare word means ``word=true``. The attributes go to the next step or table; a comment
inside a list item that is a step, or braces on a fence attached to one, add to that step. A comment followed by a
heading (with nothing between) carries to the first step of that section; otherwise a heading drops it (lint says
so). Unknown or invalid attributes are lint findings, never parse errors.
"""

from __future__ import annotations

import re

VERIFICATIONS = ("health", "revision", "metric", "deployment")


ACTIONS = ("rollback", "restart", "scale", "switch")


KNOWN_ATTRIBUTES = frozenset({
    "id", "target", "verify", "revision", "metric", "below", "above", "for", "action", "replicas", "to", "decision",
    "timeout", "min_requests", "hold",
})  # fmt: skip


def parse_duration(text: str) -> float | None:
    """The notation's durations (``for=``, ``timeout=``): cockpit.core.formatting's, imported on first use because
    it loads the provider base, which `cockpit runbook show` never needs (start-up, issue 13)."""
    from cockpit.core.formatting import parse_duration as parse

    return parse(text)


_ATTRIBUTE = re.compile(r"""([A-Za-z_][\w.-]*)(=(?:"([^"]*)"|'([^']*)'|([^\s"',]*)))?""")


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
