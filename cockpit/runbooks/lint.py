"""Runbook lint: the parser's notes plus empty steps, placeholders and unset variables in commands (those the
cockpit sets for the environment excepted), shell state the cockpit cannot keep, and unusable cockpit attributes."""

from __future__ import annotations

from cockpit.runbooks.command_env import KNOWN_VARIABLES
from cockpit.runbooks.commands import (
    WELL_KNOWN_VARIABLES,
    assigned_variables,
    placeholders,
    used_variables,
)
from cockpit.runbooks.model import (
    LintFinding,
    Runbook,
    Severity,
)
from cockpit.runbooks.notation import ACTIONS, KNOWN_ATTRIBUTES, VERIFICATIONS, parse_duration
from cockpit.runbooks.shell_lint import shell_state_findings


def lint_runbook(runbook: Runbook) -> list[LintFinding]:
    """Parser notes plus: empty steps, placeholders and unset variables in commands, shell state the cockpit
    cannot keep between commands (``cockpit.runbooks.shell_lint``), unusable attributes."""
    findings = list(runbook.notes) + shell_state_findings(runbook)
    assigned: set[str] = set()
    for step in runbook.steps():
        if not step.text:
            findings.append(LintFinding(step.line, Severity.WARNING, f"step {step.id} has no text"))
        findings += _attribute_findings(step.attrs, step.line, f"step {step.id}", table=False)
        for command in step.commands:
            if not command.shell:
                continue
            assigned |= assigned_variables(command.code)
            holes = list(dict.fromkeys(hole for single in command.commands for hole in placeholders(single)))
            if holes:
                findings.append(
                    LintFinding(
                        command.line, Severity.WARNING, f"step {step.id}: fill in {', '.join(holes)} before running"
                    )
                )
            unset = sorted(
                {name for single in command.commands for name in used_variables(single)}
                - assigned
                - WELL_KNOWN_VARIABLES
                - set(KNOWN_VARIABLES)  # the cockpit sets these when it knows them (command_env)
            )
            if unset:
                names = ", ".join(f"${name}" for name in unset)
                findings.append(
                    LintFinding(command.line, Severity.WARNING, f"step {step.id}: nothing in this runbook sets {names}")
                )
    for section in runbook.sections:
        for table in section.tables:
            findings += _attribute_findings(table.attrs, table.line, "table", table=True)
    return sorted(findings, key=lambda finding: finding.line)


def _attribute_findings(attrs: dict[str, str], line: int, subject: str, *, table: bool) -> list[LintFinding]:
    problems: list[tuple[Severity, str]] = []
    for key in attrs:
        if key not in KNOWN_ATTRIBUTES:
            problems.append((Severity.WARNING, f"unknown cockpit attribute {key!r}"))
    for key in ("id", "target", "metric", "revision", "to"):
        if attrs.get(key) == "":
            problems.append((Severity.ERROR, f"{key}= needs a value"))
    verify, action = attrs.get("verify"), attrs.get("action")
    if verify is not None:
        problems += _verification_problems(verify, attrs)
    if action is not None and action not in ACTIONS:
        problems.append((Severity.ERROR, f"action={action} is not one of {', '.join(ACTIONS)}"))
    if action == "scale" and not attrs.get("replicas", "").isdigit():
        problems.append((Severity.ERROR, "action=scale needs replicas=<whole number>"))
    if action == "switch" and not attrs.get("to"):
        problems.append((Severity.ERROR, "action=switch needs to=<colour or slot>"))
    for key in ("for", "timeout", "hold"):
        if key in attrs and parse_duration(attrs[key]) is None:
            problems.append((Severity.ERROR, f"{key}={attrs[key]} is not a duration like 30s, 5m or 1h"))
    if "min_requests" in attrs and not _non_negative(attrs["min_requests"]):
        problems.append((Severity.ERROR, f"min_requests={attrs['min_requests']} is not a request count like 50"))
    if "decision" in attrs and not table:
        problems.append((Severity.WARNING, "decision marks a table, but a step follows the comment"))
    if table and (verify is not None or action is not None):
        problems.append((Severity.WARNING, "verify and action belong to steps, but a table follows the comment"))
    return [LintFinding(line, severity, f"{subject}: {message}") for severity, message in problems]


def _verification_problems(verify: str, attrs: dict[str, str]) -> list[tuple[Severity, str]]:
    if verify not in VERIFICATIONS:
        return [(Severity.ERROR, f"verify={verify} is not one of {', '.join(VERIFICATIONS)}")]
    if verify != "metric":
        return []
    problems: list[tuple[Severity, str]] = []
    if not attrs.get("metric"):
        problems.append((Severity.ERROR, "verify=metric needs metric=<name>"))
    bounds = [key for key in ("below", "above") if key in attrs]
    if len(bounds) != 1:
        problems.append((Severity.ERROR, "verify=metric needs exactly one of below=<number> or above=<number>"))
    for key in bounds:
        try:
            float(attrs[key])
        except ValueError:
            problems.append((Severity.ERROR, f"{key}={attrs[key]} is not a number"))
    return problems


def _non_negative(text: str) -> bool:
    try:
        return float(text) >= 0
    except ValueError:
        return False
