"""The confirmation dialog's keys, and a timeline disk that stops taking writes while the cockpit goes on."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.fake import FakeProvider
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.status_bar import StatusBar
from tests.disks import require_mounted, tmpfs
from tests.ui.conftest import fake_session, make_app, until


async def open_confirmation(app: CockpitApp, pilot: object) -> ConfirmScreen:
    deployments = app.screen.query_one(DeploymentsPane)
    await until(app, pilot, lambda: bool(deployments.rows))  # type: ignore[arg-type]
    await pilot.press("r")  # type: ignore[attr-defined]
    await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))  # type: ignore[arg-type]
    assert isinstance(app.screen, ConfirmScreen)
    return app.screen


def fake(app: CockpitApp) -> FakeProvider:
    provider = app.session.providers["api"]
    assert isinstance(provider, FakeProvider)
    return provider


async def test_escape_and_n_cancel_change_nothing_and_are_recorded_as_cancelled(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=False))
    async with app.run_test(size=(120, 40)) as pilot:
        for key in ("escape", "n"):
            await open_confirmation(app, pilot)
            await pilot.press(key)
            await until(app, pilot, lambda: not isinstance(app.screen, ConfirmScreen))
            await app.workers.wait_for_complete()
        assert fake(app).executed == [] and fake(app).current == "v3"
    with Timeline(tmp_path / "t.db") as timeline:
        cancelled = timeline.events(1, kinds=[EventKind.ACTION_REFUSED])
        executed = timeline.events(1, kinds=[EventKind.ACTION_CONFIRMED])
    assert [event.summary for event in cancelled] == ["rollback cancelled by the operator"] * 2
    assert executed == []


async def test_y_confirms_where_no_name_is_typed(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=False))
    async with app.run_test(size=(120, 40)) as pilot:
        confirm = await open_confirmation(app, pilot)
        assert confirm.phrase is None
        await pilot.press("y")
        await until(app, pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        await app.workers.wait_for_complete()
        assert fake(app).current == "v2"
    with Timeline(tmp_path / "t.db") as timeline:
        assert timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])


async def test_y_is_only_a_letter_where_the_service_name_must_be_typed(tmp_path: Path) -> None:
    app = make_app(fake_session(tmp_path / "t.db", protected=True))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_confirmation(app, pilot)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.query_one(Input).value == "y"
        assert fake(app).executed == []


def fill_up(directory: Path) -> Path:
    """Write a file until the disk has no room left; delete it to give the room back."""
    filler = directory / "filler"
    with filler.open("wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


async def test_a_full_disk_shows_on_the_status_line_and_the_cockpit_goes_on(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with tmpfs(disk, "4m") as mounted:
        require_mounted(mounted, "needs root to mount a small tmpfs")
        app = make_app(fake_session(disk / "t.db"))
        async with app.run_test(size=(120, 40)) as pilot:
            bar = app.screen.query_one(StatusBar)
            await until(app, pilot, lambda: bool(app.screen.query_one(DeploymentsPane).rows))
            filler = fill_up(disk)
            await pilot.press("n")
            app.screen.query_one(Input).insert_text_at_cursor("lost? " + "x" * 8000)
            await pilot.press("enter")
            await until(app, pilot, lambda: bool(bar.recording_error))
            assert "TIMELINE NOT RECORDING" in str(bar.render())
            # The keyboard still answers while nothing can be written.
            await pilot.press("2")
            assert app.focused is not None and app.focused.id == "health"
            filler.unlink()
            await pilot.press("n")
            app.screen.query_one(Input).insert_text_at_cursor("recorded again")
            await pilot.press("enter")
            await until(app, pilot, lambda: not bar.recording_error)
        app.timeline.close()  # `cockpit open` closes it on exit; the tmpfs cannot go while it is open
        with Timeline(disk / "t.db") as timeline:
            notes = [event.summary for event in timeline.events(1, kinds=[EventKind.NOTE])]
    assert notes == ["recorded again"]
