"""Decision tables: which row of a runbook's "component state -> action" matrix applies right now.

A table marked ``<!-- cockpit: decision -->`` (optionally ``target=T`` and ``error_rate=0.1``) is read row by row.
The action column is the one headed Action (or Response, Decision, What to do), else the last; the other cells are
the condition, judged against the hub's latest data:

- A condition naming a component the health check reports (case-insensitive whole words, singular or plural, with
  the usual aliases: redis / memcached -> cache, db / postgres / mysql -> database, migration -> migrations) applies
  when that component is in the state the condition names: bad words (unhealthy, down, failing, not applied,
  pending, error...) mean degraded or failed, good words (healthy, up, ok...) mean healthy.
- "All components healthy" (all / every with a state word) applies to every reported component together.
- An error-rate row ("High error rate", "errors") compares the ``error_rate`` metric with a threshold found in
  the row: ``> 5%`` (a ratio), ``> 10/min`` or ``> 2/s`` (errors per time, which needs ``requests_per_s`` from
  the same target), or ``error_rate=`` in the table's comment (a ratio; it wins). Where the target reports
  ``requests_per_s`` too, the error rate is pooled over at least ``min_requests`` requests (the table's comment
  may set it; default 50): fewer is no answer, not "below" (``cockpit.core.sample_size``).
- A row about "health checks" without a component uses the overall health state.

Anything the data cannot settle (no answer yet, a failing or stale backend, a metric whose latest sample is older
than polling allows, a component nobody reports, a row the rules cannot read) is ``applies=None`` with the reason.
The advisor recommends; it never acts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from cockpit.core.hub import Hub
from cockpit.core.judging import MIN_REQUESTS
from cockpit.core.sample_size import pool, request_rates, too_few
from cockpit.core.verdicts import unusable
from cockpit.providers.base import HealthSource
from cockpit.providers.results import ComponentHealth, HealthCheck, MetricSeries, State, utcnow
from cockpit.runbooks.model import Table
from cockpit.runbooks.verification import stale_sample

ACTION_HEADERS = ("action", "actions", "response", "decision", "what to do", "then", "do")

ALIASES: Mapping[str, str] = {
    "redis": "cache", "memcached": "cache", "memcache": "cache", "valkey": "cache", "caches": "cache",
    "db": "database", "postgres": "database", "postgresql": "database", "pg": "database", "mysql": "database",
    "mariadb": "database", "databases": "database", "migration": "migrations", "schema": "migrations",
}
"""Words a runbook uses for a component -> the name health endpoints commonly give it."""

_BAD = re.compile(
    r"\b(?:not\s+(?:applied|ready|running|responding|healthy|available|ok)|unhealthy|down|failing|failed|fails?|"
    r"failures?|pending|errors?|degraded|unavailable|unreachable|broken|critical|timing\s+out|timeouts?|red)\b"
)
_GOOD = re.compile(r"\b(?:healthy|up|ok|okay|applied|ready|running|green|passing|normal|fine)\b")
_ALL = re.compile(r"\b(?:all|every|everything)\b")
_ERROR_RATE = re.compile(r"\berror[\s_-]*rates?\b|\berrors?\b")
_HEALTH = re.compile(r"\bhealth(?:[\s_-]*checks?)?\b")
_WORD = re.compile(r"[a-z0-9]+")
_THRESHOLD = re.compile(
    r"(?P<op>>=?|<=?|≥|≤|\babove\b|\bover\b|\bmore than\b|\bexceeds?\b|\bbelow\b|\bunder\b|\bless than\b)\s*"
    r"(?P<number>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|/\s*min(?:ute)?\b|/\s*s(?:ec(?:ond)?)?\b|per\s+min(?:ute)?\b|per\s+s(?:ec(?:ond)?)?\b)?",
    re.IGNORECASE,
)
_BELOW_WORDS = ("<", "≤", "below", "under", "less")


@dataclass(frozen=True, slots=True)
class RowVerdict:
    row_index: int
    """Index into ``Table.rows``."""
    applies: bool | None
    """None: the live data cannot settle it (the reason says why)."""
    reason: str


CONDITION_HEADERS = ("status", "state", "condition", "component", "symptom", "when", "if")


def looks_like_decision_table(table: Table) -> bool:
    """An unmarked table that reads as condition -> action (seed 004's "Component Status | Action"), so a team's
    runbook gets its matrix evaluated without edits. A `decision` attribute always counts."""
    if "decision" in table.attrs:
        return True
    headers = [header.strip().lower() for header in table.header]
    if len(headers) < 2 or not any(header in ACTION_HEADERS for header in headers[1:]):
        return False
    return any(word in headers[0] for word in CONDITION_HEADERS)


def action_column(table: Table) -> int:
    for index, header in enumerate(table.header):
        if header.strip().lower() in ACTION_HEADERS:
            return index
    return max(len(table.header) - 1, 0)


def evaluate_table(
    table: Table, hub: Hub, target: str | None = None, *, now: datetime | None = None
) -> list[RowVerdict]:
    """Judge every row of a decision table against the hub's latest health and metrics (as of ``now``)."""
    target = target or table.attrs.get("target") or None
    judge = _RowJudge(hub, target, table.attrs.get("error_rate"), now or utcnow(), min_requests(table))
    column = action_column(table)
    verdicts = []
    for index, row in enumerate(table.rows):
        condition = " ".join(cell for i, cell in enumerate(row) if i != column or len(row) == 1)
        applies, reason = judge.row(condition, " ".join(row))
        verdicts.append(RowVerdict(index, applies, reason))
    return verdicts


def min_requests(table: Table) -> float:
    """The table's ``min_requests=`` (a malformed one falls back to the default: lint reports it)."""
    try:
        return max(float(table.attrs.get("min_requests", MIN_REQUESTS)), 0.0)
    except ValueError:
        return float(MIN_REQUESTS)


def recommendation(table: Table, verdicts: Sequence[RowVerdict]) -> str | None:
    """The action cell of the first row that applies; None when no row does."""
    column = action_column(table)
    for verdict in verdicts:
        if verdict.applies and verdict.row_index < len(table.rows):
            row = table.rows[verdict.row_index]
            return row[column] if column < len(row) else None
    return None


def unsettled_above(verdicts: Sequence[RowVerdict]) -> list[RowVerdict]:
    """The rows above the first one that applies which the live data could not settle: rows are in priority order
    (seed 004: database before redis), so each of them might outrank the recommendation. Empty when none applies."""
    unsettled: list[RowVerdict] = []
    for verdict in verdicts:
        if verdict.applies:
            return unsettled
        if verdict.applies is None:
            unsettled.append(verdict)
    return []


def canonical(word: str) -> str:
    """One spelling per component word: aliases resolved, a plural 's' dropped (``migrations`` -> ``migration``)."""
    word = ALIASES.get(word, word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def normalised(text: str) -> str:
    return " ".join(canonical(word) for word in _WORD.findall(text.lower()))


KNOWN_COMPONENTS = frozenset(canonical(word) for word in ALIASES.values())
"""Components a row may name even when the health check does not report them (then the row is inconclusive)."""


class _RowJudge:
    def __init__(
        self, hub: Hub, target: str | None, error_rate: str | None, now: datetime, minimum: float = MIN_REQUESTS
    ) -> None:
        self.hub = hub
        self.min_requests = minimum
        self.target = target
        self.error_rate = error_rate
        self.now = now
        self.checks, self.problem = self._health()
        self.components: dict[str, list[ComponentHealth]] = {}
        """Normalised component name (``can_deploy`` -> ``can deploy``) -> the components reported under it."""
        for check in self.checks:
            for component in check.components:
                self.components.setdefault(normalised(component.name), []).append(component)

    def row(self, condition: str, whole_row: str) -> tuple[bool | None, str]:
        text = condition.lower()
        spaced = f" {normalised(text)} "
        # Multi-word names must appear as a phrase: "can deploy" must not match every row saying "can".
        named = sorted(name for name in set(self.components) | KNOWN_COMPONENTS if f" {name} " in spaced)
        polarity = "bad" if _BAD.search(text) else "good" if _GOOD.search(text) else None
        about_errors = bool(_ERROR_RATE.search(text))
        if named and (polarity == "bad" or not about_errors):
            return self._components(named, polarity)
        if about_errors:
            return self._error_rate(whole_row)
        if _HEALTH.search(text) and polarity is not None:
            return self._overall(polarity)
        if _ALL.search(text) and polarity is not None:
            return self._all(polarity)
        return None, "names no component, error rate or health state the cockpit can check"

    # -- component rows --------------------------------------------------------------------------------------

    def _health(self) -> tuple[list[HealthCheck], str | None]:
        names = [self.target] if self.target else [
            name for name, provider in self.hub.providers.items() if isinstance(provider, HealthSource)
        ]
        if not names:
            return [], "no target in this environment checks health"
        checks, problems = [], []
        for name in names:
            snapshot = self.hub.latest(name, "health")
            problem = unusable(self.hub, snapshot, name, "health", self.now)
            if problem is not None or snapshot is None:
                problems.append(problem or f"{name}: no health answer yet")
            else:
                checks.append(snapshot.data)
        return checks, "; ".join(problems) or None

    def _components(self, named: list[str], polarity: str | None) -> tuple[bool | None, str]:
        if polarity is None:
            return None, f"cannot tell which state of {', '.join(named)} the row means"
        found = {name: self.components.get(name, []) for name in named}
        missing = [name for name, components in found.items() if not components]
        present = [c for components in found.values() for c in components]
        if not present:
            if self.problem:
                return None, self.problem
            return None, f"the health check reports no {' or '.join(missing)} component"
        states = "; ".join(f"{c.name} {c.state.value}" + (f" ({c.detail})" if c.detail else "") for c in present)
        if any(c.state in (State.UNKNOWN, State.PROGRESSING) for c in present):
            return None, states
        if polarity == "bad":
            return any(c.state.is_bad for c in present), states
        return all(c.state is State.HEALTHY for c in present), states

    def _all(self, polarity: str) -> tuple[bool | None, str]:
        present = [c for components in self.components.values() for c in components]
        if self.problem or not present:
            return None, self.problem or "the health check reports no components"
        bad = [f"{c.name} {c.state.value}" for c in present if c.state is not State.HEALTHY]
        summary = "; ".join(bad) if bad else f"all {len(present)} components healthy"
        if polarity == "good":
            return not bad, summary
        return all(c.state.is_bad for c in present), summary

    def _overall(self, polarity: str) -> tuple[bool | None, str]:
        if self.problem or not self.checks:
            return None, self.problem or "no health answer yet"
        states = "; ".join(f"{c.target} {c.state.value}" for c in self.checks)
        if any(c.state is State.UNKNOWN for c in self.checks):
            return None, states
        if polarity == "bad":
            return any(c.state.is_bad for c in self.checks), states
        return all(c.state is State.HEALTHY for c in self.checks), states

    # -- error-rate rows -------------------------------------------------------------------------------------

    def _error_rate(self, whole_row: str) -> tuple[bool | None, str]:
        threshold = self._threshold(whole_row)
        if threshold is None:
            return None, "no threshold: write one in the row (> 5%, > 10/min) or error_rate=<ratio> in the comment"
        limit, per_s, below, shown = threshold
        found = self._metrics()
        if isinstance(found, str):
            return None, found
        target, metrics = found
        rate = metrics["error_rate"].latest
        if rate is None:
            return None, f"{target}: no error_rate sample yet"
        too_old = stale_sample(self.hub, target, "error_rate", rate, self.now)
        if too_old is not None:
            return None, too_old
        requests = metrics.get("requests_per_s")
        if per_s is not None:
            if requests is None or requests.latest is None:
                return None, f"{shown} counts errors, but {target} reports error_rate as a ratio and no requests_per_s"
            too_old = stale_sample(self.hub, target, "requests_per_s", requests.latest, self.now)
            if too_old is not None:
                return None, too_old
        ratio, sized = rate.value, ""
        series = metrics["error_rate"]
        rates = request_rates(series, metrics, self.min_requests)
        if rates is not None:
            latest = pool(sorted(series.samples, key=lambda s: s.at), rates, min_requests=self.min_requests)[-1]
            if latest.value is None:
                return None, too_few(latest, self.min_requests, f"{target}: error_rate")
            ratio, sized = latest.value, f" over {latest.requests:.0f} requests"
        if per_s is None or requests is None or requests.latest is None:
            value, seen = ratio, f"error_rate {ratio * 100:.3g}%{sized}"
        else:
            value = ratio * requests.latest.value * per_s
            unit = "min" if per_s == 60 else "s"
            seen = (f"about {value:.3g} errors/{unit} (error_rate {ratio * 100:.3g}%{sized} "
                    f"of {requests.latest.value:.3g} req/s)")
        applies = value < limit if below else value > limit
        relation = ("<" if below else ">") if applies else ("not <" if below else "not >")
        return applies, f"{target}: {seen} {relation} {shown}"

    def _threshold(self, whole_row: str) -> tuple[float, float | None, bool, str] | None:
        """(limit, seconds per counted unit or None for a ratio, below?, the threshold as written)."""
        if self.error_rate is not None:
            try:
                ratio = float(self.error_rate)
            except ValueError:
                return None
            return ratio, None, False, f"{ratio * 100:.3g}%"
        match = _THRESHOLD.search(whole_row)
        if match is None:
            return None
        number = float(match["number"])
        unit = (match["unit"] or "").lower().replace(" ", "")
        below = match["op"].lower().startswith(_BELOW_WORDS)
        if unit == "%":
            return number / 100, None, below, f"{number:g}%"
        if unit:
            per_s = 60.0 if "min" in unit else 1.0
            return number, per_s, below, f"{number:g}/{'min' if per_s == 60 else 's'}"
        return number, None, below, f"{number * 100:.3g}%"

    def _metrics(self) -> tuple[str, Mapping[str, MetricSeries]] | str:
        names = [self.target] if self.target else list(self.hub.providers)
        for name in names:
            snapshot = self.hub.latest(name, "metrics")
            data = snapshot.data if snapshot is not None else None
            if isinstance(data, Mapping) and "error_rate" in data:
                problem = unusable(self.hub, snapshot, name, "metrics", self.now)
                return problem if problem else (name, data)
        where = self.target or "any target"
        return f"no error_rate from {where} yet"
