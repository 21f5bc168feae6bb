"""The github provider's real httpx path against the replay API: what a run, its jobs and its log become, the
conditional requests and quota, and every way GitHub (or the network) can say no."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

import pytest

from cockpit.providers.base import (
    BadResponse,
    Forbidden,
    NotFound,
    ProviderError,
    TimedOut,
    Unauthorised,
    Unreachable,
    capabilities_of,
)
from cockpit.providers.github_actions import GitHubActionsProvider
from cockpit.providers.github_http import LOG_TAIL_BYTES, MAX_JSON_BYTES, RateLimited
from cockpit.providers.results import ApiQuota, State
from tests.providers.github.conftest import TOKEN, make_provider
from tests.providers.github.replay import ReplayServer

RUNS = "/repos/acme/finance-hub/actions/workflows/deploy.yml/runs"
SIGNED_LOG = "/_signed/pipelines/jobs/9100003/signedlogcontent"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


async def test_a_failed_run_with_its_failed_job_step_and_error_lines(github: GitHubActionsProvider) -> None:
    assert set(capabilities_of(github)) == {"pipelines", "rerun"}
    runs = await github.runs(limit=10)
    assert [(r.number, r.state, r.status) for r in runs] == [
        (128, State.FAILED, "completed/failure"),
        (127, State.HEALTHY, "completed/success"),
        (126, State.HEALTHY, "completed/success"),
    ]
    run = runs[0]
    assert (run.id, run.workflow, run.branch, run.actor, run.attempt, run.event) == (
        "7001128", "Deploy", "main", "mhernandez", 1, "push")
    assert run.commit == "9f3c2a1e7b5d4c6f8a0b1c2d3e4f5a6b7c8d9e0f"
    assert run.title == "Release 2.14: ledger export"
    assert (run.started_at, run.finished_at) == (at("2026-11-23T07:12:05"), at("2026-11-23T07:19:46"))
    assert run.duration_s == 7 * 60 + 41
    assert [(job.name, job.state) for job in run.jobs] == [
        ("build", State.HEALTHY), ("test", State.HEALTHY), ("deploy", State.FAILED)]
    (deploy,) = run.failed_jobs
    assert deploy.failed_steps == ("Deploy to Amazon ECS",)  # the skipped smoke test is not a failure
    assert deploy.error_lines == (
        "(service finance-hub-api) task 1b9f stopped: Essential container in task exited (exit code 1) "
        "[red]not markup[/red]",
        "Error: Deployment failed: service finance-hub-api did not stabilize; circuit breaker rolled back to "
        "finance-hub:41",
        "error: Resource is not in the state servicesStable",
        "error: Process completed with exit code 1.",
    )
    assert deploy.log_note == ""


async def test_paginated_jobs_are_followed_through_link_next(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    runs = await github.runs()
    assert [job.name for job in runs[1].jobs] == ["test (3.11)", "test (3.12)", "deploy"]
    pages = [seen.query.get("page") for seen in replay.requests("/actions/runs/7001127/jobs")]
    assert pages == [None, "2"]


async def test_the_token_goes_to_the_api_and_never_to_the_signed_log_url(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    await github.runs()
    api = [seen for seen in replay.seen if seen.path.startswith("/repos/")]
    assert api and all(seen.headers["authorization"] == f"Bearer {TOKEN}" for seen in api)
    assert all(seen.headers["x-github-api-version"] == "2022-11-28" for seen in api)
    (log,) = replay.requests(SIGNED_LOG)
    assert "authorization" not in log.headers
    assert log.query["urlSignature"] == "c2lnbmVk"  # the redirect was followed as given


async def test_polls_are_conditional_and_a_finished_log_is_read_once(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    first = await github.runs()
    asked = len(replay.seen)
    second = await github.runs()
    assert second == first
    again = replay.seen[asked:]
    repeated = replay.requests(RUNS)
    assert repeated[1].headers["if-none-match"] == 'W/"5f1d0e3a9c2b"' and repeated[1].status == 304
    assert {seen.status for seen in again} == {304}
    assert len(replay.requests(SIGNED_LOG)) == 1


async def test_the_remaining_quota_is_kept_from_the_headers(github: GitHubActionsProvider) -> None:
    assert github.quota() is None
    await github.runs()
    quota = github.quota()
    assert quota is not None and (quota.limit, quota.remaining) == (5000, 4987)
    assert quota.reset_at is not None
    assert abs((quota.reset_at - datetime.now(UTC)) - timedelta(seconds=2400)) < timedelta(seconds=30)


async def test_a_cancelled_run_is_degraded_and_the_older_failure_still_explains_itself(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    replay.use("cancelled")
    cancelled, failed = await github.runs()
    assert (cancelled.number, cancelled.state, cancelled.status) == (129, State.DEGRADED, "completed/cancelled")
    assert [(job.name, job.state, job.failed_steps) for job in cancelled.jobs] == [("deploy", State.DEGRADED, ())]
    assert failed.failed_jobs[0].error_lines[-1] == "error: Process completed with exit code 1."


async def test_a_run_in_progress_has_no_duration_yet(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    replay.use("in_progress")
    running = (await github.runs())[0]
    assert (running.number, running.state, running.status) == (130, State.PROGRESSING, "in_progress")
    assert running.finished_at is None and running.duration_s is None
    assert [(job.name, job.state) for job in running.jobs] == [("build", State.HEALTHY), ("deploy", State.PROGRESSING)]
    assert running.jobs[1].finished_at is None


async def test_a_re_run_reports_its_attempt_and_the_attempts_own_duration(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    replay.use("rerun")
    rerun = (await github.runs())[0]
    assert (rerun.number, rerun.attempt, rerun.state) == (128, 2, State.HEALTHY)
    assert rerun.duration_s == 6 * 60 + 21  # from the re-run's start, not the first attempt's


# -- re-run failed jobs --------------------------------------------------------------------------------------------


async def test_re_running_failed_jobs_is_planned_with_the_gh_command_and_posted(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    await github.runs()
    plan = await github.plan_rerun("7001128")
    assert plan.command == "gh run rerun 7001128 --failed --repo acme/finance-hub"
    assert (plan.action, plan.target, plan.service, plan.reversible) == ("rerun", "ci", "acme/finance-hub", False)
    assert [(c.field, c.before, c.after) for c in plan.changes] == [
        ("attempt", "1", "2"), ("jobs re-run", "none", "deploy")]
    assert replay.requests("rerun-failed-jobs") == []  # planning changes nothing
    result = await github.execute(plan)
    assert result.ok
    (posted,) = replay.requests("rerun-failed-jobs")
    assert (posted.method, posted.path, posted.status) == (
        "POST", "/repos/acme/finance-hub/actions/runs/7001128/rerun-failed-jobs", 201)


async def test_a_green_or_unknown_run_cannot_be_re_run(github: GitHubActionsProvider) -> None:
    await github.runs()
    with pytest.raises(ProviderError, match="has no failed jobs"):
        await github.plan_rerun("7001127")
    with pytest.raises(NotFound, match="not among the latest runs"):
        await github.plan_rerun("1")


async def test_a_refused_re_run_is_a_typed_error(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    await github.runs()
    plan = await github.plan_rerun("7001128")
    replay.override("POST", "/repos/acme/finance-hub/actions/runs/7001128/rerun-failed-jobs", 403,
                    b'{"message": "Resource not accessible by integration"}')
    with pytest.raises(Forbidden, match="Resource not accessible by integration"):
        await github.execute(plan)


# -- GitHub saying no ----------------------------------------------------------------------------------------------


def assert_no_token(error: ProviderError) -> None:
    assert TOKEN not in str(error) and TOKEN not in error.message and TOKEN not in error.hint


async def test_404_is_not_found_naming_the_path(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    replay.use("not_found")
    with pytest.raises(NotFound) as caught:
        await github.runs()
    assert "/repos/acme/finance-hub/actions/workflows/deploy.yml/runs" in caught.value.message
    assert "per_page" not in caught.value.message
    assert_no_token(caught.value)


async def test_401_is_unauthorised_with_what_to_do(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    replay.use("unauthorised")
    with pytest.raises(Unauthorised, match="Bad credentials") as caught:
        await github.runs()
    assert "gh auth login" in caught.value.hint
    assert_no_token(caught.value)


async def test_403_without_rate_limit_is_forbidden(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    replay.use("forbidden")
    with pytest.raises(Forbidden) as caught:
        await github.runs()
    assert not isinstance(caught.value, RateLimited)
    assert "not accessible by personal access token" in caught.value.message


async def test_403_rate_limit_names_the_reset_time_and_holds_off_until_then(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    replay.use("rate_limited")
    with pytest.raises(RateLimited) as caught:
        await github.runs()
    reset = datetime.now(UTC) + timedelta(seconds=754)
    assert "0 of 5000 requests left" in caught.value.message
    assert any(f"resets at {(reset + timedelta(seconds=s)):%H:%M:%S} UTC" in caught.value.message for s in (-2, -1, 0))
    assert "in 12m" in caught.value.message
    assert github.quota() == ApiQuota(5000, 0, github.quota().reset_at)  # type: ignore[union-attr]
    asked = len(replay.seen)
    replay.use("failed")  # even if GitHub would answer now, the provider waits for the reset
    with pytest.raises(RateLimited):
        await github.runs()
    assert len(replay.seen) == asked


async def test_429_with_retry_after_backs_off(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    replay.override("GET", RUNS, 429, b'{"message": "You have exceeded a secondary rate limit."}',
                    headers={"retry-after": "90"})
    with pytest.raises(RateLimited, match=r"in 1m(29|30)s"):
        await github.runs()


async def test_unreachable_api() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    provider = make_provider(f"http://127.0.0.1:{port}")
    try:
        with pytest.raises(Unreachable, match="connection refused"):
            await provider.runs()
    finally:
        await provider.aclose()


async def test_a_hung_api_times_out(replay: ReplayServer) -> None:
    replay.override("GET", RUNS, 200, b"{}", delay_s=10)
    provider = make_provider(replay.url, timeout_s=0.3)
    try:
        with pytest.raises(TimedOut):
            await provider.runs()
    finally:
        await provider.aclose()


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        (b"<html><body>Bad gateway</body></html>", "JSON is malformed"),
        (b'{"total_count": 1, "workflow_runs": [{"id": "x"}]}', "Expected `int`, got `str`"),
        (b"[]", "Expected `object`, got `array`"),
    ],
)
async def test_garbage_is_a_bad_response(
    github: GitHubActionsProvider, replay: ReplayServer, body: bytes, complaint: str
) -> None:
    replay.override("GET", RUNS, 200, body, headers={"Content-Type": "application/json"})
    with pytest.raises(BadResponse, match=complaint):
        await github.runs()


async def test_an_oversized_answer_is_not_read(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    replay.override("GET", RUNS, 200, b" " * (MAX_JSON_BYTES + 1))
    with pytest.raises(BadResponse, match="larger than 4096 KiB"):
        await github.runs()


async def test_a_huge_log_keeps_its_end_where_the_error_is(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    noise = b"2026-11-23T07:16:00.0000000Z downloading layer 0123456789abcdef\n" * (3 * LOG_TAIL_BYTES // 64)
    replay.override("GET", SIGNED_LOG, 200, noise + b"2026-11-23T07:19:40.0Z ##[error]the real reason\n",
                    headers={"Content-Type": "text/plain"})
    deploy = (await github.runs())[0].failed_jobs[0]
    assert deploy.error_lines == ("error: the real reason",)
    assert deploy.log_note == "only the end of a long log was read"


async def test_an_unreadable_log_leaves_the_run_and_says_why(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    replay.override("GET", SIGNED_LOG, 410, b'{"message": "Gone"}')
    deploy = (await github.runs())[0].failed_jobs[0]
    assert deploy.failed_steps == ("Deploy to Amazon ECS",) and deploy.error_lines == ()
    assert deploy.log_note.startswith("log not read: bad response:") and "HTTP 410" in deploy.log_note
    assert "urlSignature" not in deploy.log_note  # the signed query string is never shown


async def test_a_next_link_to_another_host_is_not_followed(github: GitHubActionsProvider, replay: ReplayServer) -> None:
    body = (b'{"total_count": 2, "jobs": []}')
    replay.override("GET", "/repos/acme/finance-hub/actions/runs/7001126/jobs", 200, body,
                    headers={"Link": '<http://127.0.0.2:9/steal?page=2>; rel="next"'})
    runs = await github.runs()
    assert runs[2].jobs == ()
    assert len(replay.requests("/actions/runs/7001126/jobs")) == 1


async def test_after_a_401_the_token_is_asked_for_again(replay: ReplayServer) -> None:
    tokens = iter(["gho_expired", "gho_refreshed"])
    settings = make_provider(replay.url).settings
    provider = GitHubActionsProvider("ci", settings, token=lambda: next(tokens))
    try:
        replay.use("unauthorised")
        with pytest.raises(Unauthorised):
            await provider.runs()
        replay.use("failed")  # meanwhile the operator ran `gh auth login`
        await provider.runs()
    finally:
        await provider.aclose()
    sent = [seen.headers["authorization"] for seen in replay.requests(RUNS)]
    assert sent == ["Bearer gho_expired", "Bearer gho_refreshed"]


async def test_without_a_token_polls_are_spread_over_the_allowance(replay: ReplayServer) -> None:
    anonymous = make_provider(replay.url, token=None)
    try:
        first = await anonymous.runs()
        asked = len(replay.seen)
        # Anonymous, even a 304 costs quota: 4987 left for 40 minutes is one poll every 2.4 s at most.
        assert await anonymous.runs() == first
        assert len(replay.seen) == asked
    finally:
        await anonymous.aclose()


async def test_a_short_allowance_is_spread_until_its_reset(
    github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    replay.extra_headers = {"x-ratelimit-remaining": "40", "x-ratelimit-reset": "{now+3600}"}
    first = await github.runs()
    asked = len(replay.seen)
    assert await github.runs() == first
    assert len(replay.seen) == asked  # 40 requests for an hour: one poll every 7.5 minutes
    replay.extra_headers = {}
    fresh = make_provider(replay.url)  # a normal allowance: every poll asks (and a 304 is free)
    try:
        await fresh.runs()
        asked = len(replay.seen)
        await fresh.runs()
        assert len(replay.seen) > asked
    finally:
        await fresh.aclose()
