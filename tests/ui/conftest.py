"""Build the real app around fake or demo targets, and wait on what it publishes (never on sleeps)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from textual.pilot import Pilot

from cockpit.core.config import CockpitConfig, EnvironmentConfig, PollingConfig, TargetConfig
from cockpit.core.session import Session, make_session
from cockpit.core.timeline import Timeline
from cockpit.demo.session import demo_config
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.results import utcnow
from cockpit.ui.app import CockpitApp

if TYPE_CHECKING:
    from cockpit.demo.service import DemoService

FROZEN = "2026-11-23T07:41:00+00:00"
FAST = PollingConfig(interval_s=0.2, timeout_s=2.0, max_backoff_s=1.0)


def fake_session(
    db: Path, *, protected: bool = True, read_only: bool = False, runbook: Path | None = None, **settings: object
) -> Session:
    fake_settings = FakeSettings(frozen_at=FROZEN, **settings)  # type: ignore[arg-type]
    target = TargetConfig(name="api", provider="fake", settings=fake_settings, polling=FAST)
    env = EnvironmentConfig(
        name="production", protected=protected, service="api", targets={"api": target}, runbook=runbook
    )
    config = CockpitConfig(operator="oncall", environments={"production": env}, polling=FAST)
    return Session(config, env, {"api": FakeProvider("api", fake_settings)}, db, read_only, "oncall")


def make_app(session: Session) -> CockpitApp:
    """The real app, as `cockpit open` builds it, on a timeline file of the test's own; fake targets get a
    clock frozen at the fake's own time, so ages and metric windows are the same on every run."""
    frozen = datetime.fromisoformat(FROZEN)
    fake = any(isinstance(p, FakeProvider) for p in session.providers.values())
    return CockpitApp(session, Timeline(session.db_path), clock=(lambda: frozen) if fake else utcnow)


@pytest.fixture
def demo_options() -> dict[str, Any]:
    """Light traffic: the app under test renders every log batch, and Pilot waits for an idle CPU."""
    return {"rollout_s": 0.3, "traffic_rps": 10, "seed": 7}


@pytest.fixture
def demo_app_factory(demo_service: DemoService, tmp_path: Path) -> Callable[..., CockpitApp]:
    def build(*, read_only: bool = False, incident_ref: str | None = None, runbook: Path | None = None) -> CockpitApp:
        config = demo_config(demo_service.base_url, {"USER": "oncall"}, polling=FAST, runbook=runbook)
        session = make_session(
            config, "demo", read_only=read_only, db_path=tmp_path / "timeline.db", incident_ref=incident_ref
        )
        return make_app(session)

    return build


async def until(
    app: CockpitApp,
    pilot: Pilot[int],
    condition: Callable[[], bool],
    timeout: float = 20.0,
    *,
    unmet: Callable[[], str] = lambda: "condition not reached before the deadline",
) -> None:
    """Wait for the hub's publications until ``condition`` holds (each publication wakes us; no fixed sleeps).
    Past ``timeout`` fail with ``unmet()``, which can say what the app shows instead."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    await pilot.pause()
    while not condition():
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise AssertionError(unmet())
        app.changed.clear()
        try:
            await asyncio.wait_for(app.changed.wait(), remaining)
        except TimeoutError:
            continue
        await pilot.pause()


async def workers_finished(app: CockpitApp, pilot: Pilot[int], timeout: float = 30.0) -> None:
    """Every worker done, as ``app.workers.wait_for_complete()`` but with a deadline: past it, fail naming the workers
    still running and what the status line says (a verification's "waiting for: ..."), instead of hanging until the
    suite's per-test timeout with nothing to go on."""

    def running() -> str:
        names = ", ".join(worker.name or str(worker.group) for worker in app.workers if not worker.is_finished)
        return f"still running after {timeout:g} s: {names}; the status line says {app.activity!r}"

    await until(app, pilot, lambda: all(worker.is_finished for worker in app.workers), timeout, unmet=running)
