"""A pane number and `z` typed in one burst (as SSH delivers them) zoom that pane: keys apply in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.ui.widgets.pane import Pane
from tests.ui.conftest import fake_session, make_app
from tests.ui.keys import burst


@pytest.mark.parametrize(("number", "pane"), [("2", "health"), ("3", "logs"), ("4", "metrics"), ("1", "deployments")])
async def test_a_pane_number_and_z_in_one_burst_zoom_that_pane(tmp_path: Path, number: str, pane: str) -> None:
    app = make_app(fake_session(tmp_path / "t.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if number == "1":
            await pilot.press("2")  # start elsewhere: Deployments has the focus at start
        await burst(pilot, f"{number}z")
        assert app.screen.maximized is not None and app.screen.maximized.id == pane
        # Another pane number while zoomed shows that pane instead; Escape brings back all four.
        await burst(pilot, "1" if number != "1" else "2")
        assert isinstance(app.screen.maximized, Pane) and app.screen.maximized.id != pane
        await burst(pilot, ["escape"])
        assert app.screen.maximized is None
