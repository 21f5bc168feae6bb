"""Headless Chromium from Debian, driven the way our closed network allows (no background connections)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={profile}", *args,
        ],
        capture_output=True, text=True, timeout=90, check=True,
    )  # fmt: skip
