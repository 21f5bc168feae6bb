"""The runbooks shipped with the cockpit, and how the timeline names any runbook.

Apart from the checklist engine because the CLI and tests look runbooks up by name without walking one.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from cockpit.runbooks.model import Runbook
from cockpit.runbooks.step_state import ChecklistError

BUILTIN_PREFIX = "builtin:"


class UnknownRunbook(ChecklistError, LookupError):
    pass


def builtin_runbooks() -> dict[str, Path]:
    """Name (file name without ``.md``) -> path of every runbook shipped with the cockpit."""
    folder = resources.files("cockpit.runbooks").joinpath("builtin")
    if not isinstance(folder, Path):
        raise UnknownRunbook("the built-in runbooks are not on the file system (a zipped install?)")
    return {path.stem: path for path in sorted(folder.glob("*.md"))}


def builtin_runbook(name: str) -> Path:
    known = builtin_runbooks()
    try:
        return known[name.removesuffix(".md")]
    except KeyError:
        raise UnknownRunbook(f"no built-in runbook {name!r} (built in: {', '.join(known)})") from None


def runbook_ref(runbook: Runbook) -> str:
    """How the timeline names a runbook: ``builtin:<name>`` for shipped ones (stable across upgrades), else its
    absolute path (stable however it was typed), else the source as given (``<string>``)."""
    if runbook.source.startswith("<"):
        return runbook.source
    path = Path(os.path.realpath(runbook.source))
    try:
        shipped = builtin_runbooks()
    except UnknownRunbook:
        shipped = {}
    for name, builtin in shipped.items():
        if Path(os.path.realpath(builtin)) == path:
            return BUILTIN_PREFIX + name
    return str(path)
