"""What a checklist step can be: its states, its recorded status, and the errors a change can meet.

Kept apart from the engine (``runbooks.checklist``) so the shipped-runbook lookup and the step-action planner can
raise checklist errors without importing the engine that uses them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cockpit.errors import CockpitError
from cockpit.runbooks.verification import Verdict


class StepState(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    """Shown, never stored: the pending step the walk is at."""
    DONE = "done"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class StepStatus:
    state: StepState
    reason: str | None = None
    verdict: Verdict | None = None
    """The verification's verdict when the state was recorded; None for steps without one."""
    overridden: bool = False
    """Done or skipped although the verification did not pass, on the operator's recorded reason."""


PENDING = StepStatus(StepState.PENDING)


class ChecklistError(CockpitError):
    """The checklist cannot do what was asked; the message says why in one line."""

    title = "checklist"


class NeedsReason(ChecklistError):
    """The change needs the operator's reason (an unverified step, a skip, a failure)."""
