"""The cockpit on an ECS service whose deployment is failing (moto behind the replay): the dashboard shows seed 000's
diagnosis live (deployments, events, stopped tasks, CloudWatch logs), and the built-in ECS runbook rolls it back
through the checklist to the previous task definition."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from textual.widgets import Input

from cockpit.core.config import load_config
from cockpit.core.session import make_session
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.results import DeploymentStatus, State
from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.note import NoteScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.log_view import LogView
from cockpit.ui.widgets.logs_pane import LogsPane
from tests.providers.ecs.replay import FAILING_DEPLOY
from tests.providers.ecs.world import FAMILY, SERVICE, AwsWorld
from tests.ui.conftest import make_app, until

ROW = f"api/{SERVICE}"
RUNBOOK = Path(str(resources.files("cockpit") / "runbooks" / "builtin" / "ecs-rollback.md"))
ROLLBACK_STEP = "s4.2"


def ecs_app(aws: AwsWorld, tmp_path: Path) -> CockpitApp:
    """The app exactly as `cockpit open --config F` builds it, from an operator's TOML file."""
    config_file = tmp_path / "cockpit.toml"
    config_file.write_text(aws.config_toml(runbook=str(RUNBOOK)))
    session = make_session(load_config(config_file), "production", db_path=tmp_path / "timeline.db")
    return make_app(session)


def row(app: CockpitApp) -> DeploymentStatus | None:
    return app.screen.query_one(DeploymentsPane).rows.get(ROW)


async def test_the_dashboard_shows_the_failing_deployment_its_events_tasks_and_logs(
    aws: AwsWorld, tmp_path: Path
) -> None:
    aws.replay.play(FAILING_DEPLOY)
    app = ecs_app(aws, tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        pane = app.screen.query_one(DeploymentsPane)
        logs = app.screen.query_one(LogsPane)
        await until(app, pilot, lambda: row(app) is not None and logs.shown >= 4)
        status = row(app)
        assert status is not None
        assert (status.state, status.revision, status.ready, status.desired) == (State.FAILED, f"{FAMILY}:3", 0, 2)
        # aws ecs describe-services ... deployments: both deployments, the rollout state, its reason.
        assert "PRIMARY finance-hub-api:3 FAILED" in status.message and "ACTIVE finance-hub-api:2" in status.message
        # ... events, and the stopped tasks with their exit codes (the Deployments pane's to render, see k8s).
        assert status.events[0].reason == "DeploymentFailed"
        assert {task.exit_code for task in status.instances} == {1, 137}
        # What the pane shows: the row, the family's revisions with the current one marked, the newest events.
        assert pane.has_class("-alert")
        history = str(pane.query_one(".history").render())
        assert f"{FAMILY}:3" in history and f"{FAMILY}:2" in history and f"{FAMILY}:1" in history
        assert "deployment failed: tasks failed to start" in history
        # aws logs tail: the containers' CloudWatch lines, found from the task definitions' awslogs options.
        # The pane folds long lines at its width (a space at a fold is trimmed): compare without whitespace.
        text = "".join("".join(logs.query_one(LogView).visible_text()).split())
        assert "passwordauthenticationfailed" in text and "GET/api/health500" in text

        # Live: the service changes under the cockpit (ECS itself, or a colleague) and the pane follows.
        aws.ecs.update_service(cluster="finance-hub-production", service=SERVICE, taskDefinition=f"{FAMILY}:2")
        await until(app, pilot, lambda: (r := row(app)) is not None and r.state is State.HEALTHY, timeout=20)
        assert row(app).revision == f"{FAMILY}:2"  # type: ignore[union-attr]


async def test_the_builtin_ecs_runbook_rolls_the_service_back_through_the_checklist(
    aws: AwsWorld, tmp_path: Path
) -> None:
    aws.replay.play(FAILING_DEPLOY)
    app = ecs_app(aws, tmp_path)
    async with app.run_test(size=(140, 44)) as pilot:
        await until(app, pilot, lambda: row(app) is not None)
        await pilot.press("c")
        assert isinstance(app.screen, ChecklistScreen)
        screen = app.screen
        checklist = screen.checklist
        assert checklist.runbook.title == "Roll back an ECS service"

        # Section 1 is read in the cockpit itself: deployments, events, stopped tasks, logs. Done on our word.
        for step_id in ("s3.2", "s3.3", "s3.4", "s3.6"):
            screen.select_step(step_id)
            await pilot.press("d")
            await app.workers.wait_for_complete()
            assert checklist.status(step_id).state is StepState.DONE

        # While :3 is failing, "wait until stable" does not pass its check: done would need a reason; Esc keeps it open.
        screen.select_step("s4.3")
        await pilot.press("d")
        await until(app, pilot, lambda: isinstance(app.screen, NoteScreen))
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        assert checklist.status("s4.3").state is not StepState.DONE

        # The rollback step's action: preview of the exact command, typed confirmation, execute, verify.
        screen.select_step(ROLLBACK_STEP)
        await pilot.press("a")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        assert confirm.plan.command.startswith(
            "aws ecs update-service --cluster finance-hub-production --service finance-hub-api "
            f"--task-definition {FAMILY}:2")
        app.screen.query_one(Input).insert_text_at_cursor(SERVICE)
        await pilot.press("enter")
        await until(app, pilot, lambda: (r := row(app)) is not None and r.state is State.HEALTHY, timeout=30)
        await app.workers.wait_for_complete()

        # The step's own check (verify=revision revision=previous) passes now: done without an override.
        screen.select_step(ROLLBACK_STEP)
        await pilot.press("d")
        await app.workers.wait_for_complete()
        step = checklist.status(ROLLBACK_STEP)
        assert step.state is StepState.DONE and not step.overridden
        assert step.verdict is not None and f"{FAMILY}:2" in step.verdict.evidence
        # "Wait until stable" and "one deployment left, on the previous revision" are checked against ECS too.
        for step_id in ("s4.3", "s5.3"):
            screen.select_step(step_id)
            await pilot.press("d")
            await app.workers.wait_for_complete()
            status = checklist.status(step_id)
            assert status.state is StepState.DONE and not status.overridden, (step_id, status)

    assert aws.running_task_definition() == f"{FAMILY}:2"  # describe-services on the server says so
    with Timeline(tmp_path / "timeline.db") as timeline:
        verified = timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])
        planned = timeline.events(1, kinds=[EventKind.ACTION_PLANNED])
    assert len(verified) == 1
    change = verified[0].detail["plan"]["changes"][0]
    assert change == {"field": "task definition", "before": f"{FAMILY}:3", "after": f"{FAMILY}:2"}
    assert planned[0].detail["plan"]["command"] == confirm.plan.command
