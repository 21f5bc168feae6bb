"""Bytes written to the terminal per second while `cockpit demo` runs at 120x40 with live panes (2 s refresh).

Measured in one run: during the incident (v42 failing, error logs streaming, once the rollback banner has settled the
layout) and after rolling back through the real confirm dialog (v41 healthy). Each figure is split by where on the
screen the bytes went (Textual moves the cursor to the start of every run it rewrites), so a regression names its
pane. Target: <= 1 KB/s during the incident and after it. There is no same-run baseline that means anything here: the
figure is absolute (what an SSH link carries).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.terminal import PtySession  # noqa: E402  (the benchmarks share the tests' real-terminal driver)

COLUMNS, ROWS = 120, 40
SETTLE_S = 6.0
MEASURE_S = 20.0
TARGET = 1024
CURSOR_MOVE = re.compile(rb"\x1b\[(\d+);(\d+)H")


def area(row: int, column: int) -> str:
    """The dashboard's parts at 120x40: the status line, the key line and the 2x2 panes (the rollback banner's rows,
    while it shows, count with the upper panes)."""
    if row == 1:
        return "status"
    if row >= ROWS:
        return "footer"
    upper = row <= ROWS // 2 + 1
    left = column <= COLUMNS // 2
    return {(True, True): "deployments", (True, False): "health", (False, True): "logs", (False, False): "metrics"}[
        (upper, left)
    ]


def by_area(output: bytes, seconds: float) -> str:
    sent: Counter[str] = Counter()
    moves = list(CURSOR_MOVE.finditer(output))
    for move, following in zip(moves, [*moves[1:], None], strict=True):
        end = following.start() if following is not None else len(output)
        sent[area(int(move.group(1)), int(move.group(2)))] += end - move.start()
    return ", ".join(f"{name} {count / seconds:.0f}" for name, count in sent.most_common())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session = PtySession(
            [sys.executable, "-m", "cockpit", "demo", "--db", str(Path(tmp) / "b.db")], columns=COLUMNS, rows=ROWS,
        )
        try:
            session.wait_for(b"ROLLBACK RECOMMENDED", timeout=60)
            session.read_for(SETTLE_S)
            start = len(session.output)
            incident = session.read_for(MEASURE_S)
            during = bytes(session.output[start:])
            session.send("r")
            session.wait_for(b"type", timeout=20)
            session.send("checkout\r")
            session.wait_for(b"verified", timeout=60)
            session.read_for(SETTLE_S * 2)  # let the notification expire and the panes settle
            start = len(session.output)
            recovered = session.read_for(MEASURE_S)
            after = bytes(session.output[start:])
        finally:
            session.close()
    print(
        f"terminal output at {COLUMNS}x{ROWS}, 2 s refresh: {incident / MEASURE_S:.0f} B/s during the incident (logs "
        f"streaming; {by_area(during, MEASURE_S)}), {recovered / MEASURE_S:.0f} B/s after recovery "
        f"({by_area(after, MEASURE_S)}) (target <= {TARGET} B/s)"
    )


if __name__ == "__main__":
    main()
