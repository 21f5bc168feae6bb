"""Keystroke latency of the cockpit while 10,000 log lines a second pour into its Logs pane (120x40 pseudo-terminal).

A flood service (the demo service plus a thread writing access-log lines at the rate asked, in a process of its own so
it cannot slow this process's reading of the terminal) streams ``/logs`` to a real ``cockpit open``. Measured in one
run, quiet first (the baseline), then under the flood: the time from pressing ``/`` until the log filter is drawn (a
relayout of the screen) on the terminal; the cockpit's event-loop steps (through the ``loop_watch`` harness, in CPU
time, which other processes on a shared machine cannot inflate); how long a line logged under the flood takes to
reach the screen; and the cockpit's resident memory as the flood goes on (bounded by
the ``[cockpit] log_lines`` ring buffers). Target: no keystroke, no frame slower than 50 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.terminal import PtySession  # noqa: E402  (the benchmarks share the tests' real-terminal driver)

RATE = 10_000
"""Log lines a second during the flood."""
PRESSES = 20
PRESS_TIMEOUT_S = 5.0
TARGET_MS = 50.0
SETTLE_S = 4.0
LINE_TIMEOUT_S = 20.0
HERE = Path(__file__).resolve().parent
FILTER_DRAWN = b"ilter logs (Enter to apply"
"""The log filter's placeholder (its first letter is under the cursor): drawn only once ``/`` was handled."""


class FloodService:
    """The demo service in a child process, driven over its stdin: ``rate N``, ``mark TEXT``, ``seq``."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.base_url = self._answer()

    def _answer(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(10)


def serve() -> None:
    """The child: the demo service plus a flood of access-log lines at the rate asked (a line per request, written
    straight to its log: the request simulation would cost more CPU than the cockpit being measured); answers each
    command with the log's latest sequence number."""
    import threading

    from cockpit.demo.service import DemoService

    rate = [0.0]
    with DemoService(traffic_rps=0, seed=1) as service:
        logs = service.simulation.logs

        def flood() -> None:
            owed, last, number = 0.0, time.monotonic(), 0
            while not logs.closed:
                time.sleep(0.01)
                now = time.monotonic()
                owed += rate[0] * (now - last)
                last = now
                for _ in range(int(owed)):
                    number += 1
                    level = "ERROR" if number % 10 == 0 else "INFO"
                    status = 200 if level == "INFO" else 500
                    message = f"POST /api/checkout {status} {number % 900 + 20}ms order={number}"
                    logs.append(level, f"checkout-v42-{number % 3 + 1}", message)
                owed -= int(owed)

        threading.Thread(target=flood, daemon=True).start()
        print(service.base_url, flush=True)
        for command in sys.stdin:
            verb, _, argument = command.strip().partition(" ")
            if verb == "rate":
                rate[0] = float(argument)
            elif verb == "mark":
                logs.append("ERROR", "bench", argument)
            print(logs.after(None)[-1]["seq"], flush=True)


def press_latencies(session: PtySession, count: int) -> list[float | None]:
    """Press ``/`` ``count`` times (Enter closes the filter between presses); seconds until each was drawn, None
    when it was not drawn within PRESS_TIMEOUT_S.

    Enter, not Esc: a lone Esc followed soon by ``/`` reads as alt+/ on a loaded machine."""
    latencies: list[float | None] = []
    for _ in range(count):
        start = len(session.output)
        pressed = time.perf_counter()
        session.send("/")
        try:
            session.wait_for(FILTER_DRAWN, timeout=PRESS_TIMEOUT_S, start=start)
            latencies.append(time.perf_counter() - pressed)
        except TimeoutError:
            latencies.append(None)
        session.send("\r")
        session.read_for(1.0)  # the filter must close on screen before the next press, or both fall in one frame
    return latencies


def line_delays(session: PtySession, service: FloodService, count: int) -> list[float | None]:
    """Seconds from a uniquely marked line entering the service's log until the cockpit draws it (None: not within
    LINE_TIMEOUT_S, as when a loaded machine leaves the cockpit reading ever further behind the flood).

    The Logs pane is filtered on the marker first: unfiltered, a line amid 10,000 a second is scrolled past within
    the same frame, which is what a reader of the pane sees too."""
    start = len(session.output)
    session.send("/")
    session.wait_for(FILTER_DRAWN, timeout=PRESS_TIMEOUT_S * 4, start=start)
    session.send("bench-marker\r")
    session.wait_for(b"filter: bench-marker", timeout=PRESS_TIMEOUT_S * 4, start=start)
    delays: list[float | None] = []
    for number in range(count):
        unique = f"-{number}-{time.monotonic_ns()}"
        marker = f"bench-marker{unique}"
        start = len(session.output)
        logged = time.perf_counter()
        service.ask(f"mark {marker}")
        try:
            # The part after the filter's text: the match itself is drawn highlighted, a style change mid-marker.
            session.wait_for(unique.encode(), timeout=LINE_TIMEOUT_S, start=start)
            delays.append(time.perf_counter() - logged)
        except TimeoutError:
            delays += [None] * (count - number)  # the rest would wait behind the same backlog
            break
    session.send("/\x15\r")  # ctrl+u clears the filter
    return delays


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def describe(latencies: list[float | None]) -> str:
    drawn = sorted(latency for latency in latencies if latency is not None)
    missed = len(latencies) - len(drawn)
    if not drawn:
        return f"none drawn within {PRESS_TIMEOUT_S:g} s"
    p95 = drawn[min(len(drawn) - 1, round(0.95 * (len(drawn) - 1)))]
    return (
        f"median {statistics.median(drawn) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {drawn[-1] * 1000:.0f} ms"
        + (f", {missed} not drawn within {PRESS_TIMEOUT_S:g} s" if missed else "")
    )


@dataclass(frozen=True)
class LoopSteps:
    """The cockpit's event-loop steps of one phase, from the loop_watch harness's file, and the garbage collections
    within them (reported apart: a collection is part of the step it interrupted)."""

    cpu_ms: list[float]
    wall_ms: list[float]
    tasks: list[str]
    collections_ms: list[float]

    @classmethod
    def read(cls, path: Path, start: float, end: float) -> LoopSteps:
        rows = [line.split() for line in path.read_text().splitlines()] if path.exists() else []
        within = [row for row in rows if start <= float(row[0]) <= end]
        steps = [row for row in within if not row[3].startswith("gc:")]
        collections = [float(row[1]) for row in within if row[3].startswith("gc:")]
        return cls([float(r[1]) for r in steps], [float(r[2]) for r in steps], [r[3] for r in steps], collections)

    def describe(self) -> str:
        collections = (
            f"; {len(self.collections_ms)} collections over 5 ms, longest {max(self.collections_ms):.0f} ms CPU"
            if self.collections_ms else "; no collection over 5 ms"
        )
        if not self.cpu_ms:
            return "no step over 5 ms" + collections
        worst = max(range(len(self.cpu_ms)), key=self.cpu_ms.__getitem__)
        over = sum(cpu > TARGET_MS for cpu in self.cpu_ms)
        return (
            f"longest {self.cpu_ms[worst]:.0f} ms CPU ({self.tasks[worst]}), {over} over {TARGET_MS:g} ms; "
            f"longest in wall time {max(self.wall_ms):.0f} ms" + collections
        )


def main() -> None:
    service = FloodService()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "cockpit.toml"
        config.write_text(
            f'[cockpit]\ndb = "{tmp}/bench.db"\n\n[environments.flood]\nservice = "checkout"\n\n'
            f'[environments.flood.targets.checkout]\nprovider = "demo"\nbase_url = "{service.base_url}"\n'
        )
        steps = Path(tmp) / "steps.log"
        command = [sys.executable, str(HERE / "loop_watch.py"), "open", "--config", str(config)]
        session = PtySession(command, env={"COCKPIT_LOOP_WATCH": str(steps)})
        try:
            session.wait_for(b"Logs", timeout=30)
            session.read_for(SETTLE_S)
            quiet_from = time.monotonic()
            quiet = press_latencies(session, PRESSES)
            quiet_to = time.monotonic()
            quiet_rss = rss_mb(session.process.pid)

            first_seq = int(service.ask(f"rate {RATE}"))
            flood_started = time.perf_counter()
            session.read_for(SETTLE_S)
            early_rss = rss_mb(session.process.pid)
            flood_from = time.monotonic()
            flooded = press_latencies(session, PRESSES)
            delays = line_delays(session, service, 5)
            session.read_for(SETTLE_S)
            flood_to = time.monotonic()
            late_rss = rss_mb(session.process.pid)
            flood_s = time.perf_counter() - flood_started
            produced = int(service.ask("seq")) - first_seq
        finally:
            session.close()
            service.close()
        quiet_steps = LoopSteps.read(steps, quiet_from, quiet_to)
        flood_steps = LoopSteps.read(steps, flood_from, flood_to)
    print(
        f"keystroke latency at 120x40 (`/` until the log filter is drawn: a relayout), {PRESSES} presses each: "
        f"quiet {describe(quiet)}; under {produced / flood_s:,.0f} log lines/s {describe(flooded)} "
        f"(target: max <= {TARGET_MS:g} ms)"
    )
    print(f"event-loop steps (frames, keys, log batches): quiet {quiet_steps.describe()}; "
          f"flood {flood_steps.describe()} (target: none over {TARGET_MS:g} ms)")
    seen = [delay for delay in delays if delay is not None]
    reach = (
        f"in median {statistics.median(seen):.2f} s (max {max(seen):.2f} s"
        + (f", {len(delays) - len(seen)} of {len(delays)} not within {LINE_TIMEOUT_S:g} s)" if len(seen) < len(delays)
           else ")")
        if seen else f"not within {LINE_TIMEOUT_S:g} s (the cockpit fell behind the flood)"
    )
    print(
        f"a line logged under the flood reaches the screen {reach}; cockpit memory {quiet_rss:.0f} MB quiet, "
        f"{early_rss:.0f} MB after {SETTLE_S:.0f} s of flood, {late_rss:.0f} MB after {flood_s:.0f} s"
    )


if __name__ == "__main__":
    serve() if sys.argv[1:] == ["--serve"] else main()
