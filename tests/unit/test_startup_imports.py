"""Start-up (issue 13): what `cockpit demo` loads before its first frame is what that frame shows. The timeline
(SQLite), the action runner and its shell runner, the other modes' screens, the demo's HTTP server, the entry-point
scan and the provider SDKs come after it. Checked in a fresh interpreter, as the command starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

AFTER_THE_FIRST_FRAME = (
    "sqlite3",
    "cockpit.core.timeline",
    "cockpit.core.redaction",
    "cockpit.core.actions",
    "cockpit.providers.shell",
    "cockpit.screens.timeline",
    "cockpit.screens.confirm",
    "cockpit.screens.note",
    "cockpit.screens.help",
    "cockpit.screens.checklist",
    "cockpit.runbooks.parser",
    "cockpit.demo.server",
    "http.server",
    "importlib.metadata",
    "importlib.resources",
    "hashlib",
    "cockpit.providers.registry",
    "textual.widgets._data_table",
    "httpx",
    "kubernetes",
    "docker",
    "boto3",
)

# What cmd_demo does up to `App.run()`: the session (its service bound, not serving), the app built.
STARTS = """
import json, sys
from cockpit.demo.session import demo_session
from cockpit.ui.app import CockpitApp, run_app
session = demo_session(serve=False)
app = CockpitApp(session, lambda: None)
print(json.dumps(sorted(sys.modules)))
session.stop_demo()
"""


def test_the_demo_loads_nothing_its_first_frame_does_not_show(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "COCKPIT_DB"}  # the default path too
    env["XDG_DATA_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-c", STARTS], check=False, capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    assert "textual.app" in loaded and "cockpit.screens.dashboard" in loaded  # it did get as far as the app
    assert sorted(loaded.intersection(AFTER_THE_FIRST_FRAME)) == []
