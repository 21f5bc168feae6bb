"""The hostile corpus through the github provider's real httpx path, on the replay API: the recorded failed run
with its workflow, title, branch, actor, job and step names replaced by corpus text (checked against GitHub's
OpenAPI description like every recording), and a job log of escapes, markup, NUL, invalid UTF-8 and a huge line.
What the provider returns is visible, one line where a line is expected, and bounded."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from cockpit.providers.github_actions import GitHubActionsProvider
from tests.hostile.corpus import ALL_TEXT, HUGE, INVALID_UTF8, SAMPLES
from tests.hostile.results import all_text, problems
from tests.providers.github.conftest import make_provider
from tests.providers.github.replay import ReplayServer, fixture, replay_server
from tests.providers.github.test_fixtures_schema import response_schema, validator

NAMES = frozenset({"name", "display_title", "head_branch", "login", "workflow_name"})
"""What a repository's people choose: workflow, job and step names, commit titles, branches, logins."""
TEXT = " ".join(SAMPLES[:-1])
LOG = b"\n".join([
    b"Error: " + "C".join(HUGE[:100_000]).encode(),  # within the log tail the provider reads, cut as a line
    *(b"2026-11-23T07:15:50.0000000Z ##[error]" + text.encode() for text in ALL_TEXT),
    b"2026-11-23T07:15:51.0000000Z Error: " + INVALID_UTF8 + b" \x00 \x1b[31mred\x1b[0m \xe2\x80\xae",
    b"error: \xed\xb3\xbf (an encoded surrogate)",
])


def hostile(node: Any, text: str) -> Any:
    if isinstance(node, dict):
        return {key: text if key in NAMES and isinstance(value, str) else hostile(value, text)
                for key, value in node.items()}
    if isinstance(node, list):
        return [hostile(item, text) for item in node]
    return node


def serve_hostile(replay: ReplayServer, name: str, text: str) -> None:
    recorded = fixture(name)
    body = hostile(recorded["response"]["body"], text)
    schema = response_schema(recorded)
    assert schema is not None
    validator(schema).validate(body)  # still an answer GitHub could give
    headers = {k: v for k, v in recorded["response"]["headers"].items() if k != "ETag"}
    replay.override(recorded["request"]["method"], recorded["request"]["path"], 200, json.dumps(body),
                    headers=headers)


@contextmanager
def hostile_replay() -> Iterator[ReplayServer]:
    """The replay API serving the failed run, its jobs and its log, told in hostile words."""
    with replay_server() as replay:
        serve_hostile(replay, "runs_failed", TEXT)
        serve_hostile(replay, "jobs_failed_run", TEXT + " " + "B" * 5000)  # long, under the 4 MiB answer cap
        log = fixture("job_log_content")
        replay.override("GET", log["request"]["path"], 200, LOG, headers={"Content-Type": "text/plain"})
        yield replay


@pytest.fixture
async def github() -> AsyncIterator[GitHubActionsProvider]:
    with hostile_replay() as replay:
        provider = make_provider(replay.url)
        try:
            yield provider
        finally:
            await provider.aclose()


async def test_a_run_named_and_logged_by_an_attacker_is_shown_safely(github: GitHubActionsProvider) -> None:
    runs = await github.runs(limit=10)
    assert [problem for run in runs for problem in problems(run)] == []
    run = runs[0]
    assert run.workflow.startswith("replica[2 replica[2 [b]x[/b] [b]bold[/b] [i]italic [@click=app.quit]quit[/]")
    assert "␛[2J␛[H" in run.workflow and "<U+202E>gnp.exe" in run.workflow and "| a | b |␤|---|---|" in run.workflow
    assert run.title == TEXT.splitlines()[0]  # a commit title is its first line
    (failed,) = run.failed_jobs
    assert failed.failed_steps and failed.failed_steps[0].endswith("…")  # cut: a step name is a line
    lines = failed.error_lines
    assert lines and all("\x00" not in line and "\x1b" not in line for line in lines)
    assert any("\ufffd" in line for line in lines)  # invalid UTF-8 and the encoded surrogate, replaced
    # The last lines that read like errors: colour codes dropped, bidi spelled out, bad bytes replaced.
    assert "error: <U+202E>gnp.exe" in lines
    assert lines[-2:] == ("Error: bad \ufffd\ufffd \ufffd( \ufffd\ufffd\ufffd utf-8  red <U+202E>",
                          "error: \ufffd\ufffd\ufffd (an encoded surrogate)")
    assert "[@click=app.quit]quit[/]" in all_text(run.jobs)
