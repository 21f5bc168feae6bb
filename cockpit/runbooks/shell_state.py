"""The shell state a checklist keeps between its commands: a working directory and exported variables.

Each command runs in its own ``bash -c``; what it leaves behind (``cd``, ``export``, ``unset``) is read back when
bash exits (``cockpit.providers.shell_capture``) and given to the next command of the same checklist, as a terminal
would. Nothing else survives a command: shell variables that were not exported, functions, aliases, ``set``/
``shopt`` options, traps, ``source``d files, background jobs. ``cockpit runbook lint`` warns where a runbook relies
on those (``cockpit.runbooks.shell_lint``).

Reopening an incident replays what its commands left behind from the timeline (``replay``), except what the record
cannot give back: a value redacted there (a secret is never stored) or a directory that does not exist here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cockpit.core.redaction import REDACTED
from cockpit.providers.shell import CommandResult

SHOWN_NAMES = 4
"""Exported names listed in the checklist header before '+N more'."""


@dataclass
class ShellState:
    cwd: str | None = None
    """Where the next command runs; None: where the cockpit's shell runs commands by default."""
    variables: dict[str, str | None] = field(default_factory=dict)
    """Exported by earlier commands (name -> value), or unset by them (name -> None)."""
    not_restored: dict[str, str] = field(default_factory=dict)
    """What reopening the incident could not take back from the record (name or directory -> why)."""

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

    def replay(self, recorded: Mapping[str, Any]) -> None:
        """Take over where a recorded command left the shell: ``recorded`` is its result as the timeline keeps it
        (``cwd_after``, ``variables_after``). What cannot be taken back goes to ``not_restored``."""
        cwd = recorded.get("cwd_after")
        if isinstance(cwd, str):
            if os.path.isdir(cwd):
                self.cwd = cwd
                self.not_restored.pop("directory", None)
            else:
                self.not_restored["directory"] = f"{cwd} is not a directory here"
        variables = recorded.get("variables_after")
        for name, value in (variables.items() if isinstance(variables, Mapping) else ()):
            if not isinstance(name, str) or not (value is None or isinstance(value, str)):
                continue
            if value is not None and REDACTED in value:
                self.variables.pop(name, None)  # not the older value either: the command changed it
                self.not_restored[name] = "redacted in the record"
            else:
                self.variables[name] = value
                self.not_restored.pop(name, None)

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
        if self.not_restored:
            lost = [name for name in sorted(self.not_restored) if name != "directory"]
            if "directory" in self.not_restored:
                lost.insert(0, "the directory")
            parts.append(f"NOT restored: {', '.join(lost[:SHOWN_NAMES])} (run their step again)")
        return " · ".join(parts)
