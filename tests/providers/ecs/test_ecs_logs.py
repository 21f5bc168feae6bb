"""CloudWatch Logs of the service's containers, found from the task definitions' awslogs options, followed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from cockpit.providers.base import NotFound, NotSupported
from cockpit.providers.ecs import EcsProvider
from cockpit.providers.ecs_logs import level_of
from cockpit.providers.results import LogLine
from tests.providers.ecs.world import BAD_LINES, BAD_TASK, LOG_GROUP, OLD_LINES, OLD_TASK, AwsWorld


async def collect(lines: AsyncIterator[LogLine], limit: int = 50) -> list[LogLine]:
    """Every line until the iterator ends (it does once it delivered lines and caught up)."""
    got: list[LogLine] = []
    async with asyncio.timeout(10):
        async for line in lines:
            got.append(line)
            if len(got) >= limit:
                break
    return got


async def test_the_backlog_comes_from_the_awslogs_group_of_every_deployment(
    ecs_provider: EcsProvider, aws: AwsWorld
) -> None:
    lines = await collect(ecs_provider.tail())
    assert [line.message for line in lines] == [*OLD_LINES, *BAD_LINES]  # oldest first, both tasks' streams
    assert {line.source for line in lines} == {f"api/{OLD_TASK}", f"api/{BAD_TASK}"}
    assert [line.level for line in lines] == ["INFO", "INFO", "ERROR", "ERROR"]
    assert aws.replay.calls["logs:FilterLogEvents"] >= 1


async def test_following_delivers_new_lines_once_and_in_order(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    backlog = await collect(ecs_provider.tail())
    since = backlog[-1].at
    follower = ecs_provider.tail(since=since)
    first = asyncio.ensure_future(anext(follower))
    polled = aws.replay.calls["logs:FilterLogEvents"]
    async with asyncio.timeout(10):
        while aws.replay.calls["logs:FilterLogEvents"] == polled:  # until the follower found the stream idle
            await asyncio.sleep(0.01)
    assert not first.done()
    aws.put_logs(BAD_TASK, ("ERROR worker crashed: exit 1", "INFO retrying"), ago_s=-0.01)
    async with asyncio.timeout(10):
        head = await first
    rest = await collect(follower)
    assert [line.message for line in [head, *rest]] == ["ERROR worker crashed: exit 1", "INFO retrying"]
    assert all(line.at > since for line in [head, *rest])


async def test_contains_filters_lines_whatever_they_hold(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    hostile = "ERROR [bold]not markup[/] \"quoted\" -?{filter} syntax"
    aws.put_logs(BAD_TASK, (hostile,), ago_s=60)
    lines = await collect(ecs_provider.tail(contains="[BOLD]NOT MARKUP"))
    assert [line.message for line in lines] == [hostile]


async def test_terminal_controls_in_a_line_are_shown_not_obeyed(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.put_logs(BAD_TASK, ("ERROR \x1b[2J\x1b]0;owned\x07 cleared?\nTraceback (most recent call last):",), ago_s=30)
    lines = await collect(ecs_provider.tail(contains="cleared?"))
    assert [line.message for line in lines] == ["ERROR ␛[2J␛]0;owned␇ cleared?\nTraceback (most recent call last):"]
    assert lines[0].level == "ERROR"


async def test_since_skips_what_the_caller_already_has(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    backlog = await collect(ecs_provider.tail())
    aws.put_logs(OLD_TASK, ("INFO later",), ago_s=-0.01)
    lines = await collect(ecs_provider.tail(since=backlog[-1].at - timedelta(microseconds=1)))
    assert [line.message for line in lines] == [backlog[-1].message, "INFO later"]


async def test_a_missing_log_group_is_not_found(ecs_provider: EcsProvider, aws: AwsWorld) -> None:
    aws.logs.delete_log_group(logGroupName=LOG_GROUP)
    with pytest.raises(NotFound, match=f"log group {LOG_GROUP} not found"):
        await collect(ecs_provider.tail())


async def test_a_service_without_awslogs_has_no_logs_to_follow(aws: AwsWorld) -> None:
    aws.ecs.register_task_definition(family="plain", containerDefinitions=[
        {"name": "web", "image": "busybox", "memory": 64, "logConfiguration": {"logDriver": "json-file"}},
    ])
    aws.ecs.create_service(cluster="finance-hub-production", serviceName="plain", taskDefinition="plain:1",
                           desiredCount=1)
    provider = EcsProvider("plain", aws.settings(service="plain"))
    with pytest.raises(NotSupported, match="no container of finance-hub-production/plain logs to CloudWatch"):
        await collect(provider.tail())
    await provider.aclose()


@pytest.mark.parametrize(("message", "level"), [
    ("ERROR boom", "ERROR"),
    ("2026-11-23 07:41:00 WARNING disk", "WARN"),
    ('{"level": "error", "msg": "db down"}', "ERROR"),
    ('{"severity":"Info"}', "INFO"),
    ("an error in prose is not a level", ""),
    ("", ""),
])
def test_the_level_of_a_line(message: str, level: str) -> None:
    assert level_of(message) == level
