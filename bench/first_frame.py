"""Time to first frame of `cockpit demo` against a bare one-widget Textual app, measured in the same run.

Both run as real processes on a 120x40 pseudo-terminal; the clock stops when the frame's marker text is written.
Runs alternate (bare, cockpit, bare, ...) so drift in the machine's load hits both alike. Both run from bytecode, as
an installed cockpit does (pip compiles on install): the bytecode goes to a temporary PYTHONPYCACHEPREFIX, written by
the warm-up runs, so the figure does not depend on PYTHONDONTWRITEBYTECODE or leave files in the source tree.
Target: cockpit / bare <= 1.3.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.terminal import PtySession  # noqa: E402  (the benchmarks share the tests' real-terminal driver)

ROUNDS = 5
HERE = Path(__file__).parent
BARE_MARKER = b"bare-first-frame"
COCKPIT_MARKER = b"Deployments"
"""The Deployments pane's title: on screen in the first frame, with the status line and the other panes' titles."""


def first_frame(argv: list[str], marker: bytes, env: dict[str, str]) -> float:
    session = PtySession(argv, env=env)
    try:
        return session.wait_for(marker, timeout=30)
    finally:
        session.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
            "PYTHONDONTWRITEBYTECODE": "",  # empty means unset: the warm-up runs write the bytecode
        }
        bare_cmd = [sys.executable, str(HERE / "bare_app.py")]
        cockpit_cmd = [sys.executable, "-m", "cockpit", "demo", "--db", str(Path(tmp) / "bench.db")]
        # Warm the page cache and write the bytecode of both before timing.
        first_frame(bare_cmd, BARE_MARKER, env)
        first_frame(cockpit_cmd, COCKPIT_MARKER, env)
        bare, cockpit = [], []
        for _ in range(ROUNDS):  # interleaved, so drift in machine load hits both alike
            bare.append(first_frame(bare_cmd, BARE_MARKER, env))
            cockpit.append(first_frame(cockpit_cmd, COCKPIT_MARKER, env))
    bare_s, cockpit_s = statistics.median(bare), statistics.median(cockpit)
    print(
        f"first frame, median of {ROUNDS} interleaved: bare Textual app {bare_s * 1000:.0f} ms, "
        f"cockpit demo {cockpit_s * 1000:.0f} ms, ratio {cockpit_s / bare_s:.2f} (target <= 1.30)"
    )
    print("  runs (ms): bare " + " ".join(f"{s * 1000:.0f}" for s in bare)
          + " | cockpit " + " ".join(f"{s * 1000:.0f}" for s in cockpit))


if __name__ == "__main__":
    main()
