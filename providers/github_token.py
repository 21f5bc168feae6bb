"""Where a GitHub token comes from: ``GITHUB_TOKEN``, else the ``gh`` CLI's own login (``gh auth token``).

The token lives only in the memory of the provider that asked for it: it is never written to the config, the
timeline, a log line or an error message. Without one, requests go out anonymously (public repositories work,
with GitHub's much smaller anonymous allowance).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from collections.abc import Mapping

GH_TIMEOUT_S = 3.0
"""`gh auth token` answers from its config file at once; anything slower is a gh waiting on something else."""
MAX_TOKEN_CHARS = 512


def discover_token(environ: Mapping[str, str] | None = None, *, gh_timeout_s: float = GH_TIMEOUT_S) -> str | None:
    """The token to send, or None to go anonymous. Blocking (may run gh): call it off the event loop."""
    environ = os.environ if environ is None else environ
    token = environ.get("GITHUB_TOKEN", "").strip()
    if token:
        return token
    gh = shutil.which("gh", path=environ.get("PATH"))
    if gh is None:
        return None
    return _plausible(_run_gh(gh, dict(environ), gh_timeout_s))


def _run_gh(gh: str, environ: dict[str, str], timeout_s: float) -> str:
    """stdout of `gh auth token`, or '' when it fails or overruns (its whole process group is then killed:
    a child it left behind would otherwise hold the pipe open and make us wait anyway)."""
    try:
        process = subprocess.Popen(
            [gh, "auth", "token"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=environ,
            start_new_session=True,
        )
    except OSError:
        return ""
    try:
        out, _ = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return ""
    return out.decode("utf-8", "replace") if process.returncode == 0 else ""


def _plausible(output: str) -> str | None:
    token = output.strip()
    if not token or len(token) > MAX_TOKEN_CHARS or any(char.isspace() for char in token):
        return None
    return token
