"""Replay: what the panes showed at any moment of an incident, rebuilt from the snapshots recorded at transitions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cockpit.timeline import Event, EventKind


@dataclass(frozen=True, slots=True)
class Picture:
    """The recorded state of every target's panes as of one event."""

    seq: int
    deployments: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Target -> its deployment rows (service, state, revision, ready, desired, message)."""
    health: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Target -> its health check (state, status_code, latency_ms, version, components)."""
    failing: dict[str, str] = field(default_factory=dict)
    """'target capability' -> the error it was failing with at that moment."""


def picture_at(events: Iterable[Event], seq: int) -> Picture:
    """Fold every transition recorded up to and including ``seq`` into one picture."""
    picture = Picture(seq)
    for event in events:
        if event.seq > seq:
            break
        capability = str(event.detail.get("capability", ""))
        key = f"{event.target} {capability}"
        if event.kind == EventKind.PROVIDER_FAILED:
            picture.failing[key] = str(event.detail.get("error", event.summary))
        elif event.kind == EventKind.PROVIDER_RECOVERED:
            picture.failing.pop(key, None)
        elif event.kind == EventKind.STATE_CHANGED:
            snapshot = event.detail.get("snapshot") or {}
            if "deployments" in snapshot:
                picture.deployments[event.target] = list(snapshot["deployments"])
            if "health" in snapshot:
                picture.health[event.target] = dict(snapshot["health"])
    return picture


def describe(picture: Picture) -> str:
    """The picture as text (content markup-free), for the replay panel and the review."""
    lines: list[str] = []
    for target, rows in sorted(picture.deployments.items()):
        for row in rows:
            ready = f"{row.get('ready', '?')}/{row.get('desired', '?')}"
            lines.append(f"{target}: {row.get('service')} {row.get('state')} {row.get('revision')} {ready}".rstrip())
    for target, check in sorted(picture.health.items()):
        code = check.get("status_code")
        lines.append(
            f"{target}: health {check.get('state')}"
            + (f" HTTP {code}" if code else "")
            + (f" version {check['version']}" if check.get("version") else "")
        )
        for name, component in sorted((check.get("components") or {}).items()):
            lines.append(f"    {name}: {component.get('state')} {component.get('detail', '')}".rstrip())
    for key, error in sorted(picture.failing.items()):
        lines.append(f"{key}: FAILING: {error}")
    return "\n".join(lines) or "nothing recorded yet at this point"
