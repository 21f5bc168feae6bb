"""The replay GitHub API and a provider pointed at it, one of each per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from cockpit.providers.github_actions import GitHubActionsProvider, GitHubSettings
from tests.providers.github.replay import ReplayServer, replay_server

TOKEN = "ghp_replayTOKEN0123456789abcdefABCDEF0123"
"""A made-up token: tests check it reaches the API and nowhere else."""


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with replay_server() as server:
        yield server


def make_provider(url: str, *, token: str | None = TOKEN, timeout_s: float = 5.0) -> GitHubActionsProvider:
    settings = GitHubSettings(repo="acme/finance-hub", workflow="deploy.yml", branch="main", api_url=url)
    return GitHubActionsProvider("ci", settings, timeout_s=timeout_s, token=lambda: token)


@pytest.fixture
async def github(replay: ReplayServer) -> AsyncIterator[GitHubActionsProvider]:
    provider = make_provider(replay.url)
    try:
        yield provider
    finally:
        await provider.aclose()
