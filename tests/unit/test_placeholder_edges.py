"""Placeholder refusal at its edges: every kind of hole is named, in order; names the shell builds or owns are not."""

from __future__ import annotations

import pytest

from cockpit.runbooks.commands import placeholders


@pytest.mark.parametrize(
    ("command", "holes"),
    [
        # Every kind of hole in one command, each named as written.
        (
            "deploy {{service}} --task <<task-id>> --env <env name> --run [run-id] --to OLD_VERSION",
            ["{{service}}", "<<task-id>>", "<env name>", "[run-id]", "OLD_VERSION"],
        ),
        # Triple brackets are one here-document hole, not also an angle one.
        ("aws ecs stop-task --task <<<task-id>>>", ["<<task-id>>"]),
        # A name built around a parameter expansion is filled by the shell.
        ('docker tag api:latest "api:RELEASE_${TAG}"', []),
        ("kubectl -n TEAM_${ENVIRONMENT} get pods", []),
        # Variables the command assigns itself, or the shell and tools own, are not holes even used bare.
        ('for SERVICE_NAME in api web; do echo "$SERVICE_NAME"; done; unset SERVICE_NAME', []),
        ("env -u AWS_PROFILE aws sts get-caller-identity", []),
        # In quotes a tag is a string, but joined words in angle brackets are still a hole (a JSON patch's value).
        ("""curl -d '<b>bold</b>' -H "Accept: <any>" x""", []),
        ("""kubectl patch service api -p '{"spec":{"selector":{"color":"<idle-colour>"}}}'""", ["<idle-colour>"]),
        # A hole next to them still is one.
        ("unset AWS_PROFILE; aws ecs update-service --service api --task-definition OLD_TASK_DEF", ["OLD_TASK_DEF"]),
    ],
)
def test_only_text_nothing_fills_is_a_placeholder(command: str, holes: list[str]) -> None:
    assert placeholders(command) == holes
