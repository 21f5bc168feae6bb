"""The shell state a checklist keeps between its commands: a working directory and exported variables.

Each command runs in its own ``bash -c``; what it leaves behind (``cd``, ``export``, ``unset``) is read back when
bash exits (``cockpit.providers.shell_capture``) and given to the next command of the same checklist, as a terminal
would. Nothing else survives a command: shell variables that were not exported, functions, aliases, ``set``/
``shopt`` options, traps, ``source``d files, background jobs. ``cockpit runbook lint`` warns where a runbook relies
on those (``cockpit.runbooks.shell_lint``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cockpit.providers.shell import CommandResult

SHOWN_NAMES = 4
"""Exported names listed in the checklist header before '+N more'."""


@dataclass
class ShellState:
    cwd: str | None = None
    """Where the next command runs; None: where the cockpit's shell runs commands by default."""
    variables: dict[str, str | None] = field(default_factory=dict)
    """Exported by earlier commands (name -> value), or unset by them (name -> None)."""

    def follow(self, result: CommandResult) -> bool:
        """Take over where ``result``'s command left the shell; True when anything changed."""
        changed = False
        if result.cwd_after is not None and result.cwd_after != self.cwd:
            self.cwd = result.cwd_after
            changed = True
        for name, value in result.variables_after.items():
            if self.variables.get(name, "\0absent") != value:
                self.variables[name] = value
                changed = True
        return changed

    def environment(self, known: Mapping[str, str]) -> dict[str, str | None]:
        """The variables for the next command: what the cockpit knows, then what the checklist exported (wins)."""
        return {**known, **self.variables}

    @property
    def exported(self) -> list[str]:
        return sorted(name for name, value in self.variables.items() if value is not None)

    def describe(self) -> str:
        """'in /srv/app · exported APP_ENV, TAG' for the checklist header; empty while nothing was kept."""
        parts = [f"in {self.cwd}"] if self.cwd else []
        names = self.exported
        if names:
            more = f" +{len(names) - SHOWN_NAMES} more" if len(names) > SHOWN_NAMES else ""
            parts.append(f"exported {', '.join(names[:SHOWN_NAMES])}{more}")
        unset = sorted(name for name, value in self.variables.items() if value is None)
        if unset:
            parts.append(f"unset {', '.join(unset[:SHOWN_NAMES])}")
        return " · ".join(parts)
