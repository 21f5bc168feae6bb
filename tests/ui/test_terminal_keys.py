"""Keys through a real pseudo-terminal at 80x24, several in one write as SSH delivers them."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.terminal_screen import TerminalScreen

TIMEOUT_S = 30
PANES = {"1": "Deployments", "2": "Health", "3": "Logs", "4": "Metrics"}


def zoomed(text: str) -> set[str]:
    """The pane titles on screen."""
    return {title for title in PANES.values() if f"╭─ {title} " in text}


def test_pane_numbers_and_z_in_one_write_zoom_the_pane_they_name(tmp_path: Path) -> None:
    terminal = TerminalScreen([sys.executable, "-m", "cockpit", "demo", "--db", str(tmp_path / "t.db")],
                              cwd=tmp_path)
    try:
        terminal.wait_until(lambda text: zoomed(text) == set(PANES.values()), TIMEOUT_S, "the four panes")
        for _ in range(2):
            for number in ("3", "2", "4", "1"):
                terminal.send(f"{number}z")
                terminal.wait_until(lambda text, n=number: zoomed(text) == {PANES[n]}, TIMEOUT_S,  # type: ignore[misc]
                                    f"only {PANES[number]} after {number}z")
                terminal.send("z")
                terminal.wait_until(lambda text: zoomed(text) == set(PANES.values()), TIMEOUT_S, "unzoomed")
    finally:
        terminal.close()
