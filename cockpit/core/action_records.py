"""How an action's plan and result are written into the timeline's event detail.

Apart from the runner because the exports and the CLI's output read the same shapes back: one definition of
what an action event holds.
"""

from __future__ import annotations

from typing import Any

from msgspec.structs import asdict

from cockpit.providers.results import ActionPlan, ActionResult
from cockpit.providers.shell import CommandResult


def plan_detail(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
        "changes_nothing": plan.changes_nothing,
    }


def result_detail(result: ActionResult) -> dict[str, Any]:
    """The result as recorded; a command's adds its exit code, timeout, dropped output and the shell state after."""
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes,
                      cwd_after=result.cwd_after, variables_after=dict(result.variables_after))
    return detail
