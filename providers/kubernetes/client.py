"""Access to one cluster through the official ``kubernetes`` client: loading the kubeconfig, calling the API off
the event loop, and turning every failure into the ProviderError an operator can act on.

The SDK is imported inside the calls (start-up stays fast) and asked for raw JSON (``_preload_content=False``),
which ``decoding`` reads into the ``wire`` shapes (off the event loop when large); its model objects are far too
slow for a thousand pods.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from ..base import BadResponse, ConfigurationError, ProviderError
from . import decoding
from .errors import (
    ApiTimedOut,
    ApiUnreachable,
    CredentialsRejected,
    ObjectNotFound,
    RbacForbidden,
    UnknownContext,
)
from .settings import KubernetesSettings
from .wire import Wire

if TYPE_CHECKING:
    from kubernetes.client import ApiClient

W = TypeVar("W", bound=Wire)
CONNECT_TIMEOUT_S = 3.0
MAX_RESPONSE = 64 * 1024 * 1024
MAX_ERROR_BODY = 64 * 1024
"""A list answer bigger than this is refused rather than decoded (every read has a size limit)."""


def kubeconfig_path(settings: KubernetesSettings, environ: dict[str, str] | None = None) -> str | None:
    """The kubeconfig to read: the setting, else KUBECONFIG (may list several files), else ~/.kube/config if it
    exists; None: none (then only the in-cluster service account is left)."""
    env = os.environ if environ is None else environ
    if settings.kubeconfig:
        return str(Path(settings.kubeconfig).expanduser())
    if env.get("KUBECONFIG"):
        return env["KUBECONFIG"]
    default = Path("~/.kube/config").expanduser()
    return str(default) if default.is_file() else None


class KubeClient:
    """One target's connection; built on first use, rebuilt after the credentials were refused."""

    def __init__(self, target: str, settings: KubernetesSettings) -> None:
        self.target = target
        self.settings = settings
        self._api: ApiClient | None = None
        self._building: asyncio.Lock | None = None
        self._decoder = decoding.worker()
        self.host = "?"

    @property
    def context_name(self) -> str:
        return f"context {self.settings.context!r}" if self.settings.context else "the current context"

    async def api(self) -> ApiClient:
        if self._building is None:
            self._building = asyncio.Lock()
        async with self._building:
            if self._api is None:
                self._api = await asyncio.to_thread(self._load)
            return self._api

    def _load(self) -> ApiClient:
        from kubernetes import client, config
        from kubernetes.config.config_exception import ConfigException

        configuration = client.Configuration()
        path = kubeconfig_path(self.settings)
        # (type: ignore[no-untyped-call] below: the SDK's config loaders are unannotated.)
        try:
            if path is not None:
                contexts, _ = config.list_kube_config_contexts(config_file=path)  # type: ignore[no-untyped-call]
                names = [context["name"] for context in contexts or []]
                if self.settings.context and self.settings.context not in names:
                    raise UnknownContext(
                        f"kubeconfig {path} has no context {self.settings.context!r} (it has: "
                        f"{', '.join(names) or 'none'})", target=self.target,
                        hint="fix `context` in the config or run `kubectl config get-contexts`")
                config.load_kube_config(  # type: ignore[no-untyped-call]
                    config_file=path, context=self.settings.context, client_configuration=configuration,
                    persist_config=False)
            elif os.environ.get("KUBERNETES_SERVICE_HOST"):
                config.load_incluster_config(client_configuration=configuration)  # type: ignore[no-untyped-call]
            else:
                raise ConfigurationError("no kubeconfig found (KUBECONFIG unset, no ~/.kube/config) and not running "
                                         "in a cluster", target=self.target, hint="set `kubeconfig` in the config")
        except ConfigException as error:
            raise ConfigurationError(f"cannot use kubeconfig {path}: {error}", target=self.target) from None
        except OSError as error:
            raise ConfigurationError(f"cannot read kubeconfig {path}: {error.strerror or error}",
                                     target=self.target) from None
        configuration.retries = 0  # a refused connection is reported now, not after three silent retries
        configuration.connection_pool_maxsize = 40  # followed logs hold a connection each (logs.MAX_STREAMS)
        self.host = configuration.host
        return client.ApiClient(configuration)

    def forget(self) -> None:
        """Drop the connection: the next call reads the kubeconfig again (refreshed credentials)."""
        self._api = None

    async def close(self) -> None:
        await self._decoder.close()
        api, self._api = self._api, None
        if api is not None:
            await asyncio.to_thread(api.close)

    # -- calls ---------------------------------------------------------------------------------------------------

    def path(self, resource: str, name: str | None = None) -> str:
        """The API path of ``resource`` (``deployments``, ``pods/log``, ``deployments/scale``...) in the namespace."""
        plural, _, sub = resource.partition("/")
        prefix = "/apis/apps/v1" if plural in ("deployments", "replicasets") else "/api/v1"
        path = f"{prefix}/namespaces/{quote(self.settings.namespace, safe='')}/{plural}"
        if name is not None:
            path += f"/{quote(name, safe='')}"
        return f"{path}/{sub}" if sub else path

    def open(self, api: ApiClient, method: str, path: str, query: Mapping[str, Any] | None = None,
             body: Any = None, content_type: str | None = None, read_timeout_s: float | None = None) -> Any:
        """Send one request (blocking) and return the open urllib3 response; a non-2xx answer raises the SDK's
        ApiException. The SDK's generic request path, not its per-API classes: those take seconds to import."""
        from kubernetes.client.exceptions import ApiException

        headers = {"Accept": "application/json"}
        if content_type is not None:
            headers["Content-Type"] = content_type
        params = [(key, value) for key, value in (query or {}).items() if value is not None]
        request = api.param_serialize(method=method, resource_path=path, query_params=params,
                                      header_params=headers, body=body, auth_settings=["BearerToken"])
        timeout = (CONNECT_TIMEOUT_S, read_timeout_s or self.settings.timeout_s)
        response = api.call_api(*request, _request_timeout=timeout)
        if not 200 <= response.status <= 299:
            # An error's body is a Status of a few hundred bytes: read no more than MAX_ERROR_BODY of anyone's.
            raw = response.response.read(MAX_ERROR_BODY)
            response.response.close()  # the rest stays unread: this connection cannot serve another request
            response.response.release_conn()
            response.data = raw
            raise ApiException.from_response(http_resp=response, body=raw.decode("utf-8", "replace"), data=None)
        return response.response

    async def call(self, verb: str, resource: str, *, name: str | None = None, query: Mapping[str, Any] | None = None,
                   body: Any = None, content_type: str | None = None) -> bytes:
        """``verb`` on ``resource`` [``name``] in the namespace, off the event loop; the raw answer body."""
        api = await self.api()
        method = {"get": "GET", "list": "GET", "patch": "PATCH"}[verb]

        def run() -> bytes:
            response = self.open(api, method, self.path(resource, name), query, body, content_type)
            try:
                data: bytes = response.read(MAX_RESPONSE + 1)
            finally:
                response.release_conn()
            if len(data) > MAX_RESPONSE:
                raise BadResponse(f"{verb} {resource} answered more than {MAX_RESPONSE // 2**20} MiB",
                                  target=self.target)
            return data

        try:
            return await asyncio.to_thread(run)
        except ProviderError:
            raise
        except Exception as error:  # noqa: BLE001 - mapped below; anything unknown is a bad response
            raise self.error(error, verb, resource, name) from error

    async def decode(self, data: bytes, kind: type[W], what: str) -> W:
        """An answer that is one ``kind`` object; large ones are decoded off the event loop (``decoding``)."""
        return await decoding.decode_object(data, kind, what=what, target=self.target,
                                            timeout_s=self.settings.timeout_s, child=self._decoder)

    async def decode_items(self, data: bytes, kind: type[W], what: str, *,
                           belonging_to: Collection[str] | None = None) -> list[W]:
        """The objects of a list answer (only those controlled by, or for events about, ``belonging_to``'s uids)."""
        return await decoding.decode_items(data, kind, what=what, target=self.target, child=self._decoder,
                                           timeout_s=self.settings.timeout_s, belonging_to=belonging_to)

    def error(self, error: BaseException, verb: str, resource: str, name: str | None) -> ProviderError:
        """The ProviderError for a failed call (``verb`` ``resource`` [``name``] in the target's namespace)."""
        from kubernetes.client.exceptions import ApiException
        from urllib3.exceptions import (
            ConnectTimeoutError,
            MaxRetryError,
            NewConnectionError,
            ProtocolError,
            ReadTimeoutError,
            SSLError,
        )

        namespace = self.settings.namespace
        where = f"the API server at {self.host} ({self.context_name})"
        if isinstance(error, ApiException):
            said = _status_message(error.body) or str(error.reason or "")
            if error.status == 401:
                self.forget()
                return CredentialsRejected(
                    f"{where} refused the credentials (401 Unauthorized): they have expired or were revoked",
                    target=self.target, hint="log in again / refresh the token; the cockpit re-reads the kubeconfig")
            if error.status == 403:
                return RbacForbidden(f"RBAC forbids {verb} on {resource} in namespace {namespace!r}: {said}",
                                     verb=verb, resource=resource, namespace=namespace, target=self.target)
            if error.status == 404:
                what = f"{resource.split('/')[0].rstrip('s')} {name!r}" if name else resource
                return ObjectNotFound(f"{what} not found in namespace {namespace!r} ({self.context_name})",
                                      target=self.target)
            return BadResponse(f"{verb} {resource} answered HTTP {error.status}: {said}", target=self.target)
        cause = error.reason if isinstance(error, MaxRetryError) else error
        if isinstance(cause, ReadTimeoutError) or isinstance(error, ReadTimeoutError):
            return ApiTimedOut(f"{where} did not answer {verb} {resource} within {self.settings.timeout_s:g} s",
                               target=self.target, hint="the API server is overloaded or hung")
        if isinstance(cause, NewConnectionError):  # before ConnectTimeoutError: urllib3 makes it a subclass
            return ApiUnreachable(f"cannot reach {where}: {_short(cause)}", target=self.target,
                                  hint="is the cluster up and the network path open?")
        if isinstance(cause, ConnectTimeoutError):
            return ApiTimedOut(f"could not connect to {where} within {CONNECT_TIMEOUT_S:g} s", target=self.target,
                               hint="check the VPN / network path to the cluster")
        if isinstance(cause, SSLError):
            return ApiUnreachable(f"TLS with {where} failed: {cause}", target=self.target,
                                  hint="the cluster's certificate does not match the kubeconfig")
        if isinstance(cause, ConnectionError | ProtocolError | OSError):
            return ApiUnreachable(f"cannot reach {where}: {_short(cause)}", target=self.target,
                                  hint="is the cluster up and the network path open?")
        return BadResponse(f"{verb} {resource}: {type(error).__name__}: {error}", target=self.target)


def _status_message(body: Any) -> str:
    """The ``message`` of a Kubernetes Status answer, or the start of whatever else came back."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", "replace")
    if not isinstance(body, str) or not body:
        return ""
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
        return body[:200]
    return str(parsed.get("message", ""))[:500] if isinstance(parsed, dict) else body[:200]


def _short(error: BaseException) -> str:
    text = str(error)
    if "Connection refused" in text or "ConnectionRefused" in text:
        return "connection refused"
    if "Name or service not known" in text or "nodename nor servname" in text:
        return "unknown host name"
    return text.split(": ", 1)[-1][:200]
