"""An event's detail is stored as readable UTF-8 JSON: what an operator typed in any language is searchable."""

from __future__ import annotations

from pathlib import Path

from cockpit.core.timeline import EventKind, EventSource, Timeline


def test_words_beyond_ascii_in_the_detail_are_found_by_search(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("checkout 5xx", "prod", "checkout")
        failover = timeline.record(
            incident.id, EventKind.NOTE, "traffic moved", source=EventSource.NOTE,
            detail={"note": "Failover nach Zürich, Kunden in Göteborg sehen 502"},
        )
        timeline.record(incident.id, EventKind.NOTE, "traffic back", source=EventSource.NOTE, detail={"note": "ok"})
        assert timeline.search("Zürich") == [failover]
        assert timeline.search("göteborg") == [failover]
        assert timeline.events(incident.id)[1].detail == {"note": "Failover nach Zürich, Kunden in Göteborg sehen 502"}
