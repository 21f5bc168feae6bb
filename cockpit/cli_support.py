"""What the `cockpit` subcommands share: the config and timeline they open, the incident they name, the files
they write, the one-line usage error, and the stream that keeps control characters off the terminal.

Kept apart from the parser (``cockpit.cli``) and, like it, importing only the standard library at import time:
every `cockpit` start pays for what is imported here.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from cockpit.core.config import CockpitConfig
    from cockpit.core.timeline import Timeline


class UsageError(Exception):
    """A command-line mistake found after parsing (e.g. no config anywhere): exit 2 with the message. (Not a
    CockpitError subclass at import time: that would load cockpit.errors for `--help`; main() presents it alike.)"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("incident-cockpit")
    except PackageNotFoundError:
        return "0+unknown"


class VersionAction(argparse.Action):
    """``--version`` that reads package metadata only when asked (the lookup costs ~20 ms of every start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"cockpit {_version()}")
        parser.exit()


def optional_config(explicit: Path | None) -> CockpitConfig | None:
    """The config named or discovered, with COCKPIT_* overrides; None when there is none."""
    from cockpit.core.config import apply_env_overrides, find_config, load_config

    path = find_config(explicit)
    return None if path is None else apply_env_overrides(load_config(path), os.environ)


def required_config(explicit: Path | None) -> CockpitConfig:
    config = optional_config(explicit)
    if config is None:
        raise UsageError("no configuration found: pass --config FILE or create ./cockpit.toml (or try `cockpit demo`)")
    return config


def operator_name(config: CockpitConfig | None) -> str:
    from cockpit.core.config import default_operator

    if config is not None:
        return config.operator
    return os.environ.get("COCKPIT_OPERATOR") or default_operator(os.environ)


def open_timeline(args: argparse.Namespace) -> tuple[Timeline, CockpitConfig | None]:
    """The timeline for --db (else the config's, else the default), redacting the config's secret env values."""
    from cockpit.core.session import redactor_for
    from cockpit.core.timeline import Timeline, default_db_path

    config = optional_config(args.config)
    path = args.db or (config.db if config is not None else None) or default_db_path()
    return Timeline(path, redactor=redactor_for(config)), config


def parse_incident_ref(ref: str) -> int:
    from cockpit.core.timeline import Timeline

    try:
        return Timeline.parse_ref(ref)
    except ValueError as error:
        raise UsageError(str(error)) from None


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so a reader (or a crash) never sees half a report."""
    import tempfile

    path = path.expanduser()
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
        ) as handle:
            temporary = Path(handle.name)
            try:
                handle.write(text)
            except BaseException:
                temporary.unlink()
                raise
        try:
            os.replace(temporary, path)
        except BaseException:
            temporary.unlink()
            raise
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror or error}") from None


class VisibleText:
    """A text stream that makes control characters visible (ESC -> '␛') on their way to the terminal or a pipe."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        from cockpit.providers.text import visible_text  # stdlib only (limits loads asyncio, msgspec)

        return self._stream.write(visible_text(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
