"""The notices of one action flow (refused, cancelled, failed, verified): withdrawn when the next plan starts, so
an old refusal never sits over a new plan or outlives the action it was about."""

from __future__ import annotations

from typing import Protocol

from textual.notifications import Notification, SeverityLevel

from cockpit.errors import presented


class NoticeBoard(Protocol):
    """What the app offers: a notification it can later take back."""

    def notice(
        self, message: str, *, title: str = "", severity: SeverityLevel = "information", timeout: float | None = None
    ) -> Notification: ...

    def _unnotify(self, notification: Notification, refresh: bool = True) -> None: ...


class ActionNotices:
    def __init__(self, board: NoticeBoard) -> None:
        self._board = board
        self._shown: list[Notification] = []

    def show(self, message: str, *, title: str, severity: SeverityLevel = "information", timeout: float = 8) -> None:
        self._shown.append(self._board.notice(message, title=title, severity=severity, timeout=timeout))

    def error(self, error: BaseException, *, timeout: float = 8) -> None:
        """An error in the same words the CLI prints (cockpit.errors.presented)."""
        said = presented(error)
        self.show(said.text, title=said.title, severity="error", timeout=timeout)

    def withdraw(self) -> None:
        # Textual (pinned to 8.2) takes a notification back only through App._unnotify; one it has already
        # dropped (expired) is a no-op there.
        for notification in self._shown:
            self._board._unnotify(notification)
        self._shown.clear()
