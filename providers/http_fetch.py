"""One bounded HTTP GET for every provider that speaks HTTP: a deadline, a body ceiling, counted redirects.

``fetch`` ends within ``deadline_s`` whatever the server does (a hang, a body that drips one byte a second), reads
at most ``max_bytes`` after decompression, and follows redirects itself so each hop is counted, a loop is named as
a loop, a redirect body is never read, and headers configured for the first origin (credentials) never go to
another one. httpx errors become the typed ``ProviderError`` an operator can act on.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .base import (
    BadResponse,
    ConfigurationError,
    Forbidden,
    NotFound,
    ProviderError,
    TimedOut,
    Unauthorised,
    Unreachable,
)
from .limits import ACCEPT_ENCODING, DEFAULT_MAX_BYTES, one_line, read_capped

if TYPE_CHECKING:
    import httpx

DEFAULT_MAX_REDIRECTS = 5
ALLOWED_SCHEMES = ("http", "https")


class RedirectLoop(BadResponse):
    title = "redirect loop"


class TooManyRedirects(BadResponse):
    title = "too many redirects"


class UntrustedCertificate(ProviderError):
    """TLS verification failed: self-signed, unknown CA, expired, wrong host name."""

    title = "untrusted certificate"


class Fetched(msgspec.Struct, frozen=True):
    """A complete, bounded answer."""

    url: str
    """Where the body finally came from (after redirects)."""
    status_code: int
    reason: str
    headers: Mapping[str, str]
    body: bytes
    latency_ms: float
    redirects: tuple[str, ...] = ()
    """Every URL that redirected, in order."""

    @property
    def is_json(self) -> bool:
        kind = self.headers.get("content-type", "").split(";")[0].strip().lower()
        return kind == "application/json" or kind.endswith("+json")

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def transport_error(error: httpx.HTTPError, url: str, target: str, timeout_s: float | None = None) -> ProviderError:
    """The typed provider error for an httpx failure that left us without any HTTP answer from ``url``."""
    import httpx

    reason = root_reason(error)
    if isinstance(error, httpx.TimeoutException):
        within = f"within {timeout_s:g} s" if timeout_s is not None else "in time"
        return TimedOut(f"{url}: no answer {within} ({type(error).__name__})", target=target,
                        hint="the service is slow, hung, or a firewall drops the traffic")
    certificate = _certificate_problem(error)
    if certificate is not None:
        return UntrustedCertificate(f"{url}: TLS certificate not trusted: {certificate}", target=target,
                                    hint="give the target a ca_bundle for a private CA; never turn verify_tls off")
    if isinstance(error, httpx.ConnectError):
        return Unreachable(f"cannot connect to {url}: {reason}", target=target,
                           hint="is the service running, and is the host and port right?")
    if isinstance(error, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return ConfigurationError(f"cannot request {url}: {reason}", target=target)
    if isinstance(error, (httpx.RemoteProtocolError, httpx.DecodingError)):
        return BadResponse(f"{url} did not answer valid HTTP: {reason}", target=target)
    return Unreachable(f"request to {url} failed: {reason}", target=target)


def _certificate_problem(error: BaseException) -> str | None:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return one_line(cause.verify_message or str(cause), 200)
        cause = cause.__cause__ or cause.__context__
    return None


def root_reason(error: BaseException) -> str:
    # The async transport wraps a refusal as "All connection attempts failed"; the operator needs the cause.
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        cause = cause.__cause__ or cause.__context__
    return one_line(str(error) or type(error).__name__, 300)


def status_code_error(status_code: int, reason: str, url: str, target: str) -> ProviderError | None:
    """The typed error for an HTTP status that means the request itself was refused, else None."""
    errors: dict[int, tuple[type[ProviderError], str]] = {
        401: (Unauthorised, "check the credentials in the target's headers"),
        403: (Forbidden, "the credentials are valid but not allowed here"),
        404: (NotFound, "check the URL"),
    }
    if status_code not in errors:
        return None
    kind, hint = errors[status_code]
    return kind(f"{url} answered HTTP {status_code} {one_line(reason, 80)}".rstrip(), target=target, hint=hint)


def require_http_url(key: str, url: str | None) -> None:
    """For a settings ``__post_init__``: ValueError unless ``url`` is http(s) (or None). The config loader turns
    it into ``file:line: environments.E.targets.T.KEY: must be an http:// or https:// URL``."""
    if url is None:
        return
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme not in ALLOWED_SCHEMES:
        raise ValueError(f"{key} must be an http:// or https:// URL, got {url!r}")


def tls_verify(verify_tls: bool, ca_bundle: str | None) -> ssl.SSLContext | bool:
    """What to give httpx as ``verify``: the system trust store, a private CA bundle, or (explicitly) nothing."""
    if not verify_tls:
        return False
    if ca_bundle is None:
        return True
    # Building the context reads the file: done here, off the loop with the client (see new_client).
    return ssl.create_default_context(cafile=ca_bundle)


async def new_client(*, verify_tls: bool = True, ca_bundle: str | None = None, **options: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` built off the event loop; ``verify`` in ``options`` wins over the two TLS keys.

    Importing httpx and loading the CA bundle takes about 0.2 s: on the loop, that is a visible freeze of the
    cockpit on its first poll. Once this returned, ``import httpx`` elsewhere is a dictionary lookup.
    """

    def build() -> httpx.AsyncClient:
        import httpx

        if "verify" not in options:
            try:
                options["verify"] = tls_verify(verify_tls, ca_bundle)
            except (OSError, ssl.SSLError) as error:
                raise ConfigurationError(f"cannot read ca_bundle {ca_bundle}: {one_line(str(error), 200)}") from error
        return httpx.AsyncClient(**options)

    return await asyncio.to_thread(build)


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    *,
    target: str = "",
    timeout_s: float,
    deadline: float | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    headers: Mapping[str, str] | None = None,
) -> Fetched:
    """GET ``url`` and read its body, all within ``timeout_s``; at most ``max_bytes`` after decompression.

    ``deadline`` (event-loop time) ends it sooner, for several requests sharing one poll's ``timeout_s``.

    Redirects (up to ``max_redirects``; 0: a redirect is the answer) are followed to http(s) only; ``headers``
    are sent to the first URL's origin only. Raises ``TimedOut``, ``TooLarge``, ``RedirectLoop``,
    ``TooManyRedirects``, ``UntrustedCertificate`` or another ``ProviderError``; a 4xx/5xx is an answer.
    """
    import httpx

    started = time.perf_counter()
    ends = asyncio.get_running_loop().time() + timeout_s
    try:
        async with asyncio.timeout_at(ends if deadline is None else min(ends, deadline)):
            return await _follow(client, url, target, max_bytes, max_redirects, dict(headers or {}), started)
    except TimeoutError as error:
        raise TimedOut(f"{url}: no complete answer within {timeout_s:g} s", target=target,
                       hint="the service is slow, hung, or a firewall drops the traffic") from error
    except httpx.HTTPError as error:
        raise transport_error(error, url, target, timeout_s) from error


async def _follow(
    client: httpx.AsyncClient,
    url: str,
    target: str,
    max_bytes: int,
    max_redirects: int,
    headers: dict[str, str],
    started: float,
) -> Fetched:
    import httpx

    current = httpx.URL(url)
    first_origin = _origin(current)
    seen: list[str] = []
    while True:
        sent = {**ACCEPT_ENCODING, **(headers if _origin(current) == first_origin else {})}
        async with client.stream("GET", current, headers=sent, follow_redirects=False) as response:
            location = response.headers.get("location") if response.is_redirect else None
            if location is None or max_redirects == 0:
                body = await read_capped(response, max_bytes, target=target)
                return Fetched(
                    url=str(current), status_code=response.status_code, reason=response.reason_phrase,
                    headers=dict(response.headers), body=body,
                    latency_ms=(time.perf_counter() - started) * 1000, redirects=tuple(seen),
                )
        # The redirect's own body is never read: it could be as large as any other.
        seen.append(str(current))
        current = _next_hop(current, location, url, seen, target, max_redirects)


def _next_hop(current: httpx.URL, location: str, url: str, seen: list[str], target: str,
              max_redirects: int) -> httpx.URL:
    import httpx

    try:
        following = current.join(location)
    except httpx.InvalidURL as error:
        raise BadResponse(f"{url} redirected to an invalid URL: {one_line(location, 200)}", target=target) from error
    if following.scheme not in ALLOWED_SCHEMES:
        raise BadResponse(f"{url} redirected to a refused scheme: {one_line(str(following), 200)}", target=target,
                          hint="only http and https redirects are followed")
    if str(following) in seen:
        chain = " -> ".join([*seen, str(following)])
        raise RedirectLoop(f"{url} redirects in a loop: {one_line(chain, 300)}", target=target)
    if len(seen) > max_redirects:
        raise TooManyRedirects(f"{url} redirected more than {max_redirects} times (last to {following})",
                               target=target, hint="raise the target's max_redirects if this chain is genuine")
    return following
