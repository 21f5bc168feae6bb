"""The provider contract: what every provider, built-in or third-party, promises the cockpit.

- Its settings refuse unknown keys (a typo in the config is an error naming the key, never silently ignored).
- Every capability it has is a known one, whole: no half of ``Rollbackable``, no ``plan_*`` the cockpit cannot call.
- Against a dead backend every call raises a ``ProviderError`` subclass, within ``CONTRACT_TIMEOUT_S``: never another
  exception, never a hang, never an answer that looks like good news (an empty metric range, which shows as no
  data, is the one answer allowed).
- Every timestamp it returns is timezone-aware UTC.
- ``aclose()`` can be called twice.

A provider says how to point it at a test backend with ``Provider.contract_settings``. The cockpit's own tests run
this over every installed provider (tests/providers/test_contract.py); a third-party provider runs the same checks::

    from .contract import check_class, check_dead_backend, check_live, check_aclose_twice

No pytest and no Textual here: a failed promise is a ``ContractViolation`` (an AssertionError) saying which.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any

import msgspec

from .base import CAPABILITIES, ContractBackend, Executor, LogSource, MetricSource, Provider, ProviderError
from .results import MetricSeries, utcnow

CONTRACT_TIMEOUT_S = 5.0
"""How long a call against a dead loopback backend may take to say so."""
SERVICE = "contract-service"
"""The service name the action planners are asked about."""
RUN_ID = "1"
"""The pipeline run the rerun planner is asked about."""


class ContractViolation(AssertionError):
    """A promise of the provider contract that does not hold."""


def build(cls: type[Provider], backend: ContractBackend, target: str = "contract") -> Provider:
    """The provider as the config loader would build it from its ``contract_settings``."""
    settings = cls.contract_settings(backend)
    if settings is None:
        which = "a dead" if backend.dead else "a live"
        raise ContractViolation(f"{cls.__qualname__} offers no settings for {which} backend")
    return cls(target, msgspec.convert(dict(settings), cls.Settings))


def _protocol_methods(protocol: type) -> set[str]:
    names: set[str] = set()
    for klass in protocol.__mro__:
        names |= {name for name in vars(klass) if not name.startswith("_")}
    return names - {"register"}


def check_class(cls: type[Provider], backend: ContractBackend) -> tuple[str, ...]:
    """Settings refuse unknown keys; capabilities are known and whole. Returns the capabilities."""
    settings = dict(cls.contract_settings(backend) or {})
    try:
        msgspec.convert({**settings, "no_such_setting": 1}, cls.Settings)
    except msgspec.ValidationError as error:
        if "no_such_setting" not in str(error):
            raise ContractViolation(
                f"{cls.__qualname__}.Settings refused an unknown key without naming it: {error}"
            ) from None
    else:
        raise ContractViolation(f"{cls.__qualname__}.Settings accepts unknown keys (use forbid_unknown_fields=True)")
    capabilities = tuple(name for name, protocol in CAPABILITIES.items() if issubclass(cls, protocol))
    if not capabilities:
        raise ContractViolation(f"{cls.__qualname__} implements none of the capabilities {sorted(CAPABILITIES)}")
    known = set().union(*(_protocol_methods(protocol) for protocol in CAPABILITIES.values()))
    shared = _protocol_methods(Executor)  # execute() serves every action capability
    for name, protocol in CAPABILITIES.items():
        methods = _protocol_methods(protocol)
        present = {method for method in methods if callable(getattr(cls, method, None))}
        if present - shared and name not in capabilities:
            missing = ", ".join(sorted(methods - present))
            raise ContractViolation(f"{cls.__qualname__} has half of the {name!r} capability (missing {missing})")
    unknown = [name for name in vars(cls) if name.startswith("plan_") and name not in known]
    if unknown:
        raise ContractViolation(f"{cls.__qualname__} has actions no capability names: {', '.join(unknown)}")
    return capabilities


async def _first_line(source: LogSource) -> Any:
    stream = source.tail()
    try:
        return await anext(aiter(stream))
    finally:
        closing = getattr(stream, "aclose", None)
        if closing is not None:
            await closing()


def _calls(provider: Provider) -> Iterator[tuple[str, Callable[[], Awaitable[Any]]]]:
    """One call per capability method the provider has, named 'capability.method'."""
    for name, call in CAPABILITY_CALLS.items():
        if isinstance(provider, CAPABILITIES[name]):
            yield from ((f"{name}.{method}", _bind(make, provider)) for method, make in call)


def _bind(make: Callable[[Any], Awaitable[Any]], provider: Provider) -> Callable[[], Awaitable[Any]]:
    return lambda: make(provider)


def _metric(provider: MetricSource) -> str:
    names = list(provider.metric_names())
    return names[0] if names else "contract_metric"


CAPABILITY_CALLS: Mapping[str, tuple[tuple[str, Callable[[Any], Awaitable[Any]]], ...]] = {
    "deployments": (("deployments", lambda p: p.deployments()),),
    "health": (("health", lambda p: p.health()),),
    "logs": (("tail", _first_line),),
    "metrics": (
        ("instant", lambda p: p.instant(_metric(p))),
        ("range", lambda p: p.range(_metric(p), utcnow() - timedelta(minutes=5), utcnow(), 15.0)),
    ),
    "pipelines": (("runs", lambda p: p.runs()),),
    "rollback": (("plan_rollback", lambda p: p.plan_rollback(SERVICE)),),
    "restart": (("plan_restart", lambda p: p.plan_restart(SERVICE)),),
    "scale": (("plan_scale", lambda p: p.plan_scale(SERVICE, 1)),),
    "switch": (("plan_switch", lambda p: p.plan_switch(SERVICE, "blue")),),
    "rerun": (("plan_rerun", lambda p: p.plan_rerun(RUN_ID)),),
}
"""How the contract exercises each capability; every capability has an entry (a test checks it)."""


async def check_dead_backend(provider: Provider) -> list[str]:
    """Every call raises a ProviderError subclass within CONTRACT_TIMEOUT_S. Returns 'call: ErrorType' lines."""
    seen: list[str] = []
    for name, call in _calls(provider):
        try:
            async with asyncio.timeout(CONTRACT_TIMEOUT_S):
                answer = await call()
        except ProviderError as error:
            seen.append(f"{name}: {type(error).__name__}")
            continue
        except TimeoutError:
            raise ContractViolation(f"{name} hung on a dead backend for {CONTRACT_TIMEOUT_S:g} s") from None
        except Exception as error:
            raise ContractViolation(
                f"{name} raised {type(error).__name__} on a dead backend, not a ProviderError: {error}"
            ) from error
        if isinstance(answer, MetricSeries) and not answer.samples:
            seen.append(f"{name}: no samples")  # history the provider kept itself: none, which says nothing good
            continue
        raise ContractViolation(f"{name} answered {answer!r:.200} from a dead backend instead of raising")
    return seen


def _timestamps(value: Any, path: str) -> Iterator[tuple[str, datetime]]:
    if isinstance(value, datetime):
        yield path, value
    elif isinstance(value, msgspec.Struct):
        for name in value.__struct_fields__:
            yield from _timestamps(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _timestamps(item, f"{path}[{key!r}]")
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _timestamps(item, f"{path}[{index}]")


async def check_live(provider: Provider) -> int:
    """Every timestamp of every read answer is aware UTC. Returns how many timestamps were checked."""
    checked = 0
    for name, call in _calls(provider):
        if ".plan_" in name:
            continue  # planning against a real backend may change nothing but needs a real service name
        async with asyncio.timeout(CONTRACT_TIMEOUT_S):
            answer = await call()
        for path, moment in _timestamps(answer, name):
            if moment.tzinfo is None or moment.utcoffset() != timedelta(0):
                raise ContractViolation(f"{path} is {moment.isoformat()}: not aware UTC")
            checked += 1
    return checked


async def check_aclose_twice(provider: Provider) -> None:
    """aclose() may be called again (the app and a test fixture may both close)."""
    for attempt in ("first", "second"):
        try:
            await provider.aclose()
        except Exception as error:
            raise ContractViolation(f"the {attempt} aclose() raised {type(error).__name__}: {error}") from error
