"""Arguments of `cockpit rollback | restart | scale N | switch COLOUR` (argparse only: `--help` stays fast).

The work is done by ``cockpit.action_command``, imported only when one of these commands runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ACTION_HELP = {
    "rollback": "roll a service back to its previous (or a chosen) revision, verified",
    "restart": "restart every instance of a service (rolling), verified",
    "scale": "set a service's replica count, verified",
    "switch": "point a blue-green service's live traffic at a colour, verified",
}
EXIT_CODES = "exit 0 verified, 1 failed or not verified, 2 usage error, 3 refused, 4 cancelled at the prompt"


def run(args: argparse.Namespace) -> int:
    from cockpit.action_command import run_action

    return run_action(args)


def _replicas(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number of replicas, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"replicas cannot be negative ({value})")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds, got {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 3600 seconds, got {value:g}")
    return value


def add_action_commands(commands: Any, names: Sequence[str] = tuple(ACTION_HELP)) -> None:
    """Register the action subcommands ``names`` (default: all four) on the `cockpit` subparsers ``commands``."""
    for name in names:
        help_text = ACTION_HELP[name]
        sub: argparse.ArgumentParser = commands.add_parser(
            name, help=help_text, description=f"{help_text}. {EXIT_CODES}."
        )
        sub.set_defaults(handler=run, action=name)
        if name == "scale":
            sub.add_argument("replicas", type=_replicas, metavar="N", help="the replica count wanted")
        elif name == "switch":
            sub.add_argument("colour", metavar="COLOUR", help="the colour (slot) to send live traffic to")
        source = sub.add_mutually_exclusive_group()
        source.add_argument("--config", type=Path, metavar="FILE", help="default: ./cockpit.toml, then the user config")
        source.add_argument("--demo", action="store_true", help="act on a fresh embedded demo service")
        sub.add_argument("--env", metavar="NAME", help="environment (needed when the config has several)")
        sub.add_argument("--target", metavar="NAME", help="target to act on (needed when several can)")
        sub.add_argument("--service", metavar="NAME", help="default: the only service the target runs, else the "
                         "environment's service")
        if name == "rollback":
            sub.add_argument("--to", metavar="REV", help="revision to roll back to (default: the previous one)")
        sub.add_argument("--yes", action="store_true", help="do not ask (scripts); a protected environment also "
                         "needs --confirm SERVICE")
        sub.add_argument("--confirm", metavar="SERVICE", help="the service name, typed ahead for a protected "
                         "environment")
        sub.add_argument("--json", action="store_true", help="print the outcome as JSON (progress goes to stderr)")
        sub.add_argument("--read-only", action="store_true", help="refuse (as config read_only does)")
        sub.add_argument("--db", type=Path, metavar="PATH", help="timeline file (default: from config, else user data)")
        sub.add_argument("--wait", type=_seconds, default=180.0, metavar="SECONDS",
                         help="how long verification may take (default 180)")
