"""The Textual application: composition root that wires session, timeline, hub, action runner and screens."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.signal import Signal

from cockpit.actions import ActionRefused, ActionRunner, Outcome
from cockpit.hub import Hub, PollPolicy, Snapshot, Transition
from cockpit.incident import last_states, open_or_resume
from cockpit.redaction import Redactor
from cockpit.targets import Session, close_providers
from cockpit.timeline import EventKind, EventSource, Incident, Timeline, TimelineError
from cockpit.widgets.status_bar import StatusBar
from providers.base import ActionPlan, DeploymentStatus, LogLine, utcnow
from screens.confirm import ConfirmScreen
from screens.dashboard import DashboardScreen
from screens.help import HelpScreen
from screens.note import NoteScreen
from screens.timeline import TimelineScreen
from themes import DEFAULT_THEME, load_themes

if TYPE_CHECKING:
    from cockpit.checklist import Checklist


class CockpitApp(App[int]):
    CSS_PATH = "cockpit.tcss"
    TITLE = "cockpit"
    BINDINGS = [
        Binding("r", "rollback", "Rollback"),
        Binding("n", "note", "Note"),
        Binding("t", "timeline", "Timeline"),
        Binding("c", "checklist", "Checklist"),
        Binding("ctrl+r", "refresh", "Refresh", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, session: Session, timeline: Timeline, *, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__()
        self.session = session
        self.timeline = timeline
        self.incident: Incident | None = None
        env = session.environment
        policies = {name: PollPolicy(**_policy_fields(target.polling)) for name, target in env.targets.items()}
        self.hub = Hub(session.providers, policies, clock=clock)
        self.runner: ActionRunner | None = None
        self.checklist: Checklist | None = None
        """The environment's runbook walk, built the first time the operator opens it."""
        self.snapshot_published: Signal[Snapshot] = Signal(self, "snapshot")
        self.logs_published: Signal[Sequence[LogLine]] = Signal(self, "logs")
        self.changed = asyncio.Event()
        """Set on every hub publication; tests wait on it instead of sleeping."""
        for theme in load_themes():
            self.register_theme(theme)
        self.theme = session.config.theme if session.config.theme in self.available_themes else DEFAULT_THEME

    # -- start and stop ----------------------------------------------------------------------------------------

    async def on_mount(self) -> None:
        env = self.session.environment
        self.incident, resumed = open_or_resume(
            self.timeline,
            env.name,
            env.service,
            operator=self.session.operator,
            ref=self.session.incident_ref,
            resume=self.session.demo is None,
        )
        if resumed:
            self.hub.seed_states(last_states(self.timeline, self.incident.id))
        self.runner = ActionRunner(
            self.timeline,
            self.incident.id,
            self.session.providers,
            read_only=self.session.read_only,
            protected=env.protected,
            operator=self.session.operator,
            confirm_phrase=env.service,
            # A runbook command may change anything: poll every backend now, not just the action's target.
            after_execute=lambda target: self.hub.refresh(target if target in self.hub.providers else None),
        )
        dashboard = DashboardScreen(self.hub.all_logs)
        self.install_screen(dashboard, "dashboard")
        await self.push_screen("dashboard")
        bar = self.status_bar
        bar.environment = env.name
        bar.protected = env.protected
        bar.read_only = self.session.read_only
        bar.incident = f"{self.incident.ref} {self.incident.title}" + (" (resumed)" if resumed else "")
        self.snapshot_published.subscribe(dashboard, lambda snap: dashboard.call_next(dashboard.show_snapshot, snap))
        self.logs_published.subscribe(dashboard, dashboard.show_logs)
        self.hub.subscribe(self._on_snapshot)
        self.hub.subscribe_logs(self._on_logs)
        self.hub.subscribe_transitions(self._on_transition)
        # Poll only once the first frame is on screen: the first polls import the HTTP and SDK clients.
        self.call_after_refresh(self.hub.start)

    async def on_unmount(self) -> None:
        await self.hub.stop()
        await close_providers(self.session.providers)

    # -- hub -> screens and timeline ---------------------------------------------------------------------------

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot_published.publish(snapshot)
        self.changed.set()

    def _on_logs(self, target: str, lines: Sequence[LogLine]) -> None:
        self.logs_published.publish(lines)
        self.changed.set()

    def _on_transition(self, transition: Transition) -> None:
        self.record(
            EventKind(transition.kind),
            transition.summary,
            source=EventSource.PROVIDER,
            target=transition.target,
            detail={
                "capability": transition.capability,
                "before": transition.before,
                "after": transition.after,
                **transition.detail,
            },
        )

    def record(self, kind: EventKind, summary: str, **fields: Any) -> bool:
        """Append to the timeline; on failure keep running and say so on the status line. True when recorded."""
        assert self.incident is not None
        fields.setdefault("actor", self.session.operator)
        try:
            self.timeline.record(self.incident.id, kind, summary, **fields)
        except TimelineError as error:
            self._show_recording_error(str(error))
            return False
        self._show_recording_error("")
        return True

    def _show_recording_error(self, message: str) -> None:
        bar = self.status_bar
        if message and bar.recording_error != message:
            self.notify(message, title="Timeline not recording", severity="error", timeout=10)
        bar.recording_error = message

    @property
    def status_bar(self) -> StatusBar:
        return self.get_screen("dashboard").query_one(StatusBar)

    # -- operator actions --------------------------------------------------------------------------------------

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_timeline(self) -> None:
        if isinstance(self.screen, TimelineScreen) or self.incident is None:
            return
        self.push_screen(TimelineScreen(self.timeline, self.incident, self.record))

    def action_refresh(self) -> None:
        self.hub.refresh()

    def action_note(self) -> None:
        def save(text: str | None) -> None:
            if text and self.record(EventKind.NOTE, text, source=EventSource.NOTE):
                self.notify(f"Recorded: {text}", title="Note", timeout=3)
                if isinstance(self.screen, TimelineScreen):
                    self.screen.reload()

        self.push_screen(NoteScreen(), save)

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
        candidate = self.rollback_candidate()
        if candidate is None:
            self.notify("No deployment that can roll back has reported yet.", title="Rollback", severity="warning")
            return
        assert self.runner is not None
        runner = self.runner
        await self.perform_action(lambda: runner.plan_rollback(candidate.target, candidate.service))

    async def perform_action(self, plan_it: Callable[[], Awaitable[ActionPlan]]) -> Outcome | None:
        """The one interactive path for every mutating action: plan -> preview -> confirm -> execute -> verify ->
        record (the runner records each stage). The outcome when the action was executed, else None."""
        assert self.runner is not None
        try:
            plan = await plan_it()
        except (ActionRefused, TimelineError) as refusal:
            self.notify(str(refusal), title="Refused", severity="error", timeout=8)
            return None
        typed = await self.push_screen_wait(ConfirmScreen(plan, self.runner.confirmation_phrase(plan)))
        if typed is None:
            self.record(
                EventKind.ACTION_REFUSED,
                f"{plan.action} cancelled by the operator",
                source=EventSource.OPERATOR,
                target=plan.target,
            )
            self.notify("Cancelled; nothing was changed.", title=plan.action)
            return None
        bar = self.status_bar
        bar.activity = f"{plan.action} {plan.service}{' → ' + plan.expect_revision if plan.expect_revision else ''}…"
        try:
            outcome = await self.runner.execute(plan, typed)
        except (ActionRefused, TimelineError) as refusal:
            self.notify(str(refusal), title="Refused", severity="error", timeout=8)
            return None
        finally:
            bar.activity = ""
        title = plan.action.replace("-", " ").capitalize()
        if not outcome.result.ok:
            self.notify(outcome.result.message, title=f"{title} failed", severity="error", timeout=15)
        elif outcome.verified is False:
            self.notify(outcome.verification, title=f"{title} NOT verified", severity="warning", timeout=15)
        elif outcome.verified:
            self.notify(outcome.verification, title=f"{title} verified", timeout=8)
        else:
            self.notify(outcome.result.message, title=f"{title} done", timeout=8)
        self.hub.refresh()
        return outcome

    # -- the checklist -----------------------------------------------------------------------------------------

    def action_checklist(self) -> None:
        # Imported on first use: the runbook parser and checklist engine stay off the start-up path.
        from cockpit.checklist import Checklist
        from cockpit.runbook import RunbookError, load_runbook
        from screens.checklist import ChecklistScreen

        if isinstance(self.screen, ChecklistScreen):
            return
        if self.checklist is None:
            path = self.session.environment.runbook
            if path is None:
                self.notify(
                    f'No runbook for {self.session.environment.name}: set runbook = "FILE" in its [environments] '
                    "table of the config.",
                    title="Checklist",
                    severity="warning",
                    timeout=10,
                )
                return
            try:
                runbook = load_runbook(path)
            except RunbookError as error:
                self.notify(str(error), title="Runbook", severity="error", timeout=10)
                return
            assert self.incident is not None and self.runner is not None
            self.checklist = Checklist(
                runbook, self.timeline, self.incident.id, self.hub, self.runner, operator=self.session.operator
            )
        self.push_screen(ChecklistScreen(self.checklist, self.perform_action, self.snapshot_published, self.record))


def _policy_fields(polling: Any) -> dict[str, float]:
    return {"interval_s": polling.interval_s, "timeout_s": polling.timeout_s, "max_backoff_s": polling.max_backoff_s}


def run_app(session: Session) -> int:
    """Run the cockpit until the operator quits; the return value is the process exit code."""
    try:
        timeline = Timeline(session.db_path, redactor=Redactor(_secret_values(session)))
    except TimelineError as error:
        print(f"cockpit: error: {error}", file=sys.stderr)
        return 2
    with timeline:
        app = CockpitApp(session, timeline)
        app.run()
    return app.return_code or 0


def _secret_values(session: Session) -> list[str]:
    return [os.environ[name] for name in session.config.redact_env if os.environ.get(name)]
