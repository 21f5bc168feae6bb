"""The operator's path in the demo, as keys over SSH on a real pseudo-terminal: launch -> see the failure -> roll
back -> verified. Reports the keystrokes and the wall time. Targets: <= 12 keys, verified <= 60 s after confirming.

The screen is read through a VT100 emulator (what the operator sees, not the byte stream). Keys go one write each,
spaced as a quick typist's over SSH; the script waits only where an operator must read something first (the
failure, the preview), as fast as the screen shows it.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.terminal_screen import TerminalScreen  # noqa: E402  (the benchmarks share the tests' terminal)

ROUNDS = 3
SIZES = ((80, 24), (120, 40))
KEY_GAP_S = 0.05
"""Between keystrokes: 20 keys/s, a fast typist (each arrives in its own SSH packet)."""
TIMEOUT_S = 90
PHRASE = "checkout"
"""The demo environment is protected: the confirmation is the service's name, typed."""


def type_keys(terminal: TerminalScreen, keys: list[str]) -> None:
    for key in keys:
        terminal.send(key)
        time.sleep(KEY_GAP_S)


def one_path(columns: int, rows: int, db: Path) -> dict[str, float]:
    terminal = TerminalScreen([sys.executable, "-m", "cockpit", "demo", "--db", str(db)], columns=columns, rows=rows)
    keys: list[str] = []
    try:
        started = terminal.session.started
        # The failure as the operator reads it: the rollback banner of the failing health trigger.
        failure = terminal.wait_for_text("ROLLBACK RECOMMENDED", TIMEOUT_S)
        keys.append("r")
        type_keys(terminal, keys[-1:])
        preview = terminal.wait_for_text(f"type {PHRASE} and press Enter", TIMEOUT_S)
        typed = [*PHRASE, "\r"]
        keys.extend(typed)
        type_keys(terminal, typed)
        confirmed = time.perf_counter()
        verified = terminal.wait_for_text("Rollback verified", TIMEOUT_S)
        # The way out: q, and the command that comes back to the incident is printed.
        terminal.send("q")
        printed = terminal.drain(TIMEOUT_S)
        assert b"INC-1" in printed, printed[-400:]
    finally:
        terminal.close()
    return {
        "keys": len(keys),
        "failure_s": failure - started,
        "preview_s": preview - started,
        "confirm_to_verified_s": verified - confirmed,
        "launch_to_verified_s": verified - started,
    }


def main() -> None:
    print(f"operator path in `cockpit demo` on a real pty, keys {KEY_GAP_S * 1000:.0f} ms apart, {ROUNDS} rounds each")
    for columns, rows in SIZES:
        runs = []
        for round_ in range(ROUNDS):
            with tempfile.TemporaryDirectory() as tmp:
                runs.append(one_path(columns, rows, Path(tmp) / f"path{round_}.db"))
        keys = runs[0]["keys"]
        median = {name: statistics.median(run[name] for run in runs) for name in runs[0] if name != "keys"}
        worst = max(run["confirm_to_verified_s"] for run in runs)
        print(
            f"{columns}x{rows}: {keys:.0f} keys (r, {PHRASE}, Enter; target <= 12); median of {ROUNDS}: "
            f"failure on screen {median['failure_s']:.1f} s after launch, preview {median['preview_s']:.1f} s, "
            f"verified {median['confirm_to_verified_s']:.1f} s after confirming (worst {worst:.1f} s; "
            f"target <= 60 s), launch to verified {median['launch_to_verified_s']:.1f} s"
        )


if __name__ == "__main__":
    main()
