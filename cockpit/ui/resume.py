"""What the cockpit prints when the operator quits: the incident and the exact command that comes back to it."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from cockpit.core.session import Session

if TYPE_CHECKING:  # the timeline module (and sqlite3) loads after the first frame
    from cockpit.core.timeline import Incident


def resume_hint(session: Session, incident: Incident) -> str:
    """One line, the command quoted for a POSIX shell; every path absolute, so it works from any directory."""
    db = str(session.db_path.resolve())
    if session.demo is not None:
        # The demo's service starts afresh (at its bad v42) every run: its incident is reviewed, not resumed.
        review = shlex.join(["cockpit", "timeline", "export", incident.ref, "--format", "md", "--db", db])
        return f"{incident.ref} (demo) is recorded; each demo starts afresh. Review it with: {review}"
    argv = ["cockpit", "open"]
    if session.config.path is not None:
        argv += ["--config", str(session.config.path.resolve())]
    argv += ["--env", session.environment.name, "--incident", incident.ref, "--db", db]
    if session.read_only:
        argv.append("--read-only")
    return f"{incident.ref} stays open. Resume it with: {shlex.join(argv)}"
