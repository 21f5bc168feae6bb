"""A step's commands and its ``action=``: read from the runbook, and the action planned through the runner.

The engine (``runbooks.checklist``) decides when a step may act and records what it did; this module only works
out WHAT the step asks for: which target and service, and which revision a rollback goes back to.
"""

from __future__ import annotations

from cockpit.core.actions import ActionRunner
from cockpit.core.hub import Hub
from cockpit.providers.base import Restartable
from cockpit.providers.results import ActionPlan, DeploymentStatus
from cockpit.runbooks.baseline import Baseline
from cockpit.runbooks.model import Step
from cockpit.runbooks.step_state import ChecklistError

STEP_ACTION_KEYS = ("action", "target", "revision", "replicas", "to")
RUNNABLE_ACTIONS = ("rollback", "restart")
"""The ``action=`` kinds the checklist can plan; others are done with the step's command."""


def step_commands(step: Step) -> list[str]:
    """The single shell commands of a step, in order, exactly as the runbook wrote them."""
    return [single for command in step.commands if command.shell for single in command.commands]


def step_action(step: Step) -> dict[str, str] | None:
    """``{"action": "rollback", "target": ...}`` from the step's attributes; None when it names no action."""
    if "action" not in step.attrs:
        return None
    return {key: step.attrs[key] for key in STEP_ACTION_KEYS if key in step.attrs}


def runnable_action(step: Step) -> dict[str, str]:
    """The step's action when the checklist can plan it; ChecklistError (one line) when it cannot."""
    action = step_action(step)
    if action is None:
        raise ChecklistError(f"step {step.id} names no action")
    if action["action"] not in RUNNABLE_ACTIONS:
        raise ChecklistError(f"action={action['action']} cannot be run from the checklist yet: use the step's command")
    return action


async def plan_action(step: Step, runner: ActionRunner, hub: Hub, baseline: Baseline) -> ActionPlan:
    """Plan the step's ``action=`` through the runner. A rollback to ``previous`` (or with no revision) goes to
    the revision before the baseline, so repeating the step never rolls back a second revision.

    ``baseline`` must already be complete (the caller records the targets seen late before planning)."""
    action = runnable_action(step)
    kind = action["action"]
    target = action.get("target") or _only_target(runner, kind)
    service = _service(hub, target)
    if kind == "restart":
        return await runner.plan_restart(target, service, step_id=step.id)
    revision = action.get("revision")
    entry = baseline.entry(target, service)
    if revision in (None, "previous"):
        revision = entry.previous if entry is not None else None
    live = _live_revision(hub, target, service)
    if revision is not None and live == revision:
        bad = f", the revision before {entry.revision}" if entry is not None and entry.revision != live else ""
        raise ChecklistError(f"{service} already runs {revision}{bad}: nothing to roll back "
                             f"(mark the step done with d once its check passes)")
    return await runner.plan_rollback(target, service, revision, step_id=step.id)


def _only_target(runner: ActionRunner, kind: str) -> str:
    if kind == "rollback":
        able = runner.rollback_targets()
    else:
        able = [name for name, provider in runner.providers.items() if isinstance(provider, Restartable)]
    if len(able) == 1:
        return able[0]
    if not able:
        raise ChecklistError(f"no target in this environment can {kind}")
    raise ChecklistError(f"several targets can {kind} ({', '.join(able)}): the runbook must say target=...")


def _deployments(hub: Hub, target: str) -> tuple[DeploymentStatus, ...]:
    snapshot = hub.latest(target, "deployments")
    rows: tuple[DeploymentStatus, ...] = snapshot.data if snapshot is not None and snapshot.data else ()
    return rows


def _live_revision(hub: Hub, target: str, service: str) -> str | None:
    return next((row.revision for row in _deployments(hub, target) if row.service == service), None)


def _service(hub: Hub, target: str) -> str:
    services = list(dict.fromkeys(row.service for row in _deployments(hub, target)))
    if len(services) == 1:
        return services[0]
    if not services:
        raise ChecklistError(f"no deployment data from {target} yet: wait for its deployments to show")
    raise ChecklistError(f"{target} runs several services ({', '.join(services)}): roll back from the dashboard")
