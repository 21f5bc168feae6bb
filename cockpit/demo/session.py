"""The environment `cockpit demo` opens: the embedded checkout service, just deployed at a bad v42."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from cockpit.core.config import (
    CockpitConfig,
    EnvironmentConfig,
    PollingConfig,
    TargetConfig,
    apply_env_overrides,
    default_operator,
)
from cockpit.core.db_path import demo_db_path
from cockpit.core.session import Session, make_session
from cockpit.providers.base import Provider

DEMO_ENVIRONMENT = "demo"
DEMO_SERVICE = "checkout"
DEMO_RUNBOOK = Path(__file__).parents[1] / "runbooks" / "builtin" / "health-decision-rollback.md"
"""The built-in runbook `cockpit demo` walks with `c` (a path beside this package: naming it imports nothing)."""
DEMO_POLLING = PollingConfig(interval_s=2.0, timeout_s=5.0, max_backoff_s=10.0)
"""Fast enough that a rollback visibly recovers within seconds."""


def demo_provider_classes() -> dict[str, type[Provider]]:
    """The demo's targets use two built-in providers, named here: `cockpit demo` needs no scan of every installed
    package's entry points (a config's providers can come from anywhere; the demo's cannot)."""
    from cockpit.providers.demo import DemoProvider
    from cockpit.providers.http_health import HttpHealthProvider

    return {"demo": DemoProvider, "http": HttpHealthProvider}


def demo_config(
    base_url: str,
    environ: Mapping[str, str] | None = None,
    *,
    polling: PollingConfig = DEMO_POLLING,
    runbook: Path | None = None,
) -> CockpitConfig:
    """The built-in environment of ``cockpit demo``: the checkout service, just deployed at a bad v42. Tests poll
    faster (``polling``) or walk another runbook; everything else is the demo as users get it."""
    classes = demo_provider_classes()

    def target(name: str, provider: str, **settings: Any) -> TargetConfig:
        converted = msgspec.convert(settings, classes[provider].Settings)
        return TargetConfig(name=name, provider=provider, settings=converted, polling=polling)

    targets = {
        "checkout": target("checkout", "demo", base_url=base_url, service=DEMO_SERVICE),
        "checkout-health": target(
            "checkout-health", "http", url=f"{base_url}/health/ready", version_url=f"{base_url}/version"
        ),
    }
    environment = EnvironmentConfig(
        name=DEMO_ENVIRONMENT,
        protected=True,
        runbook=runbook or DEMO_RUNBOOK,
        description="embedded demo: checkout service at v42, bad deploy",
        service=DEMO_SERVICE,
        targets=targets,
    )
    return CockpitConfig(
        operator=default_operator(os.environ if environ is None else environ),
        environments={DEMO_ENVIRONMENT: environment},
        polling=polling,
    )


def demo_session(
    *,
    read_only: bool = False,
    db_path: Path | None = None,
    theme: str | None = None,
    environ: Mapping[str, str] | None = None,
    serve: bool = True,
) -> Session:
    """Start the embedded demo service and a Session watching it; ``Session.stop_demo`` stops the service.
    ``serve=False`` only binds its port: the app serves it (``Session.start_demo``) once its first frame is up."""
    from cockpit.demo.service import DemoService

    environ = os.environ if environ is None else environ
    service = DemoService()
    base_url = service.start() if serve else service.reserve()
    try:
        config = apply_env_overrides(demo_config(base_url, environ), environ)
        if theme is not None:
            config = msgspec.structs.replace(config, theme=theme)
        return make_session(
            config, DEMO_ENVIRONMENT, read_only=read_only, db_path=db_path or demo_db_path(), demo=service,
            provider_classes=demo_provider_classes(),
        )
    except BaseException:
        service.stop()
        raise
