"""The hostile corpus through the prometheus provider, on the real Prometheus of the tests: label values that
carry escapes, markup, bidi overrides and a long string (made by Prometheus itself with ``label_replace``, as any
scraped target can label its series), and series names, units and a job from the config. What the provider
returns and the errors it raises are visible, one line where a line is expected, and bounded."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from cockpit.providers.base import ERROR_CHARS
from cockpit.providers.prometheus import PrometheusProvider, PrometheusSettings
from cockpit.providers.prometheus_api import BadQuery
from tests.hostile.corpus import ALL_TEXT, MARKUP, control_characters
from tests.hostile.results import problems
from tests.prometheus_backend import JOB, PrometheusBackend

LABEL_VALUES = (*ALL_TEXT, "H" * 5000)
NAME = "[b]error[/b] rate\x1b[2J\n"
UNIT = "ms\x1b]0;owned\x07[/]"


def promql_literal(text: str) -> str:
    """``text`` as a PromQL double-quoted string: everything but plain printable ASCII as a \\u escape."""
    return '"' + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\u{ord(c):04x}" for c in text) + '"'


def labelled(value: int, labels: tuple[str, ...]) -> str:
    """``vector(value)`` with labels l0, l1... set to ``labels``."""
    query = f"vector({value})"
    for index, text in enumerate(labels):
        query = f'label_replace({query}, "l{index}", {promql_literal(text)}, "", "")'
    return query


@pytest.fixture
async def build(prometheus_backend: PrometheusBackend) -> AsyncIterator[Callable[..., PrometheusProvider]]:
    built: list[PrometheusProvider] = []

    def make(**settings: object) -> PrometheusProvider:
        source = PrometheusProvider("metrics", PrometheusSettings(url=prometheus_backend.url, **settings))  # type: ignore[arg-type]
        built.append(source)
        return source

    yield make
    for source in built:
        await source.aclose()


async def test_hostile_label_values_reach_an_error_visible_and_bounded(
    build: Callable[..., PrometheusProvider]
) -> None:
    half = len(LABEL_VALUES) // 2
    query = f"{labelled(1, LABEL_VALUES[:half])} or {labelled(2, LABEL_VALUES[half:])}"
    source = build(job=JOB, queries={"hostile": query})
    with pytest.raises(BadQuery) as caught:
        await source.instant("hostile")
    message = caught.value.message
    assert control_characters(message) == [] and len(message) <= ERROR_CHARS and "\n" not in message
    assert "answers 2 series" in message and "l0=replica[2" in message  # the labels, as text
    assert "␛[2J" in message or "␛]0;owned␇" in message  # escapes visible, not obeyed


async def test_configured_series_names_and_units_are_shown_safely(
    build: Callable[..., PrometheusProvider], prometheus_backend: PrometheusBackend
) -> None:
    query = 'sum(rate(http_requests_total{job="{job}"}[2m]))'
    source = build(job=f"{JOB}\x1b[2J", queries={NAME: query}, units={NAME: UNIT})
    (name,) = [name for name in source.metric_names() if "error" in name and "[b]" in name]
    assert name == "[b]error[/b] rate␛[2J␤" and control_characters(source.describe()) == []
    series = await source.range(name, prometheus_backend.deploy_at, prometheus_backend.last_at, 60)
    assert problems(series) == [] and series.unit == "ms␛]0;owned␇[/]"
    assert MARKUP[0] not in name
