"""The `cockpit` command line: one parser per subcommand, built only when it can be used.

`cockpit demo` and `cockpit open` (plain `cockpit` too) are typed mid-incident, often over SSH: building every
subcommand's parser costs more than the parsing itself (~15 ms). When the first word names a command, only that
command's parser is built: what follows the word is parsed by it alone, so the others could neither run nor be
asked about. Any other first word (`--help`, a typo) gets the whole parser, which lists and suggests every command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from cockpit.action_args import ACTION_HELP, add_action_commands
from cockpit.cli_support import VersionAction

Handler = Callable[[argparse.Namespace], int]
Adder = Callable[[Any, Mapping[str, Handler]], None]
"""Registers one top-level command on the `cockpit` subparsers, with its handlers (by command path)."""

EXIT_USAGE = 2
SEVERITIES = ("SEV1", "SEV2", "SEV3", "SEV4")


def _command(group: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = group.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def _group(commands: Any, name: str, help_text: str, dest: str) -> Any:
    """A command that only holds actions (`cockpit incident open`...); alone it says to choose one."""
    parser = _command(commands, name, lambda _: _missing_subcommand(parser), help_text)
    return parser.add_subparsers(dest=dest, metavar="ACTION")


def _missing_subcommand(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: choose an action (see --help)", file=sys.stderr)
    return EXIT_USAGE


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help="timeline file (default: the user data directory)")
    parser.add_argument("--config", type=Path, metavar="FILE", help="config whose operator, db and redact_env apply")


def _themes() -> list[str]:
    from cockpit.themes import theme_names  # the file names only: no Textual, no TOML parsing

    return list(theme_names())


def _demo(commands: Any, handlers: Mapping[str, Handler]) -> None:
    demo = _command(commands, "demo", handlers["demo"],
                    "run the cockpit against an embedded, freshly broken demo service")
    demo.add_argument("--read-only", action="store_true", help="refuse every mutating action")
    demo.add_argument("--db", type=Path, metavar="PATH", help="timeline file (default: demo.db in the user data "
                      "directory, never the real timeline)")
    demo.add_argument("--theme", choices=_themes())


def _open(commands: Any, handlers: Mapping[str, Handler]) -> None:
    open_ = _command(commands, "open", handlers["open"], "run the cockpit on an environment of a config file")
    open_.add_argument("--config", type=Path, metavar="FILE", help="default: ./cockpit.toml, then the user config dir")
    open_.add_argument("--env", metavar="NAME", help="environment to open (needed when the config has several)")
    open_.add_argument("--read-only", action="store_true", help="refuse every mutating action")
    open_.add_argument("--db", type=Path, metavar="PATH", help="timeline file (default: from config, else user data)")
    open_.add_argument("--incident", metavar="REF", help="record into this incident (e.g. INC-12)")
    open_.add_argument("--theme", choices=_themes())


def _status(commands: Any, handlers: Mapping[str, Handler]) -> None:
    status = _command(commands, "status", handlers["status"],
                      "one snapshot of every target; exit 0 healthy, 1 not, 2 usage error")
    source = status.add_mutually_exclusive_group()
    source.add_argument("--config", type=Path, metavar="FILE", help="default: ./cockpit.toml, then the user config dir")
    source.add_argument("--demo", action="store_true", help="snapshot the embedded demo service")
    status.add_argument("--env", metavar="NAME", help="environment (needed when the config has several)")
    status.add_argument("--json", action="store_true", help="machine-readable output")


def _incident(commands: Any, handlers: Mapping[str, Handler]) -> None:
    incidents = _group(commands, "incident", "open, list, annotate and resolve incidents", "incident_command")
    opening = _command(incidents, "open", handlers["incident open"], "open an incident")
    opening.add_argument("--title", required=True)
    opening.add_argument("--env", metavar="NAME", help="default: the config's environment")
    opening.add_argument("--service", help="default: the environment's service")
    opening.add_argument("--severity", choices=SEVERITIES, default="SEV2")
    _add_db(opening)
    listing = _command(incidents, "list", handlers["incident list"], "list incidents, newest first")
    listing.add_argument("--status", choices=("open", "resolved"))
    listing.add_argument("--env", metavar="NAME", help="only this environment")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    _add_db(listing)
    note = _command(incidents, "note", handlers["incident note"], "add a note to an incident's timeline")
    note.add_argument("ref", metavar="REF", help="INC-12 or 12")
    note.add_argument("text", metavar="TEXT")
    _add_db(note)
    resolve = _command(incidents, "resolve", handlers["incident resolve"], "mark an incident resolved")
    resolve.add_argument("ref", metavar="REF", help="INC-12 or 12")
    resolve.add_argument("--summary", help="what ended it (recorded in the timeline)")
    _add_db(resolve)


def _timeline(commands: Any, handlers: Mapping[str, Handler]) -> None:
    timelines = _group(commands, "timeline", "work with an incident's timeline", "timeline_command")
    export = _command(timelines, "export", handlers["timeline export"],
                      "export an incident for the post-incident review")
    export.add_argument("ref", metavar="REF", help="INC-12 or 12")
    export.add_argument("--format", required=True, metavar="md|json|html")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    _add_db(export)
    verify = _command(timelines, "verify", handlers["timeline verify"],
                      "check the timeline has not been edited (hash chain)")
    verify.add_argument("ref", metavar="REF", nargs="?", help="only this incident's events (INC-12 or 12)")
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    _add_db(verify)
    stats = _command(timelines, "stats", handlers["timeline stats"], "recovery and rollback figures across incidents")
    stats.add_argument("--service", help="only this service's incidents")
    stats.add_argument("--since", metavar="DATE", help="2026-05-01, 2026-05-01T10:00, or 7d / 24h / 2w")
    stats.add_argument("--json", action="store_true", help="machine-readable output")
    _add_db(stats)


def _action(name: str) -> Adder:
    return lambda commands, _: add_action_commands(commands, (name,))


def _providers(commands: Any, handlers: Mapping[str, Handler]) -> None:
    providers = _command(commands, "providers", handlers["providers"],
                         "list installed providers and their capabilities")
    providers.add_argument("--json", action="store_true", help="machine-readable output")


def _runbook(commands: Any, handlers: Mapping[str, Handler]) -> None:
    runbooks = _group(commands, "runbook", "inspect Markdown runbooks", "runbook_command")
    show = _command(runbooks, "show", handlers["runbook show"], "outline a runbook: sections, steps, commands")
    show.add_argument("file", type=Path, metavar="FILE")
    show.add_argument("--json", action="store_true", help="the parsed runbook as JSON")
    lint = _command(runbooks, "lint", handlers["runbook lint"], "check a runbook; exit 1 when it has errors")
    lint.add_argument("file", type=Path, metavar="FILE")


COMMANDS: dict[str, Adder] = {
    "demo": _demo,
    "open": _open,
    "status": _status,
    "incident": _incident,
    "timeline": _timeline,
    **{name: _action(name) for name in ACTION_HELP},  # rollback, restart, scale, switch
    "providers": _providers,
    "runbook": _runbook,
}
"""Every top-level command, in the order `--help` lists them."""


def parser_for(handlers: Mapping[str, Handler], argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The `cockpit` parser; ``handlers`` maps each command path ('demo', 'incident open'...) to its function.
    With ``argv`` (the words to parse), only the command its first word names is built; with none of them
    (plain `cockpit`, which means `cockpit open`), only `open`."""
    parser = argparse.ArgumentParser(prog="cockpit", description="A terminal cockpit for failed deployments.")
    parser.add_argument("--version", action=VersionAction, nargs=0, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = None if argv is None else (argv[0] if argv else "open")
    for name, add in COMMANDS.items():
        if named not in COMMANDS or name == named:
            add(commands, handlers)
    return parser
