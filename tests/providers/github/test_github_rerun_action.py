"""Re-running failed jobs goes the one way every mutating action goes: the action runner, with the exact gh
command in the plan, the typed confirmation in a protected environment, read-only refusals, and the record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.core.actions import ActionRefused, ActionRunner
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.github_actions import GitHubActionsProvider
from tests.providers.github.conftest import TOKEN
from tests.providers.github.replay import ReplayServer

COMMAND = "gh run rerun 7001128 --failed --repo acme/finance-hub"


@pytest.fixture
def timeline(tmp_path: Path) -> Iterator[Timeline]:
    with Timeline(tmp_path / "t.db") as store:
        yield store


def runner(timeline: Timeline, github: GitHubActionsProvider, *, read_only: bool = False) -> ActionRunner:
    incident = timeline.open_incident("deploy #128 failed", "production", "finance-hub-api")
    providers = {"ci": github, "api": FakeProvider("api", FakeSettings())}
    return ActionRunner(timeline, incident.id, providers, read_only=read_only, protected=True, operator="oncall")


async def test_a_confirmed_rerun_is_posted_and_recorded(
    timeline: Timeline, github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    await github.runs()
    actions = runner(timeline, github)
    plan = await actions.plan_rerun("ci", "7001128")
    assert plan.command == COMMAND
    assert actions.confirmation_phrase(plan) == "acme/finance-hub"
    with pytest.raises(ActionRefused, match="confirmation did not match"):
        await actions.execute(plan, typed="finance-hub")
    assert replay.requests("rerun-failed-jobs") == []
    outcome = await actions.execute(plan, typed="acme/finance-hub")
    assert outcome.result.ok and outcome.verified is None
    assert len(replay.requests("rerun-failed-jobs")) == 1
    events = timeline.events(1)
    assert [e.kind for e in events] == ["incident.opened", "action.planned", "action.refused",
                                        "action.confirmed", "action.succeeded"]
    assert events[-1].detail["plan"]["command"] == COMMAND
    assert all(TOKEN not in str(e.detail) and TOKEN not in e.summary for e in events)


async def test_read_only_refuses_a_rerun_and_posts_nothing(
    timeline: Timeline, github: GitHubActionsProvider, replay: ReplayServer
) -> None:
    await github.runs()
    with pytest.raises(ActionRefused, match="read-only"):
        await runner(timeline, github, read_only=True).plan_rerun("ci", "7001128")
    assert replay.requests("rerun-failed-jobs") == []
    assert timeline.events(1, kinds=[EventKind.ACTION_REFUSED])


async def test_a_target_without_pipelines_cannot_rerun(timeline: Timeline, github: GitHubActionsProvider) -> None:
    with pytest.raises(ActionRefused, match="cannot re-run pipeline jobs"):
        await runner(timeline, github).plan_rerun("api", "7001128")
