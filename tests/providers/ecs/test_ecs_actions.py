"""Rollback and forced redeploy of an ECS service through the action runner, against moto and the recorded rollout."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.base import NotFound, ProviderError
from cockpit.providers.ecs import EcsProvider
from tests.providers.ecs.replay import FAILING_DEPLOY, Failure
from tests.providers.ecs.world import CLUSTER, FAMILY, REGION, SERVICE, AwsWorld


@pytest.fixture
def timeline(tmp_path: Path) -> Iterator[Timeline]:
    with Timeline(tmp_path / "t.db") as store:
        yield store


def runner(timeline: Timeline, provider: EcsProvider) -> ActionRunner:
    incident = timeline.open_incident("finance-hub-api deploy failing", "production", SERVICE)
    return ActionRunner(timeline, incident.id, {"api": provider}, read_only=False, protected=True,
                        operator="oncall", verify_interval_s=0.05, verify_timeout_s=20)


async def test_the_plan_is_the_exact_update_service_command(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(FAILING_DEPLOY)
    plan = await ecs_provider.plan_rollback(SERVICE)
    assert shlex.split(plan.command) == [
        "aws", "ecs", "update-service", "--cluster", CLUSTER, "--service", SERVICE,
        "--task-definition", f"{FAMILY}:2", "--region", REGION, "--endpoint-url", aws.endpoint_url,
    ]
    assert [(c.field, c.before.rsplit(":", 1)[-1], c.after.rsplit(":", 1)[-1]) for c in plan.changes] == [
        ("task definition", "3", "2"), ("image api", "v42", "v41"),
    ]
    assert plan.reversible and plan.expect_revision == f"{FAMILY}:2"
    assert plan.summary.startswith(f"roll back {SERVICE} from {FAMILY}:3 to {FAMILY}:2")
    assert aws.running_task_definition() == f"{FAMILY}:3"  # planning changes nothing


async def test_a_chosen_revision_by_number_or_name(ecs_provider: EcsProvider) -> None:
    for chosen in ("1", f"{FAMILY}:1", f"arn:aws:ecs:{REGION}:123456789012:task-definition/{FAMILY}:1"):
        plan = await ecs_provider.plan_rollback(SERVICE, chosen)
        assert plan.expect_revision == f"{FAMILY}:1"
        assert shlex.split(plan.command)[8] == f"{FAMILY}:1"


async def test_revisions_that_do_not_exist_or_already_run_are_refused(ecs_provider: EcsProvider) -> None:
    with pytest.raises(NotFound, match=f"task definition {FAMILY}:9 not found"):
        await ecs_provider.plan_rollback(SERVICE, "9")
    with pytest.raises(NotFound):
        await ecs_provider.plan_rollback(SERVICE, "v41'; touch /tmp/pwned")
    with pytest.raises(ProviderError, match="already runs"):
        await ecs_provider.plan_rollback(SERVICE, "3")
    with pytest.raises(NotFound, match="not 'other-service'"):
        await ecs_provider.plan_rollback("other-service")


async def test_hostile_settings_stay_single_shell_words(aws: AwsWorld, aws_env: dict[str, str]) -> None:
    profile = "prod $(touch /tmp/pwned) 'x' \\"
    Path(aws_env["AWS_CONFIG_FILE"]).write_text(
        # botocore reads section names with shlex, so the file quotes the name as the aws CLI would.
        f"[profile {shlex.quote(profile)}]\naws_access_key_id = testing\naws_secret_access_key = testing\n")
    provider = EcsProvider("api", aws.settings(profile=profile))
    try:
        plan = await provider.plan_restart(SERVICE)
    finally:
        await provider.aclose()
    argv = shlex.split(plan.command)
    assert argv[argv.index("--profile") + 1] == profile


async def test_a_rollback_through_the_runner_is_executed_verified_and_recorded(
    ecs_provider: EcsProvider, aws: AwsWorld, timeline: Timeline
) -> None:
    aws.replay.play(FAILING_DEPLOY)
    actions = runner(timeline, ecs_provider)
    plan = await actions.plan_rollback("api", SERVICE)
    outcome = await actions.execute(plan, typed=SERVICE)

    assert outcome.result.ok and outcome.verified is True, outcome.verification
    assert aws.running_task_definition() == f"{FAMILY}:2"  # the server itself says so
    assert "now names finance-hub-api:2" in outcome.result.message
    # Verification waited for the new deployment to complete with every task running, through the progress.
    assert aws.replay.calls["ecs:DescribeServices"] >= 3
    verified = timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])[0]
    changes = verified.detail["plan"]["changes"]
    assert changes[0] == {"field": "task definition", "before": f"{FAMILY}:3", "after": f"{FAMILY}:2"}
    assert verified.detail["plan"]["command"] == plan.command


async def test_progress_shows_while_the_rollback_rolls_out(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(FAILING_DEPLOY)
    await ecs_provider.execute(await ecs_provider.plan_rollback(SERVICE))
    [rolling] = await ecs_provider.deployments()
    assert (rolling.revision, rolling.state.value, rolling.ready) == (f"{FAMILY}:2", "progressing", 1)
    assert rolling.message.startswith(f"PRIMARY {FAMILY}:2 IN_PROGRESS 1/2 running, 1 pending")
    [done] = await ecs_provider.deployments()
    assert (done.state.value, done.ready) == ("healthy", 2)
    assert done.message.startswith(f"PRIMARY {FAMILY}:2 COMPLETED 2/2 running: ECS deployment ecs-svc/6623")
    assert done.events[0].reason == "SteadyState"


async def test_a_refused_update_is_a_failed_action_naming_what_was_denied(
    ecs_provider: EcsProvider, aws: AwsWorld, timeline: Timeline
) -> None:
    aws.replay.play(FAILING_DEPLOY, Failure("error.access-denied-update", times=None))
    actions = runner(timeline, ecs_provider)
    outcome = await actions.execute(await actions.plan_rollback("api", SERVICE), typed=SERVICE)
    assert not outcome.result.ok
    assert outcome.result.message.startswith(
        "access denied: ecs:UpdateService on finance-hub-production/finance-hub-api (User: arn:aws:sts::")
    assert aws.running_task_definition() == f"{FAMILY}:3"
    assert timeline.events(1, kinds=[EventKind.ACTION_FAILED])


async def test_restart_forces_a_new_deployment_of_the_same_revision(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    plan = await ecs_provider.plan_restart(SERVICE)
    assert shlex.split(plan.command)[:8] == [
        "aws", "ecs", "update-service", "--cluster", CLUSTER, "--service", SERVICE, "--force-new-deployment",
    ]
    assert plan.expect_revision == f"{FAMILY}:3" and not plan.reversible
    result = await ecs_provider.execute(plan)
    assert result.ok and aws.replay.calls["ecs:UpdateService"] == 1
    assert aws.running_task_definition() == f"{FAMILY}:3"
