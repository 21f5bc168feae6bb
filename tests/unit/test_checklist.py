"""The checklist walk: verified steps gate on live data, every change is on disk first, and a restart resumes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cockpit.core.actions import ActionRefused, ActionRunner
from cockpit.core.hub import Hub, PollPolicy
from cockpit.core.timeline import EventKind, Timeline, TimelineError
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.parser import load_runbook, parse_runbook
from cockpit.runbooks.shipped import UnknownRunbook, builtin_runbook, builtin_runbooks, runbook_ref
from cockpit.runbooks.step_state import ChecklistError, NeedsReason, StepState

RUNBOOK = """\
# Roll back the api

## Before
- [x] Note the time: `date -u +%H:%M`
- [ ] Print the token: `printf 'api_token=%s\\n' "s3cr3t-$((6 * 7))"`
- [ ] Look at one task: `aws ecs describe-tasks --tasks <task-id>`
- [ ] Read the script, then run it:
  ```python
  print("not a shell command")
  ```
  ```bash
  echo checked
  ```

## Roll back
- [ ] Roll back to the previous revision <!-- cockpit: id=rollback action=rollback verify=revision revision=previous -->
- [ ] Health passes <!-- cockpit: id=health verify=health -->
- [ ] Errors stay low <!-- cockpit: id=errors verify=metric metric=error_rate below=0.01 for=200ms -->
- [ ] Broken check <!-- cockpit: id=broken verify=metric metric=error_rate -->
- [ ] Tell the channel
"""


@dataclass
class Walk:
    db: Path
    timeline: Timeline
    incident_id: int
    provider: FakeProvider
    hub: Hub
    runner: ActionRunner
    checklist: Checklist
    published: asyncio.Event

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(5):
            while not condition():
                self.published.clear()
                await self.published.wait()

    async def healthy(self) -> None:
        await self.until(lambda: (s := self.hub.latest("api", "health")) is not None and s.data.state == "healthy")

    def reopened(self) -> Checklist:
        """A second cockpit on the same file, as after quitting and reopening the incident."""
        return Checklist(
            parse_runbook(RUNBOOK), Timeline(self.db), self.incident_id, self.hub, self.runner, operator="oncall"
        )

    def events(self, kind: EventKind) -> list[dict[str, object]]:
        return [
            {"step_id": e.step_id, "summary": e.summary, **e.detail}
            for e in self.timeline.events(self.incident_id, kinds=[kind])
        ]


def make_runner(
    timeline: Timeline, incident_id: int, provider: FakeProvider, hub: Hub, *, read_only: bool = False
) -> ActionRunner:
    return ActionRunner(
        timeline,
        incident_id,
        {"api": provider},
        read_only=read_only,
        protected=True,
        operator="oncall",
        verify_interval_s=0.01,
        verify_timeout_s=2,
        confirm_phrase="api",
        after_execute=hub.refresh,
    )


@pytest.fixture
async def walk(tmp_path: Path) -> AsyncIterator[Walk]:
    db = tmp_path / "timeline.db"
    with Timeline(db) as timeline:
        incident = timeline.open_incident("api 500s after deploy", "production", "api")
        provider = FakeProvider("api", FakeSettings())
        hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.02, timeout_s=1.0, max_backoff_s=0.1)})
        published = asyncio.Event()
        hub.subscribe(lambda _: published.set())
        runner = make_runner(timeline, incident.id, provider, hub)
        checklist = Checklist(parse_runbook(RUNBOOK), timeline, incident.id, hub, runner, operator="oncall")
        walk = Walk(db, timeline, incident.id, provider, hub, runner, checklist, published)
        hub.start()
        try:
            await walk.until(lambda: all(hub.latest("api", c) for c in ("deployments", "health", "metrics")))
            yield walk
        finally:
            await hub.stop()


# -- verification gates ----------------------------------------------------------------------------------------


async def test_a_verified_step_is_done_only_once_the_live_system_recovers(walk: Walk) -> None:
    checklist = walk.checklist
    with pytest.raises(
        NeedsReason,
        match=r"health is not verified \(fail: api: failed, HTTP 503, v3: database "
        r"failed \(connection refused\)\); give a reason to mark it done anyway",
    ):
        checklist.complete("health")
    assert checklist.status("health").state is StepState.PENDING

    plan = await checklist.plan_step_action("rollback")
    assert (plan.action, plan.expect_revision) == ("rollback", "v2")
    outcome = await walk.runner.execute(plan, typed="api")
    assert outcome.verified is True
    await walk.healthy()

    done = checklist.complete("health")
    assert (done.state, done.overridden, done.reason) == (StepState.DONE, False, None)
    assert done.verdict is not None and done.verdict.evidence == "api: healthy, HTTP 200, v2"
    rolled_back = checklist.complete("rollback")
    assert rolled_back.verdict is not None
    assert rolled_back.verdict.evidence == "api: v2 (the one before v3), healthy, 3/3 ready"
    assert [e["state"] for e in walk.events(EventKind.CHECKLIST_STEP)] == ["done", "done"]


async def test_an_override_needs_a_reason_and_is_recorded_as_one(walk: Walk) -> None:
    with pytest.raises(NeedsReason):
        walk.checklist.complete("health", reason="   ")
    status = walk.checklist.complete("health", reason="checked the database by hand")
    assert (status.state, status.overridden, status.reason) == (StepState.DONE, True, "checked the database by hand")
    (event,) = walk.events(EventKind.CHECKLIST_STEP)
    assert event["step_id"] == "health"
    assert {k: event[k] for k in ("state", "reason", "verdict", "overridden", "runbook")} == {
        "state": "done",
        "reason": "checked the database by hand",
        "verdict": "fail",
        "overridden": True,
        "runbook": "<string>",
    }
    assert "database failed" in str(event["evidence"])
    assert event["summary"] == "Health passes: done (override) — checked the database by hand"
    assert event["text"] == "Health passes"


async def test_an_unusable_or_undecided_verification_also_needs_a_reason(walk: Walk) -> None:
    with pytest.raises(NeedsReason, match="verification cannot be used: verify=metric needs exactly one of below"):
        walk.checklist.complete("broken")
    walk.provider.current = "v2"
    await walk.healthy()
    with pytest.raises(NeedsReason, match="inconclusive: error_rate: need 0.2 s of data|fail: error_rate max 30%"):
        walk.checklist.complete("errors")


async def test_steps_without_verification_are_done_at_once(walk: Walk) -> None:
    status = walk.checklist.complete("s2.1")
    assert (status.state, status.verdict, status.overridden) == (StepState.DONE, None, False)


# -- skip, fail, reopen, the active step -----------------------------------------------------------------------


async def test_skipping_and_failing_need_a_reason(walk: Walk) -> None:
    checklist = walk.checklist
    with pytest.raises(NeedsReason, match="skipping s2.3 needs a reason"):
        checklist.skip("s2.3", "")
    with pytest.raises(NeedsReason, match="failing s2.3 needs a reason"):
        checklist.fail("s2.3", " ")
    assert walk.events(EventKind.CHECKLIST_STEP) == []
    skipped = checklist.skip("s2.3", "no ECS here")
    assert (skipped.state, skipped.reason) == (StepState.SKIPPED, "no ECS here")
    assert checklist.fail("s2.4", "the script is missing").state is StepState.FAILED
    # A skipped step is not done: the counter says so apart.
    assert (checklist.progress(), checklist.skipped()) == ((0, 9), 1)


async def test_the_walk_moves_on_and_the_operator_can_go_back(walk: Walk) -> None:
    checklist = walk.checklist
    # Checked in the file, but that was the last walk, not this incident.
    assert checklist.status("s2.1").state is StepState.ACTIVE
    checklist.complete("s2.1")
    assert checklist.active_step() == checklist.step("s2.2")
    assert checklist.states()["s2.2"].state is StepState.ACTIVE
    checklist.fail("s2.2", "printed nothing")
    assert checklist.active_step() == checklist.step("s2.2")  # a failed step still needs handling

    checklist.select("s3.5")
    assert checklist.status("s3.5").state is StepState.ACTIVE
    checklist.complete("s3.5")
    assert checklist.active_step() == checklist.step("s2.2")

    checklist.reopen("s2.1")
    assert checklist.active_step() == checklist.step("s2.1")
    assert checklist.status("s2.1").state is StepState.ACTIVE
    assert checklist.progress() == (1, 9)
    assert [e["state"] for e in walk.events(EventKind.CHECKLIST_STEP)] == ["done", "failed", "done", "pending"]
    with pytest.raises(ChecklistError, match="no step 's9.9' in Roll back the api"):
        checklist.complete("s9.9")


async def test_a_change_the_timeline_did_not_record_does_not_happen(walk: Walk) -> None:
    walk.timeline.close()
    with pytest.raises(TimelineError):
        walk.checklist.skip("s2.3", "no ECS here")
    assert walk.checklist.status("s2.3").state is StepState.PENDING


# -- resume ------------------------------------------------------------------------------------------------------


async def test_reopening_the_incident_resumes_the_checklist_exactly(walk: Walk) -> None:
    checklist = walk.checklist
    assert checklist.start() is True
    checklist.complete("s2.1")
    checklist.skip("s2.2", "no token to print")
    checklist.complete("health", reason="known noisy check")
    checklist.fail("s2.4", "script missing")

    resumed = walk.reopened()
    assert resumed.started and resumed.start() is False
    assert resumed.states() == checklist.states()
    assert resumed.active_step() == checklist.active_step() == checklist.step("s2.3")
    assert resumed.baseline == checklist.baseline
    assert resumed.baseline.to_json() == [{"target": "api", "service": "api", "revision": "v3", "previous": "v2"}]
    assert len(walk.events(EventKind.CHECKLIST_STARTED)) == 1
    # The first cockpit sees what the second recorded.
    resumed.skip("s2.3", "no ECS here")
    assert checklist.sync() is True and checklist.status("s2.3").state is StepState.SKIPPED


async def test_targets_that_answer_late_get_their_baseline_at_first_sight(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("late", "production", "api")
        provider = FakeProvider("api", FakeSettings())
        hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.02, timeout_s=1.0)})
        seen = asyncio.Event()
        hub.subscribe(lambda snapshot: seen.set() if snapshot.capability == "deployments" else None)
        runner = make_runner(timeline, incident.id, provider, hub)
        checklist = Checklist(parse_runbook(RUNBOOK), timeline, incident.id, hub, runner, operator="oncall")
        checklist.start()
        assert checklist.baseline.entries == ()
        hub.start()
        try:
            await asyncio.wait_for(seen.wait(), 5)
            verdict = checklist.evaluate(checklist.step("rollback"))
        finally:
            await hub.stop()
        assert verdict is not None
        assert verdict.evidence == "api: at v3, degraded, 1/3 ready; want v2 (the one before v3)"
        (event,) = timeline.events(incident.id, kinds=[EventKind.CHECKLIST_BASELINE])
        assert event.summary == "checklist baseline: api v3"
        again = Checklist(parse_runbook(RUNBOOK), timeline, incident.id, hub, runner, operator="oncall")
        assert again.baseline == checklist.baseline and again.baseline.entries


# -- commands --------------------------------------------------------------------------------------------------


async def test_commands_run_through_the_runner_and_land_redacted_on_the_step(walk: Walk) -> None:
    checklist = walk.checklist
    step = checklist.step("s2.2")
    (command,) = checklist.step_commands(step)
    plan = checklist.plan_step_command("s2.2", command)
    assert plan.command == command
    assert walk.runner.confirmation_phrase(plan) == "api"
    outcome = await walk.runner.execute(plan, typed="api")
    assert outcome.result.ok

    (planned,) = walk.events(EventKind.ACTION_PLANNED)
    assert planned["step_id"] == "s2.2"
    (succeeded,) = walk.events(EventKind.ACTION_SUCCEEDED)
    result = succeeded["result"]
    assert isinstance(result, dict) and succeeded["step_id"] == "s2.2"
    assert (result["exit_code"], result["output"]) == (0, "api_token=***REDACTED***\n")
    assert result["duration_s"] >= 0 and result["message"].startswith("exit 0 in ")
    walk.timeline.close()
    on_disk = b"".join(p.read_bytes() for p in walk.db.parent.iterdir() if p.name.startswith(walk.db.name))
    assert b"s3cr3t-42" not in on_disk


async def test_only_the_steps_shell_commands_are_offered_and_placeholders_must_be_filled(walk: Walk) -> None:
    checklist = walk.checklist
    assert checklist.step_commands(checklist.step("s2.4")) == ["echo checked"]
    with pytest.raises(ChecklistError, match="not one of the commands of step s2.4"):
        checklist.plan_step_command("s2.4", "rm -rf /tmp/x")
    with pytest.raises(ChecklistError, match="fill in <task-id> before running"):
        checklist.plan_step_command("s2.3", "aws ecs describe-tasks --tasks <task-id>")
    assert walk.events(EventKind.ACTION_PLANNED) == []


async def test_read_only_refuses_commands_and_records_the_refusal(walk: Walk) -> None:
    runner = make_runner(walk.timeline, walk.incident_id, walk.provider, walk.hub, read_only=True)
    checklist = Checklist(parse_runbook(RUNBOOK), walk.timeline, walk.incident_id, walk.hub, runner, operator="oncall")
    with pytest.raises(ActionRefused, match="read-only mode: the command of step s2.4 was not run"):
        checklist.plan_step_command("s2.4", "echo checked")
    (refused,) = walk.events(EventKind.ACTION_REFUSED)
    assert (refused["step_id"], refused["command"], refused["action"]) == ("s2.4", "echo checked", "run-command")
    with pytest.raises(ActionRefused, match="read-only"):
        await checklist.plan_step_action("rollback")
    assert walk.provider.executed == []


async def test_a_step_action_names_what_it_does(walk: Walk) -> None:
    checklist = walk.checklist
    assert checklist.step_action(checklist.step("rollback")) == {"action": "rollback", "revision": "previous"}
    assert checklist.step_action(checklist.step("health")) is None
    with pytest.raises(ChecklistError, match="step health names no action"):
        await checklist.plan_step_action("health")


# -- built-in runbooks -----------------------------------------------------------------------------------------


def test_built_in_runbooks_are_found_by_name() -> None:
    names = set(builtin_runbooks())
    assert names == {"docker-compose-rollback", "kubernetes-rollback", "ecs-rollback", "health-decision-rollback"}
    path = builtin_runbook("kubernetes-rollback.md")
    assert path == builtin_runbook("kubernetes-rollback") and path.is_file()
    assert runbook_ref(load_runbook(path)) == "builtin:kubernetes-rollback"
    with pytest.raises(UnknownRunbook, match="no built-in runbook 'helm' \\(built in: docker-compose-rollback, "):
        builtin_runbook("helm")


def test_a_runbook_file_is_named_by_its_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rb.md").write_text(RUNBOOK)
    monkeypatch.chdir(tmp_path)
    relative, absolute = load_runbook("rb.md"), load_runbook(tmp_path / "rb.md")
    assert runbook_ref(relative) == runbook_ref(absolute) == str((tmp_path / "rb.md").resolve())


async def test_a_step_text_is_redacted_before_it_is_cut_for_the_summary(walk: Walk) -> None:
    # Cut first, an access key at the 80th character would leave 'AKIAYTZW…', which no longer looks like a key.
    key = "AKIA" + "YTZWH2NUO6OXQBF6"  # fake; split so secret scanners stay quiet
    text = f"Rotate {'the old deploy key ' * 2}right now, it was {key} in the repo"  # the key spans character 80
    assert text.index(key) < 79 < text.index(key) + len(key)
    runbook = parse_runbook(f"# Keys\n\n1. {text}\n")
    checklist = Checklist(runbook, walk.timeline, walk.incident_id, walk.hub, walk.runner, operator="oncall")
    step = checklist.steps[0]
    checklist.skip(step.id, "done by hand")
    (event,) = [e for e in walk.timeline.events(walk.incident_id, kinds=[EventKind.CHECKLIST_STEP])
                if e.step_id == step.id]
    assert key[:6] not in event.summary
    assert "AKIA***" in event.summary


async def test_reopening_takes_back_the_shell_the_commands_left_except_what_the_record_cannot_give(
    tmp_path: Path,
) -> None:
    app_dir, gone_dir = tmp_path / "app", tmp_path / "gone"
    app_dir.mkdir()
    gone_dir.mkdir()
    runbook = parse_runbook(
        "# Shell\n\n## Steps\n"
        f"- [ ] Go to the app: `cd {app_dir} && export TAG=v41 API_TOKEN=s3cr3t-42`\n"
        f"- [ ] Somewhere temporary: `cd {gone_dir} && export NOTE=seen && unset TAG`\n"
    )
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("api 500s", "production", "api")
        provider = FakeProvider("api", FakeSettings())
        hub = Hub({"api": provider}, {"api": PollPolicy(interval_s=0.02, timeout_s=1.0, max_backoff_s=0.1)})
        runner = make_runner(timeline, incident.id, provider, hub)
        checklist = Checklist(runbook, timeline, incident.id, hub, runner, operator="oncall")
        for step_id in ("s2.1", "s2.2"):
            (command,) = checklist.step_commands(checklist.step(step_id))
            outcome = await runner.execute(checklist.plan_step_command(step_id, command), typed="api")
            assert outcome.result.ok
            checklist.shell.follow(outcome.result)
        live = checklist.shell.state
        assert (live.cwd, live.variables) == (str(gone_dir), {"TAG": None, "API_TOKEN": "s3cr3t-42", "NOTE": "seen"})

        gone_dir.rmdir()  # the cockpit reopens on a machine (or a day) where that directory is no more
        reopened = Checklist(runbook, timeline, incident.id, hub, runner, operator="oncall").shell.state
    assert reopened.cwd == str(app_dir)  # the last directory that still exists
    assert reopened.variables == {"TAG": None, "NOTE": "seen"}  # the secret never reached the record
    assert reopened.not_restored == {"API_TOKEN": "redacted in the record",
                                     "directory": f"{gone_dir} is not a directory here"}
    assert reopened.describe() == (f"in {app_dir} · exported NOTE · unset TAG · "
                                   "NOT restored: the directory, API_TOKEN (run their step again)")
