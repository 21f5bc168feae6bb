"""Prometheus's HTTP query API: one request, its answer decoded, every failure a typed ProviderError.

Spoken with httpx rather than prometheus-api-client, because that library falls short exactly where an incident
needs it: it folds every non-200 answer into one exception whose text is the ``repr`` of the body (Prometheus's
own ``errorType``/``error`` would have to be dug out of a bytes repr, and a 400 ``bad_data`` could not be told from a
503), it retries 5xx answers with backoff by default (a failing backend then looks merely slow), it reads bodies
without any size limit, and it is synchronous (a thread per query). httpx is already the cockpit's HTTP client.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import msgspec

from .base import BadResponse, ProviderError
from .http_health import status_error, transport_error
from .results import MetricSample
from .text import one_line

if TYPE_CHECKING:
    import httpx

MAX_BODY_BYTES = 8 * 1024 * 1024
QUERY_SHOWN = 200
"""Characters of a query quoted in an error message."""
"""A query answer larger than this is refused: a named series is one number, or a few hundred points."""


class BadQuery(ProviderError):
    """Prometheus refused the PromQL (400 bad_data, 422 execution): its own message says why."""

    title = "bad query"


class ServerError(BadResponse):
    """Prometheus answered 5xx: it is up but cannot answer (overloaded, query timeout, storage trouble)."""

    title = "server error"


class _Answer(msgspec.Struct):
    status: str
    data: Any = None
    errorType: str = ""  # noqa: N815 - Prometheus's field name
    error: str = ""


class _Result(msgspec.Struct):
    resultType: str  # noqa: N815 - Prometheus's field name
    result: Any


class _VectorItem(msgspec.Struct):
    metric: dict[str, str]
    value: tuple[float, str]


class _MatrixItem(msgspec.Struct):
    metric: dict[str, str]
    values: list[tuple[float, str]]


async def get(client: httpx.AsyncClient, url: str, params: Mapping[str, str], target: str, timeout_s: float) -> Any:
    """GET ``url`` and return the answer's ``data``; raise the ProviderError that says what went wrong."""
    import httpx

    try:
        async with client.stream("GET", url, params=params) as response:
            body = await _read_limited(response, url, target)
    except httpx.HTTPError as error:
        raise transport_error(error, url, target, timeout_s) from error
    try:
        answer = msgspec.json.decode(body, type=_Answer)
    except msgspec.DecodeError:
        answer = None
    except RecursionError as error:  # nested past msgspec's stack: no Prometheus answers that
        raise BadResponse(f"{url} answered JSON nested too deep to read", target=target) from error
    if answer is not None and answer.status == "error":
        message = f"{answer.errorType}: {answer.error}" if answer.errorType else answer.error
        if response.status_code in (400, 422):
            raise BadQuery(f"Prometheus: {message}", target=target, hint="fix the PromQL in the target's queries")
        if response.status_code >= 500:
            raise ServerError(f"Prometheus answered HTTP {response.status_code}: {message}", target=target)
        raise BadResponse(f"Prometheus answered HTTP {response.status_code}: {message}", target=target)
    refused = status_error(response, target)
    if refused is not None:
        raise refused
    if response.status_code >= 500:
        raise ServerError(f"{url} answered HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                          target=target, hint="Prometheus (or a proxy in front of it) is failing")
    if answer is None or response.status_code != 200:
        snippet = body[:120].decode("utf-8", "replace")
        raise BadResponse(f"{url} answered HTTP {response.status_code}, not Prometheus's JSON: {snippet!r}",
                          target=target, hint="is the URL Prometheus's own (…:9090), not a UI or a proxy page?")
    return answer.data


async def _read_limited(response: httpx.Response, url: str, target: str) -> bytes:
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise BadResponse(f"{url}: answer larger than {MAX_BODY_BYTES // (1024 * 1024)} MB", target=target,
                              hint="narrow the query: a named series must be one number")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: Any, shape: type[Any], what: str, target: str) -> Any:
    try:
        return msgspec.convert(data, shape)
    except msgspec.ValidationError as error:
        raise BadResponse(f"Prometheus answered an unexpected {what}: {error}", target=target) from error


def _number(text: str) -> float | None:
    """A sample value; NaN and infinities (0/0 with no traffic, a quantile of nothing) are 'no data', never 0."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _at(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def shown(query: str) -> str:
    """A query in a message: its start, on one line (the labels or the type that follow are the news)."""
    return one_line(query, QUERY_SHOWN)


def _single(items: list[Any], name: str, query: str, target: str) -> Any | None:
    if not items:
        return None
    if len(items) > 1:
        # Label values are whatever the scraped targets said: each one short and visible in the message.
        labels = "; ".join(",".join(f"{one_line(k, 60)}={one_line(v, 60)}" for k, v in sorted(item.metric.items()))
                           or "{}" for item in items[:3])
        raise BadQuery(f"{name}: {shown(query)} answers {len(items)} series ({labels}…), a named series is one number",
                       target=target, hint="aggregate it, e.g. sum(...) or max(...)")
    return items[0]


def instant_sample(data: Any, name: str, query: str, target: str) -> MetricSample | None:
    """The one sample of an instant query's answer; None for an empty vector or a NaN value ("no data")."""
    result = _decode(data, _Result, "instant answer", target)
    if result.resultType == "scalar":
        at, text = _decode(result.result, tuple[float, str], "scalar", target)
        value = _number(text)
        return None if value is None else MetricSample(_at(at), value)
    if result.resultType != "vector":
        raise BadQuery(f"{name}: {shown(query)} answers a {result.resultType}, not a vector", target=target)
    item = _single(_decode(result.result, list[_VectorItem], "vector", target), name, query, target)
    if item is None:
        return None
    value = _number(item.value[1])
    return None if value is None else MetricSample(_at(item.value[0]), value)


def range_samples(data: Any, name: str, query: str, target: str) -> tuple[MetricSample, ...]:
    """The samples of a range query's answer, oldest first; points without a number are left out."""
    result = _decode(data, _Result, "range answer", target)
    if result.resultType != "matrix":
        raise BadQuery(f"{name}: {shown(query)} answers a {result.resultType}, not a matrix", target=target)
    item = _single(_decode(result.result, list[_MatrixItem], "matrix", target), name, query, target)
    if item is None:
        return ()
    samples = []
    for at, text in item.values:
        value = _number(text)
        if value is not None:
            samples.append(MetricSample(_at(at), value))
    return tuple(samples)
