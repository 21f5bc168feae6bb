"""The TUI fed from the hostile corpus in every pane, the confirmation, the timeline and the checklist: it survives,
and what it shows is the data as written, with no control character reaching the terminal."""

from __future__ import annotations

import shlex
from pathlib import Path

from textual.widgets import Static

from cockpit.core.config import CockpitConfig, EnvironmentConfig, TargetConfig
from cockpit.core.session import Session
from cockpit.providers.fake import FakeSettings
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.timeline import TimelineScreen
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.health_pane import HealthPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from tests.hostile.corpus import ALL_TEXT, CONTROL, MARKUP, QUOTING, control_characters
from tests.hostile.provider import HostileProvider
from tests.ui.conftest import FAST, make_app, until

TARGET = "api [b]x[/b] replica[2"


def hostile_runbook(path: Path) -> Path:
    # Without the NUL sample: a runbook holding NUL is refused as binary (with a notification), by design.
    texts = [text.replace("\x00", "") for text in ALL_TEXT]
    steps = "\n".join(f"{n}. Check {text.splitlines()[0]}\n   ```bash\n   echo {text.splitlines()[0]!r}\n   ```"
                      for n, text in enumerate(texts, 1))
    path.write_text(f"# Rollback {MARKUP[0]} {CONTROL[0]}\n\n## Steps\n\n{steps}\n", encoding="utf-8")
    return path


def hostile_session(tmp_path: Path) -> Session:
    settings = FakeSettings()
    target = TargetConfig(name=TARGET, provider="fake", settings=settings, polling=FAST)
    env = EnvironmentConfig(name="prod[2 \x1b[2J", service=MARKUP[1], targets={TARGET: target}, protected=False,
                            runbook=hostile_runbook(tmp_path / "runbook.md"))
    config = CockpitConfig(operator="oncall", environments={env.name: env}, polling=FAST)
    return Session(config, env, {TARGET: HostileProvider(TARGET)}, tmp_path / "t.db", False, "on[call")


def screen_text(app: object) -> str:
    return app.export_screenshot()  # type: ignore[attr-defined, no-any-return]


async def test_the_tui_survives_the_corpus_in_every_pane_and_screen(tmp_path: Path) -> None:
    app = make_app(hostile_session(tmp_path))
    async with app.run_test(size=(160, 50)) as pilot:
        screen = app.screen
        health = screen.query_one(HealthPane)

        def health_body() -> str:
            return "\n".join(str(static.render()) for static in health.query(Static))

        # The components, not just the check: on a loaded machine the pane renders a refresh after it holds them.
        await until(app, pilot, lambda: bool(
            screen.query_one(DeploymentsPane).rows and MARKUP[0] in health_body()
            and screen.query_one(MetricsPane).latest and screen.query_one(LogsPane).shown
        ))
        body = health_body()
        for text in MARKUP[:6]:
            assert text.splitlines()[0] in body, text  # shown as written, not interpreted
        dashboard = screen_text(app)
        assert control_characters(dashboard) == []

        await pilot.press("r")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        command = str(app.screen.query_one("#command", Static).render())
        # The command as shown parses back to exactly the argv the provider will use.
        assert shlex.split(command) == ["deploy", app.screen.plan.service, "--revision", QUOTING[0]]
        assert control_characters(screen_text(app)) == []
        await pilot.press("escape")

        await pilot.press("t")
        await until(app, pilot, lambda: isinstance(app.screen, TimelineScreen))
        assert control_characters(screen_text(app)) == []
        await pilot.press("escape")

        await pilot.press("c")
        await until(app, pilot, lambda: isinstance(app.screen, ChecklistScreen))
        await pilot.press(*["down"] * 6)  # through steps holding markup, HTML and control characters
        await pilot.pause()
        shown = screen_text(app)
        assert control_characters(shown) == []
        await pilot.press("escape")
        assert app.is_running
