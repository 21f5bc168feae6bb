"""What `cockpit rollback | restart | scale | switch` prints: the plan, the progress, the outcome, as text or JSON.

Everything shown comes from provider data (summaries, revisions, error messages), so every string goes through
``visible`` first: an escape sequence in a revision name must not clear the operator's screen or forge a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cockpit.core.action_records import plan_detail, result_detail
from cockpit.core.actions import Outcome
from cockpit.core.formatting import STATE_MARK, visible
from cockpit.providers.results import ActionPlan, State

STATUS_MARK = {
    "verified": STATE_MARK[State.HEALTHY],
    "unverified": STATE_MARK[State.DEGRADED],
    "failed": STATE_MARK[State.FAILED],
    "done": STATE_MARK[State.UNKNOWN],
}


def render_plan(plan: ActionPlan, *, environment: str, protected: bool, kind: str, incident: str) -> str:
    """The preview: what will change, the exact equivalent command, and whether it can be undone."""
    where = f"{environment} (protected)" if protected else environment
    lines = [
        f"{visible(plan.action)} {visible(plan.service)} on {visible(plan.target)} ({visible(kind)}) in "
        f"{visible(where)}, recorded in {incident}",
        f"  plan:       {visible(plan.summary)}",
        f"  command:    {visible(plan.command)}",
    ]
    label = "  changes:"
    for change in plan.changes:
        lines.append(f"{label:<14}{visible(change.field)}: {visible(change.before)} -> {visible(change.after)}")
        label = ""
    if not plan.changes:
        lines.append(f"{label:<14}none recorded")
    lines.append(f"  reversible: {'yes' if plan.reversible else 'NO'}")
    return "\n".join(lines)


def prompt_text(plan: ActionPlan, phrase: str | None, environment: str) -> str:
    if phrase is not None:
        return (
            f"{visible(environment)} is protected: type the service name ({visible(phrase)}) to {visible(plan.action)},"
            " anything else cancels: "
        )
    return f"{visible(plan.action)} {visible(plan.service)} now? [y/N] "


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of one command run, whatever stage it ended at."""

    action: str
    status: str
    """'verified', 'unverified', 'failed', 'done' (nothing to verify), 'refused' or 'cancelled'."""
    message: str
    environment: str
    target: str | None = None
    service: str | None = None
    incident: str | None = None
    plan: ActionPlan | None = None
    outcome: Outcome | None = None

    def to_json(self, exit_code: int) -> dict[str, Any]:
        outcome = self.outcome
        return {
            "action": self.action,
            "status": self.status,
            "exit_code": exit_code,
            "message": self.message,
            "environment": self.environment,
            "target": self.target,
            "service": self.service,
            "incident": self.incident,
            "executed": outcome is not None,
            "verified": outcome.verified if outcome is not None else None,
            "verification": outcome.verification if outcome is not None else None,
            "plan": plan_detail(self.plan) if self.plan is not None else None,
            "result": result_detail(outcome.result) if outcome is not None else None,
        }

    def render(self) -> str:
        mark = STATUS_MARK.get(self.status, "✗")
        where = f" ({self.incident})" if self.incident else ""
        return f"{mark} {visible(self.action)} {self.status}: {visible(self.message)}{where}"
