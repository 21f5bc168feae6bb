"""The Logs pane under a flood: a ring buffer of `log_lines`, only the visible rows drawn, the filter still finding
its line among ten thousand, and hostile text shown as text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import msgspec
from textual.pilot import Pilot

from cockpit.core.session import Session
from cockpit.providers.results import LogLine
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.log_fold import fold_points
from cockpit.ui.widgets.log_view import Entry, LogView
from cockpit.ui.widgets.logs_pane import LogsPane
from tests.ui.conftest import fake_session, make_app, until

START = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
CAPACITY = 100


def flood(count: int, *, first: int = 0, special: dict[int, str] | None = None) -> list[LogLine]:
    special = special or {}
    return [
        LogLine(START + timedelta(milliseconds=n), f"api-{n % 3}", special.get(n, f"INFO line {n}"), "INFO")
        for n in range(first, first + count)
    ]


def small_ring(db: Path) -> Session:
    session = fake_session(db)
    session.config = msgspec.structs.replace(session.config, log_lines=CAPACITY)
    return session


async def quiet_dashboard(app: CockpitApp, pilot: Pilot[int]) -> tuple[LogsPane, LogView]:
    """The dashboard with its hub stopped, so only the lines a test publishes reach the Logs pane, and the layout
    final: the health trigger settles on its third check, and the rollback banner it raises takes a row."""

    def settled() -> bool:
        health_trigger = app.triggers.verdicts.get("health")
        return health_trigger is not None and health_trigger.outcome.value != "inconclusive"

    await until(app, pilot, settled)
    await app.hub.stop()
    await pilot.pause()  # the fake's last batch, if one was on its way
    pane = app.screen.query_one(LogsPane)
    pane.show_all([])
    return pane, pane.query_one(LogView)


async def test_a_burst_of_ten_thousand_lines_keeps_the_newest_and_renders_only_what_is_visible(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        pane, view = await quiet_dashboard(app, pilot)
        app.feed.publish_logs("api", flood(10_000))
        await pilot.pause()
        rows = view.visible_text()
        assert view.line_count == CAPACITY and pane.shown == 10_000
        assert rows[-1].endswith("INFO line 9999") and "INFO line 9999" not in rows[-2]
        assert all("line 98" not in row for row in rows)  # older than the ring: gone
        assert 0 < view.rendered_count <= view.size.height


async def test_the_filter_finds_its_one_line_amid_a_flood(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        pane, view = await quiet_dashboard(app, pilot)
        await pilot.press("slash", *"needle", "enter")
        app.feed.publish_logs("api", flood(10_000, special={4_321: "ERROR the needle"}))
        await pilot.pause()
        assert pane.shown == 1 and view.line_count == 1
        assert view.visible_text()[0].endswith("ERROR the needle")


async def test_long_lines_fold_within_the_pane_and_control_characters_are_shown_not_sent(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        _, view = await quiet_dashboard(app, pilot)
        hostile = "ERROR \x1b[2J\x1b]0;pwned\x07 cleared?\nforged 10:00:00 line " + "x" * 200
        app.feed.publish_logs("api", flood(1, special={0: hostile}))
        await pilot.pause()
        rows = [row for row in view.visible_text() if row]
        text = "".join(row.removeprefix("  ") for row in rows)
        assert "\x1b" not in text and "\x07" not in text
        assert "\\x1b[2J\\x1b]0;pwned\\x07" in text and "cleared?\\nforged" in text
        width = view.size.width
        assert len(rows) == 1 + len(fold_points(Entry.of(flood(1, special={0: hostile})[0]).plain, width))
        assert all(len(row) <= width for row in rows) and text.endswith("x" * 10)
        assert rows[0].startswith("10:00:00 api-0 ERROR") and all(row.startswith("  ") for row in rows[1:])


async def test_reading_back_holds_the_view_while_new_lines_arrive(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        _, view = await quiet_dashboard(app, pilot)
        app.feed.publish_logs("api", flood(60))
        await pilot.pause()
        await pilot.press("3", "pageup")
        await pilot.pause()
        before = view.visible_text()
        assert not view.auto_scroll and before[-1] != "" and "line 59" not in before[-1]
        app.feed.publish_logs("api", flood(60, first=60))  # 20 of the oldest fall off the ring meanwhile
        await pilot.pause()
        assert view.visible_text() == before
        await pilot.press("end")
        await pilot.pause()
        assert view.auto_scroll and view.visible_text()[-1].endswith("INFO line 119")
