"""Reading the Logs pane: long lines fold at a word with indented continuations, use the pane's whole width, or keep
one row each and scroll sideways (`w`, shown in the footer); a filter match is highlighted and never cut in two; the
filter field opens without moving the log."""

from __future__ import annotations

from pathlib import Path

import msgspec
from textual.pilot import Pilot

from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.log_view import LogView
from tests.ui.conftest import make_app
from tests.ui.test_logs_flood import flood, quiet_dashboard, small_ring

DEMO_ERROR = "ERROR POST /api/checkout 500 psycopg.OperationalError: connection pool exhausted (0/20 free)"


def rows_of(view: LogView) -> list[str]:
    return [row for row in view.visible_text() if row]


async def buffered(app: CockpitApp, pilot: Pilot[int], messages: dict[int, str], count: int = 3) -> None:
    """Lines in the hub's buffer (what a filter re-reads) and on screen, with the hub stopped."""
    lines = flood(count, special=messages)
    app.hub.logs["api"].extend(lines)
    app.feed.publish_logs("api", lines)
    await pilot.pause()


async def test_a_long_line_folds_at_a_word_and_its_continuation_is_indented(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        _, view = await quiet_dashboard(app, pilot)
        app.feed.publish_logs("api", flood(1, special={0: DEMO_ERROR}))
        await pilot.pause()
        rows = rows_of(view)
        assert rows[0].startswith("10:00:00 api-0 ERROR") and len(rows) > 1
        assert all(row.startswith("  ") and not row.startswith("   ") for row in rows[1:])
        # Every word whole on one row: before, the fold fell at the edge ("...500 psy" / "copg.OperationalError").
        for word in DEMO_ERROR.split():
            assert any(word in row for row in rows), word
        assert all(len(row) <= view.size.width for row in rows)


async def test_a_zoomed_pane_uses_the_whole_width(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        _, view = await quiet_dashboard(app, pilot)
        app.feed.publish_logs("api", flood(1, special={0: DEMO_ERROR}))
        await pilot.press("3", "z")
        await pilot.pause()
        assert view.size.width >= 110
        assert rows_of(view) == [f"10:00:00 api-0 {DEMO_ERROR}"]


async def test_w_keeps_one_row_per_line_and_the_arrows_scroll_it_sideways(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        pane, view = await quiet_dashboard(app, pilot)
        app.feed.publish_logs("api", flood(2, special={0: DEMO_ERROR}))
        await pilot.press("3")
        await pilot.pause()
        footer = {getattr(key, "key", "") for key in app.screen.query("FooterKey")}
        assert "w" in footer  # the choice is offered in the footer
        await pilot.press("w")
        await pilot.pause()
        rows = rows_of(view)
        assert len(rows) == 2 and rows[0] == f"10:00:00 api-0 {DEMO_ERROR}"[: view.size.width]
        assert "no wrap" in str(pane.border_subtitle)
        await pilot.press("right", "right")  # half a pane each, up to the longest line's end
        await pilot.pause()
        assert rows_of(view)[0].endswith("(0/20 free)") and not rows_of(view)[0].startswith("10:00:00")
        await pilot.press("left", "left", "w")
        await pilot.pause()
        assert len(rows_of(view)) > 2 and "no wrap" not in str(pane.border_subtitle)


async def test_a_filter_match_is_highlighted_and_never_cut_in_two(tmp_path: Path) -> None:
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        _, view = await quiet_dashboard(app, pilot)
        width = view.size.width
        # No space to fold at, and the match straddles the pane's edge: the fold moves to the match's start.
        lead = "x" * (width - len("10:00:00 api-0 ") - 6)
        await buffered(app, pilot, {1: f"{lead}OperationalError at the edge"})
        await pilot.press("3", "w")  # even with one row per line, a filter folds so the match shows
        await pilot.press("slash", *"operationalerror", "enter")
        await pilot.pause()
        rows = rows_of(view)
        assert any("OperationalError" in row for row in rows), rows
        y = next(index for index, row in enumerate(view.visible_text()) if "OperationalError" in row)
        highlighted = "".join(
            segment.text for segment in view.render_line(y) if segment.style and segment.style.reverse
        )
        assert highlighted == "OperationalError"


async def test_opening_the_filter_leaves_the_log_where_it_is(tmp_path: Path) -> None:
    """The field keeps a row of its own: `/` only moves the focus (a relayout of the whole screen cost 50-260 ms
    under a flood, and the log jumped up three rows)."""
    app = make_app(small_ring(tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        pane, view = await quiet_dashboard(app, pilot)
        app.feed.publish_logs("api", flood(40))
        await pilot.press("3")
        await pilot.pause()
        region, rows = view.region, view.visible_text()
        footer_keys = list(app.screen.query("FooterKey"))
        await pilot.press("slash")
        await pilot.pause()
        assert pane.filter_open and app.screen.focused is pane.query_one(".log-filter")
        assert view.region == region and view.visible_text() == rows
        assert list(app.screen.query("FooterKey")) == footer_keys  # the footer was not rebuilt either
        await pilot.press("escape")
        await pilot.pause()
        assert not pane.filter_open and app.screen.focused is pane and view.region == region


async def test_log_flush_s_reaches_the_hub(tmp_path: Path) -> None:
    session = small_ring(tmp_path / "t.db")
    session.config = msgspec.structs.replace(session.config, log_flush_s=0.5)
    assert make_app(session).hub.log_flush_s == 0.5
