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


class Revision(str):
    pass


class Replicas(int):
    pass


class Ratio(float):
    pass


def test_detail_values_of_str_int_and_float_subclasses_are_stored_as_plain_json(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("checkout 5xx", "prod", "checkout")
        detail = {"revision": Revision("v42"), "ready": Replicas(3), "error_ratio": Ratio(0.25)}
        recorded = timeline.record(incident.id, EventKind.NOTE, "rolled out", source=EventSource.NOTE, detail=detail)
        assert recorded.detail == timeline.events(incident.id)[1].detail == {
            "revision": "v42", "ready": 3, "error_ratio": 0.25}
        assert timeline.search("v42") == [recorded]
