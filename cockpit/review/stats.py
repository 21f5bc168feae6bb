"""Figures across incidents: the "Current" / "Actual" columns the runbooks' metric tables leave empty.

Mean time to recovery, mean time to roll back and the rollback rate, overall and per service and severity, computed
from the same milestones as each incident's report (``review.figures.milestones``), so the two never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cockpit.core.formatting import clock
from cockpit.core.timeline import EventKind, Incident, Timeline
from cockpit.providers.results import utcnow
from cockpit.review.figures import figures_of, milestones

MILESTONE_KINDS: tuple[EventKind, ...] = (
    EventKind.INCIDENT_OPENED,
    EventKind.INCIDENT_RESOLVED,
    EventKind.STATE_CHANGED,
    EventKind.PROVIDER_FAILED,
    EventKind.ACTION_CONFIRMED,
    EventKind.ACTION_SUCCEEDED,
    EventKind.ACTION_VERIFIED,
)
"""The only kinds the milestones look at: notes, verdicts and log-heavy kinds are never read."""

_RELATIVE = re.compile(r"(\d+)\s*([dhw])", re.IGNORECASE)
_UNIT_DAYS = {"h": 1 / 24, "d": 1.0, "w": 7.0}


@dataclass(frozen=True, slots=True)
class IncidentFigures:
    """One incident's part in the figures: seconds from its first event, None when it did not happen."""

    incident: Incident
    time_to_recover_s: float | None
    time_to_roll_back_s: float | None


@dataclass(frozen=True, slots=True)
class GroupStats:
    """The figures over one group of incidents (all of them, one service, one severity)."""

    name: str
    incidents: int
    recovered: int
    """Incidents with a recovery (rollback verified, or resolved): the ones the mean time to recovery is over."""
    rolled_back: int
    """Incidents in which a rollback was confirmed and succeeded."""
    mean_time_to_recover_s: float | None
    mean_time_to_roll_back_s: float | None

    @property
    def rollback_rate(self) -> float | None:
        """Incidents with a rollback / incidents; None when there are no incidents."""
        return self.rolled_back / self.incidents if self.incidents else None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "incidents": self.incidents,
            "recovered": self.recovered,
            "rolled_back": self.rolled_back,
            "rollback_rate": self.rollback_rate,
            "mean_time_to_recover_s": self.mean_time_to_recover_s,
            "mean_time_to_roll_back_s": self.mean_time_to_roll_back_s,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    total: GroupStats
    open: int
    """Incidents not resolved yet (counted in ``total.incidents``)."""
    by_service: tuple[GroupStats, ...]
    """Most incidents first."""
    by_severity: tuple[GroupStats, ...]
    """SEV1 first."""
    service: str | None
    """The --service filter, if any."""
    since: datetime | None
    """The --since filter (incidents opened at or after it), if any."""

    @property
    def incidents(self) -> int:
        return self.total.incidents

    @property
    def rollback_rate(self) -> float | None:
        return self.total.rollback_rate

    @property
    def mean_time_to_recover_s(self) -> float | None:
        return self.total.mean_time_to_recover_s

    @property
    def mean_time_to_roll_back_s(self) -> float | None:
        return self.total.mean_time_to_roll_back_s

    @property
    def incidents_per_service(self) -> dict[str, int]:
        return {group.name: group.incidents for group in self.by_service}

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (times in seconds, rates as fractions, null when unknown)."""
        return {
            "filters": {
                "service": self.service,
                "since": self.since.isoformat().replace("+00:00", "Z") if self.since else None,
            },
            "incidents": self.incidents,
            "open": self.open,
            **{key: value for key, value in self.total.to_json().items() if key not in ("name", "incidents")},
            "incidents_per_service": self.incidents_per_service,
            "by_service": [group.to_json() for group in self.by_service],
            "by_severity": [group.to_json() for group in self.by_severity],
        }


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """'2024-05-01', '2024-05-01T10:00' (UTC unless an offset is given), or a span back from now: '7d', '24h', '2w'."""
    relative = _RELATIVE.fullmatch(text.strip())
    if relative is not None:
        days = int(relative.group(1)) * _UNIT_DAYS[relative.group(2).lower()]
        return (now or utcnow()) - timedelta(days=days)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM (UTC) or a span such as 7d, 24h, 2w"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def incident_figures(timeline: Timeline, incident: Incident) -> IncidentFigures:
    figures = figures_of(milestones(timeline.events(incident.id, kinds=MILESTONE_KINDS)))
    return IncidentFigures(incident, figures["time_to_recover_s"], figures["time_to_roll_back_s"])


def _mean(values: Iterable[float | None]) -> float | None:
    known = [value for value in values if value is not None]
    return sum(known) / len(known) if known else None


def _group(name: str, figures: Sequence[IncidentFigures]) -> GroupStats:
    return GroupStats(
        name=name,
        incidents=len(figures),
        recovered=sum(1 for f in figures if f.time_to_recover_s is not None),
        rolled_back=sum(1 for f in figures if f.time_to_roll_back_s is not None),
        mean_time_to_recover_s=_mean(f.time_to_recover_s for f in figures),
        mean_time_to_roll_back_s=_mean(f.time_to_roll_back_s for f in figures),
    )


def _groups(figures: Sequence[IncidentFigures], key: str) -> dict[str, list[IncidentFigures]]:
    grouped: dict[str, list[IncidentFigures]] = {}
    for figure in figures:
        grouped.setdefault(str(getattr(figure.incident, key)), []).append(figure)
    return grouped


def incident_stats(timeline: Timeline, service: str | None = None, since: datetime | None = None) -> Stats:
    """Figures over every incident in the timeline (of ``service``, opened at or after ``since``)."""
    if since is not None and since.tzinfo is None:
        raise ValueError("since must be timezone-aware (UTC)")
    chosen = [
        incident
        for incident in timeline.incidents()
        if (service is None or incident.service == service) and (since is None or incident.opened_at >= since)
    ]
    figures = [incident_figures(timeline, incident) for incident in reversed(chosen)]  # oldest first
    by_service = _groups(figures, "service")
    by_severity = _groups(figures, "severity")
    return Stats(
        total=_group("all", figures),
        open=sum(1 for f in figures if f.incident.status == "open"),
        by_service=tuple(
            _group(name, group) for name, group in sorted(by_service.items(), key=lambda item: (-len(item[1]), item[0]))
        ),
        by_severity=tuple(_group(name, by_severity[name]) for name in sorted(by_severity)),
        service=service,
        since=since,
    )


# -- text --------------------------------------------------------------------------------------------------------


def _rate(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.0%}"


def _table(head: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int]) -> list[str]:
    """A plain-text table with widths from the content; the columns in ``right`` (figures) right-aligned."""
    widths = [max(len(row[i]) for row in (head, *rows)) for i in range(len(head))]

    def line(row: Sequence[str]) -> str:
        cells = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths, strict=True))]
        return "  ".join(cells).rstrip()

    return [line(head), "  ".join("-" * width for width in widths), *(line(row) for row in rows)]


def _group_table(label: str, groups: Sequence[GroupStats]) -> list[str]:
    rows = [
        [
            g.name,
            str(g.incidents),
            str(g.rolled_back),
            _rate(g.rollback_rate),
            clock(g.mean_time_to_recover_s),
            clock(g.mean_time_to_roll_back_s),
        ]
        for g in groups
    ]
    head = [label, "Incidents", "Rolled back", "Rollback rate", "MTTR", "Time to roll back"]
    return _table(head, rows, right=range(1, len(head)))


def format_stats(stats: Stats) -> str:
    """The figures as text for a terminal: a headline table, then the same per service and per severity."""
    scope = [f"service {stats.service}"] if stats.service else []
    if stats.since is not None:
        scope.append(f"since {stats.since.strftime('%Y-%m-%d %H:%M')} UTC")
    where = f" ({', '.join(scope)})" if scope else ""
    if not stats.incidents:
        return f"No incidents recorded{where}.\n"
    total = stats.total
    headline = _table(
        ["Figure", "Value", "Over"],
        [
            ["Incidents", str(total.incidents), f"{stats.open} still open"],
            ["Mean time to recovery", clock(total.mean_time_to_recover_s), f"{total.recovered} recovered"],
            ["Mean time to roll back", clock(total.mean_time_to_roll_back_s), f"{total.rolled_back} rolled back"],
            ["Rollback rate", _rate(total.rollback_rate), f"{total.rolled_back} of {total.incidents} incidents"],
        ],
        right=(1,),
    )
    lines = [f"Incidents{where}: times are mm:ss from each incident's first event.", "", *headline, ""]
    lines += ["By service", "", *_group_table("Service", stats.by_service), ""]
    lines += ["By severity", "", *_group_table("Severity", stats.by_severity)]
    return "\n".join(lines) + "\n"
