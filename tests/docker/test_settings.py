"""A docker target's keys in cockpit.toml: every mistake is a file:line:key error, before anything is contacted."""

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.core.config import ConfigError, parse_config
from cockpit.providers.docker import DockerProvider

HEAD = """[environments.production.targets.shop]
provider = "docker"
"""


def error_of(body: str) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config(HEAD + body, Path("cockpit.toml"), environ={})
    return str(caught.value)


def test_the_issue_example_loads() -> None:
    config = parse_config(HEAD + 'project = "shop"\nservices = ["web", "worker"]\nhost = "ssh://deploy@app-1:22"\n',
                          Path("cockpit.toml"), environ={})
    target = config.environments["production"].targets["shop"]
    provider = DockerProvider("shop", target.settings)
    assert provider.describe() == "docker:shop (compose project shop on ssh://deploy@app-1:22)"
    assert provider.docker_argv == ["docker", "--host", "ssh://deploy@app-1:22"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('projct = "shop"\n', "cockpit.toml:3: environments.production.targets.shop.projct: unknown key"),
        ('project = 3\n',
         "cockpit.toml:3: environments.production.targets.shop.project: expected `str | null`, got `integer`"),
        ('services = ["web"]\n', "name a compose `project`"),
        ('project = "shop"\nhost = "http://app-1:2375"\n', "must start with unix://, tcp:// or ssh://"),
        ('project = "shop"\nhost = "tcp://app-1"\n', "needs a port"),
        ('project = "shop"\ncontainers = ["api"]\n', "leave them out with `project`"),
        ('labels = ["=x"]\n', "must be `key` or `key=value`"),
        ('project = "shop"\ntls_client_cert = "c.pem"\n', "go together"),
        ('project = "shop"\nhealth_timeout_s = 0\n', "health_timeout_s"),
    ],
)
def test_mistakes_name_file_line_and_key(body: str, expected: str) -> None:
    message = error_of(body)
    assert message.startswith("cockpit.toml:") and expected in message


def test_the_host_defaults_to_docker_host_then_the_local_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    config = parse_config(HEAD + 'project = "shop"\n', Path("cockpit.toml"), environ={})
    settings = config.environments["production"].targets["shop"].settings
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2376")
    assert DockerProvider("shop", settings).host == "tcp://127.0.0.1:2376"
    assert DockerProvider("shop", settings).docker_argv == ["docker"]  # the CLI reads DOCKER_HOST itself
    monkeypatch.delenv("DOCKER_HOST")
    assert DockerProvider("shop", settings).host == "unix:///var/run/docker.sock"
