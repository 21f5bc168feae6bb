"""Quitting prints the incident and the exact command that comes back to it; that command, run as printed, does."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.demo.service import DemoService
from tests.terminal_screen import TerminalScreen

TIMEOUT_S = 30
PYTHON_COCKPIT = [sys.executable, "-m", "cockpit"]


@pytest.fixture
def service() -> Iterator[DemoService]:
    with DemoService(rollout_s=0.3, traffic_rps=10, seed=7) as running:
        yield running


def environ(home: Path) -> dict[str, str]:
    """A home of the test's own: no real config or timeline of the machine is read or written."""
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / "data"),
            "USER": "ana"}


def quit_and_read(argv: list[str], home: Path, marker: str, note: str = "") -> str:
    """Run the cockpit on an 80x24 terminal, wait for ``marker`` (after adding ``note``, when given), press q; what
    it printed once off the screen."""
    terminal = TerminalScreen(argv, env=environ(home), cwd=home)
    try:
        if note:
            terminal.wait_for_text("no incident yet", TIMEOUT_S)
            terminal.send("n")
            terminal.wait_for_text("what you saw, decided or did", TIMEOUT_S)  # the note field, not the footer
            terminal.send(note + "\r")
        terminal.wait_for_text(marker, TIMEOUT_S)
        terminal.send("q")
        printed = terminal.drain(TIMEOUT_S).decode(errors="replace")
        assert terminal.session.process.wait(TIMEOUT_S) == 0
    finally:
        terminal.close()
    return printed


def command_in(printed: str, pattern: str) -> list[str]:
    found = re.search(pattern, printed)
    assert found, printed
    argv = shlex.split(found.group(1))
    assert argv[0] == "cockpit"
    return argv


def test_quitting_an_open_session_prints_the_command_that_resumes_its_incident(
    tmp_path: Path, service: DemoService
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "cockpit.toml").write_text(
        f'[environments.production]\nprotected = true\nservice = "checkout"\n\n'
        f'[environments.production.targets.checkout]\nprovider = "demo"\nbase_url = "{service.base_url}"\n'
    )
    printed = quit_and_read([*PYTHON_COCKPIT, "open"], home, "INC-1 Deployment failure", note="paged the db team")
    argv = command_in(printed, r"INC-1 stays open\. Resume it with: (cockpit open [^\r\n]+)")
    assert argv[argv.index("--incident") + 1] == "INC-1" and argv[argv.index("--env") + 1] == "production"
    # As printed, from another directory: the same incident, resumed.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    again = quit_and_read([*PYTHON_COCKPIT, *argv[1:]], elsewhere, "(resumed)")
    assert "INC-1 stays open" in again


def test_only_looking_and_quitting_records_nothing(tmp_path: Path, service: DemoService) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "cockpit.toml").write_text(
        f'[environments.production.targets.checkout]\nprovider = "demo"\nbase_url = "{service.base_url}"\n'
    )
    printed = quit_and_read([*PYTHON_COCKPIT, "open"], home, "no incident yet")
    assert "Nothing was recorded: no incident was opened" in printed
    listed = subprocess.run([*PYTHON_COCKPIT, "incident", "list"], capture_output=True, text=True, cwd=home,
                            timeout=TIMEOUT_S, env={**environ(home), "PATH": "/usr/bin:/bin"}, check=False)
    assert listed.returncode == 0 and "INC-" not in listed.stdout, listed.stdout + listed.stderr


def test_quitting_the_demo_prints_how_to_review_its_incident(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    printed = quit_and_read([*PYTHON_COCKPIT, "demo", "--db", str(home / "demo.db")], home, "INC-1 Deployment")
    argv = command_in(printed, r"INC-1 \(demo\) is recorded; each demo starts afresh\. Review it with: ([^\r\n]+)")
    review = subprocess.run([*PYTHON_COCKPIT, *argv[1:]], capture_output=True, text=True, timeout=TIMEOUT_S,
                            env={**environ(home), "PATH": "/usr/bin:/bin"}, check=False)
    assert review.returncode == 0, review.stderr
    assert "INC-1" in review.stdout and "checkout" in review.stdout
