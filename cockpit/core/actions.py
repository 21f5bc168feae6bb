"""The action runner: the one path every mutating call takes.

plan -> preview -> confirm -> execute -> verify -> record. Each stage is written to the timeline before the
next one starts, so a crash mid-action still leaves the review an honest account of what was attempted.
Read-only mode refuses at planning time and again at execution time (belt and braces: a plan object could
outlive a mode switch).

Runbook commands take the same path: ``plan_command`` states the exact text, and ``execute`` runs it through the
runner's local shell (``providers.shell.LocalShell``) with its own timeout; the result detail holds the exit code,
the output (the timeline redacts it) and the duration.

The shapes of the recorded plan and result are in ``core.action_records``; what verification expects of a
deployment, and what it still misses, in ``core.rollout``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import msgspec

from cockpit.core.action_records import plan_detail, result_detail
from cockpit.core.rollout import described, expectations, unmet
from cockpit.core.timeline import EventKind, EventSource, Timeline
from cockpit.core.verified import moving_away, verified_healthy
from cockpit.errors import CockpitError
from cockpit.providers.base import (
    CAPABILITIES,
    DeploymentSource,
    Executor,
    HealthSource,
    Provider,
    ProviderError,
    Rerunnable,
    Restartable,
    Rollbackable,
    Scalable,
    TrafficSwitchable,
)
from cockpit.providers.results import ActionPlan, ActionResult, State, utcnow
from cockpit.providers.shell import DRAIN_S, KILL_GRACE_S, RUN_COMMAND, LocalShell
from cockpit.providers.shell_readonly import is_read_only

STEP_PARAM = "step_id"
"""The plan parameter naming the runbook step an action carries out (the shell's command plans use it too)."""


class ActionRefused(CockpitError):
    """The runner will not do this; the message says why in the operator's terms."""

    title = "refused"


@dataclass(frozen=True, slots=True)
class Outcome:
    result: ActionResult
    verified: bool | None
    """None when the plan has nothing to verify, else whether the live systems confirmed it."""
    verification: str


EventWrite = Callable[..., Awaitable[Any]]
"""``write(incident_id, kind, summary, **fields)``, returning once the event is committed (TimelineWriter.record)."""


class ActionRunner:
    def __init__(
        self,
        timeline: Timeline,
        incident_id: int,
        providers: Mapping[str, Provider],
        *,
        read_only: bool,
        protected: bool,
        operator: str,
        execute_timeout_s: float = 120.0,
        verify_timeout_s: float = 180.0,
        verify_interval_s: float = 1.0,
        after_execute: Callable[[str], None] | None = None,
        shell: LocalShell | None = None,
        confirm_phrase: str | None = None,
        write: EventWrite | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        self.timeline = timeline
        self._write = write
        """Where the stages of an executed action are written (the app's writer, off the UI loop); None: the
        timeline itself. Either way a stage is committed before the next one starts."""
        self.incident_id = incident_id
        self.providers = providers
        self.read_only = read_only
        self.protected = protected
        self.operator = operator
        self.execute_timeout_s = execute_timeout_s
        self.verify_timeout_s = verify_timeout_s
        self.verify_interval_s = verify_interval_s
        self._after_execute = after_execute
        """Called with the target name once an action ran, so the hub can poll it now rather than later."""
        self.shell = shell if shell is not None else LocalShell()
        """Runs runbook commands (``plan_command``); its target name is what command plans name."""
        self.confirm_phrase = confirm_phrase
        """What the operator types to confirm a command in a protected environment: pass the environment's
        service name. None: the plan's service (the command's program name), as for provider actions."""
        self._progress = progress
        """Told what verification still waits for, each time that changes (the CLI prints it)."""

    # -- planning ----------------------------------------------------------------------------------------------

    def rollback_targets(self) -> list[str]:
        return self.targets_for("rollback")

    def targets_for(self, capability: str) -> list[str]:
        """Targets whose provider has ``capability`` (a key of ``providers.base.CAPABILITIES``), in config order."""
        protocol = CAPABILITIES[capability]
        return [name for name, provider in self.providers.items() if isinstance(provider, protocol)]

    async def plan_rollback(
        self, target: str, service: str, to_revision: str | None = None, *, step_id: str | None = None
    ) -> ActionPlan:
        """``step_id``: the runbook step this rollback carries out (its events then name the step)."""
        provider = self._provider(target)
        self._refuse_if_read_only("rollback", target, service)
        if not isinstance(provider, Rollbackable):
            raise self._refuse(f"{target} ({provider.kind}) cannot roll back", "rollback", target)
        return await self._plan("rollback", target, provider.plan_rollback(service, to_revision), step_id)

    async def plan_restart(self, target: str, service: str, *, step_id: str | None = None) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("restart", target, service)
        if not isinstance(provider, Restartable):
            raise self._refuse(f"{target} ({provider.kind}) cannot restart", "restart", target)
        return await self._plan("restart", target, provider.plan_restart(service), step_id)

    async def plan_rerun(self, target: str, run_id: str) -> ActionPlan:
        """Plan re-running the failed jobs of pipeline run ``run_id`` on ``target``."""
        provider = self._provider(target)
        self._refuse_if_read_only("rerun", target, f"run {run_id}")
        if not isinstance(provider, Rerunnable):
            raise self._refuse(f"{target} ({provider.kind}) cannot re-run pipeline jobs", "rerun", target)
        return await self._plan("rerun", target, provider.plan_rerun(run_id))

    async def plan_scale(self, target: str, service: str, replicas: int) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("scale", target, service)
        if not isinstance(provider, Scalable):
            raise self._refuse(f"{target} ({provider.kind}) cannot scale", "scale", target)
        if replicas < 0:
            raise self._refuse(f"cannot scale {service} to {replicas} replicas", "scale", target)
        return await self._plan("scale", target, provider.plan_scale(service, replicas))

    async def plan_switch(self, target: str, service: str, colour: str) -> ActionPlan:
        provider = self._provider(target)
        self._refuse_if_read_only("switch-traffic", target, service)
        if not isinstance(provider, TrafficSwitchable):
            raise self._refuse(f"{target} ({provider.kind}) cannot switch traffic", "switch-traffic", target)
        return await self._plan("switch-traffic", target, provider.plan_switch(service, colour))

    def plan_command(
        self,
        command: str,
        *,
        step_id: str,
        timeout_s: float | None = None,
        cwd: str | None = None,
        variables: Mapping[str, str | None] | None = None,
        filled: Mapping[str, str] | None = None,
    ) -> ActionPlan:
        """Plan running ``command`` exactly as given for runbook step ``step_id`` (recorded as action.planned).

        Synchronous: planning a command asks no backend. Refused (and recorded) in read-only mode and for a
        command that cannot run (empty, NUL byte, a timeout of 0). ``variables`` go into its environment;
        ``filled`` (placeholder -> value the operator gave) is recorded with the plan.
        """
        target = self.shell.target
        refused = {"step_id": step_id, "command": command}
        if self.read_only:
            raise self._refuse(
                f"read-only mode: the command of step {step_id} was not run (restart without --read-only to act)",
                RUN_COMMAND, target, refused,
            )
        try:
            plan = self.shell.plan_command(command, step_id=step_id, timeout_s=timeout_s, cwd=cwd,
                                           variables=variables)
        except ValueError as error:
            raise self._refuse(f"cannot run the command of step {step_id}: {error}", RUN_COMMAND, target,
                               refused) from None
        extra: dict[str, Any] = {"step_id": step_id, "cwd": plan.params.get("cwd"), "variables": dict(variables or {})}
        if filled:
            extra["filled"] = dict(filled)
        self._record(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, extra)
        return plan

    def warning(self, plan: ActionPlan) -> str | None:
        """What the preview must say in red before this plan runs: it moves its service away from a revision this
        incident verified healthy. None when there is nothing to warn about."""
        return moving_away(plan, verified_healthy(self.timeline, self.incident_id))

    def confirmation_phrase(self, plan: ActionPlan) -> str | None:
        """What the operator must type to confirm: the service name in a protected environment, else nothing.

        For a command that is ``confirm_phrase`` when one was given (the environment's service name), and nothing
        for a command that only reads (judged here again from its text, not taken from the plan).
        """
        if not self.protected:
            return None
        if plan.action == RUN_COMMAND and is_read_only(plan.command):
            return None
        if plan.action == RUN_COMMAND and self.confirm_phrase:
            return self.confirm_phrase
        return plan.service

    # -- execution ---------------------------------------------------------------------------------------------

    async def execute(self, plan: ActionPlan, typed: str | None = None) -> Outcome:
        self._refuse_if_read_only(plan.action, plan.target, plan.service)
        phrase = self.confirmation_phrase(plan)
        if phrase is not None and (typed or "").strip() != phrase:
            raise self._refuse(
                f"confirmation did not match: type {phrase!r} to {plan.action} in a protected environment",
                plan.action,
                plan.target,
            )
        provider = self._executor(plan)
        await self._record_committed(EventKind.ACTION_CONFIRMED, f"{plan.action} confirmed: {plan.command}", plan, {})
        started = utcnow()
        limit = self._execute_limit(plan)
        try:
            async with asyncio.timeout(limit):
                result = await provider.execute(plan)
        except TimeoutError:
            result = ActionResult(plan, False, f"no answer within {limit:g} s", started, utcnow())
        except ProviderError as error:
            result = ActionResult(plan, False, f"{error.title}: {error}", started, utcnow())
        kind = EventKind.ACTION_SUCCEEDED if result.ok else EventKind.ACTION_FAILED
        outcome = "succeeded" if result.ok else "failed"
        summary = f"{plan.action} {outcome}: {result.message}"
        await self._record_committed(kind, summary, plan, {"result": result_detail(result)})
        if self._after_execute is not None:
            self._after_execute(plan.target)
        if not result.ok:
            return Outcome(result, False, result.message)
        verified, verification = await self.verify(plan)
        if verified is not None:
            kind = EventKind.ACTION_VERIFIED if verified else EventKind.ACTION_UNVERIFIED
            said = "verified" if verified else "NOT verified"
            summary = f"{plan.action} {said}: {verification}"
            await self._record_committed(kind, summary, plan, {"verification": verification})
        return Outcome(result, verified, verification)

    async def verify(self, plan: ActionPlan) -> tuple[bool | None, str]:
        """Wait until the live systems show the plan's effect: its revision, replica count and live colour, every
        replica ready, and health passing. Nothing to verify when the plan expects none of these."""
        expected = expectations(plan)
        if not expected:
            return None, "nothing to verify"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.verify_timeout_s
        last = "no answer yet"
        while loop.time() < deadline:
            missing = await self._check_rolled_out(plan, expected)
            if not missing:
                return True, f"{plan.service} {described(expected)}, all replicas ready, health passing"
            if missing != last and self._progress is not None:
                self._progress(missing)
            last = missing
            await asyncio.sleep(self.verify_interval_s)
        return False, f"after {self.verify_timeout_s:g} s: {last}"

    async def _check_rolled_out(self, plan: ActionPlan, expected: Mapping[str, str]) -> str:
        """An empty string when the action's effect is visible everywhere, else what is still missing."""
        provider = self.providers[plan.target]
        try:
            if isinstance(provider, DeploymentSource):
                async with asyncio.timeout(self.verify_interval_s * 10):
                    rows = await provider.deployments()
                # A plan on a Service (a blue-green switch) names the deployment that must now serve.
                serving = str(plan.params.get("deployment", plan.service))
                row = next((r for r in rows if r.service == serving), None)
                if row is None:
                    return f"{serving} not reported by {plan.target}"
                missing = unmet(row, expected)
                if missing:
                    return missing
                if row.state is not State.HEALTHY or row.ready < row.desired:
                    return f"{serving} at {row.revision}: {row.state.value}, {row.ready}/{row.desired} ready"
            for name, source in self.providers.items():
                if isinstance(source, HealthSource):
                    async with asyncio.timeout(self.verify_interval_s * 10):
                        check = await source.health()
                    if check.state is not State.HEALTHY:
                        return f"health {name}: {check.state.value} {check.message}".strip()
        except (ProviderError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        return ""

    # -- helpers -----------------------------------------------------------------------------------------------

    def _executor(self, plan: ActionPlan) -> Executor:
        if plan.action == RUN_COMMAND:
            if plan.target != self.shell.target:
                raise self._refuse(f"{plan.target} is not this cockpit's shell: the command was not run",
                                   plan.action, plan.target)
            return self.shell
        provider = self._provider(plan.target)
        if not isinstance(provider, Executor):
            raise self._refuse(f"{plan.target} cannot execute {plan.action}", plan.action, plan.target)
        return provider

    def _execute_limit(self, plan: ActionPlan) -> float:
        """How long execute may take: a command has its own timeout, and the shell needs time to stop it."""
        if plan.action == RUN_COMMAND:
            own = float(plan.params.get("timeout_s", self.shell.settings.timeout_s))
            return own + KILL_GRACE_S + 2 * DRAIN_S + 1.0
        return self.execute_timeout_s

    def _provider(self, target: str) -> Provider:
        try:
            return self.providers[target]
        except KeyError:
            raise ActionRefused(f"unknown target {target!r}") from None

    async def _plan(
        self, action: str, target: str, planning: Awaitable[ActionPlan], step_id: str | None = None
    ) -> ActionPlan:
        """Await a provider's plan and record it (with the preview's warning, if any); a backend that cannot plan
        is a recorded refusal."""
        try:
            async with asyncio.timeout(self.execute_timeout_s):
                plan = await planning
        except TimeoutError:
            raise self._refuse(f"{target} did not answer while planning the {action}", action, target) from None
        except ProviderError as error:
            message = f"cannot plan the {action} on {target}: {error.title}: {error}"
            raise self._refuse(message, action, target) from error
        if step_id is not None:
            # Carried in the plan, like a command's, so every stage's event names the step it carries out.
            plan = msgspec.structs.replace(plan, params={**plan.params, STEP_PARAM: step_id})
        warning = self.warning(plan)
        extra = {"warning": warning} if warning else {}
        await self._record_committed(EventKind.ACTION_PLANNED, f"planned {plan.action}: {plan.summary}", plan, extra)
        return plan

    def _refuse_if_read_only(self, action: str, target: str, service: str) -> None:
        if self.read_only:
            raise self._refuse(
                f"read-only mode: {action} of {service or target} refused (restart without --read-only to act)",
                action,
                target,
            )

    def record_refusal(self, plan: ActionPlan, message: str) -> None:
        """Record that ``plan`` was not executed, for a reason decided outside the runner (the operator cancelled
        at a prompt, a script gave no confirmation): the same record as the runner's own refusals."""
        self._refuse(message, plan.action, plan.target, {"command": plan.command})

    def _refuse(
        self, message: str, action: str, target: str, extra: dict[str, Any] | None = None
    ) -> ActionRefused:
        step_id = extra.get("step_id") if extra else None
        self.timeline.record(
            self.incident_id,
            EventKind.ACTION_REFUSED,
            message,
            source=EventSource.OPERATOR,
            actor=self.operator,
            target=target,
            detail={"action": action, **(extra or {})},
            step_id=step_id,
        )
        return ActionRefused(message)

    def _fields(self, plan: ActionPlan, extra: dict[str, Any]) -> dict[str, Any]:
        step = plan.params.get(STEP_PARAM)
        return {
            "source": EventSource.OPERATOR,
            "actor": self.operator,
            "target": plan.target,
            "detail": {"plan": plan_detail(plan), **extra},
            # A command or action belongs to its runbook step, so the review can show what each step ran.
            "step_id": str(step) if step is not None else None,
        }

    def _record(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        self.timeline.record(self.incident_id, kind, summary, **self._fields(plan, extra))

    async def _record_committed(self, kind: EventKind, summary: str, plan: ActionPlan, extra: dict[str, Any]) -> None:
        if self._write is None:
            self._record(kind, summary, plan, extra)
        else:
            await self._write(self.incident_id, kind, summary, **self._fields(plan, extra))

