"""Prometheus: the named series a rollback is decided on (error rate, p95 latency, request rate, memory, restarts).

```toml
[environments.production.targets.metrics]
provider = "prometheus"
url = "http://prometheus.internal:9090"
job = "checkout"                    # fills {job} in the queries
ca_bundle = "/etc/ssl/internal-ca.pem"
basic_auth_user_env = "PROM_USER"   # basic auth, both values read from the environment
basic_auth_password_env = "PROM_PASSWORD"
[environments.production.targets.metrics.headers]
X-Scope-OrgID = "PROM_TENANT"       # header name = the environment variable holding its value
[environments.production.targets.metrics.queries]
requests_per_s = 'sum(rate(http_server_requests_seconds_count{job="{job}"}[2m]))'
```

The default queries are the seed runbooks' PromQL; ``queries`` overrides them or adds more (``units`` gives an added
series its unit). Credentials never sit in the config file: only the names of the variables holding them do.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import msgspec

from .base import ConfigurationError, ContractBackend, NotFound, Provider
from .http_health import new_client
from .prometheus_api import get, instant_sample, range_samples
from .results import MetricSample, MetricSeries
from .text import clean_result, one_line

if TYPE_CHECKING:
    import httpx

DEFAULT_QUERIES: Mapping[str, str] = {
    "error_rate": 'sum(rate(http_requests_total{job="{job}",status=~"5.."}[2m])) '
    '/ sum(rate(http_requests_total{job="{job}"}[2m]))',
    "p95_latency_ms": 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="{job}"}'
    "[5m]))) * 1000",
    "requests_per_s": 'sum(rate(http_requests_total{job="{job}"}[2m]))',
    # cAdvisor and kube-state-metrics label series with the container, not the service's scrape job: the default
    # assumes the container is named like the job (override queries.memory / queries.restarts otherwise).
    "memory": 'sum(container_memory_usage_bytes{container="{job}"}) '
    '/ sum(container_spec_memory_limit_bytes{container="{job}"}) * 100',
    "restarts": 'sum(increase(kube_pod_container_status_restarts_total{container="{job}"}[1h]))',
}
"""Seed 001 / 003 PromQL, scoped to one service."""
DEFAULT_UNITS: Mapping[str, str] = {
    "error_rate": "ratio", "p95_latency_ms": "ms", "requests_per_s": "req/s", "memory": "%", "restarts": "",
}
NAME_CHARS = 80
"""Longest series name or unit kept (from the config's ``queries`` and ``units``)."""
MAX_POINTS = 600
"""Range queries ask for at most this many points (a pane is narrower; Prometheus refuses more than 11,000)."""


class PrometheusSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    url: str
    """Prometheus's base URL, e.g. http://prometheus.internal:9090 (a path prefix is kept)."""
    job: str = ""
    """Fills ``{job}`` in the queries: the service's scrape job (and, by default, its container name)."""
    queries: dict[str, str] = msgspec.field(default_factory=dict)
    """Named PromQL overriding a default series or adding one; ``{job}`` is filled in."""
    units: dict[str, str] = msgspec.field(default_factory=dict)
    """Unit of a series (ratio, ms, s, %, req/s...): needed only for series the defaults do not have."""
    headers: dict[str, str] = msgspec.field(default_factory=dict)
    """Header name -> the environment variable holding its value (a tenant id, a bearer token)."""
    ca_bundle: str | None = None
    """PEM file of the CA that signed Prometheus's certificate (TLS is always verified)."""
    basic_auth_user_env: str | None = None
    basic_auth_password_env: str | None = None
    timeout_s: float = 10.0
    """How long one query may take."""


def promql_string(value: str) -> str:
    """``value`` as the inside of a double-quoted PromQL string: a job named ``a"b`` cannot end the matcher."""
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


class PrometheusProvider(Provider):
    kind = "prometheus"
    Settings = PrometheusSettings

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any] | None:
        if not backend.dead:
            return None  # the demo serves /metrics, not the query API: the live check reads a real Prometheus
        return {"url": f"http://{backend.dead_address}", "job": "contract", "timeout_s": 2.0}

    def __init__(self, target: str, settings: PrometheusSettings) -> None:
        super().__init__(target, settings)
        self.settings: PrometheusSettings = settings
        self.base_url = settings.url.rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"url must start with http:// or https://, got {settings.url!r}", target=target)
        merged = {**DEFAULT_QUERIES, **settings.queries}
        if not settings.job:
            uses_job = sorted(name for name, query in merged.items() if "{job}" in query)
            if uses_job:
                raise ConfigurationError(f"job is required: the queries {', '.join(uses_job)} use {{job}}",
                                         target=target)
        job = promql_string(settings.job)
        # Series names and units are shown and recorded: configured text, visible and one short line each.
        self.queries: dict[str, str] = {one_line(name, NAME_CHARS): query.replace("{job}", job)
                                        for name, query in merged.items()}
        """Name -> the PromQL sent, ``{job}`` filled in."""
        self.units = {one_line(name, NAME_CHARS): one_line(unit, NAME_CHARS)
                      for name, unit in {**DEFAULT_UNITS, **{k: v for k, v in settings.units.items() if v}}.items()}
        self._client: httpx.AsyncClient | None = None

    def describe(self) -> str:
        return f"{self.kind}:{self.target} ({self.base_url}, job {one_line(self.settings.job, NAME_CHARS) or '-'})"

    def metric_names(self) -> Sequence[str]:
        return tuple(self.queries)

    def unit(self, name: str) -> str:
        return self.units.get(name, "")

    def query(self, name: str) -> str:
        try:
            return self.queries[name]
        except KeyError:
            raise NotFound(f"no series {name!r} on {self.target} (known: {', '.join(self.queries)})",
                           target=self.target) from None

    async def instant(self, name: str, at: datetime | None = None) -> MetricSample | None:
        """The series' value now (or ``at``); None when Prometheus has no data for it."""
        query = self.query(name)
        params = {"query": query}
        if at is not None:
            params["time"] = f"{at.timestamp():.3f}"
        data = await self._get("/api/v1/query", params)
        return instant_sample(data, name, query, self.target)

    async def range(self, name: str, start: datetime, end: datetime, step_s: float) -> MetricSeries:
        query = self.query(name)
        step = suited_step(start, end, step_s)
        params = {"query": query, "start": f"{start.timestamp():.3f}", "end": f"{end.timestamp():.3f}",
                  "step": f"{step:g}"}
        data = await self._get("/api/v1/query_range", params)
        return clean_result(MetricSeries(name, self.unit(name), range_samples(data, name, query, self.target)))

    async def aclose(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    async def _get(self, path: str, params: Mapping[str, str]) -> Any:
        client = await self._http()
        return await get(client, f"{self.base_url}{path}", params, self.target, self.settings.timeout_s)

    async def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            client = await new_client(**self._client_options())
            if self._client is None:
                self._client = client
            else:  # a concurrent call built one first
                await client.aclose()
        return self._client

    def _client_options(self) -> dict[str, Any]:
        """Headers and credentials from the environment, read when the first query goes out (not at start-up)."""
        settings = self.settings
        headers = {name: self._env(variable, f"headers.{name}") for name, variable in settings.headers.items()}
        options: dict[str, Any] = {"timeout": settings.timeout_s, "headers": headers, "follow_redirects": False}
        if settings.ca_bundle:
            if not os.path.isfile(settings.ca_bundle):
                raise ConfigurationError(f"ca_bundle {settings.ca_bundle!r} is not a file", target=self.target)
            options["verify"] = settings.ca_bundle
        if settings.basic_auth_user_env or settings.basic_auth_password_env:
            if not (settings.basic_auth_user_env and settings.basic_auth_password_env):
                raise ConfigurationError("basic auth needs both basic_auth_user_env and basic_auth_password_env",
                                         target=self.target)
            options["auth"] = (self._env(settings.basic_auth_user_env, "basic_auth_user_env"),
                               self._env(settings.basic_auth_password_env, "basic_auth_password_env"))
        return options

    def _env(self, variable: str, key: str) -> str:
        value = os.environ.get(variable)
        if value is None:
            raise ConfigurationError(f"{key}: environment variable {variable} is not set", target=self.target,
                                     hint=f"export {variable}=... before starting the cockpit")
        return value


def suited_step(start: datetime, end: datetime, requested_s: float) -> float:
    """At least the requested step, and coarse enough that the window is at most MAX_POINTS points; whole
    seconds, so consecutive polls ask for the same grid."""
    span = max(0.0, (end - start).total_seconds())
    return float(max(1, round(requested_s), -(-int(span) // MAX_POINTS)))
