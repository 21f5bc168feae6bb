"""A checklist's commands against a live hub: placeholder values suggested, quoted, recorded; the environment's
variables set; the directory and exports carried from one command to the next; read-only mode asks for nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.core.actions import ActionRefused
from cockpit.core.timeline import EventKind
from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.parser import parse_runbook
from cockpit.runbooks.step_state import ChecklistError
from tests.unit.test_checklist import Walk, make_runner, walk  # noqa: F401  (walk is a fixture)

RUNBOOK = """\
# Roll back by hand

- [ ] Go back: `echo "checking out" <previous-commit> "for $SERVICE in $COCKPIT_ENVIRONMENT, bad $BAD_REVISION"`
- [ ] Move:
  ```bash
  cd {folder}
  export RELEASE_NOTE='rolled back'
  pwd; echo "$RELEASE_NOTE"
  ```
"""


def checklist_for(live: Walk, folder: Path, *, read_only: bool = False) -> Checklist:
    runner = make_runner(live.timeline, live.incident_id, live.provider, live.hub, read_only=read_only)
    runbook = parse_runbook(RUNBOOK.replace("{folder}", f"'{folder}'"))
    checklist = Checklist(runbook, live.timeline, live.incident_id, live.hub, runner, operator="oncall",
                          environment="production", service="api")
    checklist.start()
    return checklist


async def test_a_placeholder_is_suggested_quoted_recorded_and_the_environment_is_set(
    walk: Walk, tmp_path: Path  # noqa: F811
) -> None:
    checklist = checklist_for(walk, tmp_path)
    (command,) = checklist.step_commands(checklist.step("s1.1"))
    (hole,) = checklist.shell.holes(command, checklist.baseline)
    assert (hole.text, hole.suggestion) == ("<previous-commit>", "v2")  # before the bad v3, from deployments
    with pytest.raises(ChecklistError, match="fill in <previous-commit> before running"):
        checklist.plan_step_command("s1.1", command)
    plan = checklist.plan_step_command("s1.1", command, {"<previous-commit>": "v2 && id"})
    assert plan.command.startswith("echo \"checking out\" 'v2 && id' ")
    outcome = await checklist.runner.execute(plan, typed="")
    assert outcome.result.output == "checking out v2 && id for api in production, bad v3\n"
    (planned,) = [e for e in walk.timeline.events(walk.incident_id, kinds=[EventKind.ACTION_PLANNED])]
    assert planned.detail["filled"] == {"<previous-commit>": "v2 && id"}
    assert planned.detail["variables"]["PREVIOUS_REVISION"] == "v2"


async def test_the_directory_and_exports_carry_over_between_a_steps_commands(
    walk: Walk, tmp_path: Path  # noqa: F811
) -> None:
    checklist = checklist_for(walk, tmp_path)
    for command in checklist.step_commands(checklist.step("s1.2")):
        plan = checklist.plan_step_command("s1.2", command)
        outcome = await checklist.runner.execute(plan, typed="" if plan.changes_nothing else "api")
        checklist.shell.follow(outcome.result)
    assert outcome.result.output == f"{tmp_path}\nrolled back\n"
    assert checklist.shell.state.describe() == f"in {tmp_path} · exported RELEASE_NOTE"


async def test_read_only_mode_refuses_before_asking_for_values(walk: Walk, tmp_path: Path) -> None:  # noqa: F811
    checklist = checklist_for(walk, tmp_path, read_only=True)
    (command,) = checklist.step_commands(checklist.step("s1.1"))
    with pytest.raises(ActionRefused, match="read-only mode: the command of step s1.1 was not run"):
        checklist.plan_step_command("s1.1", command)
