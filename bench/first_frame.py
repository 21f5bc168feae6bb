"""Time to first frame of `cockpit demo` against a bare one-widget Textual app, measured in the same run.

Both run as real processes on a 120x40 pseudo-terminal; the clock stops when the frame's marker text is written.
Runs alternate (bare, cockpit, bare, ...) so drift in the machine's load hits both alike. Both run from bytecode, as
an installed cockpit does (pip compiles on install): the bytecode goes to a temporary PYTHONPYCACHEPREFIX, written by
the warm-up runs, so the figure does not depend on PYTHONDONTWRITEBYTECODE or leave files in the source tree.
Target: cockpit / bare <= 1.3. Wall time on a shared machine moves with its load (other processes take the cores
between the two programs' steps); the CPU time each process had used when its frame arrived moves much less, and is
printed beside it.
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


def cpu_seconds(pid: int) -> float:
    """CPU time the process has used so far, all its threads (the scheduler's nanosecond count, not clock ticks)."""
    tasks = Path(f"/proc/{pid}/task")
    return sum(int((task / "schedstat").read_text().split()[0]) for task in tasks.iterdir()) / 1e9


def first_frame(argv: list[str], marker: bytes, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from the start until the marker appeared, and the process's CPU seconds then."""
    session = PtySession(argv, env=env)
    try:
        wall = session.wait_for(marker, timeout=30)
        return wall, cpu_seconds(session.process.pid)
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
    for index, what in ((0, "wall"), (1, "CPU")):
        bare_s = statistics.median(run[index] for run in bare)
        cockpit_s = statistics.median(run[index] for run in cockpit)
        print(
            f"first frame ({what}), median of {ROUNDS} interleaved: bare Textual app {bare_s * 1000:.0f} ms, "
            f"cockpit demo {cockpit_s * 1000:.0f} ms, ratio {cockpit_s / bare_s:.2f} (target <= 1.30)"
        )
        print("  runs (ms): bare " + " ".join(f"{run[index] * 1000:.0f}" for run in bare)
              + " | cockpit " + " ".join(f"{run[index] * 1000:.0f}" for run in cockpit))


if __name__ == "__main__":
    main()
