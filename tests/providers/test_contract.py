"""The provider contract over every installed provider (``registry.available()``), built-ins and third-party alike:
each says how to point it at a dead backend and at a live one (``Provider.contract_settings``)."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.demo.service import DemoService
from cockpit.providers import contract, registry
from cockpit.providers.base import CAPABILITIES, ContractBackend, Provider

NAMES = registry.available()


@pytest.fixture(scope="module")
def live_demo() -> Iterator[DemoService]:
    with DemoService(rollout_s=0.2, traffic_rps=50, seed=11) as service:
        yield service


def backend(dead: bool, demo: DemoService, workdir: Path) -> ContractBackend:
    with socket.socket() as probe:  # a loopback port nothing listens on (it was free a moment ago)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return ContractBackend(dead=dead, dead_address=f"127.0.0.1:{port}", demo_url=demo.base_url, workdir=workdir)


def provider_class(name: str) -> type[Provider]:
    return registry.load(name)


def test_every_capability_has_a_contract_call() -> None:
    assert set(contract.CAPABILITY_CALLS) == set(CAPABILITIES)


def test_the_built_ins_are_all_covered() -> None:
    assert {"demo", "fake", "http"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_settings_refuse_unknown_keys_and_capabilities_are_known(
    name: str, live_demo: DemoService, tmp_path: Path
) -> None:
    capabilities = contract.check_class(provider_class(name), backend(True, live_demo, tmp_path))
    assert set(capabilities) <= set(CAPABILITIES)


@pytest.mark.parametrize("name", NAMES)
async def test_a_dead_backend_raises_only_provider_errors_in_time(
    name: str, live_demo: DemoService, tmp_path: Path
) -> None:
    provider = contract.build(provider_class(name), backend(True, live_demo, tmp_path))
    try:
        seen = await contract.check_dead_backend(provider)
    finally:
        await contract.check_aclose_twice(provider)
    assert seen, "at least one call was made"


@pytest.mark.parametrize("name", NAMES)
async def test_live_answers_carry_aware_utc_timestamps(name: str, live_demo: DemoService, tmp_path: Path) -> None:
    cls = provider_class(name)
    live = backend(False, live_demo, tmp_path)
    if cls.contract_settings(live) is None:
        reason = f"{name} offers no live test backend here"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    provider = contract.build(cls, live)
    try:
        checked = await contract.check_live(provider)
    finally:
        await contract.check_aclose_twice(provider)
    assert checked > 0


def test_a_provider_that_breaks_the_contract_is_caught(tmp_path: Path, live_demo: DemoService) -> None:
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
        contract.check_class(Broken, backend(True, live_demo, tmp_path))
    Broken.Settings = msgspec.defstruct("Strict", [("url", str, "")], forbid_unknown_fields=True)
    with pytest.raises(contract.ContractViolation, match="half of the 'rollback' capability"):
        contract.check_class(Broken, backend(True, live_demo, tmp_path))
