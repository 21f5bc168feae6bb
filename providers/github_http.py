"""GitHub's REST API over httpx, as the github provider needs it and no more.

- Conditional requests: every GET remembers its ``ETag`` per URL and sends ``If-None-Match``; a ``304`` costs no
  quota and reuses the remembered answer.
- The allowance (``x-ratelimit-*`` headers) is kept from every answer; once GitHub says it is spent (403 or 429
  with nothing remaining, or a ``retry-after``), no request leaves until the reset time, and every refusal says
  when that is.
- ``Link: rel="next"`` pagination, bounded in pages, followed only on the API's own host.
- Job logs: the API answers ``302`` to a signed URL elsewhere; that URL is fetched WITHOUT the token.
- Every body read is size-limited; every failure is a typed ProviderError whose text never holds the token.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlencode, urljoin, urlsplit

import msgspec

from .base import BadResponse, Forbidden, NotFound, ProviderError, Unauthorised
from .http_health import new_client, transport_error
from .results import ApiQuota, utcnow

if TYPE_CHECKING:
    import httpx

API_VERSION = "2022-11-28"
MAX_JSON_BYTES = 4 * 1024 * 1024
"""A page of 100 workflow runs is about 1 MB; anything much larger is not an answer we asked for."""
MAX_ERROR_BYTES = 64 * 1024
LOG_READ_LIMIT = 8 * 1024 * 1024
"""Read at most this much of a job log; the failure is near its end, so the tail is what is kept."""
LOG_TAIL_BYTES = 256 * 1024
MAX_PAGES = 5
ETAG_CACHE_SIZE = 256
RATE_LIMIT_PAUSE = timedelta(seconds=60)
"""How long to hold off when GitHub refuses for rate without saying until when."""
REDIRECTS = (301, 302, 303, 307, 308)

_Body = TypeVar("_Body")


class RateLimited(ProviderError):
    title = "rate limited"


@dataclass(frozen=True, slots=True)
class Page:
    body: bytes
    next_url: str | None


@dataclass(frozen=True, slots=True)
class LogTail:
    text: str
    cut: bool
    """True when the log was longer than what was read or kept."""


class _ErrorBody(msgspec.Struct):
    message: str = ""


def _message_of(body: bytes) -> str:
    """GitHub's own explanation from an error body (basic-error), shortened; '' when there is none."""
    try:
        message = msgspec.json.decode(body, type=_ErrorBody).message
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):  # RecursionError: nested too deep
        return ""
    return " ".join(message.split())[:200]


class GitHubApi:
    """One client per target; ``token`` is asked once, off the event loop, at the first request."""

    def __init__(self, api_url: str, target: str, *, timeout_s: float, token: Callable[[], str | None]) -> None:
        self.api_url = api_url.rstrip("/")
        self.target = target
        self.timeout_s = timeout_s
        self._token_source = token
        self._auth: dict[str, str] | None = None
        self._client: httpx.AsyncClient | None = None
        self._pages: OrderedDict[str, tuple[str, Page]] = OrderedDict()
        """URL -> (ETag, the answer it names), least recently used first."""
        self._quota: ApiQuota | None = None
        self._blocked_until: datetime | None = None

    def url(self, path: str, params: Mapping[str, str | int] | None = None) -> str:
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.api_url}{path}{query}"

    def quota(self) -> ApiQuota | None:
        return self._quota

    @property
    def sends_token(self) -> bool:
        return bool(self._auth)

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    # -- the three kinds of request ----------------------------------------------------------------------------

    async def get_page(self, url: str) -> Page:
        """A JSON answer, from the ETag cache when GitHub says it has not changed."""
        remembered = self._pages.get(url)
        headers = {"If-None-Match": remembered[0]} if remembered is not None else {}
        response, body = await self._send("GET", url, self._read_json, headers=headers)
        if response.status_code == 304 and remembered is not None:
            self._pages.move_to_end(url)
            return remembered[1]
        self._raise_for_status(response, body, url)
        if response.status_code != 200:
            raise BadResponse(f"{self._path(url)} answered HTTP {response.status_code}", target=self.target)
        page = Page(body, self._next_url(response))
        etag = response.headers.get("etag")
        if etag:
            self._pages[url] = (etag, page)
            self._pages.move_to_end(url)
            while len(self._pages) > ETAG_CACHE_SIZE:
                self._pages.popitem(last=False)
        return page

    async def get_pages(self, url: str) -> list[Page]:
        """The first page and up to MAX_PAGES - 1 more, following rel="next"."""
        pages = [await self.get_page(url)]
        while pages[-1].next_url is not None and len(pages) < MAX_PAGES:
            pages.append(await self.get_page(pages[-1].next_url))
        return pages

    async def get_log(self, url: str) -> LogTail:
        """A job's log: the API redirects to a signed URL, which is fetched without the token."""
        response, body = await self._send("GET", url, self._read_json)
        if response.status_code in REDIRECTS and response.headers.get("location"):
            # The signed URL carries its own authorisation, and points at another host that must never see ours.
            target = urljoin(url, response.headers["location"])
            response, (tail, cut) = await self._send("GET", target, self._read_log_tail, auth=False)
            self._raise_for_status(response, tail, target)
        else:
            self._raise_for_status(response, body, url)
            tail, cut = body, False  # an API that answers the log itself (no redirect)
        if response.status_code != 200:
            raise BadResponse(f"{self._path(url)}: the log answered HTTP {response.status_code}", target=self.target)
        return LogTail(tail.decode("utf-8", "replace"), cut)

    async def post(self, url: str) -> int:
        response, body = await self._send("POST", url, self._read_json)
        self._raise_for_status(response, body, url)
        return response.status_code

    # -- transport ---------------------------------------------------------------------------------------------

    async def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = await new_client(
                timeout=self.timeout_s,
                follow_redirects=False,
                headers={
                    "Accept": "application/vnd.github+json",
                    "X-GitHub-Api-Version": API_VERSION,
                    "User-Agent": "incident-cockpit",
                },
            )
        if self._auth is None:
            token = await asyncio.to_thread(self._token_source)
            self._auth = {"Authorization": f"Bearer {token}"} if token else {}
        return self._client

    async def _send(
        self,
        method: str,
        url: str,
        reader: Callable[[httpx.Response, str], Awaitable[_Body]],
        *,
        headers: Mapping[str, str] | None = None,
        auth: bool = True,
    ) -> tuple[httpx.Response, _Body]:
        import httpx

        self._refuse_while_blocked()
        client = await self._http()
        sent = {**((self._auth or {}) if auth else {}), **(headers or {})}
        try:
            async with client.stream(method, url, headers=sent) as response:
                body = await reader(response, url)
        except httpx.HTTPError as error:
            raise transport_error(error, self._path(url), self.target, self.timeout_s) from None
        if auth:
            self._note_quota(response)
        return response, body

    async def _read_json(self, response: httpx.Response, url: str) -> bytes:
        limit = MAX_JSON_BYTES if response.status_code < 400 else MAX_ERROR_BYTES
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                raise BadResponse(f"{self._path(url)}: answer larger than {limit // 1024} KiB, not read",
                                  target=self.target)
        return bytes(body)

    async def _read_log_tail(self, response: httpx.Response, url: str) -> tuple[bytes, bool]:
        """The last LOG_TAIL_BYTES of at most LOG_READ_LIMIT read, and whether anything was left out."""
        if response.status_code != 200:
            return await self._read_json(response, url), False
        tail = bytearray()
        read = 0
        cut = False
        async for chunk in response.aiter_bytes():
            read += len(chunk)
            tail += chunk
            if len(tail) > 2 * LOG_TAIL_BYTES:
                del tail[: len(tail) - LOG_TAIL_BYTES]
                cut = True
            if read >= LOG_READ_LIMIT:
                cut = True
                break
        if len(tail) > LOG_TAIL_BYTES:
            del tail[: len(tail) - LOG_TAIL_BYTES]
            cut = True
        return bytes(tail), cut

    # -- answers -----------------------------------------------------------------------------------------------

    def _next_url(self, response: httpx.Response) -> str | None:
        url = response.links.get("next", {}).get("url")
        # A next link anywhere but the API itself would carry our token away: ignore it.
        if url and url.startswith(self.api_url + "/"):
            return str(url)
        return None

    def _note_quota(self, response: httpx.Response) -> None:
        limit = _int_header(response, "x-ratelimit-limit")
        remaining = _int_header(response, "x-ratelimit-remaining")
        if limit is not None and remaining is not None:
            self._quota = ApiQuota(limit, remaining, _reset_at(response))

    def _raise_for_status(self, response: httpx.Response, body: bytes, url: str) -> None:
        status = response.status_code
        if status < 400:
            return
        path = self._path(url)
        said = _message_of(body)
        because = f": {said}" if said else ""
        if status == 401:
            hint = ("the token is wrong or expired: refresh GITHUB_TOKEN or run `gh auth login`" if self._auth
                    else "no token was found: set GITHUB_TOKEN or run `gh auth login`")
            self._auth = None  # ask again next time: a `gh auth login` meanwhile fixes it without a restart
            raise Unauthorised(f"GitHub refused {path} (HTTP 401{because})", target=self.target, hint=hint)
        if status in (403, 429) and self._is_rate_limit(response, said):
            self._block(response)
            raise self._rate_limited()
        if status == 403:
            raise Forbidden(f"GitHub forbids {path} (HTTP 403{because})", target=self.target,
                            hint="the token lacks access: it needs actions read (and write to re-run) on the repo")
        if status == 404:
            raise NotFound(f"GitHub has no {path} (HTTP 404{because})", target=self.target,
                           hint="check repo and workflow; a private repository is 404 to a token that cannot see it")
        raise BadResponse(f"{path} answered HTTP {status}{because}", target=self.target)

    @staticmethod
    def _is_rate_limit(response: httpx.Response, said: str) -> bool:
        return (
            response.status_code == 429
            or response.headers.get("x-ratelimit-remaining") == "0"
            or "retry-after" in response.headers
            or "rate limit" in said.lower()
        )

    def _block(self, response: httpx.Response) -> None:
        now = utcnow()
        until = _reset_at(response) if response.headers.get("x-ratelimit-remaining") == "0" else None
        retry_after = _int_header(response, "retry-after")
        if retry_after is not None:
            until = max(until or now, now + timedelta(seconds=retry_after))
        self._blocked_until = until if until is not None and until > now else now + RATE_LIMIT_PAUSE

    def _refuse_while_blocked(self) -> None:
        if self._blocked_until is not None:
            if utcnow() < self._blocked_until:
                raise self._rate_limited()
            self._blocked_until = None

    def _rate_limited(self) -> RateLimited:
        until = self._blocked_until or utcnow()
        wait = max(0, int((until - utcnow()).total_seconds()))
        left = f"{self._quota.remaining} of {self._quota.limit} requests left; " if self._quota else ""
        return RateLimited(
            f"GitHub API rate limit reached ({left}resets at {until:%H:%M:%S} UTC, in {wait // 60}m{wait % 60:02d}s)",
            target=self.target,
            hint="polling resumes by itself after the reset" + ("" if self._auth else "; a token raises the allowance"),
        )

    def _path(self, url: str) -> str:
        """The URL as errors show it: the API's own paths without its base; query strings never."""
        parts = urlsplit(url)
        base = urlsplit(self.api_url)
        if parts.netloc == base.netloc and parts.path.startswith(base.path):
            return parts.path[len(base.path):] or "/"
        return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _int_header(response: httpx.Response, name: str) -> int | None:
    try:
        return int(response.headers[name])
    except (KeyError, ValueError):
        return None


def _reset_at(response: httpx.Response) -> datetime | None:
    epoch = _int_header(response, "x-ratelimit-reset")
    return datetime.fromtimestamp(epoch, UTC) if epoch is not None else None
