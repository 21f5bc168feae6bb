"""What the checklist screen shows for one step: its state, commands, action, live check, triggers and decisions.

Rendering only, kept apart from the screen (``screens.checklist``), which owns the keys and the action flow.
Everything from the runbook or a backend reaches the screen through ``shown``/``plain``: text, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content

from cockpit.core.trigger_monitor import step_triggers
from cockpit.core.triggers import TriggerVerdict
from cockpit.core.verdicts import VerdictOutcome
from cockpit.runbooks.advice import StandingAdvice
from cockpit.runbooks.advisor import evaluate_table, looks_like_decision_table, unsettled_above
from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.model import Step
from cockpit.runbooks.step_state import ChecklistError, StepState
from cockpit.ui.safe import join_lines, plain, shown

STATE_MARK = {
    StepState.PENDING: "[dim]○[/]",
    StepState.ACTIVE: "[b $accent]▸[/]",
    StepState.DONE: "[$success]✓[/]",
    StepState.SKIPPED: "[dim]»[/]",
    StepState.FAILED: "[$error]✗[/]",
}
VERDICT_STYLE = {
    VerdictOutcome.PASS: "$success",
    VerdictOutcome.FAIL: "$error",
    VerdictOutcome.INCONCLUSIVE: "$warning",
}


def describe_step(
    checklist: Checklist,
    step: Step,
    *,
    outputs: Mapping[str, str],
    triggers: Sequence[TriggerVerdict],
    advice: StandingAdvice,
) -> Content:
    """The detail pane for ``step``: ``outputs`` are the steps' last command runs, ``triggers`` the rollback
    triggers' latest verdicts, ``advice`` the recommendation standing per decision table."""
    status = checklist.status(step.id)
    lines = [shown(f"[b]$id[/b]  {STATE_MARK[status.state]} {status.state.value}", id=step.id), plain(step.text)]
    if status.reason:
        override = " (override)" if status.overridden else ""
        lines.append(shown(f"[dim]reason{override}:[/] $reason", reason=status.reason))
    commands = checklist.step_commands(step)
    for number, command in enumerate(commands, 1):
        lines.append(shown(f"[dim]{number}[/] [b]$$[/b] $command", command=command))
    if commands:
        lines.append(plain("x runs a command: you see it, confirm it, and it is recorded", "dim"))
    if step.id in outputs:
        lines.append(shown("[dim]last run:[/]\n$output", output=outputs[step.id]))
    action = checklist.step_action(step)
    if action:
        lines.append(shown("[dim]action (a):[/] $action", action=" ".join(f"{k}={v}" for k, v in action.items())))
    try:
        spec = checklist.verification(step)
    except ChecklistError as error:
        lines.append(shown("[$error]unusable check: $error[/]", error=str(error)))
        spec = None
    if spec is not None:
        verdict = checklist.evaluate(step)
        lines.append(shown("[dim]done when:[/] $spec", spec=spec.describe()))
        if verdict is not None:
            style = VERDICT_STYLE[verdict.outcome]
            lines.append(shown(f"[{style}]{verdict.outcome.value}[/]: $evidence", evidence=verdict.evidence))
    lines.extend(trigger_lines(step, triggers))
    lines.extend(decision_lines(checklist, step, advice))
    return join_lines(lines)


def trigger_lines(step: Step, triggers: Sequence[TriggerVerdict]) -> list[Content]:
    """The verdicts of the rollback triggers the step depends on; nothing when it names none."""
    verdicts = step_triggers(step.attrs, triggers)
    if not verdicts:
        return []
    lines = [shown("[b]Rollback triggers[/b] [dim](they recommend; you decide)[/]")]
    for verdict in verdicts:
        style = VERDICT_STYLE[verdict.outcome]
        lines.append(shown(f"[{style}]{verdict.outcome.value}[/] $name: $evidence", name=verdict.trigger.name,
                           evidence=verdict.evidence))
    return lines


def decision_lines(checklist: Checklist, step: Step, advice: StandingAdvice) -> list[Content]:
    """Decision tables of the step's section, with the row the live data says applies."""
    section = next((s for s in checklist.runbook.sections if step in s.steps), None)
    lines: list[Content] = []
    for table in section.tables if section else ():
        if not looks_like_decision_table(table):
            continue
        verdicts = evaluate_table(table, checklist.hub, table.attrs.get("target"))
        lines.append(shown("[b]Decision[/b]"))
        for verdict in verdicts:
            row = " | ".join(table.rows[verdict.row_index])
            mark = {True: "[b $error]▶[/]", False: "[dim]·[/]", None: "[$warning]?[/]"}[verdict.applies]
            lines.append(shown(f"{mark} $row  [dim]$reason[/]", row=row, reason=verdict.reason))
        standing = advice.current().get(table.line)
        if standing:
            lines.append(shown("[b]Recommended:[/b] $advice [dim](you decide)[/]", advice=standing))
            for verdict in unsettled_above(verdicts):
                lines.append(shown("[$warning]? row $row above is not settled and may outrank it[/]",
                                   row=str(verdict.row_index + 1)))
        pending = advice.pending(table.line)
        if pending is not None:
            lines.append(shown("[dim]changing to $new if it holds $left s more[/]",
                               new=pending[0] or "no rollback row", left=f"{pending[1]:.0f}"))
    return lines
