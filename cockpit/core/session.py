"""From configuration to live targets: the Session a cockpit run works in, its providers and its redactor."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import msgspec

from cockpit.core.config import CockpitConfig, ConfigError, EnvironmentConfig
from cockpit.core.config_locate import dotted
from cockpit.core.db_path import default_db_path
from cockpit.providers.base import ConfigurationError, Provider

if TYPE_CHECKING:
    from cockpit.core.redaction import Redactor


class Embedded(Protocol):
    """A service the run embeds (the demo's): started before the session is handed over, or by the app once its
    first frame is up (``start_demo``); stopped when the run ends. Starting twice is harmless."""

    def start(self) -> str: ...

    def stop(self) -> None: ...


class Session(msgspec.Struct):
    """Everything one cockpit run needs, resolved from config, flags and environment variables."""

    config: CockpitConfig
    environment: EnvironmentConfig
    providers: dict[str, Provider]
    """Target name -> its provider instance."""
    db_path: Path
    read_only: bool
    operator: str
    incident_ref: str | None = None
    """Attach to this incident instead of the environment's open one (or a new one)."""
    watch_first: bool = False
    """With no open incident to resume, open one only on the operator's first action or note (``cockpit open``):
    looking at a failing environment is not yet an incident."""
    demo: Embedded | None = None
    """The demo service of ``cockpit demo``, stopped when the run ends."""

    def start_demo(self) -> None:
        if self.demo is not None:
            self.demo.start()

    def stop_demo(self) -> None:
        if self.demo is not None:
            self.demo.stop()
            self.demo = None


def build_providers(
    env: EnvironmentConfig,
    config_path: Path | None = None,
    classes: Mapping[str, type[Provider]] | None = None,
) -> dict[str, Provider]:
    """One provider per target; construction does no I/O, so a dead backend cannot stop the cockpit opening.
    ``classes`` names the provider classes when the caller knows them (the demo's built-ins): no entry-point scan."""
    load: Callable[[str], type[Provider]]
    if classes is None:
        from cockpit.providers import registry

        load = registry.load
    else:
        load = classes.__getitem__
    built: dict[str, Provider] = {}
    for name, target in env.targets.items():
        try:
            built[name] = load(target.provider)(name, target.settings)
        except ConfigurationError as error:
            key = dotted(("environments", env.name, "targets", name))
            raise ConfigError(config_path, target.line or None, key, error.message) from None
    _check_triggers(env, built, config_path)
    return built


def _check_triggers(env: EnvironmentConfig, providers: Mapping[str, Provider], config_path: Path | None) -> None:
    if not env.triggers:
        return  # none configured (the demo's case): the checker's module stays unloaded before the first frame
    from cockpit.core.trigger_config import check_against_targets

    problem = check_against_targets(env.triggers, providers)
    if problem is not None:
        index, key, message = problem
        where = dotted(("environments", env.name, "triggers")) + f"[{index}].{key}"
        raise ConfigError(config_path, env.triggers[index].line or None, where, message)


async def close_providers(providers: Mapping[str, Provider]) -> None:
    """Close every provider; one failing to close must not keep the others open."""
    # Close errors at exit have nobody to act on them: the process is ending either way.
    await asyncio.gather(*(provider.aclose() for provider in providers.values()), return_exceptions=True)


def make_session(
    config: CockpitConfig,
    env_name: str | None = None,
    *,
    read_only: bool = False,
    db_path: Path | None = None,
    incident_ref: str | None = None,
    watch_first: bool = False,
    demo: Embedded | None = None,
    provider_classes: Mapping[str, type[Provider]] | None = None,
) -> Session:
    """Pick the environment and build its providers; flags only ever add restrictions (``read_only``)."""
    environment = config.environment(env_name)
    return Session(
        config=config,
        environment=environment,
        providers=build_providers(environment, config.path, provider_classes),
        db_path=db_path or config.db or default_db_path(),
        read_only=read_only or config.read_only,
        operator=config.operator,
        incident_ref=incident_ref,
        watch_first=watch_first,
        demo=demo,
    )


def redactor_for(config: CockpitConfig | None, environ: Mapping[str, str] | None = None) -> Redactor:
    """The redactor every timeline of a run writes through: the built-in secret patterns plus the values of the
    environment variables the config names in ``redact_env``."""
    from cockpit.core.redaction import Redactor  # its patterns compile at import: only once a timeline opens

    environ = os.environ if environ is None else environ
    names = config.redact_env if config is not None else ()
    return Redactor([environ[name] for name in names if environ.get(name)])
