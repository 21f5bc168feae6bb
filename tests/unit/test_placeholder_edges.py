"""Placeholder refusal at its edges: names the shell builds or owns are not holes, a bare hole still is."""

from __future__ import annotations

import pytest

from cockpit.runbooks.commands import placeholders


@pytest.mark.parametrize(
    ("command", "holes"),
    [
        # A name built around a parameter expansion is filled by the shell.
        ('docker tag api:latest "api:RELEASE_${TAG}"', []),
        ("kubectl -n TEAM_${ENVIRONMENT} get pods", []),
        # Variables the command assigns itself, or the shell and tools own, are not holes even used bare.
        ('for SERVICE_NAME in api web; do echo "$SERVICE_NAME"; done; unset SERVICE_NAME', []),
        ("env -u AWS_PROFILE aws sts get-caller-identity", []),
        # A hole next to them still is one.
        ("unset AWS_PROFILE; aws ecs update-service --service api --task-definition OLD_TASK_DEF", ["OLD_TASK_DEF"]),
    ],
)
def test_only_text_nothing_fills_is_a_placeholder(command: str, holes: list[str]) -> None:
    assert placeholders(command) == holes
