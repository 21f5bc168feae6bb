"""Killing dockerd while the cockpit streams from it: the app stays responsive, the panes say what is wrong, and
they recover when the engine is back. The test has an engine of its own: the session's must not die."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.core.config import load_config
from cockpit.core.session import make_session
from cockpit.providers.base import Unreachable
from cockpit.screens.help import HelpScreen
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.docker.images import build_images, busybox_path
from tests.docker.cockpit_config import write_config
from tests.docker.conftest import start_project
from tests.ui.conftest import make_app, until


@pytest.fixture
def own_dockerd(dockerd: PrivateDockerd, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateDockerd]:
    daemon = PrivateDockerd(Path(tmp_path_factory.mktemp("dkr")))
    daemon.start()
    try:
        client = daemon.client()
        build_images(client, str(busybox_path()))
        start_project(client, "shop", extras=False)
        client.close()
        yield daemon
    finally:
        daemon.stop()


async def test_a_killed_engine_shows_as_an_error_and_recovers(own_dockerd: PrivateDockerd, tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, "shop", own_dockerd.url, 9))
    app = make_app(make_session(config, "production", db_path=tmp_path / "timeline.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        pane = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: "shop/web" in pane.rows)
        await until(app, pilot, lambda: len(app.hub.logs.get("shop", ())) > 0)  # logs are streaming

        own_dockerd.kill()
        snapshot = lambda: app.hub.latest("shop", "deployments")  # noqa: E731
        await until(app, pilot, lambda: snapshot() is not None and snapshot().failed and pane.has_class("-failed"))
        assert isinstance(snapshot().error, Unreachable)  # type: ignore[union-attr]
        assert "no docker engine answers" in str(snapshot().error)  # type: ignore[union-attr]
        assert "shop/web" in pane.rows  # the last good answer stays on screen

        # Still responsive: the keyboard works while the engine is down.
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")

        own_dockerd.restart()
        await until(app, pilot, lambda: not snapshot().failed and not pane.has_class("-failed"), timeout=30)
        assert pane.rows["shop/web"].revision == "web:2.0"
