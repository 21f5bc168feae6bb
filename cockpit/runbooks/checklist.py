"""The checklist engine: walking a runbook step by step, each change recorded, each verification judged live.

A step is pending, done, skipped or failed; the first step not done or skipped (or the one the operator selected)
is the active one, shown as ``active`` while it is pending. A step with a verification (``runbooks.verification``)
is done only when it passes against the hub's latest data; otherwise ``complete`` raises ``NeedsReason`` and the
operator may override it with a reason, recorded as an override. Skipping and failing always need a reason.

Every change is a ``checklist.step`` event (step_id set; summary ``<step text>: <state>[ (override)][ — reason]``;
detail ``runbook, state, reason, verdict, evidence, overridden, text``), and the in-memory state changes only after
the timeline has committed it: the timeline is the truth. ``checklist.started`` (detail: runbook, title, source,
steps, baseline) and ``checklist.baseline`` (targets first seen later) carry the baseline revisions.
Constructing a Checklist for an incident that already walked this runbook rebuilds states and the baseline from
its events, so quitting and reopening resumes exactly (the operator's selection is a cursor, not a change, and is
not kept). ``sync()`` picks up changes another cockpit recorded.

Steps checked in the file (``- [x]``) start pending all the same: those checkmarks are from whoever last edited
the runbook, not from this incident.

Commands are the UI's to run: ``plan_step_command`` hands the exact runbook text to the action runner, which
shows it, asks for confirmation, runs it and records the result against the step.

This module is the state machine and its record. The step types and errors are in ``runbooks.step_state``,
the shipped runbooks and ``runbook_ref`` in ``runbooks.shipped``, and what a step's commands and ``action=`` are
(and how an action is planned) in ``runbooks.step_actions``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from cockpit.core.actions import ActionRunner
from cockpit.core.hub import Hub
from cockpit.core.timeline import Event, EventKind, EventSource, Timeline
from cockpit.core.verdicts import VerdictOutcome
from cockpit.core.verified import first_rollbacks
from cockpit.providers.results import ActionPlan
from cockpit.runbooks.advisor import looks_like_decision_table
from cockpit.runbooks.baseline import Baseline
from cockpit.runbooks.model import Runbook, Step, Table
from cockpit.runbooks.notation import parse_duration
from cockpit.runbooks.placeholders import PlaceholderError
from cockpit.runbooks.shipped import runbook_ref
from cockpit.runbooks.step_actions import plan_action, runnable_action, step_action, step_commands
from cockpit.runbooks.step_shell import StepShell
from cockpit.runbooks.step_state import PENDING, ChecklistError, NeedsReason, StepState, StepStatus
from cockpit.runbooks.verification import (
    SpecError,
    Verdict,
    VerificationSpec,
    evaluate,
    inconclusive,
    passed,
)

CHECKLIST_KINDS = (EventKind.CHECKLIST_STARTED, EventKind.CHECKLIST_BASELINE, EventKind.CHECKLIST_STEP)
TEXT_IN_SUMMARY = 80


class Checklist:
    def __init__(
        self,
        runbook: Runbook,
        timeline: Timeline,
        incident_id: int,
        hub: Hub,
        runner: ActionRunner,
        *,
        operator: str,
        environment: str | None = None,
        service: str | None = None,
    ) -> None:
        self.runbook = runbook
        self.timeline = timeline
        self.incident_id = incident_id
        self.hub = hub
        self.runner = runner
        self.operator = operator
        self.ref = runbook_ref(runbook)
        self.steps: tuple[Step, ...] = tuple(runbook.steps())
        self._by_id = {step.id: step for step in self.steps}
        self._statuses: dict[str, StepStatus] = {}
        """Recorded states; a step not in here is pending."""
        self._baseline = Baseline()
        self._started = False
        self._selected: str | None = None
        self._last_seq = 0
        self.shell = StepShell(runner, hub, environment=environment, service=service)
        """Plans step commands: placeholders, the environment's variables, the directory and exports kept."""
        self.sync()
        self._replay_shell()

    # -- reading -----------------------------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._started

    @property
    def baseline(self) -> Baseline:
        return self._baseline

    def step(self, step_id: str) -> Step:
        try:
            return self._by_id[step_id]
        except KeyError:
            raise ChecklistError(f"no step {step_id!r} in {self.runbook.title or self.runbook.source}") from None

    def status(self, step_id: str) -> StepStatus:
        active = self.active_step()
        return self._shown(self.step(step_id).id, active.id if active else None)

    def states(self) -> dict[str, StepStatus]:
        """Every step's status in runbook order, the active one shown as ``active`` while it is pending."""
        active = self.active_step()
        return {step.id: self._shown(step.id, active.id if active else None) for step in self.steps}

    def active_step(self) -> Step | None:
        """The step the operator selected, else the first that is neither done nor skipped."""
        if self._selected is not None:
            return self._by_id[self._selected]
        return next((step for step in self.steps if not self._finished(step.id)), None)

    def select(self, step_id: str) -> Step:
        """Make a step the active one (the operator moved to it); not recorded, not kept across a restart."""
        step = self.step(step_id)
        self._selected = step.id
        return step

    def progress(self) -> tuple[int, int]:
        """(done, all steps): a skipped step is not done (``skipped()`` counts those)."""
        return self._count(StepState.DONE), len(self.steps)

    def skipped(self) -> int:
        return self._count(StepState.SKIPPED)

    def _count(self, state: StepState) -> int:
        return sum(1 for step in self.steps if self._statuses.get(step.id, PENDING).state is state)

    def decision_tables(self) -> list[Table]:
        """Tables marked `decision`, and unmarked ones that read as condition -> action."""
        return [
            table for section in self.runbook.sections for table in section.tables if looks_like_decision_table(table)
        ]

    # -- verification -------------------------------------------------------------------------------------------

    def verification(self, step: Step) -> VerificationSpec | None:
        """The step's verification; SpecError (one line) when the runbook wrote an unusable one."""
        return VerificationSpec.from_attrs(step.attrs)

    def evaluate(self, step: Step) -> Verdict | None:
        """Judge the step's verification from the hub's latest data; None when the step has none."""
        try:
            spec = self.verification(step)
        except SpecError as error:
            return inconclusive(f"the runbook's verification cannot be used: {error}")
        if spec is None:
            return None
        self._complete_baseline()
        return evaluate(spec, self.hub, self._baseline)

    # -- changes -------------------------------------------------------------------------------------------------

    def start(self) -> bool:
        """Record ``checklist.started`` with the baseline; False when this incident already started this runbook."""
        if self._started:
            return False
        baseline = self._capture()
        title = self.runbook.title or self.ref
        self._record(
            EventKind.CHECKLIST_STARTED,
            f"checklist started: {title} ({len(self.steps)} steps)",
            {
                "title": self.runbook.title,
                "source": self.runbook.source,
                "steps": len(self.steps),
                "baseline": baseline.to_json(),
            },
        )
        return True

    def complete(self, step_id: str, reason: str | None = None) -> StepStatus:
        """Done when the verification passes (or there is none); otherwise NeedsReason, unless a reason overrides."""
        step = self.step(step_id)
        reason = _clean(reason)
        if self._statuses.get(step.id, PENDING).state is StepState.DONE and reason is None:
            return self.status(step.id)
        self.start()  # before judging: `revision=previous` needs the baseline
        verdict = self.evaluate(step)
        overridden = False
        if verdict is not None and not verdict.passed:
            if reason is None:
                raise NeedsReason(
                    f"{step.id} is not verified ({verdict.outcome}: {verdict.evidence}); "
                    "give a reason to mark it done anyway"
                )
            overridden = True
        return self._change(step, StepState.DONE, reason, verdict, overridden)

    def skip(self, step_id: str, reason: str) -> StepStatus:
        step = self.step(step_id)
        reason_given = _require_reason(reason, f"skipping {step.id}")
        self.start()
        verdict = self.evaluate(step)
        return self._change(step, StepState.SKIPPED, reason_given, verdict, verdict is not None and not verdict.passed)

    def fail(self, step_id: str, reason: str) -> StepStatus:
        step = self.step(step_id)
        reason_given = _require_reason(reason, f"failing {step.id}")
        self.start()
        return self._change(step, StepState.FAILED, reason_given, self.evaluate(step), False)

    def complete_by_action(self, step_id: str, verification: str) -> StepStatus:
        """The step's ``action=`` ran through the runner and was verified: done, the runner's verification as its
        evidence (the hub may not have polled the new revision yet, so the step's own check could still lag)."""
        step = self.step(step_id)
        self.start()
        action = self.step_action(step) or {}
        evidence = f"{action.get('action', 'action')} verified: {verification}"
        return self._change(step, StepState.DONE, None, passed(evidence), False)

    def reopen(self, step_id: str) -> StepStatus:
        """Back to pending, and the active step."""
        step = self.step(step_id)
        self.start()
        status = self._change(step, StepState.PENDING, None, None, False)
        self._selected = step.id
        return status

    # -- commands and actions -------------------------------------------------------------------------------------

    def step_commands(self, step: Step) -> list[str]:
        """The single shell commands of a step, in order, exactly as the runbook wrote them."""
        return step_commands(step)

    def step_action(self, step: Step) -> dict[str, str] | None:
        """``{"action": "rollback", "target": ...}`` from the step's attributes; None when it names no action."""
        return step_action(step)

    def plan_step_command(self, step_id: str, command: str, values: Mapping[str, str] | None = None) -> ActionPlan:
        """Plan one of the step's commands through the runner (read-only refuses, recorded there).

        Only the runbook's own text is accepted, and its placeholders only with a value for each (``values``,
        quoted where they go: ``<task-id>`` left in would run as a shell redirection). See ``StepShell.plan``.
        """
        step = self.step(step_id)
        if command not in self.step_commands(step):
            raise ChecklistError(f"that is not one of the commands of step {step.id}")
        timeout = parse_duration(step.attrs["timeout"]) if "timeout" in step.attrs else None
        self._complete_baseline()  # PREVIOUS_REVISION and friends come from it
        try:
            return self.shell.plan(command, step_id=step.id, baseline=self._baseline, timeout_s=timeout, values=values)
        except PlaceholderError as error:
            raise ChecklistError(str(error)) from None

    async def plan_step_action(self, step_id: str) -> ActionPlan:
        """Plan the step's ``action=`` through the runner (see ``step_actions.plan_action``), once the checklist
        has started and its baseline is complete: a rollback to ``previous`` is judged against it."""
        step = self.step(step_id)
        runnable_action(step)  # refused before anything is recorded
        self.start()
        self._complete_baseline()
        return await plan_action(step, self.runner, self.hub, self._baseline)

    # -- the timeline -------------------------------------------------------------------------------------------

    def sync(self) -> bool:
        """Apply checklist events recorded since the last look (by us or another cockpit); True if any applied."""
        events = self.timeline.events(self.incident_id, kinds=CHECKLIST_KINDS, after_seq=self._last_seq)
        applied = False
        for event in events:
            self._last_seq = max(self._last_seq, event.seq)
            if event.detail.get("runbook") == self.ref:
                applied = self._apply(event) or applied
        return applied

    def _replay_shell(self) -> None:
        """Reopening an incident: the shell as this checklist's earlier commands left it, from their records."""
        ran = [EventKind.ACTION_SUCCEEDED, EventKind.ACTION_FAILED]
        for event in self.timeline.events(self.incident_id, kinds=ran):
            result = event.detail.get("result")
            if event.step_id in self._by_id and isinstance(result, Mapping):
                self.shell.state.replay(result)

    def _apply(self, event: Event) -> bool:
        detail = event.detail
        if event.kind is EventKind.CHECKLIST_STARTED:
            self._started = True
            self._baseline = Baseline.from_json(detail.get("baseline"))
            return True
        if event.kind is EventKind.CHECKLIST_BASELINE:
            self._baseline = self._baseline.merged(Baseline.from_json(detail.get("baseline")))
            return True
        if event.step_id not in self._by_id:
            return False  # a step of an older version of the runbook
        try:
            state = StepState(str(detail.get("state")))
        except ValueError:
            return False
        if state is StepState.PENDING:
            self._statuses.pop(event.step_id, None)
            return True
        outcome, evidence = detail.get("verdict"), detail.get("evidence")
        verdict = None
        if outcome in tuple(VerdictOutcome) and isinstance(evidence, str):
            verdict = Verdict(VerdictOutcome(outcome), evidence)
        reason = detail.get("reason")
        self._statuses[event.step_id] = StepStatus(
            state, reason if isinstance(reason, str) else None, verdict, bool(detail.get("overridden"))
        )
        return True

    def _change(
        self, step: Step, state: StepState, reason: str | None, verdict: Verdict | None, overridden: bool
    ) -> StepStatus:
        current = self._statuses.get(step.id, PENDING)
        if current.state is state and (state is StepState.PENDING or current.reason == reason):
            return self.status(step.id)  # nothing changes: nothing to record
        # Redacted before it is cut: a secret cut in half no longer looks like one to the redactor.
        text = self.timeline.redact(step.text)
        text = text if len(text) <= TEXT_IN_SUMMARY else text[: TEXT_IN_SUMMARY - 1] + "…"
        verb = "reopened" if state is StepState.PENDING else state.value
        summary = f"{text or step.id}: {verb}{' (override)' if overridden else ''}{f' — {reason}' if reason else ''}"
        self._record(
            EventKind.CHECKLIST_STEP,
            summary,
            {
                "state": state.value,
                "reason": reason,
                "verdict": verdict.outcome.value if verdict else None,
                "evidence": verdict.evidence if verdict else None,
                "overridden": overridden,
                "text": step.text,
            },
            step_id=step.id,
        )
        if self._selected == step.id and state is not StepState.PENDING:
            self._selected = None  # the walk moves on to the next open step
        return self.status(step.id)

    def _capture(self) -> Baseline:
        """What is live now, anchored on the bad revisions this incident already rolled back from."""
        return Baseline.capture(self.hub, first_rollbacks(self.timeline, self.incident_id))

    def _complete_baseline(self) -> None:
        """Targets that had not answered when the checklist started get their baseline at first sight."""
        if not self._started:
            return
        seen = self._capture()
        new = [e for e in seen.entries if self._baseline.entry(e.target, e.service) is None]
        if new:
            names = ", ".join(f"{e.target} {e.revision}" for e in new)
            self._record(
                EventKind.CHECKLIST_BASELINE,
                f"checklist baseline: {names}",
                {"baseline": Baseline(tuple(new)).to_json()},
            )

    def _record(self, kind: EventKind, summary: str, detail: dict[str, Any], step_id: str | None = None) -> None:
        self.timeline.record(
            self.incident_id,
            kind,
            summary,
            source=EventSource.CHECKLIST,
            actor=self.operator,
            detail={"runbook": self.ref, **detail},
            step_id=step_id,
        )
        # Only what the timeline committed becomes our state: read it back through the same path as a resume.
        self.sync()

    # -- helpers ------------------------------------------------------------------------------------------------

    def _shown(self, step_id: str, active_id: str | None) -> StepStatus:
        status = self._statuses.get(step_id, PENDING)
        if step_id == active_id and status.state is StepState.PENDING:
            return replace(status, state=StepState.ACTIVE)
        return status

    def _finished(self, step_id: str) -> bool:
        status = self._statuses.get(step_id)
        return status is not None and status.state in (StepState.DONE, StepState.SKIPPED)


def _clean(reason: str | None) -> str | None:
    return reason.strip() if reason and reason.strip() else None


def _require_reason(reason: str | None, doing: str) -> str:
    cleaned = _clean(reason)
    if cleaned is None:
        raise NeedsReason(f"{doing} needs a reason")
    return cleaned
