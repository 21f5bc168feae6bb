"""`cockpit rollback | restart | scale N | switch COLOUR`: one verified action from the command line.

The same path as the dashboard's: the action runner plans (recording the plan), the operator confirms (the typed
service name in a protected environment), the runner executes, verifies and records every stage in the
environment's open incident (a new one when none is open). Exit codes: 0 verified, 1 executed but failed or not
verified, 2 usage error (including a choice of target or service the command cannot make alone), 3 refused (read-only,
protected without confirmation, a backend that cannot plan it), 4 cancelled at the prompt.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TextIO

from cockpit.action_output import Report, prompt_text, render_plan
from cockpit.cli_support import UsageError, required_config
from cockpit.core.actions import ActionRefused, ActionRunner, Outcome
from cockpit.core.formatting import visible
from cockpit.core.session import Session, close_providers, make_session, redactor_for
from cockpit.core.timeline import Incident, Timeline
from cockpit.demo.session import demo_session
from cockpit.providers.base import CAPABILITIES, DeploymentSource, ProviderError
from cockpit.providers.results import ActionPlan

EXIT_VERIFIED = 0
EXIT_NOT_VERIFIED = 1
EXIT_REFUSED = 3
EXIT_CANCELLED = 4

CAPABILITY = {"rollback": "rollback", "restart": "restart", "scale": "scale", "switch": "switch"}
"""Command -> the capability (``providers.base.CAPABILITIES`` key) a target needs for it."""
VERB = {"rollback": "roll back", "restart": "restart", "scale": "scale", "switch": "switch traffic"}
LOOKUP_TIMEOUT_S = 10.0
"""How long asking a target which services it runs may take while choosing the service."""


@dataclass(frozen=True, slots=True)
class Choice:
    target: str
    service: str


def run_action(args: argparse.Namespace) -> int:
    """The command's whole run: build the session, act, print; returns the exit code."""
    if args.demo:
        session = demo_session(read_only=args.read_only, db_path=args.db)
    else:
        session = make_session(required_config(args.config), args.env, read_only=args.read_only, db_path=args.db)
    out = sys.stderr if args.json else sys.stdout
    try:
        report = asyncio.run(_act(args, session, out))
    finally:
        session.stop_demo()
    code = _exit_code(report.status)
    if args.json:
        print(json.dumps(report.to_json(code), indent=2))
    else:
        print(report.render(), file=out)
    return code


def _exit_code(status: str) -> int:
    return {"verified": EXIT_VERIFIED, "refused": EXIT_REFUSED, "cancelled": EXIT_CANCELLED}.get(
        status, EXIT_NOT_VERIFIED
    )


async def _act(args: argparse.Namespace, session: Session, out: TextIO) -> Report:
    try:
        choice = await choose(args, session)
        with _open_timeline(session) as timeline:
            incident = _incident(timeline, session, choice.service)
            runner = ActionRunner(
                timeline,
                incident.id,
                session.providers,
                read_only=session.read_only,
                protected=session.environment.protected,
                operator=session.operator,
                verify_timeout_s=args.wait,
                confirm_phrase=session.environment.service,
                progress=lambda missing: print(f"  … {visible(missing)}", file=out, flush=True),
                after_execute=lambda _: print(f"executed; verifying (up to {args.wait:g} s)", file=out, flush=True),
            )
            return await _run(args, session, runner, choice, incident, out)
    finally:
        await close_providers(session.providers)


async def _run(
    args: argparse.Namespace, session: Session, runner: ActionRunner, choice: Choice, incident: Incident, out: TextIO
) -> Report:
    env = session.environment
    report = partial(Report, args.action, environment=env.name, target=choice.target, service=choice.service,
                     incident=incident.ref)
    try:
        plan = await _plan(args, runner, choice)
    except ActionRefused as refusal:
        return report("refused", str(refusal))
    kind = session.providers[plan.target].kind
    print(render_plan(plan, environment=env.name, protected=env.protected, kind=kind, incident=incident.ref), file=out)
    warning = runner.warning(plan)
    if warning:
        print(f"  WARNING:    {visible(warning)}", file=out)
    phrase = runner.confirmation_phrase(plan)
    typed, stopped = _confirmation(args, plan, phrase, env.name, out)
    if stopped is not None:
        status, why = stopped
        runner.record_refusal(plan, f"{plan.action} {status}: {why}")
        return report(status, f"{why}; nothing was changed", plan=plan)
    print(f"executing: {visible(plan.command)}", file=out, flush=True)
    try:
        outcome = await runner.execute(plan, typed)
    except ActionRefused as refused:
        return report("refused", str(refused), plan=plan)
    return report(_status(outcome), _message(outcome), plan=plan, outcome=outcome)


def _status(outcome: Outcome) -> str:
    if not outcome.result.ok:
        return "failed"
    if outcome.verified is None:
        return "done"
    return "verified" if outcome.verified else "unverified"


def _message(outcome: Outcome) -> str:
    if outcome.verified is None and outcome.result.ok:
        return f"{outcome.result.message} (nothing the cockpit can verify)"
    return outcome.verification


async def _plan(args: argparse.Namespace, runner: ActionRunner, choice: Choice) -> ActionPlan:
    target, service = choice.target, choice.service
    if args.action == "rollback":
        return await runner.plan_rollback(target, service, args.to)
    if args.action == "restart":
        return await runner.plan_restart(target, service)
    if args.action == "scale":
        return await runner.plan_scale(target, service, args.replicas)
    return await runner.plan_switch(target, service, args.colour)


# -- confirmation -----------------------------------------------------------------------------------------------


def _confirmation(
    args: argparse.Namespace, plan: ActionPlan, phrase: str | None, environment: str, out: TextIO
) -> tuple[str | None, tuple[str, str] | None]:
    """(what the operator typed, None) to go ahead, or (None, (status, why)) when the command stops here."""
    if args.yes:
        if phrase is not None and args.confirm is None:
            return None, ("refused", f"{visible(environment)} is protected: --yes needs --confirm {visible(phrase)}")
        return args.confirm, None
    if not sys.stdin.isatty():
        return None, ("refused", "no terminal to confirm on (pass --yes, and --confirm SERVICE when protected)")
    out.flush()
    sys.stderr.write(prompt_text(plan, phrase, environment))
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:
        return None, ("cancelled", "cancelled by the operator (end of input)")
    typed = answer.strip()
    if phrase is None:
        return (typed, None) if typed.lower() in ("y", "yes") else (None, ("cancelled", "cancelled by the operator"))
    # A wrong name goes to the runner, which refuses it and records the mismatch.
    return typed, None


# -- target, service, incident ----------------------------------------------------------------------------------


async def choose(args: argparse.Namespace, session: Session) -> Choice:
    """The target and service to act on; several possibilities and no choice is a usage error listing them."""
    env = session.environment
    capability = CAPABILITY[args.action]
    able = [name for name, provider in session.providers.items() if isinstance(provider, CAPABILITIES[capability])]
    verb = VERB[args.action]
    described = ", ".join(f"{name} ({provider.kind})" for name, provider in session.providers.items())
    if args.target is not None:
        if args.target not in session.providers:
            raise UsageError(f"no target '{visible(args.target)}' in {env.name} (targets: {visible(described)})")
        if args.target not in able:
            raise UsageError(f"{args.target} cannot {verb}{_able_text(able)}")
        able = [args.target]
    if not able:
        raise UsageError(f"no target in {env.name} can {verb} (targets: {visible(described)})")
    services = {name: await _services(session, name) for name in able}
    if args.service is not None:
        running = [name for name in able if args.service in (services[name] or [args.service])]
        able = running or able
    if len(able) > 1:
        listed = ", ".join(f"{name} ({session.providers[name].kind}{_runs(services[name])})" for name in able)
        raise UsageError(f"several targets in {env.name} can {verb}: choose one with --target ({visible(listed)})")
    target = able[0]
    return Choice(target, args.service or _only_service(target, services[target], env.service))


def _able_text(able: Sequence[str]) -> str:
    return f" (targets that can: {', '.join(able)})" if able else " (no target here can)"


def _runs(services: Sequence[str] | None) -> str:
    return f": {', '.join(services)}" if services else ""


async def _services(session: Session, target: str) -> list[str] | None:
    """The services a target reports running; None when it cannot say (no deployments, or no answer)."""
    provider = session.providers[target]
    if not isinstance(provider, DeploymentSource):
        return None
    try:
        async with asyncio.timeout(LOOKUP_TIMEOUT_S):
            rows = await provider.deployments()
    except (ProviderError, TimeoutError):
        return None  # planning will ask again and report the failure properly
    return list(dict.fromkeys(row.service for row in rows))


def _only_service(target: str, services: list[str] | None, default: str) -> str:
    if not services:
        return default
    if len(services) == 1:
        return services[0]
    if default in services:
        return default
    raise UsageError(f"{target} runs several services: choose one with --service ({visible(', '.join(services))})")


def _open_timeline(session: Session) -> Timeline:
    return Timeline(session.db_path, redactor=redactor_for(session.config))


def _incident(timeline: Timeline, session: Session, service: str) -> Incident:
    """The environment's open incident, else a new one (the demo's service starts afresh: always a new one)."""
    env = session.environment
    found = timeline.latest_open(env.name) if session.demo is None else None
    if found is not None:
        return found
    title = f"Deployment failure: {env.service} in {env.name}"
    return timeline.open_incident(title, env.name, env.service, actor=session.operator)
