"""The hostile corpus through the ECS provider, on moto's server behind the replay: the recorded failing rollout
with every event message, rollout reason and stopped-task reason replaced by corpus text (the same botocore
shapes, other strings), a task definition whose image is hostile, and CloudWatch log events carrying escapes,
markup, a surrogate and a huge message. What the provider returns is visible, one line where a line is expected
(a log event may keep its lines: a traceback) and bounded."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from cockpit.providers.ecs import EcsProvider
from cockpit.providers.results import LogLine
from tests.hostile.corpus import ALL_TEXT, HUGE, SAMPLES
from tests.hostile.results import all_text, problems
from tests.providers.ecs import replay
from tests.providers.ecs.replay import FAILING_DEPLOY
from tests.providers.ecs.world import BAD_TASK, FAMILY, IMAGE, AwsWorld

FREE_TEXT = frozenset({"message", "rolloutStateReason", "stoppedReason", "reason"})
"""The fields of DescribeServices and DescribeTasks answers where AWS (and whoever named things) writes prose."""
TEXT = " ".join((*SAMPLES, HUGE))


def hostile(recording: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, Any]]:
    """``recording`` with every free-text string replaced by the whole corpus, one sample after the other."""

    def replace(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: TEXT if key in FREE_TEXT and isinstance(value, str) else replace(value)
                    for key, value in node.items()}
        if isinstance(node, list):
            return [replace(item) for item in node]
        return node

    def hostile_recording(name: str) -> dict[str, Any]:
        loaded = recording(name)
        return {**loaded, "body": replace(loaded["body"])}

    return hostile_recording


@pytest.fixture
def hostile_aws(aws: AwsWorld, monkeypatch: pytest.MonkeyPatch) -> AwsWorld:
    monkeypatch.setattr(replay, "recording", hostile(replay.recording))
    aws.replay.play(FAILING_DEPLOY)
    aws.ecs.register_task_definition(family=FAMILY, containerDefinitions=[
        {"name": "api", "image": f"{IMAGE}:v43 [b]x[/b] \x1b[2J\u202e", "memory": 64}])
    aws.put_logs(BAD_TASK, (*SAMPLES, HUGE, "Traceback:\n  line 1\x1b[2J\n  line 2"))
    return aws


async def test_a_failing_rollout_told_in_hostile_words_is_shown_safely(
    ecs_provider: EcsProvider, hostile_aws: AwsWorld
) -> None:
    [status] = await ecs_provider.deployments()
    assert problems(status) == []
    shown = all_text(status)
    assert "[b]bold[/b] [i]italic [@click=app.quit]quit[/] x[$error]y" in shown  # as written
    assert "␛[2J␛[H" in shown and "␛]0;owned␇" in shown and "\\x9b31mred" in shown  # visible, not obeyed
    assert "lone \ufffd surrogate" in shown  # the answer's JSON "\udcff", replaced
    assert "v43 [b]x[/b] ␛[2J<U+202E>" in shown


async def test_hostile_log_events_are_visible_and_bounded(ecs_provider: EcsProvider, hostile_aws: AwsWorld) -> None:
    lines: list[LogLine] = []
    async with asyncio.timeout(15):
        async for line in ecs_provider.tail():
            lines.append(line)
            if line.message.startswith("Traceback"):
                break
    assert [problem for line in lines for problem in problems(line)] == []
    messages = [line.message for line in lines]
    assert {"[@click=app.quit]quit[/]", "ok␍FAILED", "␀nul", "lone \ufffd surrogate"} <= set(messages)
    assert "Traceback:\n  line 1␛[2J\n  line 2" in messages  # a traceback keeps its lines, nothing else
    assert any(message.startswith("A" * 100) and message.endswith("…") for message in messages)
    assert set(ALL_TEXT[:5]) <= set(messages)
