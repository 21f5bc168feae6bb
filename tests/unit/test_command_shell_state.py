"""What a command leaves behind (directory, exports) is read back from the real bash and carried to the next one;
lint warns where a runbook counts on more than that."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cockpit.providers.shell import CommandResult, LocalShell
from cockpit.runbooks.baseline import Baseline, BaselineEntry
from cockpit.runbooks.command_env import known_variables
from cockpit.runbooks.parser import parse_runbook
from cockpit.runbooks.shell_lint import shell_state_findings
from cockpit.runbooks.shell_state import ShellState
from tests.unit.live_hub import LiveHub


async def run(shell: LocalShell, state: ShellState, command: str, known: dict[str, str] | None = None) -> CommandResult:
    plan = shell.plan_command(command, step_id="s1.1", cwd=state.cwd, variables=state.environment(known or {}))
    result = await shell.execute(plan)
    state.follow(result)
    return result


async def test_cd_then_a_relative_script_runs_in_that_directory(tmp_path: Path) -> None:
    (tmp_path / "app" / "scripts").mkdir(parents=True)
    script = tmp_path / "app" / "scripts" / "rollback.sh"
    script.write_text('#!/bin/sh\necho "in $(pwd) tag=$TAG"\n')
    script.chmod(0o755)
    shell, state = LocalShell(), ShellState()
    await run(shell, state, f"cd '{tmp_path / 'app'}'")
    await run(shell, state, "export TAG=v41 NOTE='two words'")
    result = await run(shell, state, "./scripts/rollback.sh")
    assert result.output == f"in {tmp_path / 'app'} tag=v41\n"
    assert state.describe() == f"in {tmp_path / 'app'} · exported NOTE, TAG"
    assert state.variables == {"TAG": "v41", "NOTE": "two words"}


async def test_a_failing_command_still_leaves_its_state_and_its_exit_code(tmp_path: Path) -> None:
    shell, state = LocalShell(), ShellState()
    result = await run(shell, state, f"cd '{tmp_path}' && export STEP=3 && exit 7")
    assert (result.exit_code, result.cwd_after, state.variables) == (7, str(tmp_path), {"STEP": "3"})


async def test_unset_is_kept_and_the_checklists_exports_win_over_the_cockpits_variables() -> None:
    shell, state = LocalShell(), ShellState()
    await run(shell, state, "unset HOME; export HEALTH_URL=http://mine/health")
    result = await run(shell, state, 'echo "${HOME-none} $HEALTH_URL"', {"HEALTH_URL": "http://cockpit/health"})
    assert result.output == "none http://mine/health\n"
    assert state.describe() == "exported HEALTH_URL · unset HOME"


async def test_a_command_that_replaces_the_exit_trap_leaves_the_state_as_it_was(tmp_path: Path) -> None:
    shell, state = LocalShell(), ShellState(cwd=str(tmp_path))
    result = await run(shell, state, "trap 'echo bye' EXIT; cd /; export LOST=1")
    assert result.ok and result.output == "bye\n"
    assert (result.cwd_after, result.variables_after) == (None, {})
    assert state == ShellState(cwd=str(tmp_path))


async def test_the_operators_own_bash_env_is_still_read_and_children_do_not_inherit_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own.sh"
    own.write_text("export FROM_OWN=yes\n")
    monkeypatch.setenv("BASH_ENV", str(own))
    shell, state = LocalShell(), ShellState()
    result = await run(shell, state, 'echo "$FROM_OWN"; bash -c \'echo "child BASH_ENV=$BASH_ENV"\'')
    assert result.output == f"yes\nchild BASH_ENV={own}\n"
    assert "BASH_ENV" not in state.variables and state.variables == {"FROM_OWN": "yes"}
    assert not any(name.startswith("__COCKPIT") for name in os.environ)


async def test_known_variables_come_from_settings_live_data_and_the_baseline() -> None:
    from cockpit.providers.fake import FakeProvider, FakeSettings
    from cockpit.providers.http_health import HttpHealthProvider, HttpHealthSettings

    live = LiveHub(api=FakeProvider("api", FakeSettings()))
    health = HttpHealthProvider("api-health", HttpHealthSettings(url="http://127.0.0.1:9/health/ready"))
    providers = {**live.providers, "api-health": health}
    before = known_variables(providers, live.hub, Baseline(), environment="production", service="api")
    assert before == {"COCKPIT_ENVIRONMENT": "production", "SERVICE": "api",
                      "HEALTH_URL": "http://127.0.0.1:9/health/ready"}  # no deployments polled yet
    live.hub.start()
    try:
        await live.polled()
        # Without a baseline: the revision before the live one, from the deployment's history.
        known = known_variables(providers, live.hub, Baseline(), environment="production", service="api")
        assert (known["CURRENT_REVISION"], known["PREVIOUS_REVISION"]) == ("v3", "v2")
        assert "BAD_REVISION" not in known
        # With the checklist's baseline: the revision the incident is about, and the one before it.
        baseline = Baseline((BaselineEntry("api", "api", "v3", "v2"),))
        await live.providers["api"].execute(await live.providers["api"].plan_rollback("api", "v2"))
        await live.until(lambda: known_variables(providers, live.hub, baseline, environment=None,
                                                 service="api")["CURRENT_REVISION"] == "v2")
        known = known_variables(providers, live.hub, baseline, environment=None, service="api")
        assert (known["CURRENT_REVISION"], known["BAD_REVISION"], known["PREVIOUS_REVISION"]) == ("v2", "v3", "v2")
    finally:
        await live.hub.stop()


LINT_RUNBOOK = """\
# Shell state

```bash
source ./env.sh
set -e
VERSION=$(git describe --tags)
deploy() { echo deploying; }
```

- [ ] Use them: `docker compose up -d "api:$VERSION" && deploy`
- [ ] Start a port-forward: `kubectl port-forward svc/api 8080:80 &`
- [ ] Ask:
  ```bash
  read ANSWER
  ```
- [ ] Move in a subshell:
  ```bash
  (cd /srv/app && ls) && ./scripts/rollback.sh
  ```
- [ ] Exported is fine: `export TAG=v41`
- [ ] And used later: `echo "$TAG"`
"""


def test_lint_warns_where_a_runbook_relies_on_state_the_cockpit_cannot_keep() -> None:
    messages = [finding.message for finding in shell_state_findings(parse_runbook(LINT_RUNBOOK))]
    assert any("source ./env.sh defines things in this command's shell only" in m for m in messages)
    assert any("set -e applies to this command only" in m for m in messages)
    assert any("VERSION is set without export" in m and "export VERSION=" in m for m in messages)
    assert any("function deploy is defined here and called in a later command" in m for m in messages)
    assert any("background (&) is stopped when its command ends" in m for m in messages)
    assert any("read: a command gets no input" in m for m in messages)
    assert any("cd inside ( ) or a pipeline changes that subshell only" in m for m in messages)
    assert not any("TAG" in m for m in messages)
    assert len(messages) == 7
