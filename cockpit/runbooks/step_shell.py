"""How a checklist plans its steps' commands: placeholders filled in, the environment's variables set, and the
working directory and exports earlier commands left behind (``ShellState``), all through the action runner."""

from __future__ import annotations

from collections.abc import Mapping

from cockpit.core.actions import ActionRunner
from cockpit.core.hub import Hub
from cockpit.providers.results import ActionPlan, ActionResult
from cockpit.providers.shell import CommandResult
from cockpit.runbooks.baseline import Baseline
from cockpit.runbooks.command_env import known_variables
from cockpit.runbooks.commands import placeholders
from cockpit.runbooks.placeholders import Hole, PlaceholderError, fill, holes
from cockpit.runbooks.shell_state import ShellState


class StepShell:
    def __init__(self, runner: ActionRunner, hub: Hub, *, environment: str | None, service: str | None) -> None:
        self.runner = runner
        self.hub = hub
        self.environment = environment
        self.service = service
        self.state = ShellState()

    def known(self, baseline: Baseline) -> dict[str, str]:
        """The environment's variables as the cockpit knows them now (``cockpit.runbooks.command_env``)."""
        return known_variables(self.runner.providers, self.hub, baseline, environment=self.environment,
                               service=self.service)

    def holes(self, command: str, baseline: Baseline) -> list[Hole]:
        return holes(command, self.known(baseline), self.hub, self.service)

    def plan(
        self,
        command: str,
        *,
        step_id: str,
        baseline: Baseline,
        timeout_s: float | None = None,
        values: Mapping[str, str] | None = None,
    ) -> ActionPlan:
        """The runner's plan for ``command`` with its placeholders filled from ``values`` (PlaceholderError when
        one is missing or cannot be placed), run where the checklist's shell is, with its variables."""
        if self.runner.read_only:  # refused (and recorded) by the runner, whatever the values
            return self.runner.plan_command(command, step_id=step_id, timeout_s=timeout_s)
        missing = [hole for hole in placeholders(command) if values is None or hole not in values]
        if missing:
            raise PlaceholderError(f"fill in {', '.join(missing)} before running this command of step {step_id}")
        used = {hole: value for hole, value in (values or {}).items() if hole in placeholders(command)}
        final = fill(command, used) if used else command
        return self.runner.plan_command(
            final,
            step_id=step_id,
            timeout_s=timeout_s,
            cwd=self.state.cwd,
            variables=self.state.environment(self.known(baseline)),
            filled=used,
        )

    def follow(self, result: ActionResult) -> bool:
        """Keep where the command left the shell; True when the working directory or an export changed."""
        return isinstance(result, CommandResult) and self.state.follow(result)
