"""Where the token comes from, with a real `gh` stand-in on PATH: GITHUB_TOKEN first, then `gh auth token`,
bounded in time; the token never shows in what the provider says about itself."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cockpit.providers.github_actions import GitHubActionsProvider, GitHubSettings
from cockpit.providers.github_token import discover_token
from tests.providers.github.replay import ReplayServer


def fake_gh(tmp_path: Path, script: str) -> dict[str, str]:
    """A PATH holding only a `gh` that runs ``script`` (bash), as `gh auth token` would be run."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    gh = bin_dir / "gh"
    gh.write_text(f"#!/bin/bash\n{script}\n")
    gh.chmod(0o755)
    return {"PATH": f"{bin_dir}:/usr/bin:/bin"}


def test_github_token_wins(tmp_path: Path) -> None:
    environ = {**fake_gh(tmp_path, 'echo from-gh'), "GITHUB_TOKEN": " from-env \n"}
    assert discover_token(environ) == "from-env"


def test_the_gh_cli_token_is_used_when_there_is_no_github_token(tmp_path: Path) -> None:
    environ = fake_gh(tmp_path, '[ "$1 $2" = "auth token" ] && echo gho_fromTheCli')
    assert discover_token(environ) == "gho_fromTheCli"


def test_no_gh_and_no_variable_means_anonymous(tmp_path: Path) -> None:
    assert discover_token({"PATH": str(tmp_path)}) is None


@pytest.mark.parametrize("script", ["echo 'not logged in' >&2; exit 1", "echo", "echo 'two words'"])
def test_a_gh_without_a_usable_token_means_anonymous(tmp_path: Path, script: str) -> None:
    assert discover_token(fake_gh(tmp_path, script)) is None


def test_a_hanging_gh_is_bounded_even_with_a_child_holding_its_output(tmp_path: Path) -> None:
    environ = fake_gh(tmp_path, "sleep 30 & sleep 30")
    started = time.monotonic()
    assert discover_token(environ, gh_timeout_s=0.3) is None
    assert time.monotonic() - started < 5


async def poll_with_the_default_token_source(replay: ReplayServer) -> GitHubActionsProvider:
    """One poll by a provider that finds its token as in production (environment, then gh)."""
    settings = GitHubSettings(repo="acme/finance-hub", workflow="deploy.yml", branch="main", api_url=replay.url)
    provider = GitHubActionsProvider("ci", settings)
    try:
        await provider.runs()
    finally:
        await provider.aclose()
    return provider


async def test_an_anonymous_provider_sends_no_authorization(replay: ReplayServer, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no gh either
    await poll_with_the_default_token_source(replay)
    assert replay.seen and all("authorization" not in seen.headers for seen in replay.seen)


async def test_the_environment_token_is_sent_and_never_described(replay: ReplayServer,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_fromTheEnvironment42")
    provider = await poll_with_the_default_token_source(replay)
    assert replay.requests("/runs")[0].headers["authorization"] == "Bearer ghp_fromTheEnvironment42"
    assert "ghp_" not in provider.describe() and "ghp_" not in repr(provider.settings)
