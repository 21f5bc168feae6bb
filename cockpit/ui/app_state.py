"""What the app's mixins (``TimelineRecording``, ``OperatorActions``) use of ``CockpitApp``, declared for the type
checker: it is their base class while type checking only (``AppState`` is ``object`` at run time, see below), so
they are checked as parts of a Textual ``App`` that has these attributes, and ``CockpitApp``'s own declarations
are checked against these ones.

Imported only under ``TYPE_CHECKING``: nothing here runs, and the first frame imports none of these names.
"""

from __future__ import annotations

import asyncio

from textual.app import App
from textual.reactive import reactive
from textual.signal import Signal

from cockpit.core.actions import ActionRunner
from cockpit.core.hub import Hub, Snapshot
from cockpit.core.session import Session
from cockpit.core.timeline import Incident, Timeline
from cockpit.core.timeline_writer import TimelineWriter
from cockpit.core.trigger_monitor import TriggerMonitor
from cockpit.runbooks.checklist import Checklist
from cockpit.ui.incident_link import IncidentLink
from cockpit.ui.notices import ActionNotices


class AppState(App[int]):
    """The attributes ``CockpitApp.__init__`` sets and the reactives it declares, as the mixins see them."""

    session: Session
    timeline: Timeline
    writer: TimelineWriter | None
    _writes: set[asyncio.Task[bool]]
    incident: Incident | None
    link: IncidentLink
    hub: Hub
    triggers: TriggerMonitor
    runner: ActionRunner | None
    action_notices: ActionNotices
    action_label: str
    checklist: Checklist | None
    snapshot_published: Signal[Snapshot]
    activity: reactive[str]
    recording_error: reactive[str]
