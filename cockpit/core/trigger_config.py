"""``[[environments.NAME.triggers]]``: rollback triggers in the config, each mistake named by file:line:key.

```toml
[[environments.production.triggers]]
name = "error rate"
metric = "error_rate"        # a named series of any target (or target = "T" to pick one)
above = 0.05                 # or below = ...
for = "2m"

[[environments.production.triggers]]
name = "health"
health = "failing"           # the health check of any target (or target = "T")
consecutive = 3
```
Both kinds take ``hold = "10s"`` (how long a change of verdict must hold before it shows and is recorded); metric
triggers take ``min_requests = 50`` (a ratio such as error_rate is judged over at least that many requests; 0: every
sample as it is). With none configured, the seed triggers (``cockpit.triggers.SEED_TRIGGERS``) apply.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TypeVar

import msgspec
from msgspec import UNSET, UnsetType

from cockpit.core.config_locate import KeyPath
from cockpit.core.formatting import parse_duration
from cockpit.core.judging import HOLD_S, MIN_REQUESTS
from cockpit.core.trigger_model import Trigger

if TYPE_CHECKING:
    from cockpit.core.config_loader import Loader
    from cockpit.providers.base import Provider

Count = Annotated[int, msgspec.Meta(ge=1, le=1000)]
Requests = Annotated[int, msgspec.Meta(ge=0, le=1_000_000)]
_T = TypeVar("_T")


class _TriggerSection(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    # UNSET rather than None: TOML has no null, and a type error then reads "expected `number`", not "float | null".
    name: str
    metric: str | UnsetType = UNSET
    health: str | UnsetType = UNSET
    target: str | UnsetType = UNSET
    above: float | UnsetType = UNSET
    below: float | UnsetType = UNSET
    for_: str | UnsetType = msgspec.field(default=UNSET, name="for")
    consecutive: Count | UnsetType = UNSET
    min_requests: Requests | UnsetType = UNSET
    hold: str | UnsetType = UNSET


def _given(value: _T | UnsetType) -> _T | None:
    return None if value is UNSET else value


class _Section(NamedTuple):
    """The section with every key left out as None."""

    name: str
    metric: str | None
    health: str | None
    target: str | None
    above: float | None
    below: float | None
    for_: str | None
    consecutive: int | None
    min_requests: int | None
    hold: str | None


def parse_triggers(loader: Loader, where: KeyPath, raw: Any) -> tuple[Trigger, ...]:
    """The environment's ``triggers`` array, validated; an empty tuple when there is none."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise loader.error(where, "expected an array of tables ([[...triggers]])")
    triggers = tuple(_trigger(loader, (*where, index), item) for index, item in enumerate(raw))
    seen: set[str] = set()
    for index, trigger in enumerate(triggers):
        if trigger.name in seen:
            raise loader.error((*where, index, "name"), f"a trigger named {trigger.name!r} is already defined")
        seen.add(trigger.name)
    return triggers


def _trigger(loader: Loader, where: KeyPath, raw: Any) -> Trigger:
    raw_section = loader.convert(raw, _TriggerSection, where)
    section = _Section(raw_section.name, *(_given(getattr(raw_section, key)) for key in _Section._fields[1:]))
    if not section.name.strip():
        raise loader.error((*where, "name"), "must not be empty")
    line = loader.line_of(where)
    if (section.metric is None) == (section.health is None):
        raise loader.error(where, 'needs either metric = "NAME" (with above/below) or health = "failing"')
    hold = _hold(loader, where, section.hold)
    if section.health is not None:
        if section.health != "failing":
            raise loader.error((*where, "health"), f'only "failing" is supported, got {section.health!r}')
        stray = [key for key, value in (("above", section.above), ("below", section.below), ("for", section.for_),
                                        ("min_requests", section.min_requests)) if value is not None]
        if stray:
            raise loader.error((*where, stray[0]), "only applies to metric triggers (health triggers count checks)")
        if section.consecutive is None:
            raise loader.error((*where, "consecutive"), "required key is missing (how many failed checks in a row)")
        return Trigger(section.name, target=section.target, consecutive=section.consecutive, line=line,
                       hold_s=hold)
    if section.consecutive is not None:
        raise loader.error((*where, "consecutive"), "only applies to health triggers (metric triggers use for)")
    if not section.metric or not section.metric.strip():
        raise loader.error((*where, "metric"), "must name a series, e.g. error_rate")
    if (section.above is None) == (section.below is None):
        raise loader.error(where, "needs exactly one of above = NUMBER or below = NUMBER")
    window = 0.0
    if section.for_ is not None:
        parsed = parse_duration(section.for_)
        if parsed is None:
            raise loader.error((*where, "for"), f"{section.for_!r} is not a duration like 30s, 2m or 1h")
        window = parsed
    minimum = MIN_REQUESTS if section.min_requests is None else section.min_requests
    return Trigger(section.name, metric=section.metric, target=section.target, above=section.above,
                   below=section.below, window_s=window, line=line, min_requests=minimum, hold_s=hold)


def _hold(loader: Loader, where: KeyPath, hold: str | None) -> float:
    if hold is None:
        return HOLD_S
    parsed = parse_duration(hold)
    if parsed is None:
        raise loader.error((*where, "hold"), f"{hold!r} is not a duration like 10s, 1m or 0s")
    return parsed


def check_against_targets(
    triggers: tuple[Trigger, ...], providers: Mapping[str, Provider]
) -> tuple[int, str, str] | None:
    """(index, key, why) for the first configured trigger these targets cannot serve (an unknown target or
    series: a typo must not become a trigger that is silently inconclusive forever), else None."""
    from cockpit.providers.base import HealthSource, MetricSource

    for index, trigger in enumerate(triggers):
        if trigger.target is not None and trigger.target not in providers:
            return index, "target", f"no target named {trigger.target!r} (targets: {', '.join(providers)})"
        chosen = [providers[trigger.target]] if trigger.target else list(providers.values())
        if trigger.is_health:
            if not any(isinstance(p, HealthSource) for p in chosen):
                return index, "health", "no target here checks health"
            continue
        offered = sorted({n for p in chosen if isinstance(p, MetricSource) for n in p.metric_names()})
        if trigger.metric not in offered:
            return index, "metric", f"no target offers {trigger.metric!r} (series: {', '.join(offered) or 'none'})"
    return None
