"""The `cockpit` command: one small function per subcommand (their parser: ``cockpit.cli_parser``).

Start-up time matters (it is typed mid-incident, often over SSH), so this module imports only argparse and the
standard library at import time; Textual, providers and the timeline are imported by the commands that use them.
Expected failures (a bad config, an unknown incident, an unreadable runbook) print one ``cockpit: error:`` line
and exit 2; only real bugs show a traceback. What the subcommands share (config, timeline, incident reference,
atomic writes, the usage error, control-character-free output) is in ``cockpit.cli_support``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from cockpit.cli_parser import EXIT_USAGE, Handler, parser_for
from cockpit.cli_support import (
    UsageError,
    VisibleText,
    open_timeline,
    operator_name,
    optional_config,
    parse_incident_ref,
    required_config,
    write_atomically,
)

EXIT_INTERRUPTED = 130


def _json(value: Any) -> str:
    """``--json`` output; json is imported here, not by every start-up (`cockpit demo` never prints any)."""
    import json

    return json.dumps(value, indent=2)


# -- commands --------------------------------------------------------------------------------------------------


def start_tui() -> None:
    """The cockpit's start-up allocates much and frees little: without the collector's passes over it until the
    first frame is up (the app collects once then, and turns it back on), that frame comes ~15% sooner."""
    import gc

    gc.disable()


def cmd_demo(args: argparse.Namespace) -> int:
    start_tui()
    from cockpit.demo.session import demo_session

    # The service serves once the first frame is up (run_app starts it): its HTTP server is not part of that frame.
    session = demo_session(read_only=args.read_only, db_path=args.db, theme=args.theme, serve=False)
    try:
        from cockpit.ui.app import run_app

        return run_app(session)
    finally:
        session.stop_demo()


def cmd_open(args: argparse.Namespace) -> int:
    start_tui()
    import msgspec

    from cockpit.core.session import make_session

    if args.incident is not None:
        parse_incident_ref(args.incident)  # refuse a malformed reference before the UI starts
    config = required_config(args.config)
    if args.theme is not None:
        config = msgspec.structs.replace(config, theme=args.theme)
    # With no open incident, the first action or note opens one: looking is not yet an incident.
    session = make_session(config, args.env, read_only=args.read_only, db_path=args.db, incident_ref=args.incident,
                           watch_first=True)
    from cockpit.ui.app import run_app

    return run_app(session)


def cmd_status(args: argparse.Namespace) -> int:
    import asyncio

    from cockpit.core.session import Session, close_providers, make_session
    from cockpit.core.status import StatusReport, collect_status
    from cockpit.demo.session import demo_session

    if args.demo:
        session: Session = demo_session()
    else:
        config = required_config(args.config)
        session = make_session(config, args.env)

    async def collect() -> StatusReport:
        try:
            return await collect_status(session.environment, session.providers)
        finally:
            await close_providers(session.providers)

    try:
        report = asyncio.run(collect())
    finally:
        session.stop_demo()
    print(_json(report.to_json()) if args.json else report.render())
    return report.exit_code


def cmd_incident_open(args: argparse.Namespace) -> int:
    timeline, config = open_timeline(args)
    with timeline:
        environment, service = args.env, args.service
        if config is not None and (environment is None or service is None):
            chosen = config.environment(environment)
            environment, service = chosen.name, service or chosen.service
        if environment is None or service is None:
            raise UsageError("name the environment and service with --env and --service (or pass --config FILE)")
        incident = timeline.open_incident(args.title, environment, service, args.severity, actor=operator_name(config))
    print(
        f"{incident.ref} opened: {incident.title} ({incident.severity}, {incident.service} in {incident.environment})"
    )
    return 0


def cmd_incident_list(args: argparse.Namespace) -> int:
    timeline, _ = open_timeline(args)
    with timeline:
        incidents = timeline.incidents(status=args.status, environment=args.env)
    if args.json:
        print(_json([incident.to_json() for incident in incidents]))
        return 0
    if not incidents:
        print("no incidents")
        return 0
    width = max(len(incident.ref) for incident in incidents)
    for incident in incidents:
        where = f"{incident.service}@{incident.environment}"
        print(
            f"{incident.ref:<{width}}  {incident.status:<8}  {incident.severity}  "
            f"{incident.opened_at:%Y-%m-%d %H:%M} UTC  {where}  {incident.title}"
        )
    return 0


def cmd_incident_note(args: argparse.Namespace) -> int:
    from cockpit.core.timeline import EventKind, EventSource

    incident_id = parse_incident_ref(args.ref)
    timeline, config = open_timeline(args)
    with timeline:
        timeline.record(incident_id, EventKind.NOTE, args.text, source=EventSource.NOTE, actor=operator_name(config))
    print(f"note recorded on INC-{incident_id}")
    return 0


def cmd_incident_resolve(args: argparse.Namespace) -> int:
    incident_id = parse_incident_ref(args.ref)
    timeline, config = open_timeline(args)
    operator = operator_name(config)
    with timeline:
        incident = timeline.resolve(incident_id, args.summary or f"INC-{incident_id} resolved by {operator}", operator)
    print(f"{incident.ref} resolved")
    return 0


def cmd_timeline_export(args: argparse.Namespace) -> int:
    from cockpit.review.export import export

    incident_id = parse_incident_ref(args.ref)
    timeline, _ = open_timeline(args)
    with timeline:
        try:
            text = export(timeline, incident_id, args.format)
        except ValueError as error:
            raise UsageError(str(error)) from None
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_atomically(args.output, text)
        print(f"INC-{incident_id} exported to {args.output}", file=sys.stderr)
    return 0


def cmd_timeline_verify(args: argparse.Namespace) -> int:
    """Exit 0 when the hash chain, the guard triggers and the search index all hold; 1 naming the first problem."""
    from cockpit.core.redaction import Redactor
    from cockpit.core.timeline import Timeline, default_db_path

    incident_id = parse_incident_ref(args.ref) if args.ref else None
    config = optional_config(args.config)
    path = args.db or (config.db if config is not None else None) or default_db_path()
    if not path.is_file():
        raise UsageError(f"no timeline at {path}")
    # Opened without repair: a missing trigger must be reported, not silently put back before the check.
    with Timeline(path, redactor=Redactor(), repair=False) as timeline:
        if incident_id is not None:
            timeline.incident(incident_id)  # an unknown incident is an error, not a clean bill
        report = timeline.verify(incident_id)
    if args.json:
        print(_json({"file": str(path), **report.to_json()}))
    else:
        print(f"{path}: {report.summary()}")
        for problem in report.problems[1:]:
            print(f"  also: {problem}")
    return 0 if report.ok else 1


def cmd_timeline_stats(args: argparse.Namespace) -> int:
    from cockpit.review.stats import format_stats, incident_stats, parse_since

    try:
        since = parse_since(args.since) if args.since else None
    except ValueError as error:
        raise UsageError(str(error)) from None
    timeline, _ = open_timeline(args)
    with timeline:
        stats = incident_stats(timeline, service=args.service, since=since)
    print(_json(stats.to_json()) if args.json else format_stats(stats))
    return 0


def cmd_providers(args: argparse.Namespace) -> int:
    import msgspec

    from cockpit.providers import registry
    from cockpit.providers.base import CAPABILITIES, ConfigurationError

    rows: list[dict[str, Any]] = []
    for name in registry.available():
        try:
            cls = registry.load(name)
        except ConfigurationError as error:
            rows.append({"name": name, "class": None, "capabilities": [], "settings": [], "error": error.message})
            continue
        capabilities = [cap for cap, proto in CAPABILITIES.items() if issubclass(cls, proto)]
        settings = [field.encode_name for field in msgspec.structs.fields(cls.Settings)]
        rows.append(
            {
                "name": name,
                "class": f"{cls.__module__}:{cls.__qualname__}",
                "capabilities": capabilities,
                "settings": settings,
                "error": None,
            }
        )
    if args.json:
        print(_json(rows))
        return 0
    width = max((len(row["name"]) for row in rows), default=0)
    for row in rows:
        described = f"unavailable: {row['error']}" if row["error"] else ", ".join(row["capabilities"])
        print(f"{row['name']:<{width}}  {described}")
    return 0


def cmd_runbook_show(args: argparse.Namespace) -> int:
    from cockpit.runbooks.model import runbook_outline, runbook_to_json_text
    from cockpit.runbooks.parser import load_runbook

    runbook = load_runbook(args.file)
    print(runbook_to_json_text(runbook) if args.json else runbook_outline(runbook))
    return 0


def cmd_runbook_lint(args: argparse.Namespace) -> int:
    from cockpit.runbooks.lint import lint_runbook
    from cockpit.runbooks.model import Severity, format_lint
    from cockpit.runbooks.parser import load_runbook

    findings = lint_runbook(load_runbook(args.file))
    if findings:
        print(format_lint(findings, str(args.file)))
    return 1 if any(finding.severity is Severity.ERROR for finding in findings) else 0


# -- parser ----------------------------------------------------------------------------------------------------


HANDLERS: dict[str, Handler] = {
    "demo": cmd_demo,
    "open": cmd_open,
    "status": cmd_status,
    "incident open": cmd_incident_open,
    "incident list": cmd_incident_list,
    "incident note": cmd_incident_note,
    "incident resolve": cmd_incident_resolve,
    "timeline export": cmd_timeline_export,
    "timeline verify": cmd_timeline_verify,
    "timeline stats": cmd_timeline_stats,
    "providers": cmd_providers,
    "runbook show": cmd_runbook_show,
    "runbook lint": cmd_runbook_lint,
}
"""Command path -> the function that runs it (the action commands bring their own: ``cockpit.action_args``)."""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with ``argv`` only what parsing ``argv`` needs (``cockpit.cli_parser``)."""
    return parser_for(HANDLERS, argv)


def _report(error: Exception) -> bool:
    """Say an expected error in one line (the same words the UI shows); False for a bug, which keeps its traceback.
    Imported only once a command failed."""
    from cockpit.errors import CockpitError, presented

    if isinstance(error, UsageError):
        print(f"cockpit: error: {error}", file=sys.stderr)
        return True
    if not isinstance(error, CockpitError):
        return False
    print(f"cockpit: error: {presented(error).line()}", file=sys.stderr)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """The console script; returns the exit code (argparse itself exits 2 on malformed arguments)."""
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.command is None:
        # Plain `cockpit` opens the configured environment, as an operator reaching for it mid-incident expects.
        args = parser.parse_args(["open"])
    # Everything printed below is data at some point (a target's message, a runbook line, a config key): no control
    # character may reach the terminal. The TUI commands write the terminal through Textual, which renders text.
    text_output = args.handler not in (cmd_open, cmd_demo)
    streams = (sys.stdout, sys.stderr)
    if text_output:
        sys.stdout, sys.stderr = VisibleText(sys.stdout), VisibleText(sys.stderr)
    try:
        code: int = args.handler(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `cockpit runbook show FILE | head`: the reader left; say nothing more and let the pipe close quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        if not _report(error):
            raise
        return EXIT_USAGE
    finally:
        if text_output:
            sys.stdout, sys.stderr = streams
    return code

