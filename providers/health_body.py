"""Reading a health answer's JSON: its stated status and its named components, in the common shapes.

Understands ``{"checks": {name: {"status": ...}}}``, ``{"checks": {name: "ok"}}``,
``{"checks": [{"name": ..., "status": ...}]}``, Spring-style ``{"components": {name: {"status": ...}}}``,
``{"details": {...}}`` and detailed-health flags such as ``{"checks": {"can_deploy": false}}`` or a component's
``critical_pending`` count (seed 004). Every name and word comes from the backend: each is made one visible line
of bounded length here, so nothing downstream can receive a control character or a screen-long name from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from .limits import one_line
from .results import ComponentHealth, State

COMPONENT_SECTIONS = ("checks", "components", "details")
TEXT_FIELDS = ("detail", "message", "error", "reason", "description")
"""Fields whose text explains a component's state, first one present wins."""
PENDING_FIELDS = ("critical_pending",)
"""Counts that make an otherwise healthy component worth a look when above zero (seed 004: investigate first)."""
NAME_CHARS = 80
DETAIL_CHARS = 300
MAX_COMPONENTS = 200
"""A health answer with more components than this is summarised: the pane and the timeline stay readable."""

STATE_WORDS: Mapping[str, State] = {
    **dict.fromkeys(("ok", "up", "healthy", "pass", "passed", "passing", "green", "ready", "serving"),
                    State.HEALTHY),
    **dict.fromkeys(("degraded", "warn", "warning", "yellow", "partial"), State.DEGRADED),
    **dict.fromkeys(("down", "unhealthy", "fail", "failed", "failing", "error", "critical", "red",
                     "out_of_service", "not_serving"), State.FAILED),
}
"""Native status words (lower case, '-' and ' ' as '_') -> the shared State; anything else is UNKNOWN."""


class Reading(msgspec.Struct, frozen=True):
    """All a check needs from a health answer's JSON object: small and bounded, whatever the body's size."""

    state: State
    """The body's own verdict (UNKNOWN when it states none)."""
    version: str | None
    components: tuple[ComponentHealth, ...]


def read(body: Mapping[str, Any]) -> Reading:
    return Reading(stated_state(body), stated_version(body), components(body))


def word_state(word: object) -> State:
    if isinstance(word, bool):
        return State.HEALTHY if word else State.FAILED
    if not isinstance(word, str):
        return State.UNKNOWN
    return STATE_WORDS.get(word.strip().lower().replace("-", "_").replace(" ", "_"), State.UNKNOWN)


def stated_state(body: Mapping[str, Any]) -> State:
    """The body's own verdict (``status``, ``state`` or ``healthy``)."""
    return word_state(body.get("status", body.get("state", body.get("healthy"))))


def stated_version(body: Mapping[str, Any]) -> str | None:
    version = body.get("version")
    if isinstance(version, bool) or not isinstance(version, (str, int)):
        return None
    return one_line(str(version), NAME_CHARS) or None


def components(body: Mapping[str, Any]) -> tuple[ComponentHealth, ...]:
    """Named components from every section a health body commonly has; the first mention of a name wins."""
    found: dict[str, ComponentHealth] = {}
    for section in COMPONENT_SECTIONS:
        for name, value in _section_items(body.get(section)):
            component = _component(name, value)
            if component is not None and name not in found:
                found[name] = component
    listed = tuple(found.values())
    if len(listed) <= MAX_COMPONENTS:
        return listed
    # Keep the bad ones first (they are what the operator needs), then say how many were left out.
    ordered = sorted(listed, key=lambda component: not component.state.is_bad)[: MAX_COMPONENTS - 1]
    left_out = len(listed) - len(ordered)
    return (*ordered, ComponentHealth(f"(+{left_out} more)", State.UNKNOWN, "not shown: too many components"))


def _section_items(section: object) -> list[tuple[str, object]]:
    if isinstance(section, Mapping):
        return [(one_line(str(name), NAME_CHARS), value) for name, value in section.items()]
    if isinstance(section, list):  # MicroProfile style: [{"name": "db", "status": "UP"}]
        return [(one_line(entry["name"], NAME_CHARS), entry) for entry in section
                if isinstance(entry, Mapping) and isinstance(entry.get("name"), str)]
    return []


def _component(name: str, value: object) -> ComponentHealth | None:
    if isinstance(value, (str, bool)):
        return ComponentHealth(name, word_state(value))
    if not isinstance(value, Mapping):
        return None
    word = value.get("status", value.get("state", value.get("healthy")))
    if word is None:
        return None
    state = word_state(word)
    if state is State.HEALTHY and _pending(value):
        state = State.DEGRADED
    return ComponentHealth(name, state, _detail(value))


def _pending(value: Mapping[str, Any]) -> bool:
    return any(isinstance(value.get(key), (int, float)) and not isinstance(value.get(key), bool)
               and value[key] > 0 for key in PENDING_FIELDS)


def _detail(value: Mapping[str, Any]) -> str:
    """The component's own explanation, then its other scalar fields (critical_pending=2, ...)."""
    text = next((str(value[key]) for key in TEXT_FIELDS if isinstance(value.get(key), str) and value[key]), "")
    nested = value.get("details")
    fields = {**(nested if isinstance(nested, Mapping) else {}), **value}
    extras = [
        f"{key}={field}" for key, field in fields.items()
        if key not in ("status", "state", "healthy", *TEXT_FIELDS) and isinstance(field, (str, int, float, bool))
    ]
    return one_line("; ".join(part for part in (text, ", ".join(extras)) if part), DETAIL_CHARS)


def judge(status_code: int, expect_status: int, stated: State, found: tuple[ComponentHealth, ...]) -> State:
    """The check's state: a wrong status or a failed verdict fails it; a bad component degrades it."""
    if status_code >= 500 or status_code != expect_status or stated is State.FAILED:
        return State.FAILED
    if stated is State.DEGRADED or any(component.state.is_bad for component in found):
        return State.DEGRADED
    return State.HEALTHY
