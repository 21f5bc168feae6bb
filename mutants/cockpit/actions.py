"""The action runner: the one path every mutating call takes.

plan -> preview -> confirm -> execute -> verify -> record. Each stage is written to the timeline before the
next one starts, so a crash mid-action still leaves the review an honest account of what was attempted.
Read-only mode refuses at planning time and again at execution time (belt and braces: a plan object could
outlive a mode switch).

Runbook commands take the same path: ``plan_command`` states the exact text, and ``execute`` runs it through the
runner's local shell (``providers.shell.LocalShell``) with its own timeout; the result detail holds the exit code,
the output (the timeline redacts it) and the duration.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from cockpit.timeline import EventKind, EventSource, Timeline
from providers.base import (
    ActionPlan,
    ActionResult,
    DeploymentSource,
    Executor,
    HealthSource,
    Provider,
    ProviderError,
    Restartable,
    Rollbackable,
    State,
    utcnow,
)
from providers.shell import DRAIN_S, KILL_GRACE_S, RUN_COMMAND, CommandResult, LocalShell


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ActionRefused(Exception):
    """The runner will not do this; the message says why in the operator's terms."""


@dataclass(frozen=True, slots=True)
class Outcome:
    result: ActionResult
    verified: bool | None
    """None when the plan has nothing to verify, else whether the live systems confirmed it."""
    verification: str
mutants_x_plan_detail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plan_detail__mutmut)
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
    }


def x_plan_detail__mutmut_orig(plan: ActionPlan) -> dict[str, Any]:
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
    }


def x_plan_detail__mutmut_1(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "XXactionXX": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_2(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "ACTION": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_3(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "XXtargetXX": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_4(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "TARGET": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_5(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "XXserviceXX": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_6(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "SERVICE": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_7(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "XXcommandXX": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_8(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "COMMAND": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_9(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "XXchangesXX": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_10(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "CHANGES": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_11(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(None) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_12(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "XXreversibleXX": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_13(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "REVERSIBLE": plan.reversible,
        "summary": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_14(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "XXsummaryXX": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_15(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "SUMMARY": plan.summary,
        "expect_revision": plan.expect_revision,
    }


def x_plan_detail__mutmut_16(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "XXexpect_revisionXX": plan.expect_revision,
    }


def x_plan_detail__mutmut_17(plan: ActionPlan) -> dict[str, Any]:
    """The plan as recorded in the timeline (params stay out: they are provider-private)."""
    return {
        "action": plan.action,
        "target": plan.target,
        "service": plan.service,
        "command": plan.command,
        "changes": [asdict(change) for change in plan.changes],
        "reversible": plan.reversible,
        "summary": plan.summary,
        "EXPECT_REVISION": plan.expect_revision,
    }

mutants_x_plan_detail__mutmut['_mutmut_orig'] = x_plan_detail__mutmut_orig # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_1'] = x_plan_detail__mutmut_1 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_2'] = x_plan_detail__mutmut_2 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_3'] = x_plan_detail__mutmut_3 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_4'] = x_plan_detail__mutmut_4 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_5'] = x_plan_detail__mutmut_5 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_6'] = x_plan_detail__mutmut_6 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_7'] = x_plan_detail__mutmut_7 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_8'] = x_plan_detail__mutmut_8 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_9'] = x_plan_detail__mutmut_9 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_10'] = x_plan_detail__mutmut_10 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_11'] = x_plan_detail__mutmut_11 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_12'] = x_plan_detail__mutmut_12 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_13'] = x_plan_detail__mutmut_13 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_14'] = x_plan_detail__mutmut_14 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_15'] = x_plan_detail__mutmut_15 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_16'] = x_plan_detail__mutmut_16 # type: ignore # mutmut generated
mutants_x_plan_detail__mutmut['x_plan_detail__mutmut_17'] = x_plan_detail__mutmut_17 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_result_detail__mutmut)
def result_detail(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_orig(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_1(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = None
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_2(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "XXokXX": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_3(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "OK": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_4(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "XXmessageXX": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_5(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "MESSAGE": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_6(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "XXoutputXX": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_7(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "OUTPUT": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_8(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "XXstarted_atXX": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_9(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "STARTED_AT": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_10(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "XXfinished_atXX": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_11(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "FINISHED_AT": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_12(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "XXduration_sXX": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_13(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "DURATION_S": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_14(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(None, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_15(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, None),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_16(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_17(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, ),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_18(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 4),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_19(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=None, timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_20(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=None, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_21(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, dropped_bytes=None)
    return detail


def x_result_detail__mutmut_22(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(timed_out=result.timed_out, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_23(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, dropped_bytes=result.dropped_bytes)
    return detail


def x_result_detail__mutmut_24(result: ActionResult) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "ok": result.ok,
        "message": result.message,
        "output": result.output,
        "started_at": result.started_at.isoformat(),
        "finished_at": result.finished_at.isoformat(),
        "duration_s": round(result.duration_s, 3),
    }
    if isinstance(result, CommandResult):
        detail.update(exit_code=result.exit_code, timed_out=result.timed_out, )
    return detail

mutants_x_result_detail__mutmut['_mutmut_orig'] = x_result_detail__mutmut_orig # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_1'] = x_result_detail__mutmut_1 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_2'] = x_result_detail__mutmut_2 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_3'] = x_result_detail__mutmut_3 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_4'] = x_result_detail__mutmut_4 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_5'] = x_result_detail__mutmut_5 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_6'] = x_result_detail__mutmut_6 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_7'] = x_result_detail__mutmut_7 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_8'] = x_result_detail__mutmut_8 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_9'] = x_result_detail__mutmut_9 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_10'] = x_result_detail__mutmut_10 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_11'] = x_result_detail__mutmut_11 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_12'] = x_result_detail__mutmut_12 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_13'] = x_result_detail__mutmut_13 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_14'] = x_result_detail__mutmut_14 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_15'] = x_result_detail__mutmut_15 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_16'] = x_result_detail__mutmut_16 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_17'] = x_result_detail__mutmut_17 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_18'] = x_result_detail__mutmut_18 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_19'] = x_result_detail__mutmut_19 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_20'] = x_result_detail__mutmut_20 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_21'] = x_result_detail__mutmut_21 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_22'] = x_result_detail__mutmut_22 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_23'] = x_result_detail__mutmut_23 # type: ignore # mutmut generated
mutants_x_result_detail__mutmut['x_result_detail__mutmut_24'] = x_result_detail__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁplan_rollback__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁplan_restart__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁplan_command__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁconfirmation_phrase__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁexecute__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁverify__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_executor__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_execute_limit__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_provider__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_plan__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_refuse__mutmut: MutantDict = {}  # type: ignore
mutants_xǁActionRunnerǁ_record__mutmut: MutantDict = {}  # type: ignore


class ActionRunner:
    @_mutmut_mutated(mutants_xǁActionRunnerǁ__init____mutmut)
    def __init__(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_orig(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_1(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 121.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_2(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 181.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_3(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 2.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_4(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = None
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_5(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = None
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_6(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = None
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_7(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = None
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_8(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = None
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_9(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = None
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_10(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = None
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_11(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = None
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_12(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = None
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_13(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = None
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_14(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = None
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_15(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if (shell is not None) and False else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_16(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if (shell is not None) or True else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_17(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
    def xǁActionRunnerǁ__init____mutmut_18(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
    ) -> None:
        self.timeline = timeline
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = None
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""

    # -- planning ----------------------------------------------------------------------------------------------

    def rollback_targets(self) -> list[str]:
        return [name for name, provider in self.providers.items() if isinstance(provider, Rollbackable)]

    @_mutmut_mutated(mutants_xǁActionRunnerǁplan_rollback__mutmut)
    async def plan_rollback(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_orig(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_1(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = None
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_2(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(None)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_3(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only(None, target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_4(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", None, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_5(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, None)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_6(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only(target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_7(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_8(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, )
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_9(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("XXrollbackXX", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_10(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("ROLLBACK", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_11(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_12(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(None, "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_13(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", None, target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_14(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", None)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_15(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse("rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_16(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_17(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", )
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_18(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "XXrollbackXX", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_19(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "ROLLBACK", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_20(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan(None, target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_21(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", None, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_22(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, None)

    async def xǁActionRunnerǁplan_rollback__mutmut_23(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan(target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_24(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_25(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, )

    async def xǁActionRunnerǁplan_rollback__mutmut_26(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("XXrollbackXX", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_27(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("ROLLBACK", target, provider.plan_rollback(service, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_28(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(None, to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_29(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, None))

    async def xǁActionRunnerǁplan_rollback__mutmut_30(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(to_revision))

    async def xǁActionRunnerǁplan_rollback__mutmut_31(self, target: str, service: str, to_revision: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, ))

    @_mutmut_mutated(mutants_xǁActionRunnerǁplan_restart__mutmut)
    async def plan_restart(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_orig(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_1(self, target: str, service: str) -> ActionPlan:
        provider = None
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_2(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(None)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_3(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only(None, target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_4(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", None, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_5(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, None)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_6(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only(target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_7(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_8(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, )
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_9(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("XXrestartXX", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_10(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("RESTART", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_11(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_12(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(None, "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_13(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", None, target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_14(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", None)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_15(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse("restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_16(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_17(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", )
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_18(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "XXrestartXX", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_19(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "RESTART", target)
        return await self._plan("restart", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_20(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan(None, target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_21(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", None, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_22(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, None)

    async def xǁActionRunnerǁplan_restart__mutmut_23(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan(target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_24(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_25(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, )

    async def xǁActionRunnerǁplan_restart__mutmut_26(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("XXrestartXX", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_27(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("RESTART", target, provider.plan_restart(service))

    async def xǁActionRunnerǁplan_restart__mutmut_28(self, target: str, service: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(None))

    @_mutmut_mutated(mutants_xǁActionRunnerǁplan_command__mutmut)
    def plan_command(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_orig(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_1(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = None
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_2(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = None
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_3(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"XXstep_idXX": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_4(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"STEP_ID": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_5(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "XXcommandXX": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_6(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "COMMAND": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_7(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                None,
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_8(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                None, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_9(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, None, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_10(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, None,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_11(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_12(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_13(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_14(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_15(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = None
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_16(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(None, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_17(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=None, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_18(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=None, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_19(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=None)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_20(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_21(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_22(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_23(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, )
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_24(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(None, RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_25(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", None, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_26(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, None,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_27(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               None) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_28(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_29(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_30(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_31(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               ) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_32(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(None, f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_33(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, None, plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_34(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", None, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_35(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, None)
        return plan

    def xǁActionRunnerǁplan_command__mutmut_36(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(f"planned {plan.action}: {plan.summary}", plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_37(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, plan, {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_38(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", {"step_id": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_39(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, )
        return plan

    def xǁActionRunnerǁplan_command__mutmut_40(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"XXstep_idXX": step_id})
        return plan

    def xǁActionRunnerǁplan_command__mutmut_41(
        self, command: str, *, step_id: str, timeout_s: float | None = None, cwd: str | None = None
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0).
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {"STEP_ID": step_id})
        return plan

    @_mutmut_mutated(mutants_xǁActionRunnerǁconfirmation_phrase__mutmut)
    def confirmation_phrase(self, plan: ActionPlan) -> str | None:
        """What the operator must type to confirm: the service name in a protected environment, else nothing.

        For a command that is ``confirm_phrase`` when one was given (the environment's service name).
        """
        if not self.protected:
            return None
        if plan.action == RUN_COMMAND and self.confirm_phrase:
            return self.confirm_phrase
        return plan.service

    def xǁActionRunnerǁconfirmation_phrase__mutmut_orig(self, plan: ActionPlan) -> str | None:
        """What the operator must type to confirm: the service name in a protected environment, else nothing.

        For a command that is ``confirm_phrase`` when one was given (the environment's service name).
        """
        if not self.protected:
            return None
        if plan.action == RUN_COMMAND and self.confirm_phrase:
            return self.confirm_phrase
        return plan.service

    def xǁActionRunnerǁconfirmation_phrase__mutmut_1(self, plan: ActionPlan) -> str | None:
        """What the operator must type to confirm: the service name in a protected environment, else nothing.

        For a command that is ``confirm_phrase`` when one was given (the environment's service name).
        """
        if self.protected:
            return None
        if plan.action == RUN_COMMAND and self.confirm_phrase:
            return self.confirm_phrase
        return plan.service

    def xǁActionRunnerǁconfirmation_phrase__mutmut_2(self, plan: ActionPlan) -> str | None:
        """What the operator must type to confirm: the service name in a protected environment, else nothing.

        For a command that is ``confirm_phrase`` when one was given (the environment's service name).
        """
        if not self.protected:
            return None
        if plan.action == RUN_COMMAND or self.confirm_phrase:
            return self.confirm_phrase
        return plan.service

    def xǁActionRunnerǁconfirmation_phrase__mutmut_3(self, plan: ActionPlan) -> str | None:
        """What the operator must type to confirm: the service name in a protected environment, else nothing.

        For a command that is ``confirm_phrase`` when one was given (the environment's service name).
        """
        if not self.protected:
            return None
        if plan.action != RUN_COMMAND and self.confirm_phrase:
            return self.confirm_phrase
        return plan.service

    # -- execution ---------------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁActionRunnerǁexecute__mutmut)
    async def execute(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_orig(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_1(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(None, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_2(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, None, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_3(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, None)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_4(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_5(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_6(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, )
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_7(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = None
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_8(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(None)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_9(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None or (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_10(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_11(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed and "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_12(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "XXXX").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_13(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() == phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_14(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                None,
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_15(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                None,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_16(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                None,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_17(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_18(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_19(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_20(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = None
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_21(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(None)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_22(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(None, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_23(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, None, plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_24(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", None, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_25(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, None)
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_26(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_27(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_28(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_29(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, )
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_30(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = None
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_31(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = None
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_32(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(None)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_33(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(None):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_34(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = None
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_35(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(None)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_36(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = None
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_37(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(None, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_38(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, None, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_39(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, None, started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_40(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", None, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_41(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, None)
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_42(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_43(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_44(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_45(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_46(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, )
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_47(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, True, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_48(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = None
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_49(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(None, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_50(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, None, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_51(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, None, started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_52(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", None, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_53(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, None)
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_54(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_55(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_56(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_57(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_58(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, )
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_59(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, True, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_60(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = None
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_61(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if (result.ok) and False else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_62(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if (result.ok) or True else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_63(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(None, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_64(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, None, plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_65(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", None, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_66(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, None)
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_67(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_68(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_69(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_70(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, )
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_71(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if (result.ok) and False else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_72(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if (result.ok) or True else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_73(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'XXsucceededXX' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_74(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'SUCCEEDED' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_75(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'XXfailedXX'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_76(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'FAILED'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_77(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "XXresultXX": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_78(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "RESULT": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_79(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(None)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_80(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_81(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(None)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_82(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_83(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(None, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_84(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, None, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_85(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, None)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_86(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_87(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_88(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, )
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_89(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, True, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_90(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = None
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_91(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(None)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_92(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_93(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = None
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_94(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if (verified) and False else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_95(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if (verified) or True else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_96(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(None, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_97(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, None, plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_98(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", None, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_99(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, None)
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_100(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_101(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_102(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_103(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, )
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_104(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if (verified) and False else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_105(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if (verified) or True else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_106(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'XXverifiedXX' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_107(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'VERIFIED' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_108(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'XXNOT verifiedXX'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_109(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'not verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_110(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT VERIFIED'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_111(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "XXverificationXX": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_112(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "VERIFICATION": verification
            })
        return Outcome(result, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_113(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(None, verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_114(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, None, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_115(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, None)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_116(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(verified, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_117(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verification)

    # -- execution ---------------------------------------------------------------------------------------------

    async def xǁActionRunnerǁexecute__mutmut_118(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        self._record(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        self._record(kind, f"{plan.action} {'succeeded' if result.ok else 'failed'}: {result.message}", plan, {
            "result": result_detail(result)
        })
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            self._record(kind, f"{plan.action} {'verified' if verified else 'NOT verified'}: {verification}", plan, {
                "verification": verification
            })
        return Outcome(result, verified, )

    @_mutmut_mutated(mutants_xǁActionRunnerǁverify__mutmut)
    async def verify(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_orig(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_1(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is not None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_2(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "XXnothing to verifyXX"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_3(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "NOTHING TO VERIFY"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_4(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = None
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_5(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = None
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_6(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() - self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_7(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = None
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_8(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "XXno answer yetXX"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_9(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "NO ANSWER YET"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_10(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() <= deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_11(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = None
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_12(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(None)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_13(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_14(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return False, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_15(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(None)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def xǁActionRunnerǁverify__mutmut_16(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: the revision rolled out, ready, and health passing."""
        if plan.expect_revision is None:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            last = await self._check_rolled_out(plan)
            if not last:
                return True, f"{plan.service} serves {plan.expect_revision}, all replicas ready, health passing"
            await asyncio.sleep(self.verify_interval_s)
        return True, f"after {self.verify_timeout_s:g} s: {last}"

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_check_rolled_out__mutmut)
    async def _check_rolled_out(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_orig(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_1(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = None
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_2(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(None):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_3(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s / 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_4(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 11):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_5(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = None
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_6(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = None
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_7(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next(None, None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_8(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next(None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_9(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), )
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_10(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service != plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_11(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is not None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_12(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision == plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_13(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY and row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_14(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_15(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready <= row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_16(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(None):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_17(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s / 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_18(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 11):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_19(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = None
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_20(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_21(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(None).__name__}: {error}"
        return ""

    async def xǁActionRunnerǁ_check_rolled_out__mutmut_22(self, plan: ActionPlan) -> str:
        """An empty string when the rollback is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                row = next((r for r in rows if r.service == plan.service), None)
                if row is None:
                    return f"{plan.service} not reported by {plan.target}"
                if row.revision != plan.expect_revision:
                    return f"{plan.service} still at {row.revision}"
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{plan.service} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return "XXXX"

    # -- helpers -----------------------------------------------------------------------------------------------

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_executor__mutmut)
    def _executor(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_orig(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_1(self, plan: ActionPlan) -> Executor:
        if plan.action != RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_2(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target == self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_3(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(None,
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_4(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   None, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_5(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, None)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_6(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_7(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_8(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, )
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_9(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = None
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_10(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(None)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_11(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_12(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(None, plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_13(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", None, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_14(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, None)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_15(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(plan.action, plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_16(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.target)
        return provider

    # -- helpers -----------------------------------------------------------------------------------------------

    def xǁActionRunnerǁ_executor__mutmut_17(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, )
        return provider

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_execute_limit__mutmut)
    def _execute_limit(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_orig(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_1(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action != RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_2(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = None
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_3(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(None)
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_4(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get(None, self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_5(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", None))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_6(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get(self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_7(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", ))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_8(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("XXtimeout_sXX", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_9(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("TIMEOUT_S", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_10(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S - 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_11(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S - 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_12(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own - KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_13(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 / DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_14(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 3 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def xǁActionRunnerǁ_execute_limit__mutmut_15(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 2.0
        return self.execute_timeout_s

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_provider__mutmut)
    def _provider(self, target: str) -> Provider:
        try:
            return self.providers[target]
        except KeyError:
            raise ActionRefused(f"unknown target {target!r}") from None

    def xǁActionRunnerǁ_provider__mutmut_orig(self, target: str) -> Provider:
        try:
            return self.providers[target]
        except KeyError:
            raise ActionRefused(f"unknown target {target!r}") from None

    def xǁActionRunnerǁ_provider__mutmut_1(self, target: str) -> Provider:
        try:
            return self.providers[target]
        except KeyError:
            raise ActionRefused(None) from None

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_plan__mutmut)
    async def _plan(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_orig(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_1(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(None):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_2(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = None
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_3(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(None, action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_4(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", None, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_5(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, None) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_6(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_7(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_8(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, ) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_9(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(None, action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_10(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", None, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_11(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, None) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_12(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_13(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_14(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, ) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_15(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(None, f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_16(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, None, plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_17(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", None, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_18(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, None)
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_19(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(f"planned {plan.action}: {plan.summary}", plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_20(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, plan, {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_21(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", {})
        return plan

    async def xǁActionRunnerǁ_plan__mutmut_22(self, action: str, target: str, planning: Awaitable[ActionPlan]) -> ActionPlan:
        """Await a provider's plan and record it; a backend that cannot plan is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            raise self._refuse(f"cannot plan the {action} on {target}: {error.title}: {error}", action, target) from error
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, )
        return plan

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut)
    def _refuse_if_read_only(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                action,
                target,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_orig(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                action,
                target,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_1(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                None,
                action,
                target,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_2(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                None,
                target,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_3(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                action,
                None,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_4(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                action,
                target,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_5(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                target,
            )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_6(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                action,
                )

    def xǁActionRunnerǁ_refuse_if_read_only__mutmut_7(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service and target} refused (restart without --read-only to act)",
                action,
                target,
            )

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_refuse__mutmut)
    def _refuse(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_orig(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_1(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_2(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if (extra) and False else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_3(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if (extra) or True else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_4(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get(None) if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_5(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("XXstep_idXX") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_6(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("STEP_ID") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_7(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            None,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_8(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            None,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_9(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            None,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_10(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=None,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_11(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=None,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_12(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=None,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_13(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail=None,
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_14(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=None,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_15(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_16(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_17(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_18(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_19(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_20(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_21(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_22(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_23(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"XXactionXX": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_24(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"ACTION": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_25(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra and {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def xǁActionRunnerǁ_refuse__mutmut_26(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(None)

    @_mutmut_mutated(mutants_xǁActionRunnerǁ_record__mutmut)
    def _record(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_orig(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_1(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_2(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if (plan.action == RUN_COMMAND) and False else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_3(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if (plan.action == RUN_COMMAND) or True else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_4(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get(None) if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_5(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("XXstep_idXX") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_6(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("STEP_ID") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_7(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action != RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_8(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            None,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_9(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            None,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_10(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            None,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_11(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=None,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_12(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=None,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_13(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=None,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_14(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail=None,
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_15(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=None,
        )

    def xǁActionRunnerǁ_record__mutmut_16(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_17(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_18(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_19(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_20(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_21(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_22(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_23(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            )

    def xǁActionRunnerǁ_record__mutmut_24(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"XXplanXX": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_25(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"PLAN": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_26(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(None), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_27(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if (step is not None) and False else None,
        )

    def xǁActionRunnerǁ_record__mutmut_28(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if (step is not None) or True else None,
        )

    def xǁActionRunnerǁ_record__mutmut_29(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(None) if step is not None else None,
        )

    def xǁActionRunnerǁ_record__mutmut_30(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        step = plan.params.get("step_id") if plan.action == RUN_COMMAND else None
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=plan.target,
            detail={"plan": plan_detail(plan), **extra},
            # A command belongs to its runbook step, so the review can show what each step ran.
            step_id=str(step) if step is None else None,
        )

mutants_xǁActionRunnerǁ__init____mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_1'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_2'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_3'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_4'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_5'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_6'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_7'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_8'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_9'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_10'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_11'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_12'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_13'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_14'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_15'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_16'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_17'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ__init____mutmut['xǁActionRunnerǁ__init____mutmut_18'] = ActionRunner.xǁActionRunnerǁ__init____mutmut_18 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁplan_rollback__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_1'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_2'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_3'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_4'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_5'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_6'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_7'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_8'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_9'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_10'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_11'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_12'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_13'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_14'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_15'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_16'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_17'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_18'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_19'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_20'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_21'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_22'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_22 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_23'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_23 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_24'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_25'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_25 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_26'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_26 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_27'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_27 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_28'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_28 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_29'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_29 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_30'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_30 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_rollback__mutmut['xǁActionRunnerǁplan_rollback__mutmut_31'] = ActionRunner.xǁActionRunnerǁplan_rollback__mutmut_31 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁplan_restart__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_1'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_2'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_3'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_4'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_5'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_6'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_7'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_8'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_9'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_10'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_11'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_12'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_13'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_14'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_15'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_16'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_17'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_18'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_19'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_20'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_21'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_22'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_22 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_23'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_23 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_24'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_25'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_25 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_26'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_26 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_27'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_27 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_restart__mutmut['xǁActionRunnerǁplan_restart__mutmut_28'] = ActionRunner.xǁActionRunnerǁplan_restart__mutmut_28 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁplan_command__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_1'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_2'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_3'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_4'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_5'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_6'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_7'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_8'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_9'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_10'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_11'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_12'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_13'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_14'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_15'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_16'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_17'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_18'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_19'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_20'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_21'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_22'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_22 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_23'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_23 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_24'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_25'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_25 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_26'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_26 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_27'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_27 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_28'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_28 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_29'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_29 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_30'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_30 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_31'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_31 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_32'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_32 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_33'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_33 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_34'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_34 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_35'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_35 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_36'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_36 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_37'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_37 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_38'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_38 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_39'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_39 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_40'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_40 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁplan_command__mutmut['xǁActionRunnerǁplan_command__mutmut_41'] = ActionRunner.xǁActionRunnerǁplan_command__mutmut_41 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁconfirmation_phrase__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁconfirmation_phrase__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁconfirmation_phrase__mutmut['xǁActionRunnerǁconfirmation_phrase__mutmut_1'] = ActionRunner.xǁActionRunnerǁconfirmation_phrase__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁconfirmation_phrase__mutmut['xǁActionRunnerǁconfirmation_phrase__mutmut_2'] = ActionRunner.xǁActionRunnerǁconfirmation_phrase__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁconfirmation_phrase__mutmut['xǁActionRunnerǁconfirmation_phrase__mutmut_3'] = ActionRunner.xǁActionRunnerǁconfirmation_phrase__mutmut_3 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁexecute__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_1'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_2'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_3'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_4'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_5'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_6'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_7'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_8'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_9'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_10'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_11'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_12'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_13'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_14'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_15'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_16'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_17'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_18'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_19'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_20'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_21'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_22'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_22 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_23'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_23 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_24'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_25'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_25 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_26'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_26 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_27'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_27 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_28'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_28 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_29'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_29 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_30'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_30 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_31'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_31 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_32'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_32 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_33'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_33 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_34'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_34 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_35'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_35 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_36'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_36 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_37'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_37 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_38'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_38 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_39'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_39 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_40'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_40 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_41'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_41 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_42'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_42 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_43'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_43 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_44'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_44 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_45'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_45 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_46'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_46 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_47'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_47 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_48'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_48 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_49'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_49 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_50'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_50 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_51'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_51 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_52'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_52 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_53'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_53 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_54'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_54 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_55'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_55 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_56'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_56 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_57'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_57 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_58'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_58 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_59'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_59 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_60'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_60 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_61'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_61 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_62'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_62 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_63'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_63 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_64'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_64 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_65'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_65 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_66'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_66 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_67'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_67 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_68'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_68 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_69'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_69 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_70'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_70 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_71'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_71 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_72'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_72 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_73'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_73 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_74'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_74 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_75'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_75 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_76'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_76 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_77'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_77 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_78'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_78 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_79'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_79 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_80'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_80 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_81'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_81 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_82'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_82 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_83'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_83 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_84'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_84 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_85'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_85 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_86'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_86 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_87'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_87 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_88'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_88 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_89'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_89 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_90'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_90 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_91'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_91 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_92'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_92 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_93'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_93 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_94'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_94 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_95'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_95 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_96'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_96 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_97'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_97 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_98'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_98 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_99'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_99 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_100'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_100 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_101'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_101 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_102'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_102 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_103'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_103 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_104'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_104 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_105'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_105 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_106'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_106 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_107'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_107 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_108'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_108 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_109'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_109 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_110'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_110 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_111'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_111 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_112'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_112 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_113'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_113 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_114'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_114 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_115'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_115 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_116'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_116 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_117'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_117 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁexecute__mutmut['xǁActionRunnerǁexecute__mutmut_118'] = ActionRunner.xǁActionRunnerǁexecute__mutmut_118 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁverify__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁverify__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_1'] = ActionRunner.xǁActionRunnerǁverify__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_2'] = ActionRunner.xǁActionRunnerǁverify__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_3'] = ActionRunner.xǁActionRunnerǁverify__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_4'] = ActionRunner.xǁActionRunnerǁverify__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_5'] = ActionRunner.xǁActionRunnerǁverify__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_6'] = ActionRunner.xǁActionRunnerǁverify__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_7'] = ActionRunner.xǁActionRunnerǁverify__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_8'] = ActionRunner.xǁActionRunnerǁverify__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_9'] = ActionRunner.xǁActionRunnerǁverify__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_10'] = ActionRunner.xǁActionRunnerǁverify__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_11'] = ActionRunner.xǁActionRunnerǁverify__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_12'] = ActionRunner.xǁActionRunnerǁverify__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_13'] = ActionRunner.xǁActionRunnerǁverify__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_14'] = ActionRunner.xǁActionRunnerǁverify__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_15'] = ActionRunner.xǁActionRunnerǁverify__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁverify__mutmut['xǁActionRunnerǁverify__mutmut_16'] = ActionRunner.xǁActionRunnerǁverify__mutmut_16 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_8'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_9'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_10'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_11'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_12'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_13'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_14'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_15'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_16'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_17'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_18'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_19'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_20'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_21'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_check_rolled_out__mutmut['xǁActionRunnerǁ_check_rolled_out__mutmut_22'] = ActionRunner.xǁActionRunnerǁ_check_rolled_out__mutmut_22 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_executor__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_8'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_9'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_10'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_11'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_12'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_13'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_14'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_15'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_16'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_executor__mutmut['xǁActionRunnerǁ_executor__mutmut_17'] = ActionRunner.xǁActionRunnerǁ_executor__mutmut_17 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_execute_limit__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_8'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_9'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_10'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_11'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_12'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_13'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_14'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_execute_limit__mutmut['xǁActionRunnerǁ_execute_limit__mutmut_15'] = ActionRunner.xǁActionRunnerǁ_execute_limit__mutmut_15 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_provider__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_provider__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_provider__mutmut['xǁActionRunnerǁ_provider__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_provider__mutmut_1 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_plan__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_8'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_9'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_10'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_11'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_12'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_13'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_14'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_15'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_16'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_17'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_18'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_19'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_20'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_21'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_plan__mutmut['xǁActionRunnerǁ_plan__mutmut_22'] = ActionRunner.xǁActionRunnerǁ_plan__mutmut_22 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse_if_read_only__mutmut['xǁActionRunnerǁ_refuse_if_read_only__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_refuse_if_read_only__mutmut_7 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_refuse__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_8'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_9'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_10'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_11'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_12'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_13'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_14'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_15'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_16'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_17'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_18'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_19'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_20'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_21'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_22'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_22 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_23'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_23 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_24'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_25'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_25 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_refuse__mutmut['xǁActionRunnerǁ_refuse__mutmut_26'] = ActionRunner.xǁActionRunnerǁ_refuse__mutmut_26 # type: ignore # mutmut generated

mutants_xǁActionRunnerǁ_record__mutmut['_mutmut_orig'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_orig # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_1'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_1 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_2'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_2 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_3'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_3 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_4'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_4 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_5'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_5 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_6'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_6 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_7'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_7 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_8'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_8 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_9'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_9 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_10'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_10 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_11'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_11 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_12'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_12 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_13'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_13 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_14'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_14 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_15'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_15 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_16'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_16 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_17'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_17 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_18'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_18 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_19'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_19 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_20'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_20 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_21'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_21 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_22'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_22 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_23'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_23 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_24'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_24 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_25'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_25 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_26'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_26 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_27'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_27 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_28'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_28 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_29'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_29 # type: ignore # mutmut generated
mutants_xǁActionRunnerǁ_record__mutmut['xǁActionRunnerǁ_record__mutmut_30'] = ActionRunner.xǁActionRunnerǁ_record__mutmut_30 # type: ignore # mutmut generated

