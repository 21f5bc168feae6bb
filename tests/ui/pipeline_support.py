"""A dashboard session with a GitHub Actions target on the replay API beside a fake service."""

from __future__ import annotations

from pathlib import Path

from cockpit.core.config import CockpitConfig, EnvironmentConfig, PollingConfig, TargetConfig
from cockpit.core.session import Session
from cockpit.providers.fake import FakeProvider, FakeSettings
from cockpit.providers.github_actions import GitHubActionsProvider, GitHubSettings
from tests.ui.conftest import FAST, FROZEN

CI_POLLING = PollingConfig(interval_s=1.0, timeout_s=5.0, max_backoff_s=2.0)
"""Each poll is several HTTP requests: slower than the fake's, so Pilot's keys still find an idle loop."""
RUNNING_IMAGE = "finance-hub-api:sha-9f3c2a1"
"""The fake service runs the image of Deploy #128's commit."""


def pipeline_session(db: Path, replay_url: str, *, with_service: bool = True) -> Session:
    ci_settings = GitHubSettings(repo="acme/finance-hub", workflow="deploy.yml", branch="main", api_url=replay_url)
    targets = {"ci": TargetConfig(name="ci", provider="github", settings=ci_settings, polling=CI_POLLING)}
    providers: dict[str, object] = {
        "ci": GitHubActionsProvider("ci", ci_settings, token=lambda: "ghp_uiTestToken000")
    }
    if with_service:
        fake = FakeSettings(frozen_at=FROZEN, service="finance-hub-api",
                            revisions=[RUNNING_IMAGE, "finance-hub-api:sha-4d2e8b7"], bad_revisions=[RUNNING_IMAGE])
        targets["api"] = TargetConfig(name="api", provider="fake", settings=fake, polling=FAST)
        providers["api"] = FakeProvider("api", fake)
    env = EnvironmentConfig(name="production", protected=True, service="finance-hub-api", targets=targets)
    config = CockpitConfig(operator="oncall", environments={"production": env}, polling=FAST)
    return Session(config, env, providers, db, False, "oncall")  # type: ignore[arg-type]
