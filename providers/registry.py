"""Provider discovery through the ``cockpit.providers`` entry-point group.

Built-in providers are registered exactly like third-party ones. Listing names reads package metadata only;
a provider module (and the SDK it wraps) is imported only when a target actually uses it.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoint, entry_points

from .base import ConfigurationError, Provider

GROUP = "cockpit.providers"


@cache
def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available() -> list[str]:
    """Names of every installed provider, without importing any of them."""
    return sorted(_entry_points())


@cache
def load(name: str) -> type[Provider]:
    """The provider class registered as ``name``; a clear error when there is none or it fails to import."""
    try:
        entry = _entry_points()[name]
    except KeyError:
        known = ", ".join(available()) or "none installed"
        raise ConfigurationError(f"unknown provider {name!r} (installed: {known})") from None
    try:
        loaded = entry.load()
    except ImportError as error:
        raise ConfigurationError(f"provider {name!r} could not be imported: {error}") from error
    if not (isinstance(loaded, type) and issubclass(loaded, Provider)):
        raise ConfigurationError(f"entry point {name!r} ({entry.value}) is not a Provider subclass")
    return loaded
