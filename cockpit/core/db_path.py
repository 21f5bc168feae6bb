"""Where the timeline file lives by default: apart from the timeline module, so that knowing the path (``cockpit demo``
names it before its first frame) does not load SQLite, the redactor and the hash chain."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    """``$COCKPIT_DB``, else ``timeline.db`` in the user data directory."""
    override = os.environ.get("COCKPIT_DB")
    if override:
        return Path(override).expanduser()
    return _in_user_data("timeline.db")


def demo_db_path() -> Path:
    """``demo.db`` beside the default timeline: rehearsals never land in the operator's real timeline (not even the
    one ``COCKPIT_DB`` names); ``--db`` chooses another file."""
    return _in_user_data("demo.db")


def _in_user_data(name: str) -> Path:
    import platformdirs  # only the CLI needs it, and only when no path was given

    return Path(platformdirs.user_data_dir("cockpit")) / name
