"""The ECS provider's deployment view against moto (state, revision, history) and the recorded failing rollout."""

from __future__ import annotations

import msgspec
import pytest

from cockpit.providers.base import DeploymentSource, LogSource, NotFound, Restartable, Rollbackable, capabilities_of
from cockpit.providers.ecs import EcsProvider, EcsSettings
from cockpit.providers.results import State
from tests.providers.ecs.replay import CIRCUIT_BREAKER_ROLLBACK, FAILING_DEPLOY, Failure
from tests.providers.ecs.world import FAMILY, SERVICE, AwsWorld


async def test_it_offers_deployments_logs_rollback_and_restart(ecs_provider: EcsProvider) -> None:
    assert set(capabilities_of(ecs_provider)) == {"deployments", "logs", "rollback", "restart"}
    assert isinstance(ecs_provider, DeploymentSource | LogSource | Rollbackable | Restartable)


async def test_a_failing_primary_deployment_is_failed_with_ecs_own_reasons(
    ecs_provider: EcsProvider, aws: AwsWorld
) -> None:
    aws.replay.play(FAILING_DEPLOY)
    [status] = await ecs_provider.deployments()

    assert (status.service, status.state, status.revision) == (SERVICE, State.FAILED, f"{FAMILY}:3")
    assert (status.ready, status.desired) == (0, 2)  # none of the desired tasks runs the new revision
    previous = status.previous_revision()
    assert previous is not None and previous.id == f"{FAMILY}:2"
    # Both deployments, the rollout state and its reason, failed tasks and the circuit breaker, as ECS says them.
    assert status.message.startswith(f"PRIMARY {FAMILY}:3 FAILED 0/2 running, 1 pending, 4 failed: "
                                     "ECS deployment circuit breaker: tasks failed to start.")
    assert f"ACTIVE {FAMILY}:2 COMPLETED 2/2 running" in status.message
    assert "circuit breaker on (rollback off)" in status.message


async def test_history_is_the_familys_revisions_with_images_and_ecr_push_times(
    ecs_provider: EcsProvider, aws: AwsWorld
) -> None:
    [status] = await ecs_provider.deployments()
    assert [r.id for r in status.history] == [f"{FAMILY}:3", f"{FAMILY}:2", f"{FAMILY}:1"]
    assert [r.current for r in status.history] == [True, False, False]
    assert [str(r.image).rsplit(":", 1)[1] for r in status.history] == ["v42", "v41", "v40"]
    for revision in status.history:
        assert "pushed 20" in revision.description, revision  # each tag's push time, read from ECR


async def test_push_times_are_read_only_in_the_services_own_account(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.ecs.register_task_definition(family=FAMILY, containerDefinitions=[
        {"name": "api", "image": "999999999999.dkr.ecr.us-east-1.amazonaws.com/vendor/api:v43", "memory": 64},
    ])
    aws.ecs.update_service(cluster="finance-hub-production", service=SERVICE, taskDefinition=f"{FAMILY}:4")
    [status] = await ecs_provider.deployments()
    assert status.history[0].id == f"{FAMILY}:4" and "pushed" not in status.history[0].description
    assert "pushed" in status.history[1].description
    assert aws.replay.calls["ecr:DescribeImages"] == 1  # one call for the own repository's tags, none for vendor/api


async def test_push_times_that_may_not_be_read_cost_only_the_push_times(
    ecs_provider: EcsProvider, aws: AwsWorld
) -> None:
    aws.replay.play(FAILING_DEPLOY, Failure("error.access-denied-ecr", times=None))
    [status] = await ecs_provider.deployments()
    assert status.state is State.FAILED and len(status.history) == 3
    assert all("pushed" not in revision.description for revision in status.history)
    assert "image push times unavailable: access denied: ecr:DescribeImages on ecr repository finance-hub-api" \
        in status.message


async def test_service_events_are_deployment_events_newest_first(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(FAILING_DEPLOY)
    [status] = await ecs_provider.deployments()
    newest = status.events[0]
    assert newest.reason == "DeploymentFailed" and newest.warning
    assert "deployment failed: tasks failed to start" in newest.message
    assert [e.at for e in status.events] == sorted((e.at for e in status.events), reverse=True)
    assert any(e.reason == "Unhealthy" and "failed container health checks" in e.message for e in status.events)
    assert status.events[-1].reason == "SteadyState" and not status.events[-1].warning


async def test_stopped_tasks_say_why_with_their_exit_codes(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(FAILING_DEPLOY)
    [status] = await ecs_provider.deployments()
    by_exit = {task.exit_code: task for task in status.instances}
    assert set(by_exit) == {1, 137}
    assert all(task.state is State.FAILED and not task.ready for task in status.instances)
    assert by_exit[1].reason == "Essential container in task exited"
    assert "OutOfMemoryError" in by_exit[137].detail and f"{FAMILY}:3" in by_exit[137].detail
    assert by_exit[1].image.endswith(":v42")


async def test_the_circuit_breakers_own_rollback_is_shown_as_it_happens(
    ecs_provider: EcsProvider, aws: AwsWorld
) -> None:
    aws.replay.play(CIRCUIT_BREAKER_ROLLBACK)
    [before] = await ecs_provider.deployments()
    assert before.state is State.FAILED
    # ECS itself points the service back at :2 (moto does the update; the recording says how ECS reports it).
    aws.ecs.update_service(cluster="finance-hub-production", service=SERVICE, taskDefinition=f"{FAMILY}:2")
    [after] = await ecs_provider.deployments()
    assert (after.revision, after.state, after.ready) == (f"{FAMILY}:2", State.PROGRESSING, 1)
    assert "circuit breaker: rolling back to deploymentId" in after.message
    assert f"ACTIVE {FAMILY}:3 FAILED" in after.message and "circuit breaker on (rollback on)" in after.message
    assert any(e.reason == "CircuitBreaker" or "rolling back" in e.message for e in after.events)


async def test_what_the_backend_says_is_shown_never_obeyed(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    hostile_image = "evil\x1b]0;pwned\x07/[bold red]api[/]:v43\u202e"
    aws.ecs.register_task_definition(family=FAMILY, containerDefinitions=[
        {"name": "api\x1b[2J", "image": hostile_image, "memory": 64},
    ])
    aws.ecs.update_service(cluster="finance-hub-production", service=SERVICE, taskDefinition=f"{FAMILY}:4")
    [status] = await ecs_provider.deployments()
    newest = status.history[0]
    assert newest.id == f"{FAMILY}:4" and newest.current
    shown = f"{newest.image} {newest.description}"
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "evil␛]0;pwned␇/[bold red]api[/]:v43<U+202E>" == newest.image  # markup stays text: panes escape it
    assert "api␛[2J" in newest.description


async def test_what_moto_alone_reports_is_a_rollout_in_progress(ecs_provider: EcsProvider) -> None:
    [status] = await ecs_provider.deployments()
    assert (status.revision, status.state) == (f"{FAMILY}:3", State.PROGRESSING)
    assert status.events == () and status.instances == ()


async def test_a_missing_service_or_cluster_is_not_found(aws: AwsWorld) -> None:
    for settings, words in (
        (aws.settings(service="no-such-service"), "service finance-hub-production/no-such-service not found"),
        (aws.settings(cluster="no-such-cluster"), "no-such-cluster/finance-hub-api not found"),
    ):
        provider = EcsProvider("api", settings)
        with pytest.raises(NotFound) as caught:
            await provider.deployments()
        assert words in str(caught.value)
        await provider.aclose()


async def test_aws_endpoint_url_from_the_environment_is_used(aws: AwsWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", aws.endpoint_url)
    provider = EcsProvider("api", aws.settings(endpoint_url=None))
    try:
        [status] = await provider.deployments()
    finally:
        await provider.aclose()
    assert status.revision == f"{FAMILY}:3"
    assert aws.replay.calls["ecs:DescribeServices"] == 1


def test_settings_refuse_unknown_keys_and_bad_endpoints() -> None:
    base = {"cluster": "c", "service": "s"}
    assert msgspec.convert(base, EcsSettings).region is None
    with pytest.raises(msgspec.ValidationError, match="unknown field `clustr`"):
        msgspec.convert({**base, "clustr": "x"}, EcsSettings)
    with pytest.raises(msgspec.ValidationError, match="endpoint_url must be an http"):
        msgspec.convert({**base, "endpoint_url": "localhost:4566"}, EcsSettings)
    for bad in ("", "prod cluster", "prod'; rm -rf /"):
        with pytest.raises(msgspec.ValidationError, match="cluster"):
            msgspec.convert({"cluster": bad, "service": "s"}, EcsSettings)
    with pytest.raises(msgspec.ValidationError, match="region"):
        msgspec.convert({**base, "region": "us-east1"}, EcsSettings)
    assert msgspec.convert({**base, "region": "us-gov-west-1"}, EcsSettings).region == "us-gov-west-1"
    arn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod"
    assert msgspec.convert({"cluster": arn, "service": "s"}, EcsSettings).cluster == arn


def test_describe_names_cluster_service_and_region() -> None:
    provider = EcsProvider("api", EcsSettings(cluster="prod", service="api", region="eu-west-1"))
    assert provider.describe() == "ecs:api (prod/api in eu-west-1)"


def test_loading_the_provider_leaves_boto3_for_its_first_call() -> None:
    """Start-up stays fast: boto3 and botocore (about 0.4 s) are imported in the first call's worker thread."""
    import subprocess
    import sys

    code = ("import sys, cockpit.providers.registry as r; r.load('ecs'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('boto3', 'botocore')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"
