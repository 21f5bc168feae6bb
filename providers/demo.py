"""The provider of ``cockpit demo``: deployments, logs, metrics and rollback of the embedded checkout service.

It talks to the service only over HTTP (the admin API, ``/logs``, ``/metrics``), exactly as a provider for a
real system would, so the whole cockpit path (polling, failures, the action runner's verification) is exercised.
"""

from __future__ import annotations

import asyncio
import shlex
import time
from collections import deque
from collections.abc import AsyncGenerator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import msgspec

from .base import BadResponse, ContractBackend, NotFound, Provider, ProviderError
from .demo_wire import ResumePoint, WireLogLine, WireState, window_figures
from .http_health import new_client, status_error, transport_error
from .limits import ACCEPT_ENCODING, TooLarge, decode_json_sync, read_capped
from .promtext import RequestCounters, parse_request_counters
from .results import (
    ActionPlan,
    ActionResult,
    Change,
    DeploymentEvent,
    DeploymentStatus,
    LogLine,
    MetricSample,
    MetricSeries,
    Revision,
    State,
    utcnow,
)

if TYPE_CHECKING:
    import httpx

REQUEST_TIMEOUT_S = 5.0
STREAM_IDLE_S = 30.0
"""A log stream silent this long ends (cleanly): the caller reconnects, and a dead peer is noticed."""
HISTORY_LIMIT = 1800
"""Computed metric rounds kept for ``range`` (an hour at the demo's two-second polling)."""
METRIC_UNITS: Mapping[str, str] = {"error_rate": "ratio", "p95_latency_ms": "ms", "requests_per_s": "req/s"}

T = TypeVar("T")


class DemoSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    base_url: str
    """Where the demo service listens, e.g. http://127.0.0.1:41234 (``cockpit demo`` fills it in)."""
    service: str = "checkout"


MAX_ANSWER_BYTES = 4 * 1024 * 1024
"""Ceiling on any answer of the demo service (metrics text, JSON): far above what it sends."""
MAX_LOG_LINE_CHARS = 64 * 1024

def admin_argv(base_url: str, path: str, payload: Mapping[str, Any]) -> list[str]:
    """The curl command an operator would type for an admin call the provider makes (shown, never run)."""
    import json  # only when an action is planned: no part of the first frame

    return ["curl", "-fsS", "-X", "POST", f"{base_url}{path}", "-H", "Content-Type: application/json",
            "-d", json.dumps(payload)]


class DemoProvider(Provider):
    kind = "demo"
    Settings = DemoSettings

    STATE_MAP: ClassVar[Mapping[str, State]] = {
        "healthy": State.HEALTHY,
        "progressing": State.PROGRESSING,
        "degraded": State.DEGRADED,
        "failed": State.FAILED,
    }

    @classmethod
    def contract_settings(cls, backend: ContractBackend) -> Mapping[str, Any]:
        return {"base_url": f"http://{backend.dead_address}" if backend.dead else backend.demo_url}

    def __init__(self, target: str, settings: DemoSettings) -> None:
        super().__init__(target, settings)
        self.settings: DemoSettings = settings
        self.base_url = settings.base_url.rstrip("/")
        self._client: httpx.AsyncClient | None = None
        self._resume: ResumePoint | None = None
        self._scrape_lock = asyncio.Lock()
        self._previous_scrape: tuple[float, RequestCounters] | None = None
        self._latest: dict[str, MetricSample | None] = dict.fromkeys(METRIC_UNITS)
        self._unread: set[str] = set()
        """Metrics whose value from the latest scrape has not been asked for yet."""
        self._history: deque[tuple[datetime, dict[str, float]]] = deque(maxlen=HISTORY_LIMIT)

    def describe(self) -> str:
        return f"{self.kind}:{self.target} ({self.base_url})"

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    # -- deployments -------------------------------------------------------------------------------------------

    async def deployments(self) -> Sequence[DeploymentStatus]:
        return [await self._status()]

    async def _status(self) -> DeploymentStatus:
        url = f"{self.base_url}/admin/state"
        state = self._decode((await self._request("GET", url)).content, WireState, url)
        return DeploymentStatus(
            target=self.target,
            service=self.settings.service,
            state=self.STATE_MAP.get(state.state, State.UNKNOWN),
            revision=state.revision,
            ready=state.ready_replicas,
            desired=state.desired_replicas,
            observed_at=utcnow(),
            message=state.message,
            history=tuple(Revision(r.revision, r.created_at, r.image, r.description, r.current) for r in state.history),
            events=tuple(DeploymentEvent(e.at, e.reason, e.message, e.warning) for e in state.events),
        )

    # -- logs --------------------------------------------------------------------------------------------------

    async def tail(self, since: datetime | None = None, contains: str | None = None) -> AsyncGenerator[LogLine, None]:
        """Follow ``/logs`` until cancelled; an idle or closed stream ends the iterator, a broken one raises.

        Messages start with their level, as the lines read in a terminal. A reconnect whose ``since`` is no older
        than the last line seen resumes from that line's sequence number, so nothing in between is lost.
        """
        client = await self._http()
        import httpx  # already loaded by new_client: a lookup, not a load

        params = {"follow": "1"}
        resume = self._resume
        if since is not None and resume is not None and since >= resume.at:
            params["since"] = str(resume.seq)
        needle = contains.lower() if contains else None
        url = f"{self.base_url}/logs"
        timeout = httpx.Timeout(REQUEST_TIMEOUT_S, read=STREAM_IDLE_S)
        try:
            async with client.stream("GET", url, params=params, timeout=timeout) as response:
                refused = status_error(response, self.target)
                if refused is not None:
                    raise refused
                if not response.is_success:
                    raise BadResponse(f"{url} answered HTTP {response.status_code}", target=self.target)
                async for raw in response.aiter_lines():
                    if not raw.strip():
                        continue
                    if len(raw) > MAX_LOG_LINE_CHARS:  # one endless line would grow without bound
                        raise TooLarge(f"{url} sent a log line over {MAX_LOG_LINE_CHARS} characters",
                                       target=self.target)
                    entry = self._decode(raw.encode(), WireLogLine, url)
                    self._resume = ResumePoint(entry.seq, entry.ts)
                    line = LogLine(entry.ts, entry.source, f"{entry.level} {entry.message}", entry.level.upper())
                    if since is not None and line.at <= since:
                        continue
                    if needle is None or needle in line.message.lower():
                        yield line
        except httpx.ReadTimeout:
            return  # quiet, not broken: the caller reconnects
        except httpx.HTTPError as error:
            raise transport_error(error, url, self.target, REQUEST_TIMEOUT_S) from error

    # -- metrics -----------------------------------------------------------------------------------------------

    def metric_names(self) -> Sequence[str]:
        return tuple(METRIC_UNITS)

    async def instant(self, name: str) -> MetricSample | None:
        """The named figure over the window since the previous scrape; None before a second scrape or without traffic.

        One scrape answers every metric: asking for a metric whose latest value was already handed out takes a
        new scrape, so a poll that reads all three metrics in turn scrapes once.
        """
        self._check_metric(name)
        async with self._scrape_lock:
            if name not in self._unread:
                await self._scrape()
            self._unread.discard(name)
            return self._latest[name]

    async def range(self, name: str, start: datetime, end: datetime, step_s: float) -> MetricSeries:
        """Samples computed so far between ``start`` and ``end``, the latest one per ``step_s``."""
        self._check_metric(name)
        per_step: dict[int, MetricSample] = {}
        for at, values in self._history:
            if start <= at <= end and name in values:
                step = int((at - start).total_seconds() // step_s) if step_s > 0 else len(per_step)
                per_step[step] = MetricSample(at, values[name])
        return MetricSeries(name, METRIC_UNITS[name], tuple(per_step[step] for step in sorted(per_step)))

    def _check_metric(self, name: str) -> None:
        if name not in METRIC_UNITS:
            raise NotFound(f"no metric {name!r} on {self.target} (known: {', '.join(METRIC_UNITS)})",
                           target=self.target)

    async def _scrape(self) -> None:
        url = f"{self.base_url}/metrics"
        response = await self._request("GET", url)
        try:
            counters = parse_request_counters(response.text)
        except ValueError as error:
            raise BadResponse(f"{url}: {error}", target=self.target) from error
        now, at = time.monotonic(), utcnow()
        previous, self._previous_scrape = self._previous_scrape, (now, counters)
        self._unread = set(METRIC_UNITS)
        if previous is None:
            self._latest = dict.fromkeys(METRIC_UNITS)
            return
        values = window_figures(counters.since(previous[1]), now - previous[0])
        self._latest = {name: (MetricSample(at, values[name]) if name in values else None) for name in METRIC_UNITS}
        if values:
            self._history.append((at, values))

    # -- rollback ----------------------------------------------------------------------------------------------

    async def plan_rollback(self, service: str, to_revision: str | None = None) -> ActionPlan:
        status = await self._own_status(service)
        current = next((r for r in status.history if r.id == status.revision), None)
        if to_revision is None:
            chosen = status.previous_revision()
            if chosen is None:
                raise NotFound(f"{service} has no revision older than {status.revision}", target=self.target)
        else:
            chosen = next((r for r in status.history if r.id == to_revision), None)
            if chosen is None:
                known = ", ".join(r.id for r in status.history)
                raise NotFound(f"{service} has no revision {to_revision!r} (known: {known})", target=self.target)
        if chosen.id == status.revision:
            raise ProviderError(f"{service} already runs {chosen.id}: nothing to roll back", target=self.target)
        # Quoted from the argv (the revision id is the service's data: "v41'; touch x" must stay one argument).
        command = self._curl("/admin/deploy", {"revision": chosen.id})
        # History is newest first: a lower position than the current revision means a newer one.
        order = [r.id for r in status.history]
        verb = "roll forward" if order.index(chosen.id) < order.index(status.revision) else "roll back"
        return ActionPlan(
            action="rollback",
            target=self.target,
            service=service,
            command=command,
            changes=(
                Change("revision", status.revision, chosen.id),
                Change("image", (current.image or "") if current else "", chosen.image or ""),
            ),
            reversible=True,
            summary=f"{verb} {service} from {status.revision} to {chosen.id} ({chosen.description})",
            params={"revision": chosen.id},
            expect_revision=chosen.id,
        )

    # -- restart and scale -------------------------------------------------------------------------------------

    async def plan_restart(self, service: str) -> ActionPlan:
        status = await self._own_status(service)
        pods = f"{status.desired} of {status.revision}"
        return ActionPlan(
            action="restart",
            target=self.target,
            service=service,
            command=self._curl("/admin/restart", {}),
            changes=(Change("pods", pods, f"{pods}, replaced one by one"),),
            reversible=False,
            summary=f"restart every pod of {service} at {status.revision} (rolling)",
            expect_revision=status.revision,
        )

    async def plan_scale(self, service: str, replicas: int) -> ActionPlan:
        status = await self._own_status(service)
        if replicas == status.desired:
            raise ProviderError(f"{service} already wants {replicas} replicas: nothing to scale", target=self.target)
        return ActionPlan(
            action="scale",
            target=self.target,
            service=service,
            command=self._curl("/admin/scale", {"replicas": replicas}),
            changes=(Change("replicas", str(status.desired), str(replicas)),),
            reversible=True,
            summary=f"scale {service} at {status.revision} from {status.desired} to {replicas} replicas",
            params={"replicas": replicas},
            expect_revision=status.revision,
        )

    async def _own_status(self, service: str) -> DeploymentStatus:
        if service != self.settings.service:
            raise NotFound(f"{self.target} runs {self.settings.service!r}, not {service!r}", target=self.target)
        return await self._status()

    # -- execution ---------------------------------------------------------------------------------------------

    ACTION_PATHS: ClassVar[Mapping[str, str]] = {
        "rollback": "/admin/deploy",
        "restart": "/admin/restart",
        "scale": "/admin/scale",
    }

    async def execute(self, plan: ActionPlan) -> ActionResult:
        path = self.ACTION_PATHS.get(plan.action)
        if path is None:
            raise ProviderError(f"{self.target} cannot {plan.action}", target=self.target)
        payload: dict[str, Any] = {}
        if plan.action == "rollback":
            revision = plan.params.get("revision")
            if not isinstance(revision, str):
                raise ProviderError(f"plan for {plan.service} names no revision to deploy", target=self.target)
            payload = {"revision": revision}
        elif plan.action == "scale":
            replicas = plan.params.get("replicas")
            if not isinstance(replicas, int):
                raise ProviderError(f"plan for {plan.service} names no replica count", target=self.target)
            payload = {"replicas": replicas}
        started = utcnow()
        url = f"{self.base_url}{path}"
        response = await self._send("POST", url, payload=payload)
        refused = status_error(response, self.target)
        if refused is not None and response.status_code != 404:
            raise refused
        ok = response.is_success
        return ActionResult(plan, ok, self._answer_text(response, ok, plan.action), started, utcnow(),
                            output=response.text)

    def _curl(self, path: str, payload: Mapping[str, Any]) -> str:
        """The exact curl an operator would type for the same admin call, quoted for any shell."""
        return shlex.join(admin_argv(self.base_url, path, payload))

    @staticmethod
    def _answer_text(response: httpx.Response, ok: bool, action: str) -> str:
        try:
            body = decode_json_sync(response.content)
        except BadResponse:
            body = None
        if isinstance(body, dict):
            text = body.get("message" if ok else "error")
            if isinstance(text, str):
                return text
        return f"{action} answered HTTP {response.status_code}"

    # -- HTTP --------------------------------------------------------------------------------------------------

    async def _request(self, method: str, url: str) -> httpx.Response:
        """A request whose answer must be a success; refusals and failures become typed errors."""
        response = await self._send(method, url)
        refused = status_error(response, self.target)
        if refused is not None:
            raise refused
        if not response.is_success:
            raise BadResponse(f"{url} answered HTTP {response.status_code}: {response.text[:120]}", target=self.target)
        return response

    async def _send(self, method: str, url: str, *, payload: Any = None) -> httpx.Response:
        client = await self._http()
        import httpx  # already loaded by new_client: a lookup, not a load

        try:
            # Streamed and capped (bytes after decompression), then handed on as an ordinary, already-read response.
            async with client.stream(method, url, json=payload, headers=ACCEPT_ENCODING) as streamed:
                body = await read_capped(streamed, MAX_ANSWER_BYTES, target=self.target)
                headers = {"content-type": streamed.headers.get("content-type", "application/octet-stream")}
                return httpx.Response(streamed.status_code, headers=headers, content=body, request=streamed.request)
        except httpx.HTTPError as error:
            raise transport_error(error, url, self.target, REQUEST_TIMEOUT_S) from error

    def _decode(self, content: bytes, shape: type[T], url: str) -> T:
        try:
            return msgspec.json.decode(content, type=shape)
        except msgspec.DecodeError as error:
            raise BadResponse(f"{url} answered unexpected JSON: {error}", target=self.target) from error

    async def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            client = await new_client(timeout=REQUEST_TIMEOUT_S)
            if self._client is None:
                self._client = client
            else:  # a concurrent call built one first
                await client.aclose()
        return self._client
