"""AWS refusals, each its own typed error and message: throttling (after backoff), access denied naming the action
and resource, expired credentials, no credentials, an endpoint that is down. Credentials never show in any of them."""

from __future__ import annotations

import socket

import pytest

from cockpit.providers.base import Forbidden, ProviderError, Unauthorised, Unreachable
from cockpit.providers.ecs import EcsProvider
from cockpit.providers.ecs_aws import AccessDenied, CredentialsExpired, Throttled
from tests.providers.ecs.fixtures import FAKE_CREDENTIALS
from tests.providers.ecs.replay import FAILING_DEPLOY, Failure
from tests.providers.ecs.world import FAMILY, AwsWorld


def assert_no_secret(error: ProviderError) -> None:
    text = f"{error} {error.hint} {error.title}"
    assert FAKE_CREDENTIALS["AWS_SECRET_ACCESS_KEY"] not in text.replace("testing ", "")


async def test_throttling_is_retried_with_backoff_until_it_passes(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(FAILING_DEPLOY, Failure("error.throttling", times=2))
    [status] = await ecs_provider.deployments()
    assert status.revision == f"{FAMILY}:3"
    assert aws.replay.calls["ecs:DescribeServices"] == 3  # two throttled answers, then the real one


async def test_throttling_that_does_not_stop_is_its_own_error(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(None, Failure("error.throttling", times=None))
    with pytest.raises(Throttled) as caught:
        await ecs_provider.deployments()
    error = caught.value
    assert error.title == "throttled"
    assert "ecs:DescribeServices on finance-hub-production/finance-hub-api" in str(error)
    assert error.message.endswith("ThrottlingException after 3 attempts")
    assert aws.replay.calls["ecs:DescribeServices"] == 3


async def test_access_denied_names_the_action_and_the_resource(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.replay.play(None, Failure("error.access-denied", times=None))
    with pytest.raises(AccessDenied) as caught:
        await ecs_provider.deployments()
    error = caught.value
    assert isinstance(error, Forbidden) and error.title == "access denied"
    assert error.message == "ecs:DescribeServices on finance-hub-production/finance-hub-api"
    assert "assumed-role/oncall-readonly" in error.hint  # AWS's own words say which role lacks it
    assert aws.replay.calls["ecs:DescribeServices"] == 1  # a refusal is not retried
    assert_no_secret(error)


async def test_expired_credentials_say_so_and_how_to_renew(aws: AwsWorld) -> None:
    aws.replay.play(None, Failure("error.expired-token", times=None))
    provider = EcsProvider("api", aws.settings(profile=None))
    with pytest.raises(CredentialsExpired) as caught:
        await provider.deployments()
    await provider.aclose()
    error = caught.value
    assert isinstance(error, Unauthorised) and error.title == "credentials expired"
    assert error.message == "ExpiredTokenException calling ecs:DescribeServices"
    assert "the cockpit picks the new ones up" in error.hint
    assert_no_secret(error)


async def test_tasks_that_may_not_be_listed_cost_the_instances_not_the_status(
    ecs_provider: EcsProvider, aws: AwsWorld
) -> None:
    aws.replay.play(FAILING_DEPLOY, Failure("error.access-denied-list-tasks", times=None))
    [status] = await ecs_provider.deployments()
    assert status.state.value == "failed" and status.instances == ()
    assert "tasks unavailable: access denied: ecs:ListTasks on finance-hub-production/finance-hub-api" \
        in status.message


async def test_no_credentials_anywhere_is_unauthorised(aws: AwsWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    provider = EcsProvider("api", aws.settings())
    with pytest.raises(Unauthorised, match="no AWS credentials found"):
        await provider.deployments()
    await provider.aclose()


async def test_an_unknown_profile_is_a_configuration_error(aws: AwsWorld) -> None:
    provider = EcsProvider("api", aws.settings(profile="no-such-profile"))
    with pytest.raises(ProviderError, match="AWS profile 'no-such-profile' is not configured") as caught:
        await provider.deployments()
    assert caught.value.title == "misconfigured"


async def test_no_region_anywhere_is_a_configuration_error(aws: AwsWorld) -> None:
    provider = EcsProvider("api", aws.settings(region=None))
    with pytest.raises(ProviderError, match="no AWS region: set region in the target") as caught:
        await provider.deployments()
    assert caught.value.title == "misconfigured"


async def test_an_endpoint_nobody_listens_on_is_unreachable(aws: AwsWorld) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    provider = EcsProvider("api", aws.settings(endpoint_url=f"http://127.0.0.1:{port}"))
    with pytest.raises(Unreachable, match="cannot reach AWS for ecs:DescribeServices"):
        await provider.deployments()
    await provider.aclose()
