"""Rows of the timeline file <-> the timeline's data model: the hot path of every export (100k rows), so table
lookups instead of enum construction and msgspec for the JSON detail."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import msgspec

from cockpit.core.timeline_model import Event, EventKind, EventSource, Incident


def parse_ts(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    # Stored times are written as UTC; only convert what was written some other way.
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


_KINDS = {kind.value: kind for kind in EventKind}
_SOURCES = {source.value: source for source in EventSource}
_decode_detail = msgspec.json.Decoder(dict[str, Any]).decode


def _plain(value: Any) -> Any:
    """A str, int or float subclass (which msgspec does not encode) as its plain value, the way json.dumps wrote it."""
    for plain in (str, int, float):
        if isinstance(value, plain):
            return plain(value)
    raise TypeError(f"a timeline detail holds {type(value).__name__}, which is not JSON")


encode_detail = msgspec.json.Encoder(enc_hook=_plain).encode
"""Compact UTF-8 JSON (what json.dumps with ensure_ascii=False wrote), 20x cheaper; Redactor.redact_obj has already
made the detail JSON-ready."""


def event_from_row(row: Sequence[Any]) -> Event:
    seq, incident_id, ts, kind, source, actor, target, summary, detail, step_id = row
    return Event(
        seq,
        incident_id,
        parse_ts(ts),
        _KINDS.get(kind) or EventKind(kind),
        _SOURCES.get(source) or EventSource(source),
        actor,
        target,
        summary,
        _decode_detail(detail),
        step_id,
    )

def incident_from_row(row: Sequence[Any]) -> Incident:
    incident_id, title, environment, service, severity, status, opened_at, resolved_at = row
    return Incident(
        incident_id,
        title,
        environment,
        service,
        severity,
        status,
        parse_ts(opened_at),
        parse_ts(resolved_at) if resolved_at else None,
    )
