"""The hostile corpus through every text output: `cockpit status`, the CLI's errors, the three exports, and the
exact equivalent commands (each must parse back to the provider's own arguments)."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from cockpit.cli import main
from cockpit.core.timeline import EventKind, EventSource, Timeline
from cockpit.providers.demo import admin_argv
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.limits import one_line
from cockpit.review.export import export
from tests.hostile.corpus import ALL_TEXT, CONTROL, MARKUP, QUOTING, control_characters
from tests.providers.bad_http import BadServer


@pytest.fixture
def hostile_health() -> Iterator[str]:
    server = BadServer()
    try:
        body = {"status": "degraded", "version": CONTROL[0], "checks": {text: {"status": "down", "detail": text}
                                                                         for text in ALL_TEXT}}
        yield server.json("/health", 200, body)
    finally:
        server.close()


def write_config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "cockpit.toml"
    path.write_text(f'[environments.prod]\nservice = "api"\n\n[environments.prod.targets.api]\nprovider = "http"\n'
                    f'url = "{url}"\n', encoding="utf-8")
    return path


def test_status_text_shows_the_corpus_without_control_characters(
    hostile_health: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["status", "--config", str(write_config(tmp_path, hostile_health))])
    out, err = capsys.readouterr()
    assert code == 1 and control_characters(out + err) == []
    assert "x[$error]y" in out and "replica[2" in out


def test_status_json_escapes_every_control_character(
    hostile_health: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["status", "--config", str(write_config(tmp_path, hostile_health)), "--json"])
    out = capsys.readouterr().out
    assert control_characters(out) == []
    components = json.loads(out)["targets"]["api"]["health"]["components"]
    # Markup comes through as the very same text (names are one line each: a newline shows as '␤').
    assert {one_line(text, 80) for text in MARKUP} <= set(components)


def test_cli_errors_show_control_characters_visibly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "export", "INC-1\x1b[2J", "--format", "md", "--db", str(tmp_path / "t.db")]) == 2
    assert control_characters(capsys.readouterr().err) == []


@pytest.fixture
def hostile_timeline(tmp_path: Path) -> Iterator[tuple[Timeline, int]]:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident(" ".join(ALL_TEXT), MARKUP[0], MARKUP[1], actor=MARKUP[2])
        for text in ALL_TEXT:
            timeline.record(incident.id, EventKind.NOTE, text, source=EventSource.NOTE, actor=text)
            timeline.record(incident.id, EventKind.NOTE, f"TODO: {text}", source=EventSource.NOTE)
            timeline.record(incident.id, EventKind.PROVIDER_FAILED, text, source=EventSource.PROVIDER, target=text,
                            detail={"error": text, text: text})
        yield timeline, incident.id


def test_the_markdown_export_shows_html_and_images_as_text(hostile_timeline: tuple[Timeline, int]) -> None:
    timeline, incident_id = hostile_timeline
    markdown = export(timeline, incident_id, "md")
    assert control_characters(markdown) == []
    # Rendered as a Git host or a wiki would (raw HTML allowed): no element comes from the data.
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    assert "<script" not in rendered and "<img" not in rendered and 'href="http://evil' not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "![x](http://evil.example/pixel.png)" in rendered


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_the_other_exports_carry_no_control_characters(hostile_timeline: tuple[Timeline, int], fmt: str) -> None:
    timeline, incident_id = hostile_timeline
    text = export(timeline, incident_id, fmt)
    assert control_characters(text) == []
    if fmt == "html":
        assert "<script>alert(1)</script>" not in text


@pytest.mark.parametrize("revision", QUOTING)
async def test_shown_commands_parse_back_to_the_exact_arguments(revision: str) -> None:
    deploy = admin_argv("http://127.0.0.1:1", "/admin/deploy", {"revision": revision})
    assert shlex.split(shlex.join(deploy)) == deploy and json.loads(deploy[-1]) == {"revision": revision}
    fake = FakeProvider("api", FakeSettings(service=QUOTING[0], revisions=["v3", revision]))
    plan = await fake.plan_rollback(QUOTING[0], revision)
    assert shlex.split(plan.command) == ["fake-deploy", QUOTING[0], "--revision", revision]
