"""Instructions to the first frame of `cockpit demo` and of the bare one-widget Textual app (bench/bare_app.py),
counted by valgrind (callgrind) on a 120x40 pseudo-terminal: the figure no other process on the machine can move.

Each program runs under ``first_frame_stop.py``, which ends it when its first frame leaves Textual's main thread.
Both run from bytecode written by a warm-up run (as ``first_frame.py`` does), with a fixed hash seed; the median of
the runs is printed (they agreed within 0.1M instructions here). Needs valgrind; each counted run takes ~30 s.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.terminal import PtySession  # noqa: E402  (the benchmarks share the tests' real-terminal driver)

ROUNDS = 3
HERE = Path(__file__).parent
COLLECTED = re.compile(r"Collected : (\d+)")


def run(argv: list[str], marker: str, env: dict[str, str]) -> None:
    session = PtySession(argv, env={**env, "FIRST_FRAME_MARKER": marker})
    try:
        session.process.wait(timeout=600)
    finally:
        session.close()


def instructions(program: list[str], marker: str, env: dict[str, str], work: Path) -> int:
    log = work / "valgrind.log"
    run(["valgrind", "--tool=callgrind", f"--log-file={log}", f"--callgrind-out-file={work / 'callgrind.out'}",
         sys.executable, str(HERE / "first_frame_stop.py"), *program], marker, env)
    found = COLLECTED.search(log.read_text())
    if found is None:
        raise RuntimeError(f"valgrind reported no count:\n{log.read_text()[-2000:]}")
    return int(found[1])


def main() -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {"PYTHONPYCACHEPREFIX": str(work / "pycache"), "PYTHONDONTWRITEBYTECODE": "", "PYTHONHASHSEED": "0"}
        programs = {
            "bare Textual app": ([str(HERE / "bare_app.py")], "bare-first-frame"),
            "cockpit demo": (["cockpit", "demo", "--db", str(work / "bench.db")], "Deployments"),
        }
        for program, marker in programs.values():  # write the bytecode
            run([sys.executable, str(HERE / "first_frame_stop.py"), *program], marker, env)
        counts = {name: [instructions(program, marker, env, work) for _ in range(ROUNDS)]
                  for name, (program, marker) in programs.items()}
    bare, cockpit = (statistics.median(counts[name]) for name in programs)
    print(f"instructions to the first frame, median of {ROUNDS}: bare Textual app {bare / 1e6:.0f}M, "
          f"cockpit demo {cockpit / 1e6:.0f}M, ratio {cockpit / bare:.2f} (target <= 1.30)")
    for name, values in counts.items():
        print(f"  {name}: " + " ".join(f"{value / 1e6:.1f}M" for value in values))


if __name__ == "__main__":
    main()
