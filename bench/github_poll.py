"""GitHub Actions polling cost: a first poll against a conditional one, on the replay API (127.0.0.1).

What the Pipeline pane costs per poll in time, requests and GitHub quota: the first poll reads the run list, the
jobs of the newest runs (following pagination) and the failed job's log; later polls send If-None-Match for every
page and read no log again, so GitHub answers 304 Not Modified, which costs no quota for an authorised client.
Target: a poll of an unchanged pipeline spends 0 requests of quota. Prints the figures (median of N rounds);
exits 1 when the target is missed.

Run from the repository root: ``.venv/bin/python bench/github_poll.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import time
from pathlib import Path

# A script, not an installed module: make the repository's packages importable when run as bench/github_poll.py.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cockpit.providers.base import NotFound  # noqa: E402
from cockpit.providers.github_actions import GitHubActionsProvider, GitHubSettings  # noqa: E402
from tests.providers.github.replay import ReplayServer, replay_server  # noqa: E402


async def one_round(replay: ReplayServer) -> tuple[float, float, int, int, int]:
    """(first poll s, conditional poll s, first requests, conditional requests, conditional non-304 answers)."""
    settings = GitHubSettings(repo="acme/finance-hub", workflow="deploy.yml", branch="main", api_url=replay.url)
    provider = GitHubActionsProvider("ci", settings, token=lambda: "ghp_bench")
    with contextlib.suppress(NotFound):  # builds the client and asks for the token: not part of a poll
        await provider.api.get_page(replay.url + "/warm-up")
    try:
        start = len(replay.seen)
        began = time.perf_counter()
        await provider.runs()
        first_s = time.perf_counter() - began
        middle = len(replay.seen)
        began = time.perf_counter()
        await provider.runs()
        again_s = time.perf_counter() - began
        again = replay.seen[middle:]
    finally:
        await provider.aclose()
    charged = sum(1 for seen in again if seen.status != 304)
    return first_s, again_s, middle - start, len(again), charged


async def main(rounds: int) -> int:
    with replay_server() as replay:
        results = [await one_round(replay) for _ in range(rounds)]
    first = statistics.median(r[0] for r in results) * 1000
    again = statistics.median(r[1] for r in results) * 1000
    requests_first, requests_again, charged = results[-1][2], results[-1][3], max(r[4] for r in results)
    print(f"first poll        {first:7.1f} ms  {requests_first} requests (runs, jobs with pagination, log via 302)")
    print(f"conditional poll  {again:7.1f} ms  {requests_again} requests, {charged} not answered 304"
          f"  ({again / first:.2f}x the first)")
    print(f"quota spent by an unchanged poll: {charged} (target 0)")
    return 0 if charged == 0 else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    raise SystemExit(asyncio.run(main(parser.parse_args().rounds)))
