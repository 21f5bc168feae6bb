"""The cockpit's configuration: one TOML file, read into frozen typed structs, every mistake named by file:line:key.

```toml
[cockpit]                     # read_only, theme, db, redact_env, operator, log_lines, log_flush_s
[polling]                     # interval_s, timeout_s, max_backoff_s (defaults for every target)
[environments.production]     # protected, description, service, runbook
[environments.production.targets.api]
provider = "ecs"              # any installed provider (entry point in `cockpit.providers`)
interval_s = 5                # optional per-target polling: interval_s, timeout_s
cluster = "finance-hub"       # every other key belongs to the provider's Settings struct
```

Each section is checked on its own (unknown keys first, then types with msgspec), so an error always knows its
full dotted key and ``config_locate`` can turn that key into a line. Provider modules are imported only for the
providers a config names.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, NamedTuple

import msgspec

from cockpit.core.config_loader import ConfigError as ConfigError  # re-exported: its callers' name for it
from cockpit.core.config_loader import Loader, field_names
from cockpit.core.config_locate import KeyPath, dotted
from cockpit.core.config_read import ConfigReadError, check_nesting, read_config_text
from cockpit.core.log_batches import LOG_FLUSH_S as DEFAULT_LOG_FLUSH_S
from cockpit.core.trigger_model import SEED_TRIGGERS, Trigger
from cockpit.providers.base import ConfigurationError
from cockpit.themes import DEFAULT_THEME, theme_names

CONFIG_NAME = "cockpit.toml"
TARGET_POLLING_KEYS = ("interval_s", "timeout_s")
"""Polling keys a target may override; every other target key except ``provider`` is the provider's."""
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})

# Bounds that keep a typo from hammering a backend (interval 0) or freezing a pane (timeout of an hour).
Interval = Annotated[float, msgspec.Meta(gt=0, le=3600)]
Timeout = Annotated[float, msgspec.Meta(gt=0, le=300)]
Backoff = Annotated[float, msgspec.Meta(gt=0, le=3600)]
LogLines = Annotated[int, msgspec.Meta(ge=100, le=100_000)]
"""Enough to read an error's context; few enough that a flood of logs cannot grow memory without bound."""
DEFAULT_LOG_LINES = 2000
LogFlush = Annotated[float, msgspec.Meta(ge=0.1, le=60)]
"""Seconds between two batches of log lines: each repaints the Logs pane (and, over SSH, crosses the wire)."""


class PollingConfig(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    interval_s: Interval = 5.0
    """Seconds between two polls of one (target, capability) while it answers."""
    timeout_s: Timeout = 10.0
    """A poll taking longer than this counts as failed (timed out)."""
    max_backoff_s: Backoff = 60.0
    """After failures the interval doubles up to this."""


class TargetConfig(msgspec.Struct, frozen=True, kw_only=True):
    name: str
    provider: str
    """Entry-point name of the provider (``demo``, ``http``, ``ecs``...)."""
    settings: Any
    """An instance of the provider's ``Settings`` struct, already validated."""
    polling: PollingConfig
    """The file's ``[polling]`` with this target's overrides applied."""
    line: int = 0
    """Where the target is defined, for messages about it later (0: not from a file)."""


class EnvironmentConfig(msgspec.Struct, frozen=True, kw_only=True):
    name: str
    service: str
    """The service incidents in this environment are about."""
    targets: dict[str, TargetConfig]
    protected: bool = False
    """Production-like: actions need the typed service name, and the UI wears a distinct accent."""
    description: str = ""
    runbook: Path | None = None
    triggers: tuple[Trigger, ...] = ()
    """Rollback triggers from ``[[environments.NAME.triggers]]`` (see ``cockpit.core.trigger_config``)."""

    @property
    def active_triggers(self) -> tuple[Trigger, ...]:
        """The configured triggers, or seed 003's three when the environment configures none."""
        return self.triggers or SEED_TRIGGERS


class CockpitConfig(msgspec.Struct, frozen=True, kw_only=True):
    operator: str
    """Default actor recorded in the timeline."""
    environments: dict[str, EnvironmentConfig]
    path: Path | None = None
    read_only: bool = False
    theme: str = DEFAULT_THEME
    db: Path | None = None
    """Timeline file; None: the platformdirs default."""
    redact_env: tuple[str, ...] = ()
    """Environment variables whose values are never written to the timeline."""
    polling: PollingConfig = PollingConfig()
    log_lines: int = DEFAULT_LOG_LINES
    """Log lines kept per log target (what a new filter searches) and rows the Logs pane keeps: ring buffers."""
    log_flush_s: float = DEFAULT_LOG_FLUSH_S
    """New log lines reach the Logs pane in batches at most this often."""

    def environment(self, name: str | None = None) -> EnvironmentConfig:
        """The environment called ``name``; with None, the only one (several need an explicit choice)."""
        choices = ", ".join(self.environments)
        if name is None:
            if len(self.environments) == 1:
                return next(iter(self.environments.values()))
            raise ConfigError(self.path, None, None, f"several environments, choose one with --env ({choices})")
        try:
            return self.environments[name]
        except KeyError:
            raise ConfigError(self.path, None, None, f"unknown environment {name!r} (choices: {choices})") from None


# -- raw sections: the TOML shapes, converted one at a time so each error knows its prefix ----------------------


class _CockpitSection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    read_only: bool = False
    theme: str = DEFAULT_THEME
    db: str | None = None
    redact_env: list[str] = []
    operator: str | None = None
    log_lines: LogLines = DEFAULT_LOG_LINES
    log_flush_s: LogFlush = DEFAULT_LOG_FLUSH_S


class _EnvironmentSection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    protected: bool = False
    description: str = ""
    service: str | None = None
    runbook: str | None = None
    targets: dict[str, Any] = {}
    triggers: Any = None


class _PollingWritten(NamedTuple):
    """The file's ``[polling]`` and the keys it wrote itself (those beat a provider's own default)."""

    polling: PollingConfig
    keys: tuple[str, ...]


class _TargetOverrides(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    interval_s: Interval | None = None
    timeout_s: Timeout | None = None


_TOP_LEVEL = ("cockpit", "polling", "environments")
_TOML_LINE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


# -- loading ---------------------------------------------------------------------------------------------------


def find_config(explicit: Path | None = None) -> Path | None:
    """``explicit``, else ``./cockpit.toml``, else ``cockpit.toml`` in the user config dir; None when none exists."""
    if explicit is not None:
        return explicit
    local = Path(CONFIG_NAME)
    if local.is_file():
        return local
    import platformdirs  # only needed when no file was named

    user = Path(platformdirs.user_config_dir("cockpit")) / CONFIG_NAME
    return user if user.is_file() else None


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> CockpitConfig:
    """Read and validate ``path``; every problem is a ConfigError naming file, line and key."""
    try:
        text = read_config_text(path)
    except ConfigReadError as error:
        raise ConfigError(path, error.line, None, error.message) from None
    return parse_config(text, path, os.environ if environ is None else environ)


def parse_config(text: str, path: Path | None = None, environ: Mapping[str, str] | None = None) -> CockpitConfig:
    """Validate TOML ``text`` (``path`` names it in errors and anchors relative paths)."""
    try:
        check_nesting(text)
    except ConfigReadError as error:
        raise ConfigError(path, error.line, None, error.message) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        located = _TOML_LINE.search(message)
        if located is not None:
            line = int(located[1])
            message = f"{message[: located.start()]} (column {located[2]})"
        else:
            line = max(1, len(text.splitlines()))
            message = message.replace(" (at end of document)", " at the end of the file")
        raise ConfigError(path, line, None, f"invalid TOML: {message}") from None
    loader = Loader(text, path, os.environ if environ is None else environ)

    for key in document:
        if key not in _TOP_LEVEL:
            raise loader.error((key,), f"unknown key (known: {', '.join(_TOP_LEVEL)})")
    cockpit = loader.convert(document.get("cockpit", {}), _CockpitSection, ("cockpit",))
    if cockpit.theme not in (known := theme_names()):
        raise loader.error(("cockpit", "theme"), f"unknown theme {cockpit.theme!r} (known: {', '.join(known)})")
    polling = loader.convert(document.get("polling", {}), PollingConfig, ("polling",))
    _check_backoff(loader, polling, ("polling",), overridden=tuple(document.get("polling", {})))

    raw_environments = document.get("environments", {})
    loader.require_table(raw_environments, ("environments",))
    if not raw_environments:
        raise ConfigError(path, None, None, "no environments defined (add an [environments.NAME] table with targets)")
    written = _PollingWritten(polling, tuple(document.get("polling", {})))
    environments = {
        name: _environment(loader, name, raw, written) for name, raw in raw_environments.items()
    }
    return CockpitConfig(
        path=path,
        read_only=cockpit.read_only,
        theme=cockpit.theme,
        db=loader.relative(cockpit.db) if cockpit.db else None,
        redact_env=tuple(cockpit.redact_env),
        operator=cockpit.operator or default_operator(loader.environ),
        polling=polling,
        environments=environments,
        log_lines=cockpit.log_lines,
        log_flush_s=cockpit.log_flush_s,
    )


def _environment(loader: Loader, name: str, raw: Any, polling: _PollingWritten) -> EnvironmentConfig:
    where: KeyPath = ("environments", name)
    section = loader.convert(raw, _EnvironmentSection, where)
    if not section.targets:
        raise loader.error(where, f"no targets (add an [environments.{dotted((name,))}.targets.NAME] table)")
    targets = {
        target: _target(loader, (*where, "targets", target), target, raw_target, polling)
        for target, raw_target in section.targets.items()
    }
    runbook = None
    if section.runbook:
        runbook = loader.relative(section.runbook)
        if not runbook.is_file():
            raise loader.error((*where, "runbook"), f"no such file: {runbook}")
    from cockpit.core.trigger_config import parse_triggers

    return EnvironmentConfig(
        name=name,
        triggers=parse_triggers(loader, (*where, "triggers"), section.triggers),
        protected=section.protected,
        description=section.description,
        service=section.service or next(iter(targets)),
        runbook=runbook,
        targets=targets,
    )


def _target(loader: Loader, where: KeyPath, name: str, raw: Any, written: _PollingWritten) -> TargetConfig:
    from cockpit.providers import registry  # entry points are read only once a config names cockpit.providers

    loader.require_table(raw, where)
    provider_name = raw.get("provider")
    if not isinstance(provider_name, str):
        message = "required key is missing" if provider_name is None else "expected a provider name (a string)"
        raise loader.error((*where, "provider"), message)
    try:
        provider_cls = registry.load(provider_name)
    except ConfigurationError as error:
        raise loader.error((*where, "provider"), error.message) from None
    settings_fields = field_names(provider_cls.Settings)
    own = set(settings_fields or ())
    polling_keys = [key for key in TARGET_POLLING_KEYS if key not in own]
    known = None if settings_fields is None else (*settings_fields, "provider", *polling_keys)
    overrides_raw = {key: value for key, value in raw.items() if key in TARGET_POLLING_KEYS}
    # A provider with a setting of the same name (the http check's own timeout_s) gets the value too: both mean
    # "how long this target may take". Precedence, the same for every key: the target's own key, then the file's
    # [polling] key, then the provider's default, then [polling]'s default.
    settings_raw = {
        key: value for key, value in raw.items() if key != "provider" and (key in own or key not in TARGET_POLLING_KEYS)
    }
    for key in written.keys:
        if key in own and key in TARGET_POLLING_KEYS and key not in raw:
            settings_raw[key] = getattr(written.polling, key)
    overrides = loader.convert(overrides_raw, _TargetOverrides, where)
    settings = loader.convert(settings_raw, provider_cls.Settings, where, known=known)
    merged = msgspec.structs.replace(
        written.polling,
        **{key: value for key, value in msgspec.structs.asdict(overrides).items() if value is not None},
    )
    _check_backoff(loader, merged, where, overridden=tuple(overrides_raw))
    return TargetConfig(
        name=name, provider=provider_name, settings=settings, polling=merged, line=loader.line_of(where)
    )


def _check_backoff(loader: Loader, polling: PollingConfig, where: KeyPath, overridden: Sequence[str]) -> None:
    """Backing off must never poll more often than the normal interval; blame the key set at this level."""
    if polling.max_backoff_s >= polling.interval_s:
        return
    if "max_backoff_s" in overridden:
        raise loader.error((*where, "max_backoff_s"), f"must be at least interval_s ({polling.interval_s:g})")
    raise loader.error((*where, "interval_s"), f"must be at most max_backoff_s ({polling.max_backoff_s:g})")


def default_operator(environ: Mapping[str, str]) -> str:
    """Who is at the keyboard when the config does not say: the login name."""
    return environ.get("USER") or environ.get("LOGNAME") or environ.get("USERNAME") or "operator"


def apply_env_overrides(config: CockpitConfig, environ: Mapping[str, str]) -> CockpitConfig:
    """``COCKPIT_THEME``, ``COCKPIT_DB`` and ``COCKPIT_OPERATOR`` win over the file; ``COCKPIT_READ_ONLY`` can only
    turn read-only on."""
    changes: dict[str, Any] = {}
    read_only = environ.get("COCKPIT_READ_ONLY")
    if read_only is not None:
        flag = read_only.strip().lower()
        if flag not in _TRUE | _FALSE:
            raise ConfigError(None, None, "COCKPIT_READ_ONLY", f"expected 1/true/yes or 0/false/no, got {read_only!r}")
        # Variables and flags only add restrictions: COCKPIT_READ_ONLY=0 cannot arm a config that says read_only.
        changes["read_only"] = config.read_only or flag in _TRUE
    theme = environ.get("COCKPIT_THEME")
    if theme:
        if theme not in (known := theme_names()):
            raise ConfigError(None, None, "COCKPIT_THEME", f"unknown theme {theme!r} (known: {', '.join(known)})")
        changes["theme"] = theme
    if environ.get("COCKPIT_DB"):
        changes["db"] = Path(environ["COCKPIT_DB"]).expanduser()
    if environ.get("COCKPIT_OPERATOR"):
        changes["operator"] = environ["COCKPIT_OPERATOR"]
    return msgspec.structs.replace(config, **changes) if changes else config
