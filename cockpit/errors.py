"""The one base of the cockpit's own errors, and the one way they are put into words for a person.

Every error the cockpit expects (a bad config, a refused action, an unreadable runbook, a timeline it cannot write,
a backend that is down) is a ``CockpitError`` with a message, a short title and, where there is one, a hint of what
to do. The CLI prints it and the UI shows it from the same ``presented()`` text, so the words never differ.
Anything else that reaches the top is a bug of ours, and is said to be one.
"""

from __future__ import annotations

from typing import ClassVar

import msgspec


class CockpitError(Exception):
    title: ClassVar[str] = "error"
    """A few words for a notification title or a pane banner: 'unreachable', 'configuration'."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        """What the operator can do about it (check the VPN, refresh credentials...); empty when nothing useful."""

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class Presented(msgspec.Struct, frozen=True):
    title: str
    text: str
    """The message, with the hint in brackets."""
    expected: bool
    """A CockpitError (the input or the world), not a bug of ours."""

    def line(self) -> str:
        """The CLI's one line (after 'cockpit: error: ')."""
        return f"{self.title}: {self.text}" if self.title != CockpitError.title else self.text


def presented(error: BaseException) -> Presented:
    if isinstance(error, CockpitError):
        return Presented(error.title, str(error), True)
    return Presented(
        "internal error", f"{type(error).__name__}: {error} (a bug in the cockpit: please report it)", False
    )
