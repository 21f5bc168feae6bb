"""What the app writes to the incident's timeline as it runs: the hub's transitions and faults, the advisor's
verdicts, failed workers, all through the one timeline writer, off the UI loop. A write that fails keeps the app
running and says so on the status line.

A mixin of ``CockpitApp``: these methods use the app's incident link, writer and session.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual.worker import Worker, WorkerState

from cockpit.core.verdicts import VerdictOutcome
from cockpit.errors import presented

if TYPE_CHECKING:
    from cockpit.core.hub import Transition
    from cockpit.core.timeline import EventKind
    from cockpit.core.triggers import TriggerVerdict
    from cockpit.ui.app_state import AppState
else:
    AppState = object  # the app's attributes, declared for the type checker only (cockpit.ui.app_state)


class TimelineRecording(AppState):
    """Recording for ``CockpitApp`` (``self`` is the app)."""

    def _on_verdict(self, verdict: TriggerVerdict, previous: TriggerVerdict | None) -> None:
        """Each change of a trigger's verdict is a timeline event (the first one only once there is data)."""
        from cockpit.core.timeline import EventKind, EventSource
        if previous is None and verdict.outcome is VerdictOutcome.INCONCLUSIVE:
            return
        was = previous.outcome.value if previous is not None else None
        change = f"{was} -> {verdict.outcome.value}" if was else verdict.outcome.value
        detail = {**verdict.to_json(), "previous": was}
        summary = f"rollback trigger {verdict.trigger.name}: {change}: {verdict.evidence}"
        self.record_soon(EventKind.ADVISOR_VERDICT, summary, source=EventSource.ADVISOR, target=verdict.target or "",
                         detail=detail)

    def _on_transition(self, transition: Transition) -> None:
        from cockpit.core.timeline import EventKind, EventSource

        self.record_soon(
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

    def pane_failed(self, target: str, capability: str, fault: str) -> None:
        """A pane raised while rendering a snapshot: it shows the fault itself; recorded here, the app goes on."""
        self._on_fault(target, capability, fault)

    def _on_fault(self, target: str, capability: str, fault: str) -> None:
        """A bug of ours while handling a loop's data: the pane shows it (the snapshot carries it); recorded here."""
        from cockpit.core.timeline import EventKind, EventSource

        self.record_soon(
            EventKind.FAULT,
            f"{target} {capability}: {fault}",
            source=EventSource.SYSTEM,
            target=target,
            detail={"capability": capability, "fault": fault},
        )

    async def record(self, kind: EventKind, summary: str, **fields: Any) -> bool:
        """Append through the writer; True once committed. On failure keep running and say so on the status line.
        Before the incident is open (the first frame's moments) the event waits for it, in order."""
        from cockpit.core.timeline import TimelineError

        if self.link.keep_while_watching(kind, summary, fields):
            return True
        await self.link.ready.wait()
        assert self.incident is not None and self.writer is not None
        fields.setdefault("actor", self.session.operator)
        try:
            await self.writer.record(self.incident.id, kind, summary, **fields)
        except TimelineError as error:
            self._show_recording_error(str(error))
            return False
        self._show_recording_error("")
        return True

    def record_soon(self, kind: EventKind, summary: str, **fields: Any) -> None:
        """Record without waiting for the commit (transitions, faults): a failure still shows on the status line."""
        task = asyncio.ensure_future(self.record(kind, summary, **fields))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    def _show_recording_error(self, message: str) -> None:
        if message and self.recording_error != message:
            self.notify(message, title="Timeline not recording", severity="error", timeout=10)
        self.recording_error = message

    def show_error(self, error: BaseException, *, timeout: float = 10) -> None:
        """Any error, in the same words the CLI prints (cockpit.errors.presented)."""
        said = presented(error)
        self.notify(said.text, title=said.title, severity="error", timeout=timeout)

    def worker_failed(self, worker: Worker[Any]) -> None:
        """The one place a worker's failure is handled, the app's and every screen's: shown and recorded."""
        if worker.state is not WorkerState.ERROR or worker.error is None:
            return
        from cockpit.core.timeline import EventKind, EventSource

        self.show_error(worker.error)
        said = presented(worker.error)
        self.record_soon(
            EventKind.FAULT,
            f"{worker.name or worker.group}: {said.title}: {said.text}",
            source=EventSource.SYSTEM,
            detail={"worker": worker.name, "group": worker.group, "fault": said.text, "expected": said.expected},
        )
