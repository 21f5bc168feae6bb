"""`cockpit runbook show --json` of a 1 MB runbook and of a 1 MB file of only headings, against a 1 KB runbook
measured in the same run (issue 13). Targets: each 1 MB figure minus the 1 KB one <= 100 ms end to end.

End to end is the real command in a fresh process (start-up, read, parse, JSON out), interleaved round by round so
drift in machine load hits every file alike; median of 5. In process, the parse and JSON alone, beside the
markdown-it-py walk the parser replaced (the reference of tests/unit/test_runbook_differential.py; shown when the
test extra is installed).

    python bench/runbook_parse.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def end_to_end(paths: dict[str, Path]) -> dict[str, float]:
    """Median wall time of `cockpit runbook show --json FILE` per file, the files interleaved in every round."""
    timings: dict[str, list[float]] = {name: [] for name in paths}
    for round_ in range(ROUNDS + 1):
        for name, path in paths.items():
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "cockpit", "runbook", "show", "--json", str(path)],
                stdout=subprocess.DEVNULL,
                check=True,
            )
            if round_:  # the first round warms the page cache and bytecode
                timings[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1000 for name, values in timings.items()}


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
    print(f"`cockpit runbook show --json`, median of {ROUNDS}, end to end (fresh process):")
    print(f"  {baseline:<18} {wall[baseline]:7.0f} ms  (baseline: start-up and a small runbook)")
    for name in texts:
        if name != baseline:
            delta = wall[name] - wall[baseline]
            verdict = "ok" if delta <= TARGET_MS else "MISSED"
            print(
                f"  {name:<18} {wall[name]:7.0f} ms  = baseline + {delta:5.0f} ms, x{wall[name] / wall[baseline]:.2f} "
                f"(target: + <= {TARGET_MS} ms: {verdict})"
            )
    old = old_walk()
    print(f"\nIn process, parse + JSON, median of {ROUNDS}:" + ("" if old else " (markdown-it-py not installed)"))
    new_base = median_ms(lambda: runbook_to_json_text(parse_runbook(texts[baseline])))
    old_base = median_ms(lambda: old(texts[baseline])) if old else 0.0
    for name, text in texts.items():
        ours = median_ms(lambda text=text: runbook_to_json_text(parse_runbook(text)))
        line = f"  {name:<18} pyromark {ours:7.1f} ms (baseline + {ours - new_base:6.1f} ms)"
        if old:
            theirs = median_ms(lambda text=text: old(text))
            line += f" | markdown-it-py {theirs:7.1f} ms (baseline + {theirs - old_base:6.1f} ms): x{theirs / ours:.1f}"
        print(line)
    steps = sum(1 for _ in parse_runbook(texts["1 MB runbook"]).steps())
    print(f"\n(1 MB runbook: the five seeds repeated, {steps} steps; headings: `## N. Check the `api` service *now*`)")


if __name__ == "__main__":
    main()
