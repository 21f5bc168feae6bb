"""Redaction at its edges: the shortest configured secret, and secrets that are not strings."""

from __future__ import annotations

import uuid
from pathlib import Path, PurePosixPath

from cockpit.core.redaction import MIN_EXTRA_VALUE_LENGTH, REDACTED, Redactor
from cockpit.core.timeline import EventKind, EventSource, Timeline


def test_a_configured_secret_of_exactly_the_minimum_length_is_redacted_one_shorter_is_not() -> None:
    pin = "k9#Q7xZ!"[:MIN_EXTRA_VALUE_LENGTH]
    assert Redactor(extra_values=[pin]).redact(f"pin {pin} accepted") == f"pin {REDACTED} accepted"
    assert Redactor(extra_values=[pin[:-1]]).redact(f"pin {pin[:-1]} accepted") == f"pin {pin[:-1]} accepted"


def test_any_value_under_a_secret_named_key_is_hidden_whatever_its_type(tmp_path: Path) -> None:
    session = uuid.UUID("2f1c9a6e-5b8d-4c3f-9e7a-1d2b3c4d5e6f")
    key_file = PurePosixPath("/home/ana/.ssh/id_ed25519")
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("login storm", "prod", "auth")
        event = timeline.record(
            incident.id, EventKind.NOTE, "session rotated", source=EventSource.NOTE,
            detail={"session_token": session, "key_file": key_file, "user": "ana"},
        )
        stored = timeline.events(incident.id)[-1].detail
    assert event.detail == stored == {"session_token": REDACTED, "key_file": str(key_file), "user": "ana"}
