"""The Textual application: composition root that wires session, timeline, hub, action runner and screens.

The first frame (status line, the panes' frames and titles, the key line) is drawn before anything it does not show
is imported, built or opened: the timeline file, the incident, the action runner and its shell runner, the other
modes' screens come right after it (``_after_first_frame``). Events recorded in between wait for the incident.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.notifications import Notification, Notify, SeverityLevel
from textual.reactive import reactive
from textual.signal import Signal
from textual.theme import Theme
from textual.worker import Worker

from cockpit.core.hub import Hub, PollPolicy, Snapshot
from cockpit.core.session import Session, close_providers
from cockpit.core.trigger_monitor import TriggerMonitor, longest_window
from cockpit.providers.base import PipelineSource
from cockpit.providers.results import LogLine, utcnow
from cockpit.screens.dashboard import DashboardScreen
from cockpit.themes import DEFAULT_THEME, theme_data
from cockpit.ui.feed import SnapshotFeed
from cockpit.ui.incident_link import IncidentLink
from cockpit.ui.notices import ActionNotices
from cockpit.ui.operator_actions import OperatorActions
from cockpit.ui.recording import TimelineRecording
from cockpit.ui.resume import resume_hint
from cockpit.ui.safe import one_line, visible_text
from cockpit.ui.screen_styles import ScreenStylesheets
from cockpit.ui.widgets.pane import Pane
from cockpit.ui.widgets.trigger_banner import TriggerBanner

if TYPE_CHECKING:
    from cockpit.core.actions import ActionRunner
    from cockpit.core.timeline import Incident, Timeline
    from cockpit.core.timeline_writer import TimelineWriter
    from cockpit.runbooks.checklist import Checklist


TRIGGER_LOOK_BACK = timedelta(minutes=30)


class CockpitApp(OperatorActions, TimelineRecording, ScreenStylesheets, App[int]):
    """Dashboard, checklist and timeline are modes: switched between, never stacked, one screen each."""

    CSS_PATH = "cockpit.tcss"
    """The dashboard's rules and what every screen shares; each other screen brings its own (``ScreenStylesheets``)."""
    TITLE = "cockpit"
    DEFAULT_MODE = "dashboard"
    """The dashboard is the app's first screen (``get_default_screen``), not a mode switched to at start: each
    switch to a new mode's screen makes Textual re-parse the whole stylesheet, twice, before the first frame."""
    BINDINGS = [
        Binding("r", "rollback", "Rollback"),
        Binding("n", "note", "Note"),
        Binding("t", "timeline", "Timeline"),
        Binding("c", "checklist", "Checklist"),
        Binding("ctrl+r", "refresh", "Refresh", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    # App-level state every screen's status line is bound to (a rollback started from the checklist shows there).
    environment_name: reactive[str] = reactive("")
    protected: reactive[bool] = reactive(False)
    read_only: reactive[bool] = reactive(False)
    incident_label: reactive[str] = reactive("")
    """'INC-3 Deployment failure: checkout v42'."""
    activity: reactive[str] = reactive("")
    """A running action, e.g. 'rollback checkout → v41…'."""
    recording_error: reactive[str] = reactive("")
    """Why the timeline cannot be written (empty while it records fine)."""
    _theme_chosen = False
    """Set once ``__init__`` registered the themes and chose one (``get_css_variables``)."""

    def __init__(
        self,
        session: Session,
        timeline: Timeline | Callable[[], Timeline],
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        """``timeline`` is an open Timeline, or what opens one (``run_app``): then it is opened after the first
        frame, and closed when the app ends."""
        super().__init__()
        self.session = session
        self.open_timeline = timeline if callable(timeline) else None
        self.timeline: Timeline = None if callable(timeline) else timeline  # type: ignore[assignment]
        """Set once the first frame is up (at once when the caller opened it)."""
        self.writer: TimelineWriter | None = None
        """Every event the app records goes through it, off the UI loop (built with the incident)."""
        self._writes: set[asyncio.Task[bool]] = set()
        self.incident: Incident | None = None
        self.link = IncidentLink(self)
        """Opens the timeline and the incident (or watches until the operator acts)."""
        env = session.environment
        policies = {name: PollPolicy(**_policy_fields(target.polling)) for name, target in env.targets.items()}
        triggers = env.active_triggers
        # The hub keeps half an hour of metrics (more if a trigger's window is longer): a trigger's evidence can then
        # say when a breach began, and the charts show the deploy that started it.
        window = max(longest_window(triggers) + timedelta(minutes=1), TRIGGER_LOOK_BACK)
        self.hub = Hub(
            session.providers, policies, clock=clock, log_lines=session.config.log_lines, metric_window=window,
            log_flush_s=session.config.log_flush_s,
        )
        self.feed = SnapshotFeed(self.hub.snapshots)
        self.triggers = TriggerMonitor(triggers, self.hub, clock=clock)
        """The advisor's rollback triggers, judged on every publication; it recommends, never acts."""
        self._dashboard: DashboardScreen | None = None
        """The dashboard mode's screen once built (it shows the trigger banner)."""
        self.runner: ActionRunner | None = None
        self.action_label = ""
        """The running action as the status line names it ('rollback checkout → v41…'); empty between actions."""
        self.action_notices = ActionNotices(self)
        """What the last action flow said; taken back when the next plan starts."""
        self.checklist: Checklist | None = None
        """The environment's runbook walk, built the first time the operator opens it."""
        self.snapshot_published: Signal[Snapshot] = Signal(self, "snapshot")
        """Every snapshot, for screens that judge the whole picture (the checklist's verdicts and advice)."""
        self.changed = asyncio.Event()
        """Set on every hub publication; tests wait on it instead of sleeping."""
        for data in theme_data():
            self.register_theme(Theme(**data))
        self.theme = session.config.theme if session.config.theme in self.available_themes else DEFAULT_THEME
        # The stylesheet is first parsed with the chosen theme's variables, so the refresh of the whole stylesheet
        # that setting the theme queued would find nothing to change (see refresh_css).
        self._theme_chosen = True
        self.stylesheet.set_variables(self.get_css_variables())
        self._css_current = True

    # -- start and stop ----------------------------------------------------------------------------------------

    def get_default_screen(self) -> DashboardScreen:
        return self._build_dashboard()

    def get_css_variables(self) -> dict[str, str]:
        """No variables until ``__init__`` chose the theme: Textual's own ``__init__`` asks first, and the colour
        system of its default theme would be generated (~1 ms) only to be replaced."""
        return super().get_css_variables() if self._theme_chosen else {}

    def refresh_css(self, animate: bool = True) -> None:
        """Skip the one refresh queued by setting the theme in ``__init__``: it would re-parse every rule and restyle
        every widget of the first frame to the same result. Every later refresh (a theme switched) is done."""
        if self._css_current:
            self._css_current = False
            return
        super().refresh_css(animate)

    def on_mount(self) -> None:
        env = self.session.environment
        self.environment_name = env.name
        self.protected = env.protected
        self.read_only = self.session.read_only
        self.add_mode("dashboard", self._build_dashboard)  # switched back to from the other modes
        self.triggers.subscribe(self._on_verdict)
        self.triggers.start()  # before the app's own listener: the banner shows verdicts of the same snapshot
        self.hub.subscribe(self._on_snapshot)
        self.hub.subscribe_logs(self._on_logs)
        self.hub.subscribe_transitions(self._on_transition)
        self.hub.subscribe_faults(self._on_fault)
        # The timeline, the incident and the polls (whose first calls import the HTTP and SDK clients) wait for the
        # first frame.
        self.call_after_refresh(self._after_first_frame)

    def _after_first_frame(self) -> None:
        if self.link.open_at_start():
            self._start_hub_once_panes_listen()

    @work(group="start-up")
    async def _start_hub_once_panes_listen(self) -> None:
        """Poll once every pane has its children and has subscribed (they mount one refresh after the first
        frame): a log line, which is sent once and not replayed, cannot arrive before its pane listens."""
        assert self._dashboard is not None
        await asyncio.gather(*(pane.body_ready.wait() for pane in self._dashboard.query(Pane)))
        self._start_hub()

    def _start_hub(self) -> None:
        self.session.start_demo()  # `cockpit demo`'s service serves from now (no-op when already serving)
        if not gc.isenabled():
            # The cockpit commands start with the collector off (``cli.start_tui``): collect what start-up left once.
            gc.collect()
            gc.enable()
        # What is alive once the first frame is up lives as long as the app: freezing it out of the collector's
        # reach means a full collection during a log flood walks only what the flood allocated (400 ms otherwise).
        gc.freeze()
        self.hub.start()

    async def on_unmount(self) -> None:
        gc.unfreeze()
        await self.hub.stop()
        if not self.link.ready.is_set():
            # The timeline never opened (the run ends with its error): the queued events have nowhere to go.
            for write in self._writes:
                write.cancel()
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)
        if self.writer is not None:
            await self.writer.aclose()
        if self.open_timeline is not None and self.timeline is not None:
            self.timeline.close()
        await close_providers(self.session.providers)

    # -- hub -> panes, screens and timeline --------------------------------------------------------------------

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.feed.publish(snapshot)
        if self._dashboard is not None:
            for banner in self._dashboard.query(TriggerBanner):
                banner.show(self.triggers.failing)
        self.snapshot_published.publish(snapshot)
        self.changed.set()

    def _on_logs(self, target: str, lines: Sequence[LogLine]) -> None:
        self.feed.publish_logs(target, lines)
        self.changed.set()

    # -- errors (recorded to the timeline by TimelineRecording) --------------------------------------------------

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        self.worker_failed(event.worker)

    # -- operator actions --------------------------------------------------------------------------------------

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification here carries data (an error, a provider's message, a note): never parsed as markup,
        control characters made visible. Screens' ``notify`` comes here too."""
        self.notice(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def notice(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> Notification:
        """``notify``, returning the notification so that it can be taken back (``ActionNotices``)."""
        notification = Notification(visible_text(message), one_line(title, 120), severity,
                                    self.NOTIFICATION_TIMEOUT if timeout is None else timeout, markup=markup)
        self.post_message(Notify(notification))
        return notification

    def action_help(self) -> None:
        from cockpit.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_timeline(self) -> None:
        if self.incident is None and self.link.watching is not None:
            self.notify("No incident yet: your first action or note (n) opens one.", title="Timeline")
        if self.incident is None or self.current_mode == "timeline":
            return
        if "timeline" not in self._modes:
            from cockpit.screens.timeline import TimelineScreen

            incident = self.incident
            self.add_mode("timeline", lambda: TimelineScreen(self.timeline, incident, self.record))
        self.switch_mode("timeline")

    def _build_dashboard(self) -> DashboardScreen:
        pipelines = any(isinstance(p, PipelineSource) for p in self.session.providers.values())
        self._dashboard = DashboardScreen(
            self.hub.all_logs, pipelines=pipelines, log_lines=self.session.config.log_lines,
            triggers=self.triggers.triggers,
        )
        return self._dashboard

    def action_dashboard(self) -> None:
        self.switch_mode("dashboard")

    def action_refresh(self) -> None:
        self.hub.refresh()

    def action_note(self) -> None:
        from cockpit.screens.note import NoteScreen

        self.push_screen(NoteScreen(), self._note_written)

    def _note_written(self, text: str | None) -> None:
        """The note dialog's result (None: cancelled), saved by a worker: the dialog's callback returns nothing."""
        self._save_note(text)

    @work(group="note", exit_on_error=False)
    async def _save_note(self, text: str | None) -> None:
        from cockpit.core.timeline import EventKind, EventSource
        from cockpit.screens.timeline import TimelineScreen

        if text and await self.link.wait() and await self.record(EventKind.NOTE, text, source=EventSource.NOTE):
            self.notify(f"Recorded: {text}", title="Note", timeout=3)
            if isinstance(self.screen, TimelineScreen):
                self.screen.reload()


def _policy_fields(polling: Any) -> dict[str, float]:
    return {"interval_s": polling.interval_s, "timeout_s": polling.timeout_s, "max_backoff_s": polling.max_backoff_s}


def run_app(session: Session) -> int:
    """Run the cockpit until the operator quits; the return value is the process exit code. The timeline file is
    opened once the first frame is up (a file that cannot be opened ends the run with exit 2 and one line)."""

    def open_timeline() -> Timeline:
        from cockpit.core.session import redactor_for
        from cockpit.core.timeline import Timeline

        return Timeline(session.db_path, redactor=redactor_for(session.config))

    app = CockpitApp(session, open_timeline)
    app.run()
    if app.incident is not None:
        print(resume_hint(session, app.incident))
    elif app.link.watching is not None:
        print("Nothing was recorded: no incident was opened (you only watched).")
    return app.return_code or 0

