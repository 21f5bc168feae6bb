"""Small real file systems for the tests: a tmpfs of a chosen size (root only)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tmpfs(directory: Path, size: str) -> Iterator[bool]:
    """Mount a tmpfs of ``size`` on ``directory``; yields False (and mounts nothing) where mounting is not allowed."""
    directory.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(directory)],
            capture_output=True,
            check=False,
        ).returncode
    ):
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", str(directory)], check=True)


def require_mounted(mounted: bool, reason: str) -> None:
    """A test that needs its tmpfs fails under CI=true when it could not mount one, and skips elsewhere."""
    if mounted:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)

