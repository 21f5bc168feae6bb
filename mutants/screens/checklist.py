"""Walk a runbook step by step beside the live panes; a step with a check is done only when the live systems agree.

The screen only reads the checklist and asks the app to act: every command and rollback goes through the app's
action flow (plan -> preview -> confirm -> execute -> verify -> record).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.markup import escape
from textual.screen import Screen
from textual.signal import Signal
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from cockpit.core.actions import ActionRefused, Outcome
from cockpit.core.hub import Snapshot
from cockpit.core.timeline import EventKind, EventSource
from cockpit.providers.base import ActionPlan
from cockpit.runbooks.advisor import evaluate_table, looks_like_decision_table, recommendation
from cockpit.runbooks.checklist import Checklist, ChecklistError, NeedsReason, StepState
from cockpit.runbooks.model import Step
from cockpit.runbooks.verification import VerdictOutcome
from cockpit.screens.note import NoteScreen
from cockpit.screens.timeline import Recorder
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane

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

RunAction = Callable[[Callable[[], Awaitable[ActionPlan]]], Awaitable[Outcome | None]]
"""The app's action flow: given a planner, preview, confirm, execute, verify and record; the outcome if it ran."""
OUTPUT_LINES = 8
"""The tail of a command's output shown under its step (all of it is in the timeline)."""


class ChecklistScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Dashboard"),
        Binding("d", "complete", "Done"),
        Binding("x", "run_command", "Run command"),
        Binding("a", "step_action", "Run action"),
        Binding("s", "skip", "Skip"),
        Binding("f", "fail", "Failed"),
        Binding("o", "reopen", "Reopen"),
    ]

    def __init__(
        self, checklist: Checklist, perform_action: RunAction, snapshots: Signal[Snapshot], record: Recorder
    ) -> None:
        super().__init__()
        self.checklist = checklist
        self._record = record
        self._advice: dict[int, str | None] = {}
        """Decision table line -> the recommendation last recorded, so only a change becomes a timeline event."""
        self._snapshots = snapshots
        """The app's hub publications: the side panes and the live verdicts follow them."""
        self._perform_action = perform_action
        self._detail_text = ""
        self._outputs: dict[str, str] = {}
        """Step id -> what its last command printed (exit status and output tail)."""

    def compose(self) -> ComposeResult:
        runbook = self.checklist.runbook
        with Horizontal(id="checklist-body"):
            with Vertical(id="checklist-main"):
                yield Static(f"[b]{escape(runbook.title or runbook.source)}[/b]", id="checklist-title")
                yield OptionList(id="checklist-steps")
                with VerticalScroll(id="checklist-detail"):
                    yield Static("", id="step-detail")
            with Vertical(id="checklist-side"):
                yield HealthPane(id="checklist-health")
                yield DeploymentsPane(id="checklist-deployments")
        yield Footer()

    def on_mount(self) -> None:
        self.checklist.start()
        self.refresh_steps()
        self.query_one(OptionList).focus()
        active = self.checklist.active_step()
        if active is not None:
            self.select_step(active.id)
        for snapshot in self._latest_snapshots():
            self.call_next(self.show_snapshot, snapshot)
        self._snapshots.subscribe(self, lambda snapshot: self.call_next(self.show_snapshot, snapshot))

    def _latest_snapshots(self) -> list[Snapshot]:
        hub = self.checklist.hub
        return [*hub.snapshots("health"), *hub.snapshots("deployments")]

    # -- rendering -----------------------------------------------------------------------------------------------

    @property
    def selected(self) -> Step | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        option_id = options.get_option_at_index(options.highlighted).id
        return self.checklist.step(option_id) if option_id else None

    def select_step(self, step_id: str) -> None:
        options = self.query_one(OptionList)
        options.highlighted = options.get_option_index(step_id)

    def refresh_steps(self) -> None:
        options = self.query_one(OptionList)
        keep = options.highlighted
        states = self.checklist.states()
        options.clear_options()
        for step in self.checklist.steps:
            status = states[step.id]
            check = " [dim]⚑[/]" if "verify" in step.attrs else ""
            action = " [dim]⚙[/]" if "action" in step.attrs else ""
            options.add_option(Option(f"{STATE_MARK[status.state]} {escape(step.text)}{check}{action}", id=step.id))
        if keep is not None:
            options.highlighted = keep
        done, total = self.checklist.progress()
        title = escape(self.checklist.runbook.title or self.checklist.runbook.source)
        self.query_one("#checklist-title", Static).update(f"[b]{title}[/b]  [dim]{done}/{total} done[/]")
        self.show_detail()

    def show_detail(self) -> None:
        step = self.selected
        text = self._describe(step) if step else "No steps in this runbook."
        if text != self._detail_text:
            self._detail_text = text
            self.query_one("#step-detail", Static).update(text)

    def _describe(self, step: Step) -> str:
        status = self.checklist.status(step.id)
        lines = [f"[b]{escape(step.id)}[/b]  {STATE_MARK[status.state]} {status.state.value}", escape(step.text)]
        if status.reason:
            override = " (override)" if status.overridden else ""
            lines.append(f"[dim]reason{override}:[/] {escape(status.reason)}")
        commands = self.checklist.step_commands(step)
        for number, command in enumerate(commands, 1):
            lines.append(f"[dim]{number}[/] [b]$[/b] {escape(command)}")
        if commands:
            lines.append("[dim]x runs a command: you see it, confirm it, and it is recorded[/]")
        if step.id in self._outputs:
            lines.append(f"[dim]last run:[/]\n{escape(self._outputs[step.id])}")
        action = self.checklist.step_action(step)
        if action:
            lines.append(f"[dim]action (a):[/] {escape(' '.join(f'{k}={v}' for k, v in action.items()))}")
        try:
            spec = self.checklist.verification(step)
        except ChecklistError as error:
            lines.append(f"[$error]unusable check: {escape(str(error))}[/]")
            spec = None
        if spec is not None:
            verdict = self.checklist.evaluate(step)
            lines.append(f"[dim]done when:[/] {escape(spec.describe())}")
            if verdict is not None:
                style = VERDICT_STYLE[verdict.outcome]
                lines.append(f"[{style}]{verdict.outcome.value}[/]: {escape(verdict.evidence)}")
        lines.extend(self._decisions(step))
        return "\n".join(lines)

    def _decisions(self, step: Step) -> list[str]:
        """Decision tables of the step's section, with the row the live data says applies."""
        section = next((s for s in self.checklist.runbook.sections if step in s.steps), None)
        lines: list[str] = []
        for table in section.tables if section else ():
            if not looks_like_decision_table(table):
                continue
            verdicts = evaluate_table(table, self.checklist.hub, table.attrs.get("target"))
            lines.append("[b]Decision[/b]")
            for verdict in verdicts:
                row = " | ".join(table.rows[verdict.row_index])
                mark = {True: "[b $error]▶[/]", False: "[dim]·[/]", None: "[$warning]?[/]"}[verdict.applies]
                lines.append(f"{mark} {escape(row)}  [dim]{escape(verdict.reason)}[/]")
            advice = recommendation(table, verdicts)
            if advice:
                lines.append(f"[b]Recommended:[/b] {escape(advice)} [dim](you decide)[/]")
        return lines

    @property
    def advice(self) -> dict[int, str | None]:
        """The advisor's current recommendation per decision table (by its runbook line); None: no row applies."""
        return dict(self._advice)

    def _note_advice(self, line: int, advice: str | None, evidence: list[str]) -> None:
        """Record the advisor's verdict when it changes: the review shows what was recommended, when, and why."""
        if line in self._advice and self._advice[line] == advice:
            return
        self._advice[line] = advice
        summary = f"decision table (line {line}): {advice or 'no row applies'}"
        detail = {"verdict": advice, "evidence": evidence, "table_line": line, "runbook": self.checklist.ref}
        self._record(EventKind.ADVISOR_VERDICT, summary, source=EventSource.ADVISOR, detail=detail)

    def _advise(self) -> None:
        """Evaluate every decision table against the live data, whichever step is on screen."""
        for table in self.checklist.decision_tables():
            verdicts = evaluate_table(table, self.checklist.hub, table.attrs.get("target"))
            advice = recommendation(table, verdicts)
            if advice is None and any(v.applies is None for v in verdicts):
                continue  # the live data cannot settle it yet: not a verdict worth recording
            self._note_advice(table.line, advice, [v.reason for v in verdicts if v.applies])

    async def show_snapshot(self, snapshot: Snapshot) -> None:
        self._advise()
        if snapshot.capability == "health":
            await self.query_one(HealthPane).update_snapshot(snapshot)
        elif snapshot.capability == "deployments":
            self.query_one(DeploymentsPane).update_snapshot(snapshot)
        if self.checklist.sync():  # another cockpit on the same incident changed a step
            self.refresh_steps()
        else:
            self.show_detail()

    @on(OptionList.OptionSelected, "#checklist-steps")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a step marks it done (the list owns Enter), like d."""
        event.stop()
        self.action_complete()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self.checklist.select(event.option.id)
        self.show_detail()

    # -- keys --------------------------------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    @work(exclusive=True, group="checklist", exit_on_error=False)
    async def action_complete(self) -> None:
        step = self.selected
        if step is None:
            return
        try:
            self.checklist.complete(step.id)
        except NeedsReason as gate:
            reason = await self.app.push_screen_wait(NoteScreen(f"{gate} — reason (Esc keeps it open):"))
            if not reason:
                self.notify("Step left open: its check has not passed.", title=step.id, severity="warning")
                return
            self._change(lambda: self.checklist.complete(step.id, reason))
            return
        self.refresh_steps()
        self._advance()

    @work(exclusive=True, group="checklist", exit_on_error=False)
    async def action_skip(self) -> None:
        await self._with_reason("Why skip this step?", lambda step, reason: self.checklist.skip(step.id, reason))

    @work(exclusive=True, group="checklist", exit_on_error=False)
    async def action_fail(self) -> None:
        await self._with_reason("What failed?", lambda step, reason: self.checklist.fail(step.id, reason))

    def action_reopen(self) -> None:
        step = self.selected
        if step is not None:
            self._change(lambda: self.checklist.reopen(step.id))

    @work(exclusive=True, group="checklist", exit_on_error=False)
    async def action_run_command(self) -> None:
        step = self.selected
        if step is None:
            return
        commands = self.checklist.step_commands(step)
        if not commands:
            self.notify("This step has no command to run.", title=step.id)
            return
        command = commands[0]
        if len(commands) > 1:
            picked = await self.app.push_screen_wait(CommandPicker(commands))
            if picked is None:
                return
            command = picked

        async def plan() -> ActionPlan:
            try:
                return self.checklist.plan_step_command(step.id, command)
            except ChecklistError as error:  # e.g. a <placeholder> still in the command: the flow shows it
                raise ActionRefused(str(error)) from None

        outcome = await self._perform_action(plan)
        if outcome is not None:
            tail = "\n".join(outcome.result.output.rstrip().splitlines()[-OUTPUT_LINES:])
            self._outputs[step.id] = f"$ {command}\n{outcome.result.message}\n{tail}".rstrip()
        self.refresh_steps()

    @work(exclusive=True, group="checklist", exit_on_error=False)
    async def action_step_action(self) -> None:
        step = self.selected
        if step is None:
            return
        if self.checklist.step_action(step) is None:
            self.notify("This step names no action.", title=step.id)
            return
        async def plan() -> ActionPlan:
            try:
                return await self.checklist.plan_step_action(step.id)
            except ChecklistError as error:
                raise ActionRefused(str(error)) from None

        await self._perform_action(plan)
        self.refresh_steps()

    # -- helpers -----------------------------------------------------------------------------------------------

    async def _with_reason(self, prompt: str, change: Callable[[Step, str], object]) -> None:
        step = self.selected
        if step is None:
            return
        reason = await self.app.push_screen_wait(NoteScreen(prompt))
        if reason:
            self._change(lambda: change(step, reason))

    def _change(self, change: Callable[[], object]) -> None:
        try:
            change()
        except ChecklistError as error:
            self.notify(str(error), title="Checklist", severity="error")
            return
        self.refresh_steps()
        self._advance()

    def _advance(self) -> None:
        """After a step is settled, move to the next open one, as a person working down a list would."""
        step = self.selected
        if step is not None and self.checklist.status(step.id).state in (StepState.DONE, StepState.SKIPPED):
            following = self.checklist.steps[self.checklist.steps.index(step) + 1 :]
            nxt = next((s for s in following if self.checklist.status(s.id).state is not StepState.DONE), None)
            if nxt is not None:
                self.select_step(nxt.id)


class CommandPicker(Screen[str | None]):
    """Choose which of a step's commands to run."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, commands: list[str]) -> None:
        super().__init__()
        self.commands = commands

    def compose(self) -> ComposeResult:
        yield Static("Which command? (Enter runs it after a preview; Esc cancels)")
        yield OptionList(*[Option(escape(command), id=str(index)) for index, command in enumerate(self.commands)])
        yield Footer()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.commands[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
