"""`cockpit runbook show --json` of a 1 MB runbook and of a 1 MB file of only headings, against a 1 KB runbook
measured in the same run (issue 13). Targets: each 1 MB figure minus the 1 KB one <= 100 ms end to end.

End to end is the real command in a fresh process (start-up, read, parse, JSON out), interleaved round by round so
drift in machine load hits every file alike; median of 5, as wall time and as the process's CPU time (user + system,
what the wall time is on an idle machine: on a shared one, other work stretches the wall time, not the CPU time).
In process, the parse and JSON alone (CPU time), beside the markdown-it-py walk the parser replaced (the reference
of tests/unit/test_runbook_differential.py; shown when the test extra is installed), and beside what only taking
pyromark's events costs (every event is a tuple of two new dicts): the floor of any walk over them.

    python bench/runbook_parse.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyromark

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from cockpit.runbooks.model import runbook_to_json_text  # noqa: E402
from cockpit.runbooks.parser import parse_runbook  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
SIZE = 1024 * 1024
ROUNDS = 5
TARGET_MS = 100


def seeds() -> str:
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    if not text:
        raise SystemExit(f"no seed runbooks in {SEEDS}")
    return text


def corpora() -> dict[str, str]:
    text = seeds()
    headings = "".join(f"## {n}. Check the `api` service *now*\n" for n in range(1, SIZE // 30))
    return {
        "1 KB runbook": text[:1024],
        "1 MB runbook": (text * (SIZE // len(text) + 1))[:SIZE],
        "1 MB of headings": headings[:SIZE],
    }


def median_ms(work: Callable[[], object]) -> float:
    timings = []
    for _ in range(ROUNDS):
        started = time.process_time()
        work()
        timings.append(time.process_time() - started)
    return statistics.median(timings) * 1000


def end_to_end(paths: dict[str, Path]) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) ms of `cockpit runbook show --json FILE` per file, the files interleaved in every round."""
    timings: dict[str, list[tuple[float, float]]] = {name: [] for name in paths}
    for round_ in range(ROUNDS + 1):
        for name, path in paths.items():
            before = os.times()
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "cockpit", "runbook", "show", "--json", str(path)],
                stdout=subprocess.DEVNULL,
                check=True,
            )
            wall = time.perf_counter() - started
            after = os.times()
            cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
            if round_:  # the first round warms the page cache and bytecode
                timings[name].append((wall, cpu))
    return {
        name: (statistics.median(t[0] for t in values) * 1000, statistics.median(t[1] for t in values) * 1000)
        for name, values in timings.items()
    }


def old_walk() -> Callable[[str], object] | None:
    """The markdown-it-py walk, or None without the test extra."""
    try:
        from tests.unit.test_runbook_differential import markdown_it_walk
    except ImportError:
        return None

    def parse(text: str) -> object:
        with markdown_it_walk():
            return runbook_to_json_text(parse_runbook(text))

    return parse


def main() -> None:
    texts = corpora()
    baseline = "1 KB runbook"
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, text in texts.items():
            paths[name] = Path(tmp) / (name.replace(" ", "_") + ".md")
            paths[name].write_text(text, encoding="utf-8")
        wall = end_to_end(paths)
    load = os.getloadavg()[0]
    print(f"`cockpit runbook show --json`, median of {ROUNDS}, end to end (fresh process; load average {load:.1f}):")
    base_wall, base_cpu = wall[baseline]
    print(f"  {baseline:<18} wall {base_wall:6.0f} ms, CPU {base_cpu:6.0f} ms  (baseline: start-up, a small runbook)")
    for name in texts:
        if name != baseline:
            name_wall, name_cpu = wall[name]
            verdict = "ok" if name_cpu - base_cpu <= TARGET_MS else "MISSED"
            print(
                f"  {name:<18} wall {name_wall:6.0f} ms = baseline + {name_wall - base_wall:5.0f} ms "
                f"(x{name_wall / base_wall:.2f}); CPU {name_cpu:6.0f} ms = baseline + {name_cpu - base_cpu:5.0f} ms "
                f"(x{name_cpu / base_cpu:.2f}; target + <= {TARGET_MS} ms: {verdict})"
            )
    old = old_walk()
    print(f"\nIn process, parse + JSON, CPU time, median of {ROUNDS}:" + ("" if old else " (no markdown-it-py)"))
    new_base = median_ms(lambda: runbook_to_json_text(parse_runbook(texts[baseline])))
    old_base = median_ms(lambda: old(texts[baseline])) if old else 0.0
    for name, text in texts.items():
        ours = median_ms(lambda text=text: runbook_to_json_text(parse_runbook(text)))
        line = f"  {name:<18} pyromark {ours:7.1f} ms (baseline + {ours - new_base:6.1f} ms)"
        if old:
            theirs = median_ms(lambda text=text: old(text))
            line += f" | markdown-it-py {theirs:7.1f} ms (baseline + {theirs - old_base:6.1f} ms): x{theirs / ours:.1f}"
        print(line)
    events = pyromark.Markdown(options=pyromark.Options.ENABLE_TABLES).events_with_range
    print(f"\nIn process, only iterating pyromark's events (with ranges), CPU time, median of {ROUNDS}:")
    for name, text in texts.items():
        floor = median_ms(lambda text=text: sum(1 for _ in events(text)))
        print(f"  {name:<18} {floor:7.1f} ms")
    steps = sum(1 for _ in parse_runbook(texts["1 MB runbook"]).steps())
    print(f"\n(1 MB runbook: the five seeds repeated, {steps} steps; headings: `## N. Check the `api` service *now*`)")


if __name__ == "__main__":
    main()
