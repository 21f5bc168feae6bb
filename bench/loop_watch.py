"""Run the `cockpit` command with every step of its event loop timed (a benchmark harness, not part of the product).

Each callback the loop runs (a frame, a key, a poll, a batch of log lines) is timed in wall time and in the thread's
CPU time; those over THRESHOLD_MS of either are appended to the file named by $COCKPIT_LOOP_WATCH as
``monotonic cpu_ms wall_ms task``. CPU time is what a step costs the cockpit itself: on a shared machine wall time
also counts the time other processes held the core. Garbage collections over the same threshold are written too (task
``gc:genN``), as part of the step they interrupted.
"""

from __future__ import annotations

import asyncio.events
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

THRESHOLD_MS = 5.0


def _task_name(callback: Any) -> str:
    owner = getattr(callback, "__self__", None)
    task = owner if isinstance(owner, asyncio.Task) else getattr(owner, "_task", None)
    return task.get_name().replace(" ", "_") if isinstance(task, asyncio.Task) else type(callback).__name__


def watch(path: Path) -> None:
    log = path.open("a", buffering=1)
    run = asyncio.events.Handle._run

    def timed(handle: asyncio.events.Handle) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        run(handle)
        cpu_ms, wall_ms = (time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000
        if max(cpu_ms, wall_ms) > THRESHOLD_MS:
            callback = getattr(handle, "_callback", None)  # private, but the only way to name the step
            log.write(f"{time.monotonic():.3f} {cpu_ms:.1f} {wall_ms:.1f} {_task_name(callback)}\n")

    asyncio.events.Handle._run = timed  # type: ignore[method-assign, assignment]
    collecting: list[float] = [0.0, 0.0]

    def collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting[:] = [time.perf_counter(), time.thread_time()]
            return
        cpu_ms = (time.thread_time() - collecting[1]) * 1000
        wall_ms = (time.perf_counter() - collecting[0]) * 1000
        if max(cpu_ms, wall_ms) > THRESHOLD_MS:
            log.write(f"{time.monotonic():.3f} {cpu_ms:.1f} {wall_ms:.1f} gc:gen{info['generation']}\n")

    gc.callbacks.append(collection)


if __name__ == "__main__":
    watch(Path(os.environ["COCKPIT_LOOP_WATCH"]))
    from cockpit.cli import main

    sys.exit(main(sys.argv[1:]))
