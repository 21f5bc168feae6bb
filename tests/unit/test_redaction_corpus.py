"""The secrets corpus (tests/data/secrets/): every kind of secret, in a command, its output, a log line and a note,
never reaches the timeline file or any export; ordinary operations text comes through unchanged.

The end-to-end test writes each sample the way the cockpit does (action runner details, provider transitions,
advisor evidence, checklist reasons, notes) into a real SQLite file, then reads the file's bytes and every export.
"""

from __future__ import annotations

import html
import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cockpit.core.action_records import plan_detail, result_detail
from cockpit.core.redaction import Redactor
from cockpit.core.timeline import EventKind, EventSource, Timeline
from cockpit.providers.results import ActionPlan, ActionResult
from cockpit.review.export import FORMATS, export

CORPUS = Path(__file__).resolve().parents[1] / "data" / "secrets"
CONTEXTS = ("command", "output", "log", "note")
START = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Sample:
    name: str
    value: str
    texts: dict[str, str]
    """Context -> the text with the secret in it."""
    gone: tuple[str, ...]
    """Fragments that must not survive redaction anywhere."""
    configured: bool

    def __str__(self) -> str:
        return self.name


def load_samples() -> list[Sample]:
    raw = tomllib.loads((CORPUS / "samples.toml").read_text(encoding="utf-8"))
    samples = []
    for name, table in raw.items():
        value = "".join(table["value"])
        escaped = json.dumps(value)[1:-1]
        texts = {
            context: table[context].replace("{secret_json}", escaped).replace("{secret}", value) for context in CONTEXTS
        }
        samples.append(Sample(name, value, texts, tuple(table.get("gone", [value])), table.get("configured", False)))
    return samples


def load_ordinary() -> list[str]:
    lines = (CORPUS / "ordinary.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


SAMPLES = load_samples()
ORDINARY = load_ordinary()
CONFIGURED = [sample.value for sample in SAMPLES if sample.configured]


def make_redactor() -> Redactor:
    """As the CLI builds it: the patterns plus the values of the configured environment variables."""
    return Redactor(extra_values=CONFIGURED)


def leaked(sample: Sample, blob: str) -> list[str]:
    """The sample's fragments found in ``blob`` as written, JSON-escaped or HTML-escaped."""
    return [
        fragment
        for fragment in sample.gone
        if any(form in blob for form in (fragment, json.dumps(fragment)[1:-1], html.escape(fragment)))
    ]


# -- the corpus itself -------------------------------------------------------------------------------------------


def test_the_corpus_covers_every_kind_in_every_context() -> None:
    names = {sample.name for sample in SAMPLES}
    for kind in (
        "aws-access-key-id", "aws-secret-access-key", "github-classic", "github-fine-grained", "bearer-jwt",
        "url-password-postgres", "url-password-redis", "url-password-https", "private-key-rsa", "private-key-ec",
        "private-key-openssh", "name-token", "name-password", "name-secret", "slack-bot", "configured-env-value",
        "url-password-slash-at", "private-key-pgp", "private-key-headless", "kubeconfig-client-key-data",
        "kubeconfig-token", "mysql-password-flag", "netrc-password", "gitlab-token", "google-api-key",
        "stripe-secret-key", "stripe-restricted-key",
    ):  # fmt: skip
        assert kind in names
    for sample in SAMPLES:
        for context, text in sample.texts.items():
            assert all(fragment in text for fragment in sample.gone), (sample.name, context)


# -- redaction, sample by sample ---------------------------------------------------------------------------------


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("sample", SAMPLES, ids=str)
def test_the_secret_is_gone_from_every_context(sample: Sample, context: str) -> None:
    redacted = make_redactor().redact(sample.texts[context])
    assert leaked(sample, redacted) == [], redacted
    assert "***" in redacted


@pytest.mark.parametrize("context", CONTEXTS)
@pytest.mark.parametrize("sample", SAMPLES, ids=str)
def test_redacting_twice_changes_nothing_more(sample: Sample, context: str) -> None:
    redactor = make_redactor()
    once = redactor.redact(sample.texts[context])
    assert redactor.redact(once) == once


@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_operations_text_is_not_redacted(line: str) -> None:
    assert make_redactor().redact(line) == line


@pytest.mark.parametrize("sample", SAMPLES, ids=str)
def test_secrets_in_dictionary_keys_are_redacted(sample: Sample) -> None:
    # A health component named after its connection string, a metric label holding a token...
    detail = {"components": {sample.texts["log"]: {"status": "down"}}}
    redacted = make_redactor().redact_obj(detail)
    assert leaked(sample, json.dumps(redacted)) == []
    assert len(redacted["components"]) == 1


def test_ordinary_keys_stay_as_they_are() -> None:
    detail = {line: 1 for line in ORDINARY}
    assert list(make_redactor().redact_obj(detail)) == list(detail)


def test_incident_service_and_environment_names_are_redacted(tmp_path: Path) -> None:
    sample = next(s for s in SAMPLES if s.name == "url-password-slash-at")
    with Timeline(tmp_path / "t.db", redactor=make_redactor(), clock=Clock()) as timeline:
        incident = timeline.open_incident("db down", sample.texts["output"], sample.texts["note"], actor="ana")
        assert leaked(sample, f"{incident.environment} {incident.service}") == []
    assert leaked(sample, file_bytes(tmp_path)) == []


# -- end to end: the file and every export -----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def write_sample(timeline: Timeline, incident_id: int, sample: Sample) -> None:
    """The sample's four texts, each where the cockpit would record such text."""
    command, output, log, note = (sample.texts[context] for context in CONTEXTS)
    action = ActionPlan("run-command", "k8s-prod", "api", command, (), False, summary=f"run: {command}")
    plan = plan_detail(action)
    result = ActionResult(action, False, f"exit 1: {output.splitlines()[-1]}", START, START, output=output)
    row = {"service": "api", "state": "failed", "revision": "4", "ready": 0, "desired": 3, "message": log}
    operator, provider = EventSource.OPERATOR, EventSource.PROVIDER
    writes: list[tuple[EventKind, str, EventSource, dict[str, Any]]] = [
        (EventKind.ACTION_PLANNED, f"planned: {command}", operator, {"plan": plan}),
        (EventKind.ACTION_CONFIRMED, f"confirmed: {command}", operator, {"plan": plan}),
        (
            EventKind.ACTION_FAILED,
            f"failed: {result.message}",
            operator,
            {"plan": plan, "result": result_detail(result)},
        ),
        (EventKind.PROVIDER_FAILED, f"k8s-prod logs: {log}", provider, {"error": log, "title": "Bad response"}),
        (EventKind.STATE_CHANGED, "k8s-prod deployments: api failed 4", provider, {"snapshot": {"deployments": [row]}}),
        (
            EventKind.ADVISOR_VERDICT,
            "error rate > 5%: fail",
            EventSource.ADVISOR,
            {"verdict": "fail", "evidence": [log]},
        ),
        (EventKind.CHECKLIST_STEP, "Check the logs: done", EventSource.CHECKLIST, {"state": "done", "reason": note}),
        (EventKind.NOTE, note, EventSource.NOTE, {}),
        (EventKind.NOTE, f"TODO: {note}", EventSource.NOTE, {}),
    ]
    for kind, summary, source, detail in writes:
        timeline.record(
            incident_id,
            kind,
            summary,
            source=source,
            actor="ana",
            target="k8s-prod",
            detail=detail,
            step_id=sample.name,
        )


def file_bytes(directory: Path) -> str:
    """Every file sqlite keeps (database, WAL, shared memory), decoded leniently so text can be searched."""
    return b"".join(path.read_bytes() for path in sorted(directory.iterdir())).decode("utf-8", "replace")


@pytest.fixture
def recorded(tmp_path: Path) -> Iterator[tuple[Path, Timeline, int]]:
    directory = tmp_path / "state"
    directory.mkdir()
    with Timeline(directory / "timeline.db", redactor=make_redactor(), clock=Clock()) as timeline:
        incident = timeline.open_incident(f"leak: {SAMPLES[0].texts['note']}", "prod", "api", actor="ana")
        for sample in SAMPLES:
            write_sample(timeline, incident.id, sample)
        for line in ORDINARY:
            timeline.record(incident.id, EventKind.NOTE, line, source=EventSource.NOTE)
        yield directory, timeline, incident.id


def test_no_secret_reaches_the_timeline_file(recorded: tuple[Path, Timeline, int]) -> None:
    directory, timeline, _ = recorded
    during = file_bytes(directory)  # the rows still in the WAL
    timeline.close()  # checkpoints the WAL into the database file
    after = file_bytes(directory)
    for blob in (during, after):
        assert "***REDACTED***" in blob
        assert {sample.name: leaked(sample, blob) for sample in SAMPLES if leaked(sample, blob)} == {}


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_secret_reaches_an_export(recorded: tuple[Path, Timeline, int], fmt: str) -> None:
    _, timeline, incident_id = recorded
    document = export(timeline, incident_id, fmt)
    assert {sample.name: leaked(sample, document) for sample in SAMPLES if leaked(sample, document)} == {}
    assert "***REDACTED***" in document


def test_ordinary_text_reaches_the_report_unchanged(recorded: tuple[Path, Timeline, int]) -> None:
    _, timeline, incident_id = recorded
    report = export(timeline, incident_id, "md")
    document = export(timeline, incident_id, "json")
    for line in ORDINARY:
        assert f"- {line} (" in report
        assert json.dumps(line, ensure_ascii=False) in document

