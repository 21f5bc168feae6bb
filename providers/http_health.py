"""Plain HTTP health checks: the ``curl .../health`` of every runbook, with latency, status code and components.

One target can hold the three probes the seeds use (seed 001: ``/health/live``, ``/health/ready``,
``/health/detailed``; seed 004: ``/health/v2/detailed`` with ``can_deploy`` and ``critical_pending``): ``url``
is the check itself (readiness), ``live_url`` and ``detailed_url`` add their answers as components. A 503 with a
body is a failed check, not an error: errors are for when no check could be made at all (refused, timed out,
untrusted certificate, a redirect loop, an answer too large, invalid JSON).

Every request goes through ``providers.http_fetch.fetch``: the whole poll ends within ``timeout_s``, bodies are
capped after decompression, redirects are followed within ``max_redirects``. ``version_url`` is a separate
answer that runs in the background: a hung version endpoint never delays or hides the check.

``new_client``, ``transport_error`` and ``status_error`` stay importable from here for the providers that use them.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import msgspec

from . import health_body
from .base import ConfigurationError, ContractBackend, Provider, ProviderError, TimedOut
from .health_reader import read_health_json
from .http_fetch import (
    DEFAULT_MAX_REDIRECTS,
    Fetched,
    fetch,
    new_client,
    require_http_url,
    status_code_error,
    transport_error,
)
from .limits import InvalidJson, one_line
from .results import ComponentHealth, HealthCheck, State, utcnow

if TYPE_CHECKING:
    import httpx

__all__ = ["HttpHealthProvider", "HttpHealthSettings", "new_client", "status_error", "transport_error"]

SNIPPET_CHARS = 120
DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""A health answer is a few KB; a megabyte is generous and still cheap."""
VERSION_GRACE_S = 0.5
"""How long a finished check waits for a version answer still on its way (never past the check's deadline)."""
ENV_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def status_error(response: httpx.Response, target: str) -> ProviderError | None:
    """The typed error for an HTTP status that means the request itself was refused, else None."""
    return status_code_error(response.status_code, response.reason_phrase, str(response.request.url), target)


class HttpHealthSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    url: str
    """The health check itself (readiness), e.g. http://localhost:8000/health/ready."""
    live_url: str | None = None
    """Liveness (e.g. /health/live): a failing liveness fails the check."""
    detailed_url: str | None = None
    """Detailed health (e.g. /health/detailed, /health/v2/detailed): its components join the check's."""
    version_url: str | None = None
    """Where to read the running version when the health body does not say (e.g. /api/v1/version)."""
    headers: dict[str, str] = msgspec.field(default_factory=dict)
    """Sent with every request to the check's own host; ``${NAME}`` in a value is read from environment variable NAME
    (an Authorization token stays out of the config file)."""
    expect_status: int = 200
    """The status code of a passing check."""
    verify_tls: bool = True
    ca_bundle: str | None = None
    """A PEM file of the CA(s) that sign the service's certificate (a private CA), instead of the system store."""
    timeout_s: float = 5.0
    """The whole check (every probe, body included) ends within this: a hung endpoint is a timed-out check."""
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    """Redirects followed per request; 0: a redirect is the answer (and fails the check)."""
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    """Largest answer read (after decompression); a larger one is an 'answer too large' error."""

    def __post_init__(self) -> None:
        for key in ("url", "live_url", "detailed_url", "version_url"):
            require_http_url(key, getattr(self, key))
        if not 0 < self.timeout_s <= 600:
            raise ValueError("timeout_s must be above 0 and at most 600")
        if not 0 <= self.max_redirects <= 20:
            raise ValueError("max_redirects must be between 0 and 20")
        if not 1024 <= self.max_body_bytes <= 64 * 1024 * 1024:
            raise ValueError("max_body_bytes must be between 1024 and 67108864")


class Answer(msgspec.Struct, frozen=True):
    """One probe's answer: the fetched response and what its JSON object says, if it had one."""

    fetched: Fetched
    reading: health_body.Reading | None


class HttpHealthProvider(Provider):
    kind = "http"
    Settings = HttpHealthSettings
    STATE_MAP: ClassVar[Mapping[str, State]] = health_body.STATE_WORDS

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any]:
        base = f"http://{backend.dead_address}" if backend.dead else backend.demo_url
        return {"url": f"{base}/health/ready", "version_url": f"{base}/version", "timeout_s": 2.0}

    def __init__(self, target: str, settings: HttpHealthSettings) -> None:
        super().__init__(target, settings)
        self.settings: HttpHealthSettings = settings
        self._client: httpx.AsyncClient | None = None
        self._version_task: asyncio.Task[tuple[str | None, str]] | None = None

    def describe(self) -> str:
        return f"{self.kind}:{self.target} ({self.settings.url})"

    async def aclose(self) -> None:
        task, self._version_task = self._version_task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.wait([task])
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    # kept for callers that read component words the way this provider does
    word_state = staticmethod(health_body.word_state)
    components = staticmethod(health_body.components)

    async def health(self) -> HealthCheck:
        settings = self.settings
        loop = asyncio.get_running_loop()
        deadline = loop.time() + settings.timeout_s
        try:
            async with asyncio.timeout_at(deadline):
                client = await self._http()
        except TimeoutError as error:
            raise TimedOut(f"{settings.url}: no answer within {settings.timeout_s:g} s (client set-up)",
                           target=self.target) from error
        headers = self._headers()
        version = self._version(client, headers, deadline) if settings.version_url is not None else None
        probes = [settings.url, settings.live_url, settings.detailed_url]
        answers = await asyncio.gather(
            *(self._probe(client, url, headers, deadline) for url in probes if url is not None),
            return_exceptions=True,
        )
        for answer in answers:  # a bug in a probe is a bug, not a health state
            if isinstance(answer, BaseException) and not isinstance(answer, ProviderError):
                raise answer
        main, *extra = answers
        if isinstance(main, ProviderError):
            raise main
        assert isinstance(main, Answer)
        live = extra.pop(0) if settings.live_url is not None else None
        detailed = extra.pop(0) if settings.detailed_url is not None else None
        return await self._result(main, live, detailed, version, deadline)

    async def _result(
        self,
        main: Answer,
        live: Answer | BaseException | None,
        detailed: Answer | BaseException | None,
        version: asyncio.Task[tuple[str | None, str]] | None,
        deadline: float,
    ) -> HealthCheck:
        fetched = main.fetched
        found = list(main.reading.components) if main.reading is not None else []
        if live is not None:
            found.insert(0, self._probe_component("live", live))
        detail = detailed.reading if isinstance(detailed, Answer) else None
        if detail is not None:
            known = {component.name for component in found}
            found.extend(c for c in detail.components if c.name not in known)
        elif detailed is not None:
            found.append(self._probe_component("detailed", detailed))
        components = tuple(found)
        verdict = main.reading.state if main.reading is not None else State.UNKNOWN
        state = health_body.judge(fetched.status_code, self.settings.expect_status, verdict, components)
        if any(c.name == "live" and c.state is State.FAILED for c in components):
            state = State.FAILED
        stated = main.reading.version if main.reading is not None else None
        if stated is None and detail is not None:
            stated = detail.version
        notes = [self._explain(fetched, main.reading, state, components)]
        if fetched.redirects:
            notes.append(f"redirected to {one_line(fetched.url, SNIPPET_CHARS)}")
        if stated is None and version is not None:
            stated, problem = await self._await_version(version, deadline)
            notes.append(problem)
        return HealthCheck(
            target=self.target,
            url=self.settings.url,
            state=state,
            observed_at=utcnow(),
            status_code=fetched.status_code,
            latency_ms=fetched.latency_ms,
            components=components,
            version=stated,
            message="; ".join(note for note in notes if note),
        )

    # -- reading the answers -----------------------------------------------------------------------------------

    def _probe_component(self, name: str, answer: Answer | BaseException) -> ComponentHealth:
        """A liveness or detailed probe as one component: passing, or why not in the operator's words."""
        if isinstance(answer, ProviderError):
            return ComponentHealth(name, State.FAILED, one_line(f"{answer.title}: {answer.message}", 300))
        assert isinstance(answer, Answer)
        fetched = answer.fetched
        stated = answer.reading.state if answer.reading is not None else State.UNKNOWN
        if fetched.status_code >= 400 or stated is State.FAILED:
            return ComponentHealth(name, State.FAILED, f"HTTP {fetched.status_code}")
        return ComponentHealth(name, State.HEALTHY)

    def _explain(
        self, fetched: Fetched, reading: health_body.Reading | None, state: State,
        components: tuple[ComponentHealth, ...],
    ) -> str:
        if state is State.HEALTHY:
            return ""
        parts = []
        if fetched.status_code != self.settings.expect_status:
            parts.append(f"HTTP {fetched.status_code} (expected {self.settings.expect_status})")
        bad = [f"{c.name}: {c.detail or c.state.value}" for c in components if c.state.is_bad]
        parts.extend(bad)
        if not bad and reading is None:
            # Only the start of the body is shown: never decode (or copy) a large one to find its first line.
            text = fetched.body[: SNIPPET_CHARS * 4].decode("utf-8", "replace").strip()
            if text:
                parts.append(one_line(text.splitlines()[0], SNIPPET_CHARS))
        return "; ".join(parts)

    async def _probe(self, client: httpx.AsyncClient, url: str, headers: Mapping[str, str],
                     deadline: float) -> Answer:
        fetched = await self._fetch(client, url, headers, deadline)
        refused = status_code_error(fetched.status_code, fetched.reason, fetched.url, self.target)
        if refused is not None:
            raise refused
        return Answer(fetched, await self._json_reading(fetched, deadline))

    async def _json_reading(self, fetched: Fetched, deadline: float) -> health_body.Reading | None:
        # A body that says it is JSON must be; any other (plain "OK", an HTML error page) is judged by its status.
        start = fetched.body[:4096].lstrip()[:1]  # a copy of the start only, not of a 60 MB body
        if not start or not (fetched.is_json or start in (b"{", b"[")):
            return None
        try:
            return await read_health_json(fetched.body, what=f"the answer of {fetched.url}", target=self.target,
                                          deadline=deadline)
        except InvalidJson:
            if fetched.is_json:
                raise
            return None

    # -- requests ----------------------------------------------------------------------------------------------

    async def _fetch(self, client: httpx.AsyncClient, url: str, headers: Mapping[str, str],
                     deadline: float) -> Fetched:
        return await fetch(client, url, target=self.target, timeout_s=self.settings.timeout_s, deadline=deadline,
                           max_bytes=self.settings.max_body_bytes, max_redirects=self.settings.max_redirects,
                           headers=headers)

    def _version(self, client: httpx.AsyncClient, headers: Mapping[str, str],
                 deadline: float) -> asyncio.Task[tuple[str | None, str]]:
        """The version request in flight, started if none is: one at a time, however slow it is."""
        if self._version_task is None or self._version_task.done():
            self._version_task = asyncio.create_task(self._read_version(client, headers, deadline))
        return self._version_task

    async def _await_version(self, task: asyncio.Task[tuple[str | None, str]],
                             deadline: float) -> tuple[str | None, str]:
        remaining = deadline - asyncio.get_running_loop().time()
        if not task.done():
            await asyncio.wait([task], timeout=max(min(VERSION_GRACE_S, remaining), 0))
        if not task.done():  # it keeps going in the background; the next check reads it
            return None, f"version: no answer yet from {self.settings.version_url}"
        return task.result()

    async def _read_version(self, client: httpx.AsyncClient, headers: Mapping[str, str],
                            deadline: float) -> tuple[str | None, str]:
        """The version from ``version_url`` (JSON ``version`` or the first line of text), and why not when absent."""
        url = self.settings.version_url
        assert url is not None
        try:
            fetched = await self._fetch(client, url, headers, deadline)
            if not 200 <= fetched.status_code < 300:
                return None, f"version: HTTP {fetched.status_code} from {url}"
            reading = await self._json_reading(fetched, deadline)
        except ProviderError as error:
            return None, f"version: {error.title}"
        if reading is not None:
            version = reading.version
            return (version, "") if version is not None else (None, f"version: none in {url}")
        text = fetched.text.strip()
        return (one_line(text.splitlines()[0], SNIPPET_CHARS) if text else None), ""

    def _headers(self) -> dict[str, str]:
        """Configured headers with ``${NAME}`` filled from the environment; a missing variable is a config error."""

        def fill(match: re.Match[str]) -> str:
            value = os.environ.get(match.group(1))
            if value is None:
                raise ConfigurationError(f"header value needs environment variable {match.group(1)}, which is not set",
                                         target=self.target, hint="export it before starting the cockpit")
            return value

        return {name: ENV_REFERENCE.sub(fill, value) for name, value in self.settings.headers.items()}

    async def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            settings = self.settings
            client = await new_client(verify_tls=settings.verify_tls, ca_bundle=settings.ca_bundle,
                                      timeout=settings.timeout_s)
            if self._client is None:
                self._client = client
            else:  # a concurrent check built one first
                await client.aclose()
        return self._client
