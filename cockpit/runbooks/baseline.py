"""The baseline: what was live when the checklist started, per (target, service), and what ``revision=previous``
means there: the revision before the bad one the incident is about (``Baseline.capture``). Recorded with
``checklist.started`` so it stays fixed after the rollback, and read back tolerantly on resume."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cockpit.core.hub import Hub
from cockpit.core.verified import DoneAction
from cockpit.providers.results import DeploymentStatus


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    target: str
    service: str
    revision: str
    previous: str | None
    """The revision before ``revision`` in the history seen at capture time: what ``revision=previous`` means."""


@dataclass(frozen=True, slots=True)
class Baseline:
    """Revisions live when the checklist started, per (target, service): a target may run several services."""

    entries: tuple[BaselineEntry, ...] = ()

    @classmethod
    def capture(cls, hub: Hub, rollbacks: Mapping[tuple[str, str], DoneAction] | None = None) -> Baseline:
        """What is live now. Where this incident already rolled back (``rollbacks``: the first rollback per
        (target, service)), the bad revision is the one it rolled back from and ``previous`` the one before that in
        the history: never one more step back from the good revision the rollback brought."""
        entries = []
        for snapshot in hub.snapshots("deployments"):
            for row in snapshot.data or ():
                rolled_back = (rollbacks or {}).get((snapshot.target, row.service))
                if rolled_back is not None and rolled_back.before is not None:
                    bad = rolled_back.before
                    entries.append(BaselineEntry(snapshot.target, row.service, bad,
                                                 _before(row, bad) or rolled_back.revision))
                    continue
                previous = row.previous_revision()
                entries.append(BaselineEntry(snapshot.target, row.service, row.revision,
                                             previous.id if previous else None))
        return cls(tuple(entries))

    def entry(self, target: str, service: str) -> BaselineEntry | None:
        return next((e for e in self.entries if e.target == target and e.service == service), None)

    def merged(self, other: Baseline) -> Baseline:
        """This baseline plus the (target, service) pairs only ``other`` knows; what is known is never replaced."""
        added = tuple(e for e in other.entries if self.entry(e.target, e.service) is None)
        return Baseline(self.entries + added)

    def to_json(self) -> list[dict[str, Any]]:
        # A list of rows, not {target: ...}: a target named like a secret ("api-token") would have its value
        # hidden by the redactor, which hides values under secret-looking keys.
        return [
            {"target": e.target, "service": e.service, "revision": e.revision, "previous": e.previous}
            for e in self.entries
        ]

    @classmethod
    def from_json(cls, rows: Any) -> Baseline:
        """Tolerant of anything: a malformed row is skipped, not fatal (it came from a file)."""
        entries = []
        for row in rows if isinstance(rows, list) else ():
            if not isinstance(row, dict):
                continue
            target, service, revision, previous = (row.get(k) for k in ("target", "service", "revision", "previous"))
            if isinstance(target, str) and isinstance(service, str) and isinstance(revision, str):
                known = previous if isinstance(previous, str) else None
                entries.append(BaselineEntry(target, service, revision, known))
        return cls(tuple(entries))


def _before(row: DeploymentStatus, revision: str) -> str | None:
    """The revision older than ``revision`` in the row's history (newest first), if the history has it."""
    ids = [entry.id for entry in row.history]
    if revision in ids and ids.index(revision) + 1 < len(ids):
        return ids[ids.index(revision) + 1]
    return None
