"""Done-when of the docker issue, locally and over ssh://: `cockpit status --json` names the bad image, its health
output and the previous image; the dashboard shows it live; the built-in compose runbook rolls it back through the
checklist; afterwards the engine runs the old image under the same name, healthy, and the timeline says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from textual.widgets import Input

from cockpit.core.config import load_config
from cockpit.core.session import make_session
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.results import State
from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from tests.backends.docker.compose import health
from tests.docker.cockpit_config import write_config
from tests.docker.conftest import Project
from tests.ui.conftest import make_app, until, workers_finished

ROLLBACK_STEP = "s5.2"
CONFIRM_TAG_STEP = "s5.3"
HEALTH_STEP = "s6.1"


def test_status_json_reports_the_unhealthy_image_its_health_output_and_the_previous_image(
    shop: Project, host: str, tmp_path: Path
) -> None:
    config = write_config(tmp_path, shop.name, host, shop.port)
    done = subprocess.run(
        [sys.executable, "-m", "cockpit", "status", "--config", str(config), "--json"],
        capture_output=True, text=True, timeout=60, env={**os.environ}, check=False,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    shop_target = report["targets"]["shop"]
    assert shop_target["provider"] == "docker" and shop_target["error"] is None
    [web] = shop_target["deployments"]
    assert web["service"] == "web" and web["state"] == "failed"
    assert web["revision"] == "web:2.0" and web["previous_revision"] == "web:1.0"
    assert "unhealthy" in web["message"] and "404 Not Found" in web["message"]
    assert report["state"] != "healthy" and report["targets"]["web-health"]["state"] != "healthy"


async def test_the_compose_runbook_rolls_the_service_back_through_the_checklist(
    shop: Project, host: str, tmp_path: Path
) -> None:
    config = load_config(write_config(tmp_path, shop.name, host, shop.port))
    session = make_session(config, "production", db_path=tmp_path / "timeline.db")
    app = make_app(session)
    before = shop.web_attrs()
    async with app.run_test(size=(120, 40)) as pilot:
        # The dashboard shows the bad deploy live: failing, on web:2.0, with the health check's own words.
        pane = app.screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: "shop/web" in pane.rows and pane.rows["shop/web"].state is State.FAILED)
        row = pane.rows["shop/web"]
        assert row.revision == "web:2.0" and "404 Not Found" in row.message
        assert row.instances[0].name == shop.web and row.instances[0].reason == "unhealthy"

        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)
        checklist = screen.checklist
        screen.select_step(ROLLBACK_STEP)
        await pilot.press("a")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        plan = app.screen.plan  # type: ignore[attr-defined]
        assert plan.expect_revision == "web:1.0" and " run --detach --name " + shop.web in plan.command
        app.screen.query_one(Input).insert_text_at_cursor("web")  # protected: type the service name
        await pilot.press("enter")
        side = screen.query_one(DeploymentsPane)
        await until(app, pilot, lambda: "shop/web" in side.rows and side.rows["shop/web"].revision == "web:1.0"
                    and side.rows["shop/web"].state is State.HEALTHY, timeout=60,
                    unmet=lambda: f"web shows {side.rows.get('shop/web')}; the status line says {app.activity!r}")
        await workers_finished(app, pilot)

        screen.select_step(ROLLBACK_STEP)
        await pilot.press("d")  # its check: web:1.0 (the one before the baseline's web:2.0), every replica ready
        await workers_finished(app, pilot)
        assert checklist.status(ROLLBACK_STEP).state is StepState.DONE
        assert not checklist.status(ROLLBACK_STEP).overridden
        screen.select_step(CONFIRM_TAG_STEP)
        await pilot.press("d")
        await workers_finished(app, pilot)
        health_pane = screen.query_one(HealthPane)
        await until(app, pilot, lambda: "web-health" in health_pane.checks
                    and health_pane.checks["web-health"].state is State.HEALTHY)
        screen.select_step(HEALTH_STEP)
        await pilot.press("d")
        await workers_finished(app, pilot)
        assert checklist.status(HEALTH_STEP).state is StepState.DONE and not checklist.status(HEALTH_STEP).overridden

    # The engine: the old image, under the same name, healthy; the previous container is gone.
    after = shop.web_attrs()
    assert after["Name"] == before["Name"] and after["Id"] != before["Id"]
    assert after["Config"]["Image"] == "web:1.0" and health(after) == "healthy"
    assert not [c for c in shop.client.containers.list(all=True) if c.name.endswith("-cockpit-previous")]

    with Timeline(tmp_path / "timeline.db") as timeline:
        planned = timeline.events(1, kinds=[EventKind.ACTION_PLANNED])
        verified = timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])
        changed = timeline.events(1, kinds=[EventKind.STATE_CHANGED])
    rollback = next(e for e in planned if e.detail["plan"]["action"] == "rollback")
    images = {c["field"]: (c["before"], c["after"]) for c in rollback.detail["plan"]["changes"]}
    assert images["revision"] == ("web:2.0", "web:1.0")
    assert images["image"][0].startswith("web:2.0 sha256:") and images["image"][1].startswith("web:1.0 sha256:")
    assert verified and "web:1.0" in verified[-1].summary
    shop_changes = [(e.detail["before"], e.detail["after"]) for e in changed if e.target == "shop"]
    # Before and after, as the panes saw them: failing on 2.0, then (through the recreate) healthy on 1.0.
    assert shop_changes[0][1] == "web failed web:2.0" and shop_changes[-1][1] == "web healthy web:1.0"
