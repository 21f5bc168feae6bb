"""Runbook commands run as written, from the checklist's `x`, against the real demo service and a real bash:
placeholders filled in (a suggestion from live data, values quoted), the working directory and exports kept between
commands, the environment's variables set, and read-only commands confirmed without typing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, OptionList, Static

from cockpit.core.timeline import EventKind, Timeline
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.command_picker import CommandPicker
from cockpit.screens.confirm import ConfirmScreen
from cockpit.screens.placeholders import PlaceholderScreen
from cockpit.ui.app import CockpitApp
from tests.ui.conftest import until
from tests.ui.test_checklist_walk import open_checklist

RUNBOOK = """\
# Roll back by hand

- [ ] Say which revision we go back to: `echo "going back to" <previous-commit>`
- [ ] Run the rollback script from the app's folder:
  ```bash
  cd {app}
  export APP_TAG=v41
  ./scripts/rollback.sh
  ```
"""
SCRIPT = '#!/bin/sh\necho "rollback from $(pwd) with tag ${APP_TAG:-unset}"\n'


def write_runbook(tmp_path: Path) -> tuple[Path, Path]:
    app_dir = tmp_path / "srv app"  # a space: the directory is data, never split
    (app_dir / "scripts").mkdir(parents=True)
    script = app_dir / "scripts" / "rollback.sh"
    script.write_text(SCRIPT)
    script.chmod(0o755)
    runbook = tmp_path / "rollback.md"
    runbook.write_text(RUNBOOK.replace("{app}", f"'{app_dir}'"))
    return runbook, app_dir


async def run_selected(app: CockpitApp, pilot: object, *, pick: int | None = None, typed: str | None = None) -> str:
    """Press x on the selected step (picking its ``pick``-th command), confirm, and return the step's output."""
    screen = app.screen
    assert isinstance(screen, ChecklistScreen)
    step = screen.selected
    assert step is not None
    await pilot.press("x")  # type: ignore[attr-defined]
    if pick is not None:
        await until(app, pilot, lambda: isinstance(app.screen, CommandPicker))  # type: ignore[arg-type]
        app.screen.query_one(OptionList).highlighted = pick
        await pilot.press("enter")  # type: ignore[attr-defined]
    await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))  # type: ignore[arg-type]
    if typed is None:
        await pilot.press("y")  # type: ignore[attr-defined]
    else:
        app.screen.query_one(Input).insert_text_at_cursor(typed)
        await pilot.press("enter")  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()
    return screen._outputs[step.id]


async def test_cd_and_export_carry_over_to_the_next_command_and_show_in_the_header(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path
) -> None:
    runbook, app_dir = write_runbook(tmp_path)
    app = demo_app_factory(runbook=runbook)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        screen.select_step("s1.2")
        shell_line = screen.query_one("#checklist-shell", Static)
        assert not shell_line.display
        await run_selected(app, pilot, pick=0)  # cd: read-only, `y` is enough even in this protected environment
        await run_selected(app, pilot, pick=1)  # export
        output = await run_selected(app, pilot, pick=2, typed="checkout")  # the script changes things: typed
        assert f"rollback from {app_dir} with tag v41" in output
        assert shell_line.display
        assert str(shell_line.render()) == f"$ in {app_dir} · exported APP_TAG"


async def test_a_placeholder_is_asked_for_with_a_live_suggestion_quoted_and_recorded(
    demo_app_factory: Callable[..., CockpitApp], tmp_path: Path
) -> None:
    runbook, _ = write_runbook(tmp_path)
    app = demo_app_factory(runbook=runbook)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        screen.select_step("s1.1")

        # The suggestion is the revision before the bad v42, from the deployments capability.
        await pilot.press("x")
        await until(app, pilot, lambda: isinstance(app.screen, PlaceholderScreen))
        field = app.screen.query_one("#hole-0", Input)
        assert field.value == "v41"
        await pilot.press("enter")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert app.screen.plan.command == 'echo "going back to" v41'  # type: ignore[attr-defined]
        await pilot.press("y")
        await app.workers.wait_for_complete()
        assert "going back to v41" in screen._outputs["s1.1"]

        # A value is data: what would be shell code arrives as one argument, and the final command shows it quoted.
        await pilot.press("x")
        await until(app, pilot, lambda: isinstance(app.screen, PlaceholderScreen))
        field = app.screen.query_one("#hole-0", Input)
        field.value = "v40; touch pwned"
        await pilot.pause()
        final = str(app.screen.query_one("#placeholder-final", Static).render())
        assert final == "echo \"going back to\" 'v40; touch pwned'"
        await pilot.press("enter")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await app.workers.wait_for_complete()
        assert "going back to v40; touch pwned" in screen._outputs["s1.1"]
        assert not (Path.cwd() / "pwned").exists()

        # Esc on the values runs nothing.
        await pilot.press("x")
        await until(app, pilot, lambda: isinstance(app.screen, PlaceholderScreen))
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        assert isinstance(app.screen, ChecklistScreen)

    with Timeline(tmp_path / "timeline.db") as timeline:
        planned = timeline.events(1, kinds=[EventKind.ACTION_PLANNED])
    assert [event.detail["filled"] for event in planned] == [
        {"<previous-commit>": "v41"},
        {"<previous-commit>": "v40; touch pwned"},
    ]
    assert planned[0].detail["plan"]["command"] == 'echo "going back to" v41'


async def test_the_demo_runbooks_health_command_runs_read_only_with_the_environments_health_url(
    demo_app_factory: Callable[..., CockpitApp],
) -> None:
    app = demo_app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_checklist(app, pilot)
        screen.select_step("s3.1")
        await pilot.press("x")
        await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
        confirm = app.screen
        assert not confirm.query(Input)  # no typed confirmation for a read-only command
        said = " ".join(str(widget.render()) for widget in confirm.query(Static))
        assert "NOT reversible" not in said and "read-only" in said
        await pilot.press("y")
        await app.workers.wait_for_complete()
        output = screen._outputs["s3.1"]
        assert "exit 0" in output, output
        assert "parameter null or not set" not in output
        assert "database" in output  # the demo's readiness answer names its components
