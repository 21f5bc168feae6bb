"""The runbooks shipped with the cockpit: clean under lint, usable verifications, and the demo one walks for real."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cockpit.core.actions import ActionRunner
from cockpit.core.hub import Hub, PollPolicy
from cockpit.core.session import build_providers, close_providers
from cockpit.core.timeline import Timeline
from cockpit.demo.service import DemoService
from cockpit.demo.session import DEMO_ENVIRONMENT, demo_config
from cockpit.runbooks.advisor import evaluate_table, recommendation
from cockpit.runbooks.checklist import Checklist
from cockpit.runbooks.commands import placeholders
from cockpit.runbooks.lint import lint_runbook
from cockpit.runbooks.model import Severity
from cockpit.runbooks.parser import load_runbook
from cockpit.runbooks.shipped import builtin_runbook, builtin_runbooks
from cockpit.runbooks.step_state import NeedsReason, StepState
from cockpit.runbooks.verification import VerificationSpec

BARE_VARIABLE = re.compile(r"\$(?!\{[A-Za-z_]\w*:[?-])")
NAMES = ("docker-compose-rollback", "kubernetes-rollback", "ecs-rollback", "health-decision-rollback")


@pytest.mark.parametrize("name", NAMES)
def test_a_builtin_runbook_parses_without_lint_errors(name: str) -> None:
    runbook = load_runbook(builtin_runbook(name))
    errors = [f for f in lint_runbook(runbook) if f.severity is Severity.ERROR]
    assert errors == []
    steps = list(runbook.steps())
    assert runbook.title and len(steps) >= 8


@pytest.mark.parametrize("name", NAMES)
def test_every_verification_is_usable_and_every_command_is_shell(name: str) -> None:
    runbook = load_runbook(builtin_runbook(name))
    checked = 0
    for step in runbook.steps():
        checked += VerificationSpec.from_attrs(step.attrs) is not None
        for command in step.commands:
            assert command.shell and command.commands, f"{step.id}: {command.code!r} is not a shell command"
            for single in command.commands:
                # Settings come from ${NAME:?} (a clear error when unset) or ${NAME:-default}; values learnt
                # during the walk are <placeholders> the operator fills in.
                assert not BARE_VARIABLE.search(single), f"{step.id}: a variable without a guard in {single}"
        if "action" in step.attrs:
            assert step.attrs["action"] == "rollback"
            assert step.attrs.get("verify") == "revision", f"{step.id}: a rollback step must verify its revision"
    assert checked >= 2


def test_the_health_decision_runbook_has_a_marked_matrix_and_generic_checks() -> None:
    runbook = load_runbook(builtin_runbook("health-decision-rollback"))
    (matrix,) = [t for s in runbook.sections for t in s.tables if "decision" in t.attrs]
    assert matrix.header == ("Component state", "Action")
    assert all("target" not in step.attrs for step in runbook.steps())
    commands = [single for step in runbook.steps() for c in step.commands for single in c.commands]
    assert commands and not any(placeholders(c) for c in commands)


def test_every_shipped_markdown_file_is_listed() -> None:
    folder = Path(builtin_runbook("ecs-rollback")).parent
    assert sorted(p.stem for p in folder.glob("*.md")) == sorted(builtin_runbooks()) == sorted(NAMES)


async def test_the_demo_runbook_walks_the_demo_environment_to_recovery(tmp_path: Path) -> None:
    """What `cockpit demo` does, without the screen: the real demo service, its providers, the hub and runner."""
    service = DemoService(rollout_s=0.2, traffic_rps=200, seed=7)
    service.start()
    environment = demo_config(service.base_url).environments[DEMO_ENVIRONMENT]
    providers = build_providers(environment)
    hub = Hub(providers, dict.fromkeys(providers, PollPolicy(interval_s=0.1, timeout_s=2.0, max_backoff_s=0.5)))
    published = asyncio.Event()
    hub.subscribe(lambda _: published.set())

    async def until(condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(15):
            while not condition():
                published.clear()
                await published.wait()

    try:
        with Timeline(tmp_path / "t.db") as timeline:
            incident = timeline.open_incident("checkout failing", DEMO_ENVIRONMENT, "checkout")
            runner = ActionRunner(
                timeline,
                incident.id,
                providers,
                read_only=False,
                protected=True,
                operator="oncall",
                verify_interval_s=0.1,
                verify_timeout_s=10,
                confirm_phrase=environment.service,
                after_execute=hub.refresh,
            )
            runbook = load_runbook(builtin_runbook("health-decision-rollback"))
            checklist = Checklist(runbook, timeline, incident.id, hub, runner, operator="oncall")
            hub.start()
            await until(
                lambda: all(
                    (snap := hub.latest(name, cap)) is not None and not snap.failed
                    for name, cap in (("checkout", "deployments"), ("checkout-health", "health"))
                )
            )
            checklist.start()

            (matrix,) = checklist.decision_tables()
            advice = recommendation(matrix, evaluate_table(matrix, hub))
            assert advice == "Roll back now"
            with pytest.raises(NeedsReason, match="checkout-health: failed, HTTP 503, v42"):
                checklist.complete("health-ok")

            plan = await checklist.plan_step_action("rollback")
            assert plan.changes[0].before == "v42" and plan.expect_revision == "v41"
            assert (await runner.execute(plan, typed="checkout")).verified is True
            await until(
                lambda: (
                    checklist.evaluate(checklist.step("health-ok")).passed  # type: ignore[union-attr]
                    and checklist.evaluate(checklist.step("rollback")).passed
                )
            )  # type: ignore[union-attr]
            assert checklist.complete("rollback").state is StepState.DONE
            health = checklist.complete("health-ok")
            assert health.verdict is not None
            assert health.verdict.evidence.startswith("checkout-health: healthy, HTTP 200")
            calm = "No rollback: keep watching the error rate"
            await until(lambda: recommendation(matrix, evaluate_table(matrix, hub)) == calm)
    finally:
        await hub.stop()
        await close_providers(providers)
        service.stop()
