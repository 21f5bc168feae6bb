"""Figures across incidents, from a real timeline file holding incidents of two services over four days."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from cockpit.core.timeline import EventKind, EventSource, Timeline
from cockpit.review.figures import derived_figures
from cockpit.review.stats import MILESTONE_KINDS, format_stats, incident_stats, parse_since
from tests.unit.review_support import Clock

DAY0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
COMMAND = "kubectl rollout undo deployment/api -n prod"


@pytest.fixture
def clock() -> Clock:
    return Clock(DAY0)


class Incidents:
    """Writes incidents the way the cockpit does, each event at a given second after the incident opened."""

    def __init__(self, timeline: Timeline, clock: Clock) -> None:
        self.timeline = timeline
        self.clock = clock

    def open(self, day: int, service: str, severity: str) -> tuple[int, datetime]:
        self.clock.now = DAY0 + timedelta(days=day)
        incident = self.timeline.open_incident(f"{service} broken", "prod", service, severity=severity)
        return incident.id, self.clock.now

    def at(self, opened: datetime, seconds: float) -> None:
        self.clock.now = opened + timedelta(seconds=seconds)

    def rollback(self, incident_id: int, opened: datetime, kind: EventKind, seconds: float) -> None:
        self.at(opened, seconds)
        plan = {"action": "rollback", "target": "k8s-prod", "service": "api", "command": COMMAND}
        self.timeline.record(
            incident_id, kind, f"rollback {kind.value}", source=EventSource.OPERATOR, detail={"plan": plan}
        )

    def note(self, incident_id: int, opened: datetime, seconds: float) -> None:
        self.at(opened, seconds)
        self.timeline.record(incident_id, EventKind.NOTE, "looking", source=EventSource.NOTE)

    def resolve(self, incident_id: int, opened: datetime, seconds: float) -> None:
        self.at(opened, seconds)
        self.timeline.resolve(incident_id, "fixed")


@pytest.fixture
def history(timeline: Timeline, clock: Clock) -> list[int]:
    """api SEV1 rolled back and verified; api SEV2 fixed forward; web SEV1 rolled back, not verified; web SEV3 open."""
    write = Incidents(timeline, clock)
    a, opened = write.open(0, "api", "SEV1")
    write.note(a, opened, 20)
    write.rollback(a, opened, EventKind.ACTION_CONFIRMED, 60)
    write.rollback(a, opened, EventKind.ACTION_SUCCEEDED, 120)
    write.rollback(a, opened, EventKind.ACTION_VERIFIED, 180)
    write.resolve(a, opened, 600)
    b, opened = write.open(1, "api", "SEV2")
    write.resolve(b, opened, 900)
    c, opened = write.open(2, "web", "SEV1")
    write.rollback(c, opened, EventKind.ACTION_CONFIRMED, 30)
    write.rollback(c, opened, EventKind.ACTION_SUCCEEDED, 90)
    write.resolve(c, opened, 300)
    d, opened = write.open(3, "web", "SEV3")
    write.note(d, opened, 5)
    return [a, b, c, d]


def test_headline_figures(timeline: Timeline, history: list[int]) -> None:
    stats = incident_stats(timeline)
    assert stats.incidents == 4 and stats.open == 1
    assert stats.mean_time_to_recover_s == pytest.approx((180 + 900 + 300) / 3)  # the open one has no recovery
    assert stats.mean_time_to_roll_back_s == pytest.approx((120 + 90) / 2)
    assert stats.rollback_rate == 0.5
    assert stats.incidents_per_service == {"api": 2, "web": 2}


def test_each_incident_counts_as_its_own_report_says(timeline: Timeline, history: list[int]) -> None:
    """Stats read only the milestone kinds, yet agree with the full export of every incident."""
    recover = [derived_figures(timeline.events(i))["time_to_recover_s"] for i in history]
    roll_back = [derived_figures(timeline.events(i))["time_to_roll_back_s"] for i in history]
    assert recover == [180.0, 900.0, 300.0, None] and roll_back == [120.0, None, 90.0, None]
    assert EventKind.NOTE not in MILESTONE_KINDS


def test_filters_by_service_and_since(timeline: Timeline, history: list[int]) -> None:
    api = incident_stats(timeline, service="api")
    assert (api.incidents, api.rollback_rate, api.mean_time_to_recover_s) == (2, 0.5, 540.0)
    recent = incident_stats(timeline, since=DAY0 + timedelta(days=2))
    assert recent.incidents == 2 and recent.incidents_per_service == {"web": 2}
    assert recent.mean_time_to_recover_s == 300.0 and recent.rollback_rate == 0.5
    assert incident_stats(timeline, service="db").incidents == 0


def test_a_failed_rollback_is_not_a_rollback(timeline: Timeline, clock: Clock) -> None:
    write = Incidents(timeline, clock)
    incident_id, opened = write.open(0, "api", "SEV2")
    write.rollback(incident_id, opened, EventKind.ACTION_CONFIRMED, 10)
    write.rollback(incident_id, opened, EventKind.ACTION_FAILED, 40)
    stats = incident_stats(timeline)
    assert stats.rollback_rate == 0.0 and stats.mean_time_to_roll_back_s is None


def test_per_service_and_severity_groups(timeline: Timeline, history: list[int]) -> None:
    stats = incident_stats(timeline)
    assert [(g.name, g.incidents, g.rolled_back, g.recovered) for g in stats.by_service] == [
        ("api", 2, 1, 2),
        ("web", 2, 1, 1),
    ]
    assert [g.name for g in stats.by_severity] == ["SEV1", "SEV2", "SEV3"]
    sev1 = stats.by_severity[0]
    assert sev1.rollback_rate == 1.0 and sev1.mean_time_to_recover_s == (180 + 300) / 2


def test_zero_incidents(timeline: Timeline) -> None:
    stats = incident_stats(timeline, service="api", since=DAY0)
    assert stats.incidents == 0 and stats.open == 0
    assert stats.rollback_rate is None and stats.mean_time_to_recover_s is None
    assert stats.by_service == () and stats.incidents_per_service == {}
    document = json.loads(json.dumps(stats.to_json()))
    assert document["incidents"] == 0 and document["rollback_rate"] is None
    assert format_stats(stats) == "No incidents recorded (service api, since 2024-05-01 09:00 UTC).\n"


def test_json_has_every_figure(timeline: Timeline, history: list[int]) -> None:
    document = json.loads(json.dumps(incident_stats(timeline, service="web").to_json()))
    assert document["filters"] == {"service": "web", "since": None}
    assert document["incidents"] == 2 and document["open"] == 1
    assert document["rollback_rate"] == 0.5 and document["rolled_back"] == 1 and document["recovered"] == 1
    assert document["mean_time_to_recover_s"] == 300.0 and document["mean_time_to_roll_back_s"] == 90.0
    assert document["incidents_per_service"] == {"web": 2}
    assert [g["name"] for g in document["by_severity"]] == ["SEV1", "SEV3"]


def columns(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


def test_the_text_is_a_table(timeline: Timeline, history: list[int]) -> None:
    text = format_stats(incident_stats(timeline))
    lines = text.splitlines()
    assert columns(lines[lines.index("By service") + 2]) == [
        "Service", "Incidents", "Rolled back", "Rollback rate", "MTTR", "Time to roll back",
    ]  # fmt: skip
    assert columns(lines[lines.index("By service") + 4]) == ["api", "2", "1", "50%", "09:00", "02:00"]
    assert columns(lines[lines.index("By service") + 5]) == ["web", "2", "1", "50%", "05:00", "01:30"]
    headline = {columns(line)[0]: columns(line)[1:] for line in lines[4:8]}
    assert headline["Mean time to recovery"] == ["07:40", "3 recovered"]
    assert headline["Mean time to roll back"] == ["01:45", "2 rolled back"]
    assert headline["Rollback rate"] == ["50%", "2 of 4 incidents"]
    assert columns(lines[lines.index("By severity") + 4]) == ["SEV1", "2", "2", "100%", "04:00", "01:45"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024-05-01T10:30", datetime(2024, 5, 1, 10, 30, tzinfo=UTC)),
        ("2024-05-01T12:30+02:00", datetime(2024, 5, 1, 10, 30, tzinfo=UTC)),
        ("7d", DAY0 - timedelta(days=7)),
        ("24h", DAY0 - timedelta(hours=24)),
        ("2w", DAY0 - timedelta(weeks=2)),
    ],
)
def test_since_accepts_dates_and_spans(text: str, expected: datetime) -> None:
    assert parse_since(text, now=DAY0) == expected


@pytest.mark.parametrize("text", ["yesterday", "", "7", "2024-13-01"])
def test_since_refuses_anything_else_clearly(text: str) -> None:
    with pytest.raises(ValueError, match="is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM"):
        parse_since(text)
