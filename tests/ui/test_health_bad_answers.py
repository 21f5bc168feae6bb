"""Issue 10: every bad health answer shows as its own clear state in the Health pane and in `cockpit status --json`,
all at once, and none of them blocks the app (the keyboard answers while they hang)."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.core.config import load_config
from cockpit.core.session import make_session
from cockpit.screens.help import HelpScreen
from cockpit.ui.widgets.health_pane import HealthPane
from tests.providers.bad_http import BadServer, standard_routes
from tests.tls import self_signed
from tests.ui.conftest import make_app, until

# target -> what the operator must read for it: the check's state, or the error's title
SHOWN = {
    "ok": "healthy",
    "500": "failed",
    "503": "failed",
    "invalid-json": "invalid JSON",
    "loop-a": "redirect loop",
    "huge": "answer too large",
    "hang": "timed out",
    "self-signed": "untrusted certificate",
}


@pytest.fixture
def config_file(tmp_path: Path) -> Iterator[Path]:
    plain = BadServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*self_signed(tmp_path))
    tls = BadServer(tls=context)
    try:
        urls = standard_routes(plain)
        urls["self-signed"] = tls.json("/health", 200, {"status": "ok"})
        lines = ["[polling]", "interval_s = 1", "timeout_s = 6", "max_backoff_s = 8", "",
                 "[environments.production]", 'service = "api"', ""]
        for name, url in urls.items():
            lines += [f'[environments.production.targets."{name}"]', 'provider = "http"', f'url = "{url}"', ""]
        path = tmp_path / "cockpit.toml"
        path.write_text("\n".join(lines))
        yield path
    finally:
        plain.close()
        tls.close()


def test_status_json_gives_each_bad_answer_its_own_state(config_file: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "cockpit", "status", "--config", str(config_file), "--json"],
        check=False, capture_output=True, text=True, timeout=60,
        env={**os.environ, "COCKPIT_DB": str(tmp_path / "t.db")},
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)["targets"]
    shown = {
        name: (target["health"]["state"] if target["health"] is not None else target["error"]["title"])
        for name, target in report.items()
    }
    assert shown == SHOWN
    assert "database: pool exhausted" in report["503"]["health"]["message"]
    assert report["503"]["health"]["components"]["database"]["state"] == "failed"
    assert "self-signed certificate" in report["self-signed"]["error"]["message"]
    # Every target asked at once, each within its 6 s timeout (generous: 2 shared cores): hangs do not add up.
    assert elapsed < 20, f"status took {elapsed:.1f} s"


async def test_the_health_pane_shows_each_bad_answer_and_the_keyboard_answers(
    config_file: Path, tmp_path: Path
) -> None:
    session = make_session(load_config(config_file), "production", db_path=tmp_path / "t.db")
    app = make_app(session)
    async with app.run_test(size=(160, 60)) as pilot:
        await until(app, pilot, lambda: all(app.hub.latest(name, "health") is not None for name in SHOWN))
        pane = app.screen.query_one(HealthPane)
        banner = str(pane.query_one(".banner").render())
        for name, phrase in SHOWN.items():
            snapshot = app.hub.latest(name, "health")
            assert snapshot is not None
            if phrase in ("healthy", "failed"):
                assert snapshot.data is not None and snapshot.data.state.value == phrase, name
            else:
                assert snapshot.error is not None and snapshot.error.title == phrase, name
                assert f"{name}: {phrase}" in banner
        assert pane.checks["503"].components[0].name == "database"
        # The app still takes keys while the hang and the 50 MB body are being polled (bench/ measures the frames).
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
