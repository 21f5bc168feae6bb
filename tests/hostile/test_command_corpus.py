"""Placeholders found by what the shell would do with them (issue 11), and refused before anything runs."""

from __future__ import annotations

import pytest

from cockpit.runbooks.commands import placeholders

HOLES = [
    ("ls old-<env name>_cache.txt", ["<env name>"]),  # reproduced: bash created _cache.txt from it
    ("kubectl rollout undo deployment/api --to-revision=<REVISION NUMBER>", ["<REVISION NUMBER>"]),
    ("diff <1st-file> <2nd-file>", ["<1st-file>", "<2nd-file>"]),
    ("kubectl logs deploy/{{service}} -n {{ namespace }}", ["{{service}}", "{{namespace}}"]),
    ('curl "https://api.example/{{service}}/health"', ["{{service}}"]),  # templates are holes even when quoted
    ("aws ecs describe-tasks --cluster prod --tasks <<task-id>>", ["<<task-id>>"]),
    ("aws ecs describe-tasks --tasks <task-id>", ["<task-id>"]),
    ("docker tag api <ECR_REPO>:latest", ["<ECR_REPO>"]),
]
SHELL = [
    "cat < /etc/hosts",
    "sort <in.txt >out.txt",
    "grep -c '<html>' page.html",
    'grep -c "<title>" page.html',
    "cmd 2>&1 | tee log",
    "diff <(ls a) <(ls b)",
    "cat <<EOF",
    'echo "$((1<2))"',
    "[[ $a < $b ]] && echo less",
    "echo a >> log.txt",
    "cat 0<in.txt",
]


@pytest.mark.parametrize(("command", "holes"), HOLES)
def test_holes_the_shell_would_misread_are_found(command: str, holes: list[str]) -> None:
    assert placeholders(command) == holes


@pytest.mark.parametrize("command", SHELL)
def test_real_redirections_and_quoted_text_are_not_holes(command: str) -> None:
    assert placeholders(command) == []
