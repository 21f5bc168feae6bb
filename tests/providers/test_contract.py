"""The provider contract over every installed provider (``registry.available()``), built-ins and third-party alike:
each says how to point it at a dead backend and at a live one (``Provider.contract_settings``)."""

from __future__ import annotations

import importlib
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cockpit.demo.service import DemoService
from cockpit.providers import contract, registry
from cockpit.providers.base import CAPABILITIES, ContractBackend, Provider
from tests.providers.test_contracts import SUBJECTS

NAMES = registry.available()
pytestmark = pytest.mark.usefixtures("aws_env")
"""AWS SDK providers read credentials from AWS's chain, never from settings: fake ones (as a shell would set them)
make a dead endpoint what they meet, not a search of the instance metadata service."""


@pytest.fixture(scope="module")
def live_demo() -> Iterator[DemoService]:
    with DemoService(rollout_s=0.2, traffic_rps=50, seed=11) as service:
        yield service


@pytest.fixture
def dead_address() -> Iterator[str]:
    """127.0.0.1:PORT, bound for the whole test but never listening: connecting is refused, and no other process
    can take the port meanwhile (a port merely freed a moment ago could be)."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        host, port = held.getsockname()
        yield f"{host}:{port}"


@pytest.fixture
def backend(dead_address: str, live_demo: DemoService, tmp_path: Path) -> Callable[[bool], ContractBackend]:
    def make(dead: bool) -> ContractBackend:
        return ContractBackend(dead=dead, dead_address=dead_address, demo_url=live_demo.base_url, workdir=tmp_path)

    return make


def provider_class(name: str) -> type[Provider]:
    return registry.load(name)


def test_every_capability_has_a_contract_call() -> None:
    assert set(contract.CAPABILITY_CALLS) == set(CAPABILITIES)


def test_the_built_ins_are_all_covered() -> None:
    assert {"demo", "fake", "http"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_settings_refuse_unknown_keys_and_capabilities_are_known(
    name: str, backend: Callable[[bool], ContractBackend]
) -> None:
    capabilities = contract.check_class(provider_class(name), backend(True))
    assert set(capabilities) <= set(CAPABILITIES)


SDKS = ("docker", "kubernetes.client", "boto3", "httpx")
"""What the providers import inside their first call (start-up stays fast)."""


@pytest.fixture(scope="module")
def sdks_imported() -> None:
    """CONTRACT_TIMEOUT_S bounds the wait on a dead backend, not a process's first import of an SDK: that takes
    seconds while a loaded 2-core machine also installs the packaging tests' wheel (docker's timed out once)."""
    for module in SDKS:
        importlib.import_module(module)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.usefixtures("sdks_imported")
async def test_a_dead_backend_raises_only_provider_errors_in_time(
    name: str, backend: Callable[[bool], ContractBackend]
) -> None:
    provider = contract.build(provider_class(name), backend(True))
    try:
        seen = await contract.check_dead_backend(provider)
    finally:
        await contract.check_aclose_twice(provider)
    assert seen, "at least one call was made"


@pytest.mark.parametrize("name", NAMES)
async def test_live_answers_carry_aware_utc_timestamps(
    name: str, backend: Callable[[bool], ContractBackend], request: pytest.FixtureRequest
) -> None:
    cls = provider_class(name)
    live = backend(False)
    if cls.contract_settings(live) is not None:
        provider = contract.build(cls, live)
    elif name in SUBJECTS:  # its real backend is a session fixture: the story test_contracts.py tells on it
        provider = SUBJECTS[name][1](request).provider
    else:
        reason = f"{name} offers no live test backend here"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        checked = await contract.check_live(provider)
    finally:
        await contract.check_aclose_twice(provider)
    assert checked > 0


def test_a_provider_that_breaks_the_contract_is_caught(backend: Callable[[bool], ContractBackend]) -> None:
    """The checks can fail: a provider with loose settings and half a capability."""
    import msgspec

    class Loose(msgspec.Struct):
        url: str = ""

    class Broken(Provider):
        Settings = Loose

        @classmethod
        def contract_settings(cls, backend: ContractBackend) -> dict[str, str]:
            return {}

        async def health(self) -> object:
            raise ValueError("not a ProviderError")

        async def plan_rollback(self, service: str, to_revision: str | None = None) -> object:
            raise ValueError("no execute to go with it")

    with pytest.raises(contract.ContractViolation, match="accepts unknown keys"):
        contract.check_class(Broken, backend(True))
    Broken.Settings = msgspec.defstruct("Strict", [("url", str, "")], forbid_unknown_fields=True)
    with pytest.raises(contract.ContractViolation, match="half of the 'rollback' capability"):
        contract.check_class(Broken, backend(True))
