"""Plain HTTP health checks: the ``curl .../health`` of every runbook, with latency, status code and components.

Understands the common JSON shapes: ``{"checks": {name: {"status": ...}}}``, ``{"checks": {name: "ok"}}``,
``{"checks": [{"name": ..., "status": ...}]}``, Spring-style ``{"components": {name: {"status": ...}}}``,
``{"details": {...}}`` and detailed-health flags such as ``{"checks": {"can_deploy": false}}``. A plain-text
``OK`` is a fine answer too. A 503 with a body is a failed check, not an error: errors are for when no check
could be made at all (refused, timed out, not HTTP).

``transport_error`` and ``status_error`` are shared by the other providers that speak HTTP with httpx.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import msgspec

from cockpit.providers.base import (
    BadResponse,
    ComponentHealth,
    ConfigurationError,
    Forbidden,
    HealthCheck,
    NotFound,
    Provider,
    ProviderError,
    State,
    TimedOut,
    Unauthorised,
    Unreachable,
    utcnow,
)

if TYPE_CHECKING:
    import httpx

COMPONENT_SECTIONS = ("checks", "components", "details")
TEXT_FIELDS = ("detail", "message", "error", "reason", "description")
"""Fields whose text explains a component's state, first one present wins."""
SNIPPET_CHARS = 120


def transport_error(error: httpx.HTTPError, url: str, target: str, timeout_s: float | None = None) -> ProviderError:
    """The typed provider error for an httpx failure that left us without any HTTP answer from ``url``."""
    import httpx

    reason = _root_reason(error)
    if isinstance(error, httpx.TimeoutException):
        within = f"within {timeout_s:g} s" if timeout_s is not None else "in time"
        return TimedOut(f"{url}: no answer {within} ({type(error).__name__})", target=target,
                        hint="the service is slow, hung, or a firewall drops the traffic")
    if isinstance(error, httpx.ConnectError):
        return Unreachable(f"cannot connect to {url}: {reason}", target=target,
                           hint="is the service running, and is the host and port right?")
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return ConfigurationError(f"cannot request {url}: {reason}", target=target)
    if isinstance(error, (httpx.RemoteProtocolError, httpx.DecodingError)):
        return BadResponse(f"{url} did not answer valid HTTP: {reason}", target=target)
    return Unreachable(f"request to {url} failed: {reason}", target=target)


def _root_reason(error: BaseException) -> str:
    # The async transport wraps a refusal as "All connection attempts failed"; the operator needs the cause.
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    return str(error) or type(error).__name__


async def new_client(**options: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` built off the event loop.

    Importing httpx and loading the CA bundle takes about 0.2 s: on the loop, that is a visible freeze of the
    cockpit on its first poll. Once this returned, ``import httpx`` elsewhere is a dictionary lookup.
    """

    def build() -> httpx.AsyncClient:
        import httpx

        return httpx.AsyncClient(**options)

    return await asyncio.to_thread(build)


def status_error(response: httpx.Response, target: str) -> ProviderError | None:
    """The typed error for an HTTP status that means the request itself was refused, else None."""
    url = str(response.request.url)
    errors: dict[int, tuple[type[ProviderError], str]] = {
        401: (Unauthorised, "check the credentials in the target's headers"),
        403: (Forbidden, "the credentials are valid but not allowed here"),
        404: (NotFound, "check the URL"),
    }
    if response.status_code not in errors:
        return None
    kind, hint = errors[response.status_code]
    return kind(f"{url} answered HTTP {response.status_code} {response.reason_phrase}".rstrip(), target=target,
                hint=hint)


class HttpHealthSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    url: str
    """The health URL, e.g. http://localhost:8000/health/ready."""
    version_url: str | None = None
    """Where to read the running version when the health body does not say (e.g. /api/v1/version)."""
    headers: dict[str, str] = msgspec.field(default_factory=dict)
    """Sent with every request (an Authorization header, a Host for a blue-green upstream...)."""
    expect_status: int = 200
    """The status code of a passing check."""
    verify_tls: bool = True
    timeout_s: float = 5.0
    """Give up on a request after this long: a hung endpoint is a timed-out check."""


class HttpHealthProvider(Provider):
    kind = "http"
    Settings = HttpHealthSettings

    STATE_MAP: ClassVar[Mapping[str, State]] = {
        **dict.fromkeys(("ok", "up", "healthy", "pass", "passed", "passing", "green", "ready", "serving"),
                        State.HEALTHY),
        **dict.fromkeys(("degraded", "warn", "warning", "yellow", "partial"), State.DEGRADED),
        **dict.fromkeys(("down", "unhealthy", "fail", "failed", "failing", "error", "critical", "red",
                         "out_of_service", "not_serving"), State.FAILED),
    }
    """Native status words (lower case, '-' and ' ' as '_') -> the shared State; anything else is UNKNOWN."""

    def __init__(self, target: str, settings: HttpHealthSettings) -> None:
        super().__init__(target, settings)
        self.settings: HttpHealthSettings = settings
        self._client: httpx.AsyncClient | None = None

    def describe(self) -> str:
        return f"{self.kind}:{self.target} ({self.settings.url})"

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    async def health(self) -> HealthCheck:
        # One client before both requests: building it meanwhile would load the CPU during the timed request.
        await self._http()
        if self.settings.version_url is None:
            return await self._check(None)
        # The version is read alongside the check, so a slow version endpoint does not double the wait.
        version_task = asyncio.create_task(self._version())
        try:
            return await self._check(version_task)
        finally:
            if not version_task.done():
                version_task.cancel()
                await asyncio.wait([version_task])

    async def _check(self, version_task: asyncio.Task[tuple[str | None, str]] | None) -> HealthCheck:
        response, latency_ms = await self._timed_get(self.settings.url)
        refused = status_error(response, self.target)
        if refused is not None:
            raise refused
        body = self._json_object(response)
        components = self.components(body) if body is not None else ()
        state = self._state(response.status_code, body, components)
        stated_version = body.get("version") if body is not None else None
        version = str(stated_version) if isinstance(stated_version, (str, int)) else None
        notes = [self._explain(response, body, state, components)]
        if version is None and version_task is not None:
            version, problem = await version_task
            notes.append(problem)
        return HealthCheck(
            target=self.target,
            url=self.settings.url,
            state=state,
            observed_at=utcnow(),
            status_code=response.status_code,
            latency_ms=latency_ms,
            components=components,
            version=version,
            message="; ".join(note for note in notes if note),
        )

    # -- reading the answer ------------------------------------------------------------------------------------

    @classmethod
    def word_state(cls, word: object) -> State:
        if isinstance(word, bool):
            return State.HEALTHY if word else State.FAILED
        if not isinstance(word, str):
            return State.UNKNOWN
        return cls.STATE_MAP.get(word.strip().lower().replace("-", "_").replace(" ", "_"), State.UNKNOWN)

    @classmethod
    def components(cls, body: Mapping[str, Any]) -> tuple[ComponentHealth, ...]:
        """Named components from every section a health body commonly has; the first mention of a name wins."""
        found: dict[str, ComponentHealth] = {}
        for section in COMPONENT_SECTIONS:
            for name, value in cls._section_items(body.get(section)):
                component = cls._component(name, value)
                if component is not None and name not in found:
                    found[name] = component
        return tuple(found.values())

    @staticmethod
    def _section_items(section: object) -> list[tuple[str, object]]:
        if isinstance(section, Mapping):
            return [(str(name), value) for name, value in section.items()]
        if isinstance(section, list):  # MicroProfile style: [{"name": "db", "status": "UP"}]
            return [(entry["name"], entry) for entry in section
                    if isinstance(entry, Mapping) and isinstance(entry.get("name"), str)]
        return []

    @classmethod
    def _component(cls, name: str, value: object) -> ComponentHealth | None:
        if isinstance(value, (str, bool)):
            return ComponentHealth(name, cls.word_state(value))
        if not isinstance(value, Mapping):
            return None
        word = value.get("status", value.get("state", value.get("healthy")))
        if word is None:
            return None
        return ComponentHealth(name, cls.word_state(word), cls._detail(value))

    @staticmethod
    def _detail(value: Mapping[str, Any]) -> str:
        """The component's own explanation, then its other scalar fields (critical_pending=2, ...)."""
        text = next((str(value[key]) for key in TEXT_FIELDS if isinstance(value.get(key), str) and value[key]), "")
        nested = value.get("details")
        fields = {**(nested if isinstance(nested, Mapping) else {}), **value}
        extras = [
            f"{key}={field}" for key, field in fields.items()
            if key not in ("status", "state", "healthy", *TEXT_FIELDS) and isinstance(field, (str, int, float, bool))
        ]
        return "; ".join(part for part in (text, ", ".join(extras)) if part)

    def _state(
        self, status_code: int, body: Mapping[str, Any] | None, components: tuple[ComponentHealth, ...]
    ) -> State:
        stated = State.UNKNOWN
        if body is not None:
            stated = self.word_state(body.get("status", body.get("state", body.get("healthy"))))
        if status_code >= 500 or status_code != self.settings.expect_status or stated is State.FAILED:
            return State.FAILED
        if stated is State.DEGRADED or any(component.state.is_bad for component in components):
            return State.DEGRADED
        return State.HEALTHY

    def _explain(
        self,
        response: httpx.Response,
        body: Mapping[str, Any] | None,
        state: State,
        components: tuple[ComponentHealth, ...],
    ) -> str:
        if state is State.HEALTHY:
            return ""
        parts = []
        if response.status_code != self.settings.expect_status:
            parts.append(f"HTTP {response.status_code} (expected {self.settings.expect_status})")
        bad = [f"{c.name}: {c.detail or c.state.value}" for c in components if c.state.is_bad]
        parts.extend(bad)
        if not bad and body is None and response.text.strip():
            parts.append(response.text.strip().splitlines()[0][:SNIPPET_CHARS])
        return "; ".join(parts)

    @staticmethod
    def _json_object(response: httpx.Response) -> Mapping[str, Any] | None:
        # Any non-JSON body (plain "OK", an HTML error page) is judged by its status code alone.
        try:
            body = json.loads(response.content)
        except ValueError:
            return None
        return body if isinstance(body, dict) else None

    # -- requests ----------------------------------------------------------------------------------------------

    async def _version(self) -> tuple[str | None, str]:
        """The version from ``version_url`` (JSON ``version`` or the first line of text), and why not when absent."""
        url = self.settings.version_url
        assert url is not None
        try:
            response, _ = await self._timed_get(url)
        except ProviderError as error:
            return None, f"version: {error.title}"
        if not response.is_success:
            return None, f"version: HTTP {response.status_code} from {url}"
        body = self._json_object(response)
        if body is not None:
            version = body.get("version")
            return (str(version), "") if isinstance(version, (str, int)) else (None, f"version: none in {url}")
        first_line = response.text.strip().splitlines()[0] if response.text.strip() else ""
        return (first_line[:SNIPPET_CHARS] or None), ""

    async def _timed_get(self, url: str) -> tuple[httpx.Response, float]:
        client = await self._http()
        import httpx  # already loaded by new_client: a lookup, not a load

        started = time.perf_counter()
        try:
            response = await client.get(url)
        except httpx.HTTPError as error:
            raise transport_error(error, url, self.target, self.settings.timeout_s) from error
        return response, (time.perf_counter() - started) * 1000

    async def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            settings = self.settings
            client = await new_client(
                headers=settings.headers,
                verify=settings.verify_tls,
                timeout=settings.timeout_s,
                # A health URL that redirects (to a login page, say) is not a passing check.
                follow_redirects=False,
            )
            if self._client is None:
                self._client = client
            else:  # a concurrent check built one first
                await client.aclose()
        return self._client
