"""The post-incident review on a realistic incident: Markdown that reads as a finished review, and the same content as
one self-contained HTML page, checked as text, as parsed HTML, and as rendered by a real headless Chromium.

Chromium is the Debian package `chromium`; under CI=true a missing one fails the test, elsewhere it skips.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cockpit.core.action_records import plan_detail, result_detail
from cockpit.core.timeline import Event, EventKind, EventSource, NewEvent, Timeline
from cockpit.providers.results import ActionResult
from cockpit.review.actions import Action, collect_actions
from cockpit.review.export import export
from cockpit.review.html import to_html
from cockpit.review.markdown import to_markdown
from cockpit.review.model import build_review
from tests.browser import run_chromium
from tests.unit.review_support import ROLLBACK_COMMAND as COMMAND
from tests.unit.review_support import START, Clock, rollback_plan

OVERRIDE_REASON = "Grafana is down; checked the error rate with kubectl logs instead"
HOSTILE_TITLE = "<script>document.title='pwned'</script>api down"
HOSTILE_NOTE = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"


def health(state: str, database: str, before: str) -> dict[str, Any]:
    """A health transition's detail as the app records it (results_json.snapshot_detail under 'snapshot')."""
    after = state + (f" (database={database})" if database != "healthy" else "")
    return {
        "capability": "health",
        "before": before,
        "after": after,
        "snapshot": {
            "health": {
                "url": "http://api.prod.internal/health",
                "state": state,
                "status_code": 200 if state == "healthy" else 503,
                "latency_ms": 41.0 if state == "healthy" else 840.0,
                "version": "41" if state == "healthy" else "42",
                "components": {
                    "database": {"state": database, "detail": "" if database == "healthy" else "connection refused"},
                    "redis": {"state": "healthy", "detail": ""},
                },
            }
        },
    }


def deployments(state: str, revision: str, ready: int, message: str = "") -> dict[str, Any]:
    row = {"service": "api", "state": state, "revision": revision, "ready": ready, "desired": 3, "message": message}
    return {"capability": "deployments", "after": f"api {state} {revision}", "snapshot": {"deployments": [row]}}


def drive_realistic_incident(timeline: Timeline, clock: Clock) -> int:
    """A bad deploy of api:42 rolled back through the checklist: what the cockpit records, in the app's words."""
    incident = timeline.open_incident("api 5xx after deploy of api:42", "prod", "api", severity="SEV1", actor="ana")
    plan = plan_detail(rollback_plan())

    def record(at: float, kind: EventKind, summary: str, source: EventSource, **fields: Any) -> int:
        clock.at(at)
        return timeline.record(incident.id, kind, summary, source=source, actor="ana", **fields).seq

    def step(
        at: float,
        step_id: str,
        text: str,
        state: str,
        reason: str | None = None,
        verdict: tuple[str, str] | None = None,
        overridden: bool = False,
    ) -> None:
        """A step change as the checklist engine records it (cockpit.runbooks.checklist)."""
        summary = f"{text}: {state}{' (override)' if overridden else ''}{f' — {reason}' if reason else ''}"
        detail = {
            "runbook": "kubernetes-rollback",
            "state": state,
            "reason": reason,
            "verdict": verdict[0] if verdict else None,
            "evidence": verdict[1] if verdict else None,
            "overridden": overridden,
            "text": text,
        }
        record(at, EventKind.CHECKLIST_STEP, summary, EventSource.CHECKLIST, step_id=step_id, detail=detail)

    provider, operator = EventSource.PROVIDER, EventSource.OPERATOR
    record(
        3,
        EventKind.STATE_CHANGED,
        "web health: healthy -> degraded (database=failed)",
        provider,
        target="web",
        detail=health("degraded", "failed", "healthy"),
    )
    record(
        6,
        EventKind.STATE_CHANGED,
        "k8s-prod deployments: api healthy 4 -> api degraded 4",
        provider,
        target="k8s-prod",
        detail=deployments("degraded", "4", 1, "ProgressDeadlineExceeded"),
    )
    record(
        30,
        EventKind.ADVISOR_VERDICT,
        "error rate > 5% for 2m: fail",
        EventSource.ADVISOR,
        detail={"verdict": "fail", "evidence": ["error_rate=12.5% (threshold 5%)", "8 of 8 samples over"]},
    )
    record(
        35,
        EventKind.ADVISOR_VERDICT,
        "p95 > 500 ms for 5m: inconclusive",
        EventSource.ADVISOR,
        detail={"verdict": "inconclusive", "evidence": {"p95_ms": "3 of 5 samples missing"}},
    )
    step(40, "confirm-failure", "Confirm the deploy is failing", "done", verdict=("pass", "api degraded at 4"))
    record(60, EventKind.NOTE, "error rate | p95 both up\nsince the deploy", EventSource.NOTE)
    step(90, "check-migrations", "Check database migrations", "skipped", reason="no migration in api:42")
    record(
        120,
        EventKind.ACTION_PLANNED,
        "planned rollback: roll api back to revision 3 (api:41)",
        operator,
        target="k8s-prod",
        detail={"plan": plan},
    )
    record(
        190,
        EventKind.ACTION_CONFIRMED,
        f"rollback confirmed: {COMMAND}",
        operator,
        target="k8s-prod",
        detail={"plan": plan},
    )
    result = ActionResult(
        rollback_plan(),
        True,
        "rolled back to revision 3",
        started_at=START + timedelta(seconds=190),
        finished_at=START + timedelta(seconds=218.4),
        output='deployment.apps/api rolled back\nWaiting for "api" rollout to finish: 1 of 3 updated replicas',
    )
    record(
        220,
        EventKind.ACTION_SUCCEEDED,
        "rollback succeeded: rolled back to revision 3",
        operator,
        target="k8s-prod",
        detail={"plan": plan, "result": result_detail(result)},
    )
    record(
        230,
        EventKind.STATE_CHANGED,
        "k8s-prod deployments: api degraded 4 -> api progressing 3",
        provider,
        target="k8s-prod",
        detail=deployments("progressing", "3", 2),
    )
    record(
        290,
        EventKind.STATE_CHANGED,
        "web health: degraded (database=failed) -> healthy",
        provider,
        target="web",
        detail=health("healthy", "healthy", "degraded (database=failed)"),
    )
    record(
        291,
        EventKind.STATE_CHANGED,
        "k8s-prod deployments: api progressing 3 -> api healthy 3",
        provider,
        target="k8s-prod",
        detail=deployments("healthy", "3", 3),
    )
    verification = "api serves 3, all replicas ready, health passing"
    record(
        300,
        EventKind.ACTION_VERIFIED,
        f"rollback verified: {verification}",
        operator,
        target="k8s-prod",
        detail={"plan": plan, "verification": verification},
    )
    step(301, "roll-back", "Roll back to the previous revision", "done", verdict=("pass", "api at 3, 3/3 ready"))
    step(
        330,
        "watch-dashboards",
        "Watch the dashboards for 5 minutes",
        "done",
        reason=OVERRIDE_REASON,
        verdict=("fail", "error rate query returned no data"),
        overridden=True,
    )
    starred = record(400, EventKind.NOTE, "db pool recovered with the old image", EventSource.NOTE)
    record(401, EventKind.EVENT_STARRED, "starred", operator, detail={"seq": starred})
    record(420, EventKind.NOTE, "TODO: add a canary stage to the api pipeline", EventSource.NOTE)
    clock.at(600)
    timeline.resolve(incident.id, "api healthy on api:41, error rate back to 0%", actor="ana")
    return incident.id


@pytest.fixture
def incident_id(timeline: Timeline, clock: Clock) -> int:
    return drive_realistic_incident(timeline, clock)


@pytest.fixture
def hostile_id(timeline: Timeline, clock: Clock) -> int:
    """Every field an event can carry, holding markup that would run or load something if it were not escaped."""
    incident = timeline.open_incident(HOSTILE_TITLE, "prod", "api", actor="<b>mallory</b>")
    hostile_plan = plan_detail(rollback_plan("kubectl rollout undo deployment/api </code></pre><script>x()</script>"))
    clock.at(5)
    timeline.record(incident.id, EventKind.NOTE, HOSTILE_NOTE, source=EventSource.NOTE, actor="<svg onload=x()>")
    timeline.record(
        incident.id,
        EventKind.ACTION_CONFIRMED,
        "confirmed <iframe src=x>",
        source=EventSource.OPERATOR,
        target="<style>body{display:none}</style>",
        detail={"plan": hostile_plan},
    )
    clock.at(9)
    timeline.record(
        incident.id,
        EventKind.ADVISOR_VERDICT,
        "<a href=x>trigger</a>",
        source=EventSource.ADVISOR,
        detail={"verdict": 'fail" onmouseover="x()', "evidence": ["<object data=x></object>"]},
    )
    timeline.record(
        incident.id,
        EventKind.CHECKLIST_STEP,
        "<link rel=stylesheet href=x>",
        source=EventSource.CHECKLIST,
        step_id="<i>step</i>",
        detail={"state": "done", "reason": "</td></tr></table><script>x()</script>"},
    )
    timeline.record(incident.id, EventKind.NOTE, "TODO: <marquee>fix</marquee>", source=EventSource.NOTE)
    return incident.id


# -- grouping action events into actions ------------------------------------------------------------------------

STAGES = {
    EventKind.ACTION_PLANNED: "planned",
    EventKind.ACTION_CONFIRMED: "confirmed",
    EventKind.ACTION_SUCCEEDED: "finished",
    EventKind.ACTION_FAILED: "finished",
    EventKind.ACTION_VERIFIED: "verification",
    EventKind.ACTION_UNVERIFIED: "verification",
}
BEFORE = {"planned": (), "confirmed": ("planned",), "finished": ("confirmed",), "verification": ("finished",)}


def grouped_by_definition(events: list[Event]) -> list[Action]:
    """The rule as written, rescanning every earlier action: each stage joins the latest action of the same plan
    that has every earlier stage and not this one; else it starts a new action."""
    actions: list[Action] = []
    for event in events:
        stage = STAGES[event.kind]
        key = (event.detail["plan"]["target"], event.detail["plan"]["command"])
        match = next(
            (
                action
                for action in reversed(actions)
                if (action.plan["target"], action.plan["command"]) == key
                and getattr(action, stage) is None
                and all(getattr(action, before) is not None for before in BEFORE[stage])
            ),
            None,
        )
        if match is None:
            match = Action(event.detail["plan"])
            actions.append(match)
        setattr(match, stage, event)
    return actions


def stages_of(actions: list[Action]) -> list[tuple[int | None, ...]]:
    return [tuple(e.seq if e else None for e in (a.planned, a.confirmed, a.finished, a.verification)) for a in actions]


P, C, S = EventKind.ACTION_PLANNED, EventKind.ACTION_CONFIRMED, EventKind.ACTION_SUCCEEDED


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(list(STAGES)), st.integers(0, 2)), max_size=40))
@example([(P, 0), (P, 0), (C, 0), (C, 0), (S, 0)])  # the newer plan was confirmed first: it finishes first
def test_one_pass_grouping_matches_the_definition(steps: list[tuple[EventKind, int]]) -> None:
    """Retries, crashes mid-action and interleaved actions on several targets group as the rule says."""
    events = [
        Event(
            seq, 1, START, kind, EventSource.OPERATOR, "", "", "", {"plan": {"target": "t", "command": f"c{n}"}}, None
        )
        for seq, (kind, n) in enumerate(steps, start=1)
    ]
    assert stages_of(collect_actions(events)) == stages_of(grouped_by_definition(events))


# -- the Markdown reads as a finished review ---------------------------------------------------------------------


def section(report: str, title: str) -> str:
    """The text of one '## title' section (up to the next '## ')."""
    start = report.index(f"\n## {title}\n") + len(title) + 5
    end = report.find("\n## ", start)
    return report[start : end if end != -1 else len(report)]


def test_the_markdown_opens_with_a_summary_a_reader_can_stop_after(timeline: Timeline, incident_id: int) -> None:
    report = to_markdown(timeline, incident_id)
    title, blank, summary = report.splitlines()[:3]
    assert title == f"# INC-{incident_id}: api 5xx after deploy of api:42" and blank == ""
    assert summary == (
        "api in prod was impaired from 10:00:03 UTC (first signal: web health: healthy -> degraded (database=failed))."
        " Mitigation: roll api back to revision 3 (api:41), confirmed at 10:03:10 UTC by ana; succeeded, verified at"
        " 10:05:00 UTC. Resolved at 10:10:00 UTC, 10 min after it was opened: api healthy on api:41, error rate back"
        " to 0%."
    )
    assert [line for line in section(report, "Impact").splitlines() if line] == [
        "- api in prod was impaired for 04:57 (mm:ss), from 10:00:03 to 10:05:00 UTC (rollback verified).",
        "- Worst state observed: degraded (k8s-prod, web).",
    ]


def test_the_markdown_names_the_suspect_and_how_it_was_resolved(timeline: Timeline, incident_id: int) -> None:
    report = to_markdown(timeline, incident_id)
    cause = section(report, "Root cause")
    assert "From the record; confirm or correct it in the review." in cause
    assert (
        "- Rolling back (image registry/api:42 -> registry/api:41, revision 4 -> 3) recovered the service: "
        "the change rolled back is the prime suspect." in cause
    )
    assert "- Failing health components: database (failed: connection refused)." in cause
    assert "- Failing deployments: api (degraded at revision 4: ProgressDeadlineExceeded)." in cause
    assert "- The advisor judged 1 trigger evaluation(s) failing: error rate > 5% for 2m: fail." in cause
    resolution = section(report, "Resolution")
    assert (
        "- roll api back to revision 3 (api:41): succeeded, verified (finished 10:03:40 UTC). "
        "Verification: api serves 3, all replicas ready, health passing." in resolution
    )
    assert "- Recovered at 10:05:00 UTC, verified against the live systems." in resolution
    assert (
        "- Last observed state (10:04:51 UTC): k8s-prod deployments: api progressing 3 -> api healthy 3." in resolution
    )
    assert "- Resolved at 2024-05-01 10:10:00 UTC: api healthy on api:41, error rate back to 0%." in resolution


def test_the_markdown_gives_durations_between_milestones(timeline: Timeline, incident_id: int) -> None:
    figures = section(to_markdown(timeline, incident_id), "Key figures")
    assert "| Time to detect | 00:03 | 10:00:03 | web health: healthy -> degraded (database=failed) |" in figures
    assert "| Time to recover | 05:00 | 10:05:00 | rollback verified: api serves 3" in figures
    assert (
        "Between milestones: detected → decided 03:07, decided → rolled back 00:30, rolled back → recovered 01:20."
        in figures
    )


def test_the_markdown_reports_the_action_exactly(timeline: Timeline, incident_id: int) -> None:
    actions = section(to_markdown(timeline, incident_id), "Actions")
    assert actions.count("### ") == 1  # planned, confirmed, succeeded and verified are one action
    assert "### 1. roll api back to revision 3 (api:41) — succeeded, verified" in actions
    assert "- Confirmed by ana at 10:03:10 UTC" in actions
    assert f"```console\n{COMMAND}\n```" in actions
    assert "- Result: ok — rolled back to revision 3\n- Duration: 00:28" in actions
    assert 'Waiting for "api" rollout to finish: 1 of 3 updated replicas' in actions


def test_the_markdown_shows_the_checklist_with_overrides_and_reasons(timeline: Timeline, incident_id: int) -> None:
    checklist = section(to_markdown(timeline, incident_id), "Checklist")
    rows = [line for line in checklist.splitlines() if line.startswith("| `")]
    assert rows == [
        "| `confirm-failure` Confirm the deploy is failing | done | 10:00:40 | ana | — | pass: api degraded at 4 |",
        "| `check-migrations` Check database migrations | skipped | 10:01:30 | ana | no migration in api:42 | — |",
        "| `roll-back` Roll back to the previous revision | done | 10:05:01 | ana | — | pass: api at 3, 3/3 ready |",
        (
            f"| `watch-dashboards` Watch the dashboards for 5 minutes | done (override) | 10:05:30 | ana "
            f"| {OVERRIDE_REASON} | fail: error rate query returned no data |"
        ),
    ]
    assert "1 step(s) marked done by override, without a passing verification (reasons above)." in checklist


def test_the_markdown_lists_advisor_verdicts_with_their_evidence(timeline: Timeline, incident_id: int) -> None:
    verdicts = section(to_markdown(timeline, incident_id), "Advisor verdicts")
    assert (
        "| 10:00:30 | fail | error rate > 5% for 2m: fail | error_rate=12.5% (threshold 5%)<br>8 of 8 samples over |"
        in verdicts
    )
    assert (
        "| 10:00:35 | inconclusive | p95 > 500 ms for 5m: inconclusive | p95_ms: 3 of 5 samples missing |" in verdicts
    )


def test_the_markdown_ends_with_notes_action_items_and_drafts(timeline: Timeline, incident_id: int) -> None:
    report = to_markdown(timeline, incident_id)
    assert "| 10:06:40 | note | note | ★ db pool recovered with the old image |" in section(report, "Timeline")
    assert "- error rate | p95 both up\n  since the deploy (10:01:00 UTC, ana)" in section(report, "Notes")
    assert section(report, "Action items").strip() == "- [ ] add a canary stage to the api pipeline (10:07:00 UTC, ana)"
    drafts = section(report, "Communication drafts")
    assert [line for line in drafts.splitlines() if line.startswith("### ")] == [
        "### Initial alert",
        "### Update",
        "### Resolution",
    ]
    assert "Latest observed state: k8s-prod deployments: api progressing 3 -> api healthy 3." in drafts
    assert "[RESOLVED]" in drafts and "HH:MM" not in drafts


# -- HTML: same content, self-contained, escaped -----------------------------------------------------------------


@dataclass
class Page(HTMLParser):
    """An HTML document as a test sees it: every start tag with its attributes, the visible text, the styles."""

    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    """The document's <title> first, then the SVG tooltips."""
    _inside: str = ""

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    @classmethod
    def parse(cls, document: str) -> Page:
        page = cls()
        page.feed(document)
        page.close()
        return page

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._inside = tag
        if tag in SEPARATING_TAGS:
            self.text.append(" ")  # as a browser lays them out: cells and lines do not run together

    def handle_endtag(self, tag: str) -> None:
        self._inside = ""

    def handle_data(self, data: str) -> None:
        if self._inside == "style":
            self.styles.append(data)
            return
        if self._inside == "title":
            self.titles.append(data)
        self.text.append(data)

    @property
    def words(self) -> str:
        """The text with whitespace collapsed, so line breaks in the markup do not matter."""
        return " ".join("".join(self.text).split())

    def names(self) -> set[str]:
        return {tag for tag, _ in self.tags}


SEPARATING_TAGS = {"p", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "pre", "title", "text"}
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "h1", "h2", "h3", "p", "table",
    "thead", "tbody", "tr", "th", "td", "ul", "li", "code", "pre", "span", "br", "article", "figure", "figcaption",
    "svg", "line", "text", "circle", "g",
}  # fmt: skip


def plain(markdown_line: str) -> str:
    """A Markdown line's words as HTML shows them (no list bullets, code ticks or table pipes)."""
    return " ".join(markdown_line.lstrip("- ").replace("`", "").split())


def test_html_carries_the_same_content_as_the_markdown(timeline: Timeline, incident_id: int) -> None:
    review = build_review(timeline, incident_id)
    words = Page.parse(to_html(timeline, incident_id)).words
    for line in [review.summary, *review.impact, *review.cause, *review.resolution]:
        assert plain(line) in words
    for expected in (
        COMMAND,
        "Result: ok — rolled back to revision 3",
        "Duration: 00:28",
        "Verification: api serves 3, all replicas ready, health passing",
        "image: registry/api:42 → registry/api:41",
        f"watch-dashboards Watch the dashboards for 5 minutes done (override) 10:05:30 ana {OVERRIDE_REASON} "
        "fail: error rate query returned no data",
        "error_rate=12.5% (threshold 5%) 8 of 8 samples over",  # two lines of evidence, split by <br>
        "p95_ms: 3 of 5 samples missing",
        "★ db pool recovered with the old image",
        "add a canary stage to the api pipeline (10:07:00 UTC, ana)",
        "Between milestones: detected → decided 03:07, decided → rolled back 00:30, rolled back → recovered 01:20.",
    ):
        assert expected in words
    for name, draft in review.drafts:
        assert f"{name} {' '.join(draft.split())}" in words
    assert "TODO:" not in words.split("Action items")[1]


def test_html_is_one_self_contained_printable_file(timeline: Timeline, incident_id: int) -> None:
    document = to_html(timeline, incident_id)
    page = Page.parse(document)
    assert page.names() <= ALLOWED_TAGS  # no script, link, img, iframe, object, font...
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            assert "//" not in (value or ""), (tag, name, value)
    css = "".join(page.styles)
    assert "@media print" in css and "@page" in css
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    policy = next(
        a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None and "default-src 'none'" in policy


def test_the_chart_marks_events_by_source_and_the_milestones(timeline: Timeline, incident_id: int) -> None:
    page = Page.parse(to_html(timeline, incident_id))
    circles = [attrs for tag, attrs in page.tags if tag == "circle"]
    assert {attrs["fill"] for attrs in circles} == {"#0072b2", "#e69f00", "#cc79a7", "#009e73", "#56b4e9"}
    for label in ("detected 10:00:03", "decided 10:03:10", "rolled back 10:03:40", "recovered 10:05:00"):
        assert label in page.words
    lanes = [attrs for tag, attrs in page.tags if tag == "text" and attrs.get("text-anchor") == "end"]
    assert len(lanes) == 5  # operator, provider, advisor, checklist, note


def test_a_huge_incident_gives_a_bounded_chart(timeline: Timeline) -> None:
    incident = timeline.open_incident("flapping", "prod", "api")
    timeline.record_many(
        NewEvent(incident.id, EventKind.STATE_CHANGED, f"web health: flap {n}", EventSource.PROVIDER,
                 ts=START + timedelta(milliseconds=n))
        for n in range(20_000)
    )  # fmt: skip
    page = Page.parse(to_html(timeline, incident.id))
    circles = sum(1 for tag, _ in page.tags if tag == "circle")
    assert 100 < circles <= 1000  # one per pixel column at most, not one per event
    assert "web health: flap 19999" in page.words  # every event is still in the table


def test_the_time_axis_has_a_few_round_ticks_whatever_the_span(timeline: Timeline, clock: Clock) -> None:
    incident = timeline.open_incident("slow burn", "prod", "api")
    for day in (3, 17, 40):  # a forty-day incident: ticks every few days, labelled with dates
        clock.at(day * 86_400)
        timeline.record(incident.id, EventKind.NOTE, f"day {day}", source=EventSource.NOTE)
    ticks = re.findall(r'text-anchor="middle" fill="#555">([^<]*)</text>', to_html(timeline, incident.id))
    assert 3 <= len(ticks) <= 10
    assert all(re.fullmatch(r"2024-0[56]-\d\d", label) for label in ticks), ticks


def test_everything_from_events_is_escaped(timeline: Timeline, hostile_id: int) -> None:
    page = Page.parse(to_html(timeline, hostile_id))
    assert page.names() <= ALLOWED_TAGS
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    for text in (
        HOSTILE_TITLE,
        " ".join(HOSTILE_NOTE.split()),
        "(10:00:05 UTC, <svg onload=x()>)",
        "kubectl rollout undo deployment/api </code></pre><script>x()</script>",
        "</td></tr></table><script>x()</script>",
        "<marquee>fix</marquee>",
        "<object data=x></object>",
    ):
        assert text in page.words  # shown as text, exactly


def test_export_renders_html_too(timeline: Timeline, incident_id: int) -> None:
    document = export(timeline, incident_id, "html")
    assert document.startswith("<!DOCTYPE html>\n")
    assert f"<title>INC-{incident_id}: api 5xx after deploy of api:42</title>" in document
    with pytest.raises(ValueError, match=r"unknown export format 'pdf' \(choose one of: md, json, html\)"):
        export(timeline, incident_id, "pdf")


# -- in a real browser -------------------------------------------------------------------------------------------


@pytest.fixture
def fetches() -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 that records every request: a page that loads anything from it has leaked."""
    seen: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_chromium_renders_the_review_with_hostile_text_as_text(
    chromium: str, tmp_path: Path, timeline: Timeline, clock: Clock, fetches: tuple[str, list[str]]
) -> None:
    base, seen = fetches
    incident_id = drive_realistic_incident(timeline, clock)
    for n, payload in enumerate(
        (
            HOSTILE_TITLE,
            HOSTILE_NOTE,
            f'<img src="{base}/img">',
            f'"><link rel=stylesheet href="{base}/css">',
            f"<iframe src='{base}/frame'></iframe>",
            f"<style>@import url({base}/import);</style>",
        )
    ):
        clock.at(700 + n)
        timeline.record(incident_id, EventKind.NOTE, payload, source=EventSource.NOTE, actor="mallory")
    page_file = tmp_path / "review.html"
    page_file.write_text(to_html(timeline, incident_id), encoding="utf-8")

    dom = run_chromium(chromium, tmp_path / "profile", "--dump-dom", page_file.as_uri()).stdout
    page = Page.parse(dom)
    assert page.names() <= ALLOWED_TAGS
    # The injected handlers would have set these had they run.
    assert page.titles[0] == f"INC-{incident_id}: api 5xx after deploy of api:42"
    assert "data-pwned" not in {name for _, attrs in page.tags for name in attrs}
    words = page.words
    assert COMMAND in words
    assert "Result: ok — rolled back to revision 3" in words
    assert OVERRIDE_REASON in words
    assert HOSTILE_TITLE in words and " ".join(HOSTILE_NOTE.split()) in words
    assert f'<img src="{base}/img">' in words
    assert seen == []  # nothing was fetched: not the injected image, stylesheet, frame or import


def test_chromium_prints_the_review_to_pdf(chromium: str, tmp_path: Path, timeline: Timeline, incident_id: int) -> None:
    page_file = tmp_path / "review.html"
    page_file.write_text(to_html(timeline, incident_id), encoding="utf-8")
    pdf = tmp_path / "review.pdf"
    run_chromium(chromium, tmp_path / "profile", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page_file.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert 2 <= pages <= 12  # a full review on A4, not one endless page or a page per row
