"""What the review tests share: a clock the test moves, and the rollback plan their incidents are built around."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.providers.results import ActionPlan, Change

START = datetime(2024, 5, 1, 10, 0, 0, tzinfo=UTC)
ROLLBACK_COMMAND = "kubectl rollout undo deployment/api -n prod --to-revision=3"


class Clock:
    """The timeline's clock, moved by the test: every event lands at an exact second."""

    def __init__(self, start: datetime = START) -> None:
        self.start = start
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, seconds: float) -> None:
        self.now = self.start + timedelta(seconds=seconds)


def rollback_plan(command: str = ROLLBACK_COMMAND) -> ActionPlan:
    return ActionPlan(
        action="rollback",
        target="k8s-prod",
        service="api",
        command=command,
        changes=(Change("image", "registry/api:42", "registry/api:41"), Change("revision", "4", "3")),
        reversible=True,
        summary="roll api back to revision 3 (api:41)",
        expect_revision="3",
    )
