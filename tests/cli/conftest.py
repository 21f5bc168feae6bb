"""Fixtures of the command tests: the provider tests' scripted HTTP stub, for backends answering hostile data."""

from tests.providers.conftest import stub_server  # noqa: F401  (a fixture, found by name)
