"""The five seed runbooks in ../shared/seeds/ (our first customers) load as they are and keep the parser's rules.

Missing seeds fail the run under CI=true and skip elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from cockpit.runbooks.lint import lint_runbook
from cockpit.runbooks.model import Runbook, Section, Step, runbook_outline
from cockpit.runbooks.parser import load_runbook
from tests.unit.test_runbook_fuzz import assert_runbook_invariants

SEEDS = Path(__file__).parents[2].parent / "shared" / "seeds"


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed runbooks missing: {SEEDS}")
        pytest.skip(f"seed runbooks not here: {SEEDS}")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


def section(runbook: Runbook, heading: str) -> Section:
    (found,) = [s for s in runbook.sections if s.heading == heading]
    return found


def commands(steps: tuple[Step, ...] | list[Step]) -> list[str]:
    return [single for step in steps for command in step.commands for single in command.commands]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_parses_under_the_rules(prefix: str) -> None:
    path = seed(prefix)
    text = path.read_text(encoding="utf-8")
    runbook = load_runbook(path)
    assert_runbook_invariants(runbook, text)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [token for token in tokens if token.type == "heading_open"]
    assert [s.line for s in runbook.sections if s.level] == [token.map[0] + 1 for token in headings if token.map]
    in_code = {line for token in tokens if token.type == "fence" and token.map for line in range(*token.map)}
    tasks = sum(
        line.lstrip(" >").startswith(("- [ ]", "- [x]"))
        for number, line in enumerate(text.splitlines())
        if number not in in_code
    )
    assert tasks > 0 or prefix == "002"
    assert sum(step.kind == "checkbox" for step in runbook.steps()) == tasks
    assert runbook.title is not None
    assert runbook_outline(runbook).count("\n") > len(runbook.sections)


def test_seed_000_pre_deployment_checklist_and_ecs_commands() -> None:
    runbook = load_runbook(seed("000"))
    checklist = section(runbook, "1. Pre-Deployment Checklist").steps
    assert [(s.kind, s.text, s.checked) for s in checklist] == [
        ("checkbox", text, False)
        for text in (
            "All CI checks pass",
            "Tests pass locally",
            "Health checks configured",
            "Rollback plan ready",
            "Monitoring set up",
            "Team notified",
        )
    ]
    (status,) = section(runbook, "1. Check Deployment Status").steps
    assert (status.kind, status.text) == ("command", "1. Check Deployment Status")
    assert commands([status]) == [
        "gh run list --workflow=deploy.yml",
        (
            "aws ecs describe-services --cluster finance-hub-production --services finance-hub-api "
            "--query 'services[0].deployments[0]'"
        ),
        (
            "aws ecs describe-services --cluster finance-hub-production --services finance-hub-api "
            "--query 'services[0].events'"
        ),
    ]
    # "1. Identify last stable version" then an unindented fence: one step with the item's text and the command.
    manual = section(runbook, "Manual Rollback Steps").steps
    assert [(s.text, commands([s])) for s in manual][:2] == [
        ("Identify last stable version", ["gh run list --workflow=deploy.yml | head -5"]),
        (
            "Get previous task definition",
            ["aws ecs list-task-definitions --family-prefix finance-hub-api --sort DESC --max-items 5"],
        ),
    ]
    findings = [(f.line, f.message) for f in lint_runbook(runbook)]
    assert (57, "step s8.1: fill in <task-id> before running") in findings
    assert (120, "step s14.1: fill in [run-id] before running") in findings
    assert any("OLD_VERSION" in message for _, message in findings)


def test_seed_001_blue_green_checklists_and_docker_commands() -> None:
    runbook = load_runbook(seed("001"))
    assert len(section(runbook, "Deployment Checklist").steps) == 15
    assert len(section(runbook, "5. Action Items").steps) == 8
    manual = commands(section(runbook, "Option 2: Manual Rollback").steps)
    assert "PREVIOUS_VERSION=$(git describe --tags --abbrev=0 HEAD~1)" in manual
    assert "docker-compose up -d agente-api:$PREVIOUS_VERSION" in manual
    templates = section(runbook, "Communication Template").steps
    assert [(s.text, s.commands[0].shell) for s in templates] == [
        ("Initial Alert", False),
        ("Update", False),
        ("Resolution", False),
    ]


def test_seed_002_docker_compose_commands_land_in_steps() -> None:
    runbook = load_runbook(seed("002"))
    assert "docker-compose exec api npm run migrate:down" in commands(list(runbook.steps()))
    assert "Step 4: Gather information" in [s.text for s in runbook.steps()]
    escalation = section(runbook, "When to Escalate").tables[0]
    assert escalation.header == ("Situation", "Action")
    assert len(escalation.rows) == 5
    # The table of contents is links, not steps.
    assert section(runbook, "Table of Contents").steps == ()


def test_seed_003_kubectl_commands_land_in_ordered_steps() -> None:
    runbook = load_runbook(seed("003"))
    deploy = section(runbook, "Steps").steps
    assert [(s.kind, s.text) for s in deploy] == [
        ("ordered", "Update Kubernetes Manifests"),
        ("ordered", "Apply Database Migrations"),
        ("ordered", "Deploy Application"),
        ("ordered", "Verify Deployment"),
    ]
    assert commands([deploy[2]]) == [
        "kubectl apply -k k8s/overlays/production/",
        "kubectl rollout status deployment/financial-planning -n financial-planning-production",
    ]
    quick = commands(section(runbook, "Quick Rollback (Last Known Good)").steps)
    assert quick[0] == "kubectl rollout undo deployment/financial-planning -n financial-planning-production"
    assert len(section(runbook, "General Prerequisites").steps) == 7
    promql = section(runbook, "Prometheus Queries").steps[0].commands[0]
    assert (promql.language, promql.shell, promql.commands) == ("promql", False, ())


def test_seed_004_decision_matrix_and_checklist_commands() -> None:
    runbook = load_runbook(seed("004"))
    (matrix,) = section(runbook, "Decision Matrix").tables
    assert matrix.header == ("Component Status", "Action")
    assert [row[0] for row in matrix.rows] == [
        "Database unhealthy",
        "Redis unhealthy",
        "Migrations not applied",
        "High error rate",
    ]
    checklist = section(runbook, "Checklist").steps
    assert len(checklist) == 6
    assert commands(checklist) == [
        "docker-compose ps",
        "curl http://localhost:8000/health/v2/simple",
        "docker-compose logs backend --tail 100",
    ]
