"""What the dashboard sends down an SSH link while v42 streams errors in the demo (a real pseudo-terminal, 120x40):
a label whose value did not change is not rewritten, and the Logs pane is painted once per log batch (at most one
batch per ``[cockpit] log_flush_s``), not twice per batch as it was."""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

from cockpit.core.log_batches import LOG_FLUSH_S
from tests.terminal import PtySession

WATCH_S = 8.0
"""Four demo polls (2 s each) and one or two log batches."""
LOG_COLUMN = 3
"""The Logs pane's first column at 120x40 (the bottom-left pane; the Metrics pane starts at column 63)."""


def watch_the_incident(tmp_path: Path) -> bytes:
    session = PtySession([sys.executable, "-m", "cockpit", "demo", "--db", str(tmp_path / "demo.db")])
    try:
        # The rollback banner is the last change of layout the incident brings (it pushes the panes down a row).
        session.wait_for(b"ROLLBACK RECOMMENDED", timeout=60)
        session.wait_for(b"> 5%", timeout=30)
        session.read_for(1.0)
        start = len(session.output)
        session.read_for(WATCH_S)
        return bytes(session.output[start:])
    finally:
        session.close()


def test_labels_are_not_rewritten_and_the_log_is_painted_once_per_batch(tmp_path: Path) -> None:
    sent = watch_the_incident(tmp_path)
    assert b"ERROR" in sent  # the incident is live: new log lines reached the screen
    # The thresholds under the chart names never change: resending them cost ~70 bytes a poll.
    assert b"> 5%" not in sent and b"> 2 s" not in sent
    # Each paint of the Logs pane moves the cursor to the start of each of its rows once.
    rows = Counter(int(m.group(1)) for m in re.finditer(rb"\x1b\[(\d+);%dH" % LOG_COLUMN, sent) if int(m.group(1)) > 20)
    assert rows, "the Logs pane was not painted at all"
    assert max(rows.values()) <= math.ceil(WATCH_S / LOG_FLUSH_S) + 1
