"""Exports of a realistic incident written to a real timeline file: the Markdown report and the JSON document."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import jsonschema
import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from cockpit.core.action_records import plan_detail, result_detail
from cockpit.core.timeline import Event, EventKind, EventSource, Timeline
from cockpit.providers.results import ActionResult
from cockpit.review.export import export
from cockpit.review.figures import derived_figures
from cockpit.review.json import load_schema, to_json
from cockpit.review.markdown import to_markdown
from tests.unit.review_support import ROLLBACK_COMMAND, START, Clock, rollback_plan


def record_action(
    timeline: Timeline, clock: Clock, incident_id: int, kind: EventKind, at: float, extra: dict[str, Any]
) -> None:
    """Write an action event the way the action runner does (its own detail helpers)."""
    clock.at(at)
    timeline.record(
        incident_id,
        kind,
        f"rollback {kind.value.split('.')[1]}",
        source=EventSource.OPERATOR,
        actor="ana",
        target="k8s-prod",
        detail={"plan": plan_detail(rollback_plan()), **extra},
    )


@pytest.fixture
def incident_id(timeline: Timeline, clock: Clock) -> int:
    """INC: api 5xx after deploy; detected at 00:05, rollback confirmed 03:10, done 03:40, verified 05:00."""
    incident = timeline.open_incident("api 5xx after deploy of api:42", "prod", "api", severity="SEV1", actor="ana")
    clock.at(5)
    timeline.record(
        incident.id,
        EventKind.STATE_CHANGED,
        "web health: healthy -> failed (database=failed)",
        source=EventSource.PROVIDER,
        target="web",
        detail={"snapshot": {"health": {"state": "failed", "components": {"database": {"state": "failed"}}}}},
    )
    clock.at(60)
    timeline.record(incident.id, EventKind.NOTE, "error rate | p95 both up\nsince the deploy", source=EventSource.NOTE)
    clock.at(90)
    timeline.record(
        incident.id,
        EventKind.NOTE,
        "TODO: add a canary stage to the api pipeline",
        source=EventSource.NOTE,
        actor="ana",
    )
    record_action(timeline, clock, incident.id, EventKind.ACTION_PLANNED, 180, {})
    record_action(timeline, clock, incident.id, EventKind.ACTION_CONFIRMED, 190, {})
    result = ActionResult(
        rollback_plan(),
        True,
        "rolled back to revision 3",
        started_at=START + timedelta(seconds=190),
        finished_at=START + timedelta(seconds=218.4),
        output="deployment.apps/api rolled back\n```\nnested fence",
    )
    record_action(timeline, clock, incident.id, EventKind.ACTION_SUCCEEDED, 220, {"result": result_detail(result)})
    record_action(
        timeline, clock, incident.id, EventKind.ACTION_VERIFIED, 300, {"verification": "api serves 3, all ready"}
    )
    clock.at(600)
    timeline.resolve(incident.id, "api healthy on api:41, error rate back to 0%", actor="ana")
    return incident.id


# -- derived figures ---------------------------------------------------------------------------------------------


def test_derived_figures_follow_the_rollback(timeline: Timeline, incident_id: int) -> None:
    assert derived_figures(timeline.events(incident_id)) == {
        "time_to_detect_s": 5.0,
        "time_to_decide_s": 190.0,
        "time_to_roll_back_s": 220.0,
        "time_to_recover_s": 300.0,
        "duration_s": 600.0,
    }


def test_a_retried_rollback_counts_and_recovery_falls_back_to_resolution(timeline: Timeline, clock: Clock) -> None:
    incident = timeline.open_incident("api down", "prod", "api")
    clock.at(12)
    timeline.record(incident.id, EventKind.PROVIDER_FAILED, "k8s-prod: unreachable", source=EventSource.PROVIDER)
    record_action(timeline, clock, incident.id, EventKind.ACTION_CONFIRMED, 60, {})
    record_action(timeline, clock, incident.id, EventKind.ACTION_FAILED, 70, {})
    record_action(timeline, clock, incident.id, EventKind.ACTION_CONFIRMED, 100, {})
    record_action(timeline, clock, incident.id, EventKind.ACTION_SUCCEEDED, 130, {})
    clock.at(400)
    timeline.resolve(incident.id, "recovered")
    figures = derived_figures(timeline.events(incident.id))
    assert figures["time_to_detect_s"] == 12.0
    assert figures["time_to_decide_s"] == 60.0
    assert figures["time_to_roll_back_s"] == 130.0
    assert figures["time_to_recover_s"] == 400.0


def test_unknown_figures_are_none_and_a_dash(timeline: Timeline, clock: Clock) -> None:
    incident = timeline.open_incident("slow web", "staging", "web", severity="SEV3")
    clock.at(30)
    timeline.record(incident.id, EventKind.STATE_CHANGED, "web health: healthy -> healthy", source="provider")
    events = timeline.events(incident.id)
    assert derived_figures(events) == {
        "time_to_detect_s": 0.0,  # nothing went bad: detection is the opening itself
        "time_to_decide_s": None,
        "time_to_roll_back_s": None,
        "time_to_recover_s": None,
        "duration_s": None,
    }
    report = to_markdown(timeline, incident.id)
    assert "| Time to roll back | — | — | — |" in report
    assert "| Duration | — |" in report
    assert "_No actions recorded._" in report


# -- Markdown ----------------------------------------------------------------------------------------------------


def test_markdown_report_reads_as_a_first_draft(timeline: Timeline, incident_id: int) -> None:
    report = to_markdown(timeline, incident_id)
    assert report.startswith(f"# INC-{incident_id}: api 5xx after deploy of api:42\n")
    for row in (
        "| Severity | SEV1 |",
        "| Status | resolved |",
        "| Duration | 10:00 |",
        "| Opened | 2024-05-01 10:00:00 UTC |",
    ):
        assert row in report
    for figure in ("| Time to detect | 00:05 |", "| Time to decide (rollback confirmed) | 03:10 |"):
        assert figure in report
    assert "| Time to roll back | 03:40 |" in report and "| Time to recover | 05:00 |" in report
    # The action: exact command in a code block, changes, result, duration, verification.
    assert f"```console\n{ROLLBACK_COMMAND}\n```" in report
    assert "### 1. roll api back to revision 3 (api:41) — succeeded, verified" in report
    assert "  - image: `registry/api:42` -> `registry/api:41`" in report
    assert "- Result: ok — rolled back to revision 3" in report
    assert "- Duration: 00:28" in report
    assert "- Verification: api serves 3, all ready" in report
    assert "````text\ndeployment.apps/api rolled back\n```\nnested fence\n````" in report  # output cannot break out
    # Notes and action items.
    assert "- error rate | p95 both up\n  since the deploy (10:01:00 UTC)" in report
    assert "- [ ] add a canary stage to the api pipeline (10:01:30 UTC, ana)" in report
    assert "TODO:" not in report.split("## Action items")[1]
    # Communication drafts, filled in.
    assert "### Initial alert" in report and "### Update" in report and "### Resolution" in report
    assert (
        f"[SEV1] INC-{incident_id}: api 5xx after deploy of api:42\napi in prod is impaired since 10:00:05 UTC."
        in report
    )
    assert "First signal: web health: healthy -> failed (database=failed)." in report
    assert (
        f"[RESOLVED] INC-{incident_id}: api 5xx after deploy of api:42\n"
        "Resolved at 10:10:00 UTC, 10 min after it was opened. api healthy on api:41, error rate back to 0%.\n"
        "Mitigation: roll api back to revision 3 (api:41).\n"
    ) in report
    assert "Mitigation: roll api back to revision 3 (api:41): succeeded, verified (finished 10:03:40 UTC)." in report


def _tables(markdown: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts, parsed by a real CommonMark + GFM-tables parser."""
    tokens: list[Token] = MarkdownIt("commonmark").enable("table").parse(markdown)
    tables: list[list[list[str]]] = []
    in_cell = False
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append([])
        elif token.type in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = token.type.endswith("_open")
        elif token.type == "inline" and in_cell:
            tables[-1][-1].append(token.content)
    return tables


def test_table_cells_with_pipes_and_newlines_stay_well_formed(timeline: Timeline, clock: Clock) -> None:
    incident = timeline.open_incident("a | b title", "prod", "api")
    clock.at(1)
    timeline.record(incident.id, EventKind.NOTE, "grep 'ERROR|FATAL' | wc -l\n=> 42", source=EventSource.NOTE)
    report = to_markdown(timeline, incident.id)
    tables = _tables(report)
    timeline_table = next(t for t in tables if t[0] == ["Time (UTC)", "Source", "Kind", "Summary"])
    assert all(len(row) == 4 for row in timeline_table)
    assert [row[3] for row in timeline_table][-1] == "grep 'ERROR|FATAL' | wc -l<br>=> 42"
    summary_table = tables[0]
    assert all(len(row) == 2 for row in summary_table)


def test_every_table_in_the_full_report_has_even_rows(timeline: Timeline, incident_id: int) -> None:
    tables = _tables(to_markdown(timeline, incident_id))
    assert len(tables) == 3  # summary, key figures, timeline
    for table in tables:
        assert len({len(row) for row in table}) == 1


def test_starred_events_are_marked_in_the_timeline(timeline: Timeline, clock: Clock) -> None:
    incident = timeline.open_incident("api", "prod", "api")
    clock.at(3)
    noted = timeline.record(incident.id, EventKind.NOTE, "db failover started", source=EventSource.NOTE)
    timeline.record(incident.id, EventKind.EVENT_STARRED, "starred", source="operator", detail={"seq": noted.seq})
    report = to_markdown(timeline, incident.id)
    assert "| 10:00:03 | note | note | ★ db failover started |" in report
    assert "event.starred" not in report


def test_refused_and_unfinished_actions_are_reported(timeline: Timeline, clock: Clock) -> None:
    incident = timeline.open_incident("api", "prod", "api")
    clock.at(10)
    timeline.record(
        incident.id,
        EventKind.ACTION_REFUSED,
        "read-only mode: rollback of api refused",
        source="operator",
        detail={"action": "rollback"},
    )
    record_action(timeline, clock, incident.id, EventKind.ACTION_PLANNED, 20, {})
    report = to_markdown(timeline, incident.id)
    assert "— planned, not carried out" in report
    assert "- 10:00:10 UTC: read-only mode: rollback of api refused" in report


# -- JSON --------------------------------------------------------------------------------------------------------


def validator() -> jsonschema.Draft202012Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_json_export_validates_against_the_schema(timeline: Timeline, incident_id: int) -> None:
    document = json.loads(export(timeline, incident_id, "json"))
    errors = [error.message for error in validator().iter_errors(document)]
    assert errors == []


def test_json_export_of_an_open_incident_validates(timeline: Timeline) -> None:
    incident = timeline.open_incident("api", "prod", "api")
    document = json.loads(export(timeline, incident.id, "json"))
    validator().validate(document)
    assert document["incident"]["resolved_at"] is None


def test_the_schema_refuses_what_it_should(timeline: Timeline, incident_id: int) -> None:
    document = to_json(timeline, incident_id)
    broken = json.loads(json.dumps(document))
    broken["events"][0]["kind"] = "deploy.started"
    del broken["incident"]["opened_at"]
    broken["events"][1]["ts"] = "2024-05-01 10:00"
    messages = " ".join(error.message for error in validator().iter_errors(broken))
    assert "'deploy.started' is not one of" in messages
    assert "'opened_at' is a required property" in messages
    assert "'2024-05-01 10:00' does not match" in messages


def test_json_export_is_lossless(timeline: Timeline, incident_id: int) -> None:
    document = json.loads(export(timeline, incident_id, "json"))
    incident = timeline.incident(incident_id)
    assert document["schema_version"] == 1
    assert document["incident"]["ref"] == incident.ref
    assert datetime.fromisoformat(document["incident"]["resolved_at"]) == incident.resolved_at
    rebuilt = [
        Event(
            row["seq"],
            row["incident_id"],
            datetime.fromisoformat(row["ts"]),
            EventKind(row["kind"]),
            EventSource(row["source"]),
            row["actor"],
            row["target"],
            row["summary"],
            row["detail"],
            row["step_id"],
        )
        for row in document["events"]
    ]
    assert rebuilt == timeline.events(incident_id)
    assert document["derived"]["time_to_recover_s"] == 300.0


def test_unknown_format_is_a_clear_error(timeline: Timeline, incident_id: int) -> None:
    with pytest.raises(ValueError, match=r"unknown export format 'pdf' \(choose one of: md, json, html\)"):
        export(timeline, incident_id, "pdf")
    assert export(timeline, incident_id, "md") == to_markdown(timeline, incident_id)
