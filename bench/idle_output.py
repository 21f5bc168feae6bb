"""Bytes written to the terminal per second while `cockpit demo` idles at 120x40 with live panes (2 s refresh).

Measured twice in one run: during the incident (v42 failing, error logs streaming) and after rolling back
through the real confirm dialog (v41 healthy, quiet). Target: <= 1 KB/s when idle.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.terminal import PtySession  # noqa: E402  (the benchmarks share the tests' real-terminal driver)

SETTLE_S = 6.0
MEASURE_S = 20.0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session = PtySession([sys.executable, "-m", "cockpit", "demo"], env={"COCKPIT_DB": str(Path(tmp) / "b.db")})
        try:
            session.wait_for(b"Deployments", timeout=30)
            session.read_for(SETTLE_S)
            incident = session.read_for(MEASURE_S) / MEASURE_S
            session.send("r")
            session.wait_for(b"type", timeout=20)
            session.send("checkout\r")
            session.wait_for(b"verified", timeout=60)
            session.read_for(SETTLE_S * 2)  # let the notification expire and the panes settle
            recovered = session.read_for(MEASURE_S) / MEASURE_S
        finally:
            session.close()
    print(
        f"terminal output at 120x40, 2 s refresh: {incident:.0f} B/s during the incident (logs streaming), "
        f"{recovered:.0f} B/s idle after recovery (target <= 1024 B/s)"
    )


if __name__ == "__main__":
    main()
