"""moto's server on 127.0.0.1 (one per session, reset before every test) behind the replay proxy, seeded with
seed 000's ECS world. Credentials come from the environment, as AWS's own chain reads them: fake ones.

Imported by ``tests/conftest.py``, so every folder (provider, contract, CLI and UI tests) can ask for ``aws``."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from cockpit.providers.ecs import EcsProvider
from tests.providers.ecs.replay import AwsReplay
from tests.providers.ecs.world import REGION, AwsWorld, seed

FAKE_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_EC2_METADATA_DISABLED": "true",
}
"""moto accepts any key; the metadata switch keeps botocore from probing an instance role on a laptop."""
CLEARED = ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_ECS",
           "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE")


def aws_environment(home: Path) -> dict[str, str]:
    """The process environment of a test talking to moto: fake keys, no profile or config files of the machine."""
    environ = {k: v for k, v in os.environ.items() if k not in CLEARED}
    environ.update(FAKE_CREDENTIALS)
    environ["AWS_CONFIG_FILE"] = str(home / "aws-config")
    environ["AWS_SHARED_CREDENTIALS_FILE"] = str(home / "aws-credentials")
    return environ


@pytest.fixture(scope="session")
def moto_url() -> Iterator[str]:
    try:
        from moto.server import ThreadedMotoServer
    except ImportError as error:  # moto and flask come with the test extra
        reason = f"moto's server is not installed ({error}): pip install -e '.[test]'"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access-log line per request otherwise
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="session")
def aws_replay(moto_url: str) -> Iterator[AwsReplay]:
    replay = AwsReplay(moto_url)
    try:
        yield replay
    finally:
        replay.close()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    environ = aws_environment(tmp_path)
    for key in CLEARED:
        monkeypatch.delenv(key, raising=False)
    for key in (*FAKE_CREDENTIALS, "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.setenv(key, environ[key])
    return environ


@pytest.fixture(scope="session")
def moto_clients(moto_url: str) -> dict[str, Any]:
    """boto3 clients straight to moto (not through the replay), for seeding and for asking the server itself."""
    import boto3
    from botocore.config import Config

    config = Config(inject_host_prefix=False, retries={"max_attempts": 1})
    session = boto3.session.Session(aws_access_key_id="testing", aws_secret_access_key="testing",
                                    region_name=REGION)
    return {name: session.client(name, endpoint_url=moto_url, config=config) for name in ("ecs", "logs", "ecr")}


@pytest.fixture
def aws(aws_replay: AwsReplay, moto_clients: dict[str, Any], aws_env: dict[str, str]) -> AwsWorld:
    """A freshly reset and seeded world; providers under test talk to ``aws.endpoint_url`` (the replay)."""
    aws_replay.reset()
    world = AwsWorld(aws_replay.url, aws_replay, moto_clients["ecs"], moto_clients["logs"], moto_clients["ecr"])
    seed(world)
    aws_replay.calls.clear()
    return world


@pytest.fixture
async def ecs_provider(aws: AwsWorld) -> AsyncIterator[EcsProvider]:
    provider = EcsProvider("api", aws.settings())
    try:
        yield provider
    finally:
        await provider.aclose()
