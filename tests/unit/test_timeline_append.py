"""Appending: one event or many, each chained to the one before, so `cockpit timeline verify` holds after both."""

from __future__ import annotations

from pathlib import Path

from cockpit.core.timeline import EventKind, EventSource, NewEvent, Timeline


def test_bulk_events_continue_the_chain_of_the_events_before_them(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("checkout 5xx", "prod", "checkout")
        timeline.record(incident.id, EventKind.NOTE, "paged", source=EventSource.NOTE)
        imported = [NewEvent(incident.id, EventKind.NOTE, f"imported {n}", EventSource.NOTE) for n in range(3)]
        assert timeline.record_many(imported) == 3
        timeline.record(incident.id, EventKind.NOTE, "after the import", source=EventSource.NOTE)
        report = timeline.verify()
    assert report.summary() == "chain verified: 6 events, every trigger in place"


def test_an_event_without_actor_or_target_stores_them_empty(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("checkout 5xx", "prod", "checkout")
        recorded = timeline.record(incident.id, EventKind.NOTE, "paged", source=EventSource.NOTE)
        stored = timeline.events(incident.id)[-1]
    assert (recorded.actor, recorded.target) == (stored.actor, stored.target) == ("", "")
