"""What the operator sets in motion from any screen: a rollback, a pipeline re-run, the runbook checklist, each
through the one interactive action path (plan -> preview -> confirm -> execute -> verify -> record).

A mixin of ``CockpitApp``: these methods use the app's hub, runner, incident link and screens.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from textual import work

from cockpit.errors import CockpitError
from cockpit.providers.results import ActionPlan, DeploymentStatus
from cockpit.ui.recording import TimelineRecording
from cockpit.ui.safe import one_line

if TYPE_CHECKING:
    from cockpit.core.actions import Outcome
    from cockpit.runbooks.checklist import Checklist
    from cockpit.ui.widgets.pipeline_pane import PipelinePane


VERIFY_PROGRESS_CHARS = 160
"""Longest 'waiting for' text on the status line (a backend's health message can be long)."""


class OperatorActions(TimelineRecording):
    """Rollback, re-run and checklist for ``CockpitApp`` (``self`` is the app); each stage is recorded through
    ``TimelineRecording``."""

    def action_rollback(self) -> None:
        self.start_rollback()

    def rollback_candidate(self) -> DeploymentStatus | None:
        """The service to roll back: the first one in trouble, else the first that can roll back at all."""
        assert self.runner is not None
        rows: list[DeploymentStatus] = []
        for target in self.runner.rollback_targets():
            snapshot = self.hub.latest(target, "deployments")
            if snapshot is not None and snapshot.data:
                rows.extend(snapshot.data)
        rows.sort(key=lambda row: not row.state.is_bad)
        return rows[0] if rows else None

    @work(exclusive=True, group="action", exit_on_error=False)
    async def start_rollback(self) -> None:
        if not await self.link.wait():  # a key pressed in the first frame's moments waits for the runner
            return
        candidate = self.rollback_candidate()
        if candidate is None:
            self.notify("No deployment that can roll back has reported yet.", title="Rollback", severity="warning")
            return
        assert self.runner is not None
        runner = self.runner
        await self.perform_action(lambda: runner.plan_rollback(candidate.target, candidate.service))

    def on_pipeline_pane_rerun_requested(self, request: PipelinePane.RerunRequested) -> None:
        # (By name, not @on: the Pipeline pane's module is imported only where there is a pipeline.)
        self.start_rerun(request.target, request.run_id)

    @work(exclusive=True, group="action", exit_on_error=False)
    async def start_rerun(self, target: str, run_id: str) -> None:
        if not await self.link.wait():
            return
        assert self.runner is not None
        runner = self.runner
        await self.perform_action(lambda: runner.plan_rerun(target, run_id))

    async def perform_action(self, plan_it: Callable[[], Awaitable[ActionPlan]]) -> Outcome | None:
        """The one interactive path for every mutating action: plan -> preview -> confirm -> execute -> verify ->
        record (the runner records each stage). The outcome when the action was executed, else None."""
        from cockpit.core.timeline import EventKind, EventSource
        from cockpit.screens.confirm import ConfirmScreen

        assert self.runner is not None
        notices = self.action_notices
        notices.withdraw()  # what the last action said (a refusal, a cancellation) is not about this plan
        try:
            plan = await self._planned(plan_it)
        except CockpitError as refusal:
            notices.error(refusal)
            return None
        if plan is None:
            notices.show("Cancelled while planning; nothing was changed.", title="Action")
            return None
        preview = ConfirmScreen(plan, self.runner.confirmation_phrase(plan), self.runner.warning(plan))
        typed = await self.push_screen_wait(preview)
        if typed is None:
            self.record_soon(
                EventKind.ACTION_REFUSED,
                f"{plan.action} cancelled by the operator",
                source=EventSource.OPERATOR,
                target=plan.target,
            )
            notices.show("Cancelled; nothing was changed.", title=plan.action)
            return None
        towards = f" → {plan.expect_revision}" if plan.expect_revision else ""
        self.action_label = f"{plan.action} {plan.service}{towards}…"
        self.activity = self.action_label
        try:
            outcome = await self.runner.execute(plan, typed)
        except CockpitError as refusal:
            notices.error(refusal)
            return None
        finally:
            self.action_label = ""
            self.activity = ""
        title = plan.action.replace("-", " ").capitalize()
        if not outcome.result.ok:
            notices.show(outcome.result.message, title=f"{title} failed", severity="error", timeout=15)
        elif outcome.verified is False:
            notices.show(outcome.verification, title=f"{title} NOT verified", severity="warning", timeout=15)
        elif outcome.verified:
            notices.show(outcome.verification, title=f"{title} verified", timeout=8)
        else:
            notices.show(outcome.result.message, title=f"{title} done", timeout=8)
        self.hub.refresh()
        return outcome

    def show_verification_progress(self, missing: str) -> None:
        """The runner's verification still waits (up to its timeout): say for what, beside the action, so the
        operator sees whether it is the rollout or the health check that has not come round yet."""
        if self.action_label:
            self.activity = f"{self.action_label} verifying, waiting for: {one_line(missing, VERIFY_PROGRESS_CHARS)}"

    async def _planned(self, plan_it: Callable[[], Awaitable[ActionPlan]]) -> ActionPlan | None:
        """The plan, made while ``PlanningScreen`` holds the keyboard; None when the operator cancelled it."""
        from cockpit.screens.planning import PlanningScreen

        planning = PlanningScreen()
        await self.push_screen(planning)
        planner = asyncio.ensure_future(plan_it())
        cancelled = asyncio.ensure_future(planning.cancelled.wait())
        try:
            await asyncio.wait([planner, cancelled], return_when=asyncio.FIRST_COMPLETED)
            if not planner.done():
                planner.cancel()  # a plan changes nothing: dropping it half-made is safe
                return None
            return planner.result()
        finally:
            cancelled.cancel()
            if not planner.done():
                planner.cancel()
            if self.screen is planning:
                planning.dismiss()

    # -- the checklist -----------------------------------------------------------------------------------------

    async def action_checklist(self) -> None:
        if not await self.link.wait():  # the checklist records into the incident and acts through the runner
            return
        if self.current_mode == "checklist":
            return
        if self.checklist is None:
            self.checklist = self._open_checklist()
            if self.checklist is None:
                return
            checklist = self.checklist
            # Imported on first use: the runbook parser and checklist engine stay off the start-up path.
            from cockpit.screens.checklist import ChecklistScreen

            self.add_mode(
                "checklist",
                lambda: ChecklistScreen(
                    checklist, self.perform_action, self.snapshot_published, self.record_soon,
                    lambda: tuple(self.triggers.verdicts.values()),
                ),
            )
        self.switch_mode("checklist")

    def _open_checklist(self) -> Checklist | None:
        from cockpit.runbooks.checklist import Checklist
        from cockpit.runbooks.parser import load_runbook

        path = self.session.environment.runbook
        if path is None:
            self.notify(
                f'No runbook for {self.session.environment.name}: set runbook = "FILE" in its [environments] '
                "table of the config.",
                title="Checklist",
                severity="warning",
                timeout=10,
            )
            return None
        try:
            runbook = load_runbook(path)
        except CockpitError as error:
            self.show_error(error)
            return None
        assert self.incident is not None and self.runner is not None
        operator = self.session.operator
        env = self.session.environment
        return Checklist(runbook, self.timeline, self.incident.id, self.hub, self.runner, operator=operator,
                         environment=env.name, service=env.service)
