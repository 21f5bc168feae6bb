"""Walk a runbook step by step beside the live panes; a step with a check is done only when the live systems agree.

The screen only reads the checklist and asks the app to act: every command and rollback goes through the app's
action flow (plan -> preview -> confirm -> execute -> verify -> record). What the detail pane says about a step is
rendered by ``screens.step_detail``; the choice between a step's commands is ``screens.command_picker``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.signal import Signal
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cockpit.core.actions import ActionRefused, Outcome
from cockpit.core.hub import Snapshot
from cockpit.core.timeline import EventKind, EventSource
from cockpit.core.trigger_monitor import step_triggers
from cockpit.core.triggers import TriggerVerdict
from cockpit.providers.results import ActionPlan
from cockpit.runbooks.advice import AdviceChange, StandingAdvice
from cockpit.runbooks.advisor import evaluate_table, recommendation, unsettled_above
from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.model import Step
from cockpit.runbooks.step_state import ChecklistError, NeedsReason, StepState
from cockpit.screens.base import CockpitScreen, key_bar
from cockpit.screens.command_picker import CommandPicker
from cockpit.screens.note import NoteScreen
from cockpit.screens.placeholders import show_shell_state, values_for
from cockpit.screens.step_detail import STATE_MARK, describe_step
from cockpit.ui.safe import plain, shown
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.status_bar import StatusBar

RecordSoon = Callable[..., None]
"""The app's ``record_soon(kind, summary, **fields)``: queued for the timeline writer (advisor verdicts)."""
RunAction = Callable[[Callable[[], Awaitable[ActionPlan]]], Awaitable[Outcome | None]]
"""The app's action flow: given a planner, preview, confirm, execute, verify and record; the outcome if it ran."""
OUTPUT_LINES = 8
"""The tail of a command's output shown under its step (all of it is in the timeline)."""


class ChecklistScreen(CockpitScreen):
    CSS_PATH = "checklist.tcss"
    """Its rules, parsed when it is first shown (``cockpit.ui.screen_styles``)."""
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
        self,
        checklist: Checklist,
        perform_action: RunAction,
        snapshots: Signal[Snapshot],
        record: RecordSoon,
        triggers: Callable[[], Sequence[TriggerVerdict]] = tuple,
    ) -> None:
        super().__init__()
        self.checklist = checklist
        self._triggers = triggers
        """The rollback triggers' latest verdicts, shown beside the steps that depend on them."""
        self._failing: frozenset[str] = frozenset()
        self._record = record
        self._advice = StandingAdvice()
        """The recommendation that stands per decision table: only a change that held becomes a timeline event."""
        self._snapshots = snapshots
        """The app's hub publications: the side panes and the live verdicts follow them."""
        self._perform_action = perform_action
        self._detail_text = ""
        self._outputs: dict[str, str] = {}
        """Step id -> what its last command printed (exit status and output tail)."""

    def compose(self) -> ComposeResult:
        runbook = self.checklist.runbook
        yield StatusBar(id="status-bar")
        with Horizontal(id="checklist-body"):
            with Vertical(id="checklist-main"):
                yield Static(shown("[b]$title[/b]", title=runbook.title or runbook.source), id="checklist-title")
                shell = Static("", id="checklist-shell")  # where commands run: shown once a command moved it
                shell.display = False
                yield shell
                yield OptionList(id="checklist-steps")
                with VerticalScroll(id="checklist-detail"):
                    yield Static("", id="step-detail")
            with Vertical(id="checklist-side"):
                yield HealthPane(id="checklist-health")
                yield DeploymentsPane(id="checklist-deployments")
        yield key_bar()

    def on_mount(self) -> None:
        self.checklist.start()
        self.refresh_steps()
        self.query_one(OptionList).focus()
        active = self.checklist.active_step()
        if active is not None:
            self.select_step(active.id)
        # The side panes subscribe to their own capability; the screen judges the whole picture on each snapshot.
        self._snapshots.subscribe(self, lambda _: self.call_next(self.judge))
        self.call_next(self.judge)

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
        verdicts = self._triggers()
        self._failing = frozenset(v.trigger.name for v in verdicts if v.failed)
        options.clear_options()
        for step in self.checklist.steps:
            status = states[step.id]
            check = " [dim]⚑[/]" if "verify" in step.attrs else ""
            action = " [dim]⚙[/]" if "action" in step.attrs else ""
            failing = any(v.failed for v in step_triggers(step.attrs, verdicts))
            alarm = " [b $error]⚠ trigger failing[/]" if failing else ""
            options.add_option(
                Option(shown(f"{STATE_MARK[status.state]} $text{check}{action}{alarm}", text=step.text), id=step.id)
            )
        if keep is not None:
            options.highlighted = keep
        done, total = self.checklist.progress()
        skipped = self.checklist.skipped()
        counts = f"{done}/{total} done" + (f", {skipped} skipped" if skipped else "")
        title = self.checklist.runbook.title or self.checklist.runbook.source
        # The counter first: on a narrow terminal the title wraps (two lines at most), the counter never goes.
        self.query_one("#checklist-title", Static).update(shown(f"[b $accent]{counts}[/] · [b]$title[/b]",
                                                                 title=title))
        self.show_detail()

    def show_detail(self) -> None:
        step = self.selected
        content = (
            describe_step(self.checklist, step, outputs=self._outputs, triggers=self._triggers(), advice=self._advice)
            if step
            else plain("No steps in this runbook.")
        )
        # Content equality ignores styles: compare the markup, so a verdict's colour change still redraws.
        if content.markup != self._detail_text:
            self._detail_text = content.markup
            self.query_one("#step-detail", Static).update(content)

    @property
    def advice(self) -> dict[int, str | None]:
        """The advisor's current recommendation per decision table (by its runbook line); None: no row applies."""
        return self._advice.current()

    def _note_advice(self, change: AdviceChange) -> None:
        """Record a change of advice that held: the review shows what was recommended, when, and why."""
        summary = f"decision table (line {change.line}): {change.advice or 'no row applies'}"
        detail = {"verdict": change.advice, "evidence": list(change.evidence), "table_line": change.line,
                  "runbook": self.checklist.ref}
        self._record(EventKind.ADVISOR_VERDICT, summary, source=EventSource.ADVISOR, detail=detail)

    def _advise(self) -> None:
        """Evaluate every decision table against the live data, whichever step is on screen."""
        for table in self.checklist.decision_tables():
            verdicts = evaluate_table(table, self.checklist.hub, table.attrs.get("target"))
            advice = recommendation(table, verdicts)
            if advice is None and any(v.applies is None for v in verdicts):
                continue  # the live data cannot settle it yet: not a verdict worth recording
            evidence = [v.reason for v in verdicts if v.applies]
            evidence += [f"row {v.row_index + 1} above not settled: {v.reason}" for v in unsettled_above(verdicts)]
            change = self._advice.offer(table, advice, evidence)
            if change is not None:
                self._note_advice(change)

    def judge(self) -> None:
        """Live data moved: re-evaluate the decision tables and the selected step's check."""
        self._advise()
        failing = frozenset(v.trigger.name for v in self._triggers() if v.failed)
        if self.checklist.sync() or failing != self._failing:  # a step changed elsewhere, or a trigger's verdict
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
        self.app.switch_mode("dashboard")

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

        values = await values_for(self, self.checklist, command)
        if values is None:
            return

        async def plan() -> ActionPlan:
            try:
                return self.checklist.plan_step_command(step.id, command, values)
            except ChecklistError as error:  # e.g. a value that cannot go where its placeholder stands
                raise ActionRefused(str(error)) from None

        outcome = await self._perform_action(plan)
        if outcome is not None:
            tail = "\n".join(outcome.result.output.rstrip().splitlines()[-OUTPUT_LINES:])
            self._outputs[step.id] = f"$ {outcome.result.plan.command}\n{outcome.result.message}\n{tail}".rstrip()
            if self.checklist.shell.follow(outcome.result):
                show_shell_state(self.query_one("#checklist-shell", Static), self.checklist)
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

        outcome = await self._perform_action(plan)
        if outcome is not None and outcome.verified:
            self._change(lambda: self.checklist.complete_by_action(step.id, outcome.verification))
            return
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

