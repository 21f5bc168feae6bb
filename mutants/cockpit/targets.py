"""From configuration to live targets: the Session a cockpit run works in, and the built-in demo environment."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from cockpit.config import (
    CockpitConfig,
    ConfigError,
    EnvironmentConfig,
    PollingConfig,
    TargetConfig,
    apply_env_overrides,
    default_operator,
)
from cockpit.config_locate import dotted
from providers.base import ConfigurationError, Provider

if TYPE_CHECKING:
    from cockpit.demo_service import DemoService

DEMO_ENVIRONMENT = "demo"
DEMO_SERVICE = "checkout"
DEMO_RUNBOOK = "health-decision-rollback.md"
"""The built-in runbook `cockpit demo` walks with `c`."""
DEMO_POLLING = PollingConfig(interval_s=2.0, timeout_s=5.0, max_backoff_s=10.0)
"""Fast enough that a rollback visibly recovers within seconds."""


@dataclass
class Session:
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
    demo: DemoService | None = None
    """The running demo service of ``cockpit demo``, stopped when the run ends."""

    def stop_demo(self) -> None:
        if self.demo is not None:
            self.demo.stop()
            self.demo = None


def build_providers(env: EnvironmentConfig, config_path: Path | None = None) -> dict[str, Provider]:
    """One provider per target; construction does no I/O, so a dead backend cannot stop the cockpit opening."""
    from providers import registry

    built: dict[str, Provider] = {}
    for name, target in env.targets.items():
        try:
            built[name] = registry.load(target.provider)(name, target.settings)
        except ConfigurationError as error:
            key = dotted(("environments", env.name, "targets", name))
            raise ConfigError(config_path, target.line or None, key, error.message) from None
    return built


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
    demo: DemoService | None = None,
) -> Session:
    """Pick the environment and build its providers; flags only ever add restrictions (``read_only``)."""
    from cockpit.timeline import default_db_path

    environment = config.environment(env_name)
    return Session(
        config=config,
        environment=environment,
        providers=build_providers(environment, config.path),
        db_path=db_path or config.db or default_db_path(),
        read_only=read_only or config.read_only,
        operator=config.operator,
        incident_ref=incident_ref,
        demo=demo,
    )


def demo_config(base_url: str, environ: Mapping[str, str] | None = None) -> CockpitConfig:
    """The built-in environment of ``cockpit demo``: the checkout service, just deployed at a bad v42."""
    from providers import registry

    def target(name: str, provider: str, **settings: Any) -> TargetConfig:
        converted = msgspec.convert(settings, registry.load(provider).Settings)
        return TargetConfig(name=name, provider=provider, settings=converted, polling=DEMO_POLLING)

    targets = {
        "checkout": target("checkout", "demo", base_url=base_url, service=DEMO_SERVICE),
        "checkout-health": target(
            "checkout-health", "http", url=f"{base_url}/health/ready", version_url=f"{base_url}/version"
        ),
    }
    environment = EnvironmentConfig(
        name=DEMO_ENVIRONMENT,
        protected=True,
        runbook=Path(str(resources.files("cockpit") / "runbooks" / DEMO_RUNBOOK)),
        description="embedded demo: checkout service at v42, bad deploy",
        service=DEMO_SERVICE,
        targets=targets,
    )
    return CockpitConfig(
        operator=default_operator(os.environ if environ is None else environ),
        environments={DEMO_ENVIRONMENT: environment},
        polling=DEMO_POLLING,
    )


def demo_session(
    *,
    read_only: bool = False,
    db_path: Path | None = None,
    theme: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Session:
    """Start the embedded demo service and a Session watching it; ``Session.stop_demo`` stops the service."""
    from cockpit.demo_service import DemoService

    environ = os.environ if environ is None else environ
    service = DemoService()
    base_url = service.start()
    try:
        config = apply_env_overrides(demo_config(base_url, environ), environ)
        if theme is not None:
            config = msgspec.structs.replace(config, theme=theme)
        return make_session(config, DEMO_ENVIRONMENT, read_only=read_only, db_path=db_path, demo=service)
    except BaseException:
        service.stop()
        raise
