"""A github target in the cockpit's TOML: the documented keys load, and a mistake names its file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.core.config import ConfigError, parse_config
from cockpit.providers.github_actions import DEFAULT_API_URL, GitHubSettings

TEMPLATE = """\
[environments.production]
service = "finance-hub-api"

[environments.production.targets.ci]
provider = "github"
repo = "acme/finance-hub"
{extra}
"""


def load(extra: str) -> GitHubSettings:
    config = parse_config(TEMPLATE.format(extra=extra), Path("cockpit.toml"), environ={})
    settings = config.environments["production"].targets["ci"].settings
    assert isinstance(settings, GitHubSettings)
    return settings


def test_the_documented_keys() -> None:
    settings = load('workflow = "deploy.yml"\nbranch = "main"\napi_url = "https://ghe.acme.example/api/v3"')
    assert (settings.repo, settings.workflow, settings.branch, settings.api_url) == (
        "acme/finance-hub", "deploy.yml", "main", "https://ghe.acme.example/api/v3")
    assert load("").api_url == DEFAULT_API_URL and load("").workflow is None


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('workflw = "deploy.yml"', "cockpit.toml:7: environments.production.targets.ci.workflw: unknown key"),
        ('token = "ghp_x"', "cockpit.toml:7: environments.production.targets.ci.token: unknown key"),
        ('api_url = "api.github.example"', "cockpit.toml:7: environments.production.targets.ci.api_url: expected"),
    ],
)
def test_mistakes_name_file_line_and_key(extra: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(extra)
    assert str(caught.value).startswith(expected)


def test_a_repo_without_its_owner_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"cockpit\.toml:6: environments\.production\.targets\.ci\.repo:"):
        parse_config(TEMPLATE.format(extra="").replace("acme/finance-hub", "finance-hub"), Path("cockpit.toml"),
                     environ={})
