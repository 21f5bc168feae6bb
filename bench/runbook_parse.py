"""Parse time of a 1 MB runbook (the five seed runbooks repeated), median of five runs. Target: < 200 ms.

Also prints the time of markdown-it-py's own block and inline passes on the same text, the floor any parser
built on it pays, so a regression in our walk is told apart from the library's share.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from cockpit.runbooks.parser import parse_runbook  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
SIZE = 1024 * 1024
ROUNDS = 5


def corpus() -> str:
    seeds = "\n\n".join(path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.glob("*.txt")))
    if not seeds:
        raise SystemExit(f"no seed runbooks in {SEEDS}")
    return (seeds * (SIZE // len(seeds) + 1))[:SIZE]


def median_seconds(work: object, text: str) -> float:
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        work(text)  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    from markdown_it import MarkdownIt

    text = corpus()
    markdown = MarkdownIt("commonmark").enable("table")
    library = median_seconds(markdown.parse, text)
    ours = median_seconds(parse_runbook, text)
    steps = sum(1 for _ in parse_runbook(text).steps())
    print(
        f"runbook parse, 1 MB ({steps} steps), median of {ROUNDS}: {ours * 1000:.0f} ms "
        f"(markdown-it-py alone {library * 1000:.0f} ms; target < 200 ms)"
    )


if __name__ == "__main__":
    main()
