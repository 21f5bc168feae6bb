"""Building a docker SDK client for a target's host, and turning every SDK failure into a typed ProviderError.

Everything here blocks: callers run it with ``asyncio.to_thread`` (or in their own thread for streams). The SDK
is imported inside the functions, so naming a docker target costs nothing until it is polled.
"""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import urlsplit

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
from .docker_settings import DockerSettings

REQUEST_TIMEOUT_S = 10.0
"""One API call; streams (logs, events) lift it once they are established."""
MAX_POOL = 16
"""Connections kept per client: a poll inspects containers in parallel, and each log stream holds one."""
BASE_API_VERSION = "1.41"
"""Docker 20.10's API, asked for first so the client is built without a round trip; raised after /version."""
DEFAULT_SOCKET = "unix:///var/run/docker.sock"
_SSL_REASON = re.compile(r"\[SSL: [A-Z0-9_]+\] ([^(']+)")


class HostKeyMismatch(Unauthorised):
    title = "host key mismatch"


def resolve_host(settings: DockerSettings, environ: dict[str, str] | None = None) -> str:
    """The engine to ask: the target's ``host``, else DOCKER_HOST, else the local socket."""
    env = os.environ if environ is None else environ
    return settings.host or env.get("DOCKER_HOST") or DEFAULT_SOCKET


def display_host(host: str) -> str:
    """The host as the operator wrote it, without any password an URL might carry."""
    parts = urlsplit(host)
    if parts.password:
        netloc = f"{parts.username}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
        return parts._replace(netloc=netloc).geturl()
    return host


def connect(settings: DockerSettings, host: str) -> Any:
    """A ``docker.DockerClient`` speaking the engine's API version (one /version round trip)."""
    import docker

    client = _build(settings, host, BASE_API_VERSION)
    try:
        server = client.api.version(api_version=False).get("ApiVersion", BASE_API_VERSION)
    except BaseException:
        client.close()
        raise
    wanted = min(_version(server), _version(docker.constants.DEFAULT_DOCKER_API_VERSION))
    if wanted == _version(BASE_API_VERSION):
        return client
    client.close()
    return _build(settings, host, ".".join(map(str, wanted)))


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _build(settings: DockerSettings, host: str, version: str) -> Any:
    import docker

    kwargs: dict[str, Any] = {"base_url": host, "version": version, "timeout": REQUEST_TIMEOUT_S,
                              "max_pool_size": MAX_POOL}
    scheme = urlsplit(host).scheme
    if scheme == "tcp":
        tls = _tls(settings)
        if tls is not None:
            kwargs["tls"] = tls
    if scheme == "ssh":
        kwargs["use_ssh_client"] = True
    client = docker.DockerClient(**kwargs)
    if "tls" in kwargs:
        # requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override the session's CA (the engine's own CA here), so
        # a machine-wide bundle would make every engine certificate "unknown": the engine's TLS settings decide.
        client.api.trust_env = False
    if scheme == "ssh":
        from . import docker_ssh

        docker_ssh.install(client.api, host, REQUEST_TIMEOUT_S, MAX_POOL)
    return client


def _tls(settings: DockerSettings) -> Any:
    """TLS from the target's tls_* keys, else from DOCKER_TLS_VERIFY / DOCKER_CERT_PATH as the docker CLI reads them."""
    import docker

    if settings.tls:
        # DockerSettings refuses a client cert without its key (and the reverse): with a cert, key is set.
        key = settings.tls_client_key
        cert = (settings.tls_client_cert, key) if settings.tls_client_cert and key is not None else None
        for path in (settings.tls_ca_cert, settings.tls_client_cert, settings.tls_client_key):
            if path and not os.path.isfile(os.path.expanduser(path)):
                raise ConfigurationError(f"TLS file not found: {path}")
        return docker.tls.TLSConfig(
            client_cert=tuple(os.path.expanduser(p) for p in cert) if cert else None,
            ca_cert=os.path.expanduser(settings.tls_ca_cert) if settings.tls_ca_cert else None,
            verify=settings.tls_verify,
        )
    from_env = docker.utils.kwargs_from_env()
    return from_env.get("tls")


def translate(error: BaseException, host: str, target: str) -> ProviderError:
    """One typed error, in the operator's words, for anything the SDK (or ssh under it) raised."""
    if isinstance(error, ProviderError):
        return error
    import docker.errors
    import requests

    where = display_host(host)
    ssh = _ssh_failure(error)
    if ssh is not None:
        return _ssh_error(ssh, where, target)
    if isinstance(error, docker.errors.NotFound):
        return NotFound(_explanation(error), target=target)
    if isinstance(error, docker.errors.APIError):
        status = error.status_code
        message = f"{where}: {_explanation(error)}"
        if status == 401:
            return Unauthorised(message, target=target)
        if status == 403:
            return Forbidden(message, target=target)
        return BadResponse(f"{message} (HTTP {status})", target=target)
    if isinstance(error, docker.errors.TLSParameterError | docker.errors.DockerException) and not isinstance(
        error, docker.errors.APIError
    ):
        return _from_text(str(error), where, target)
    if isinstance(error, requests.exceptions.Timeout | TimeoutError):
        return TimedOut(f"{where} did not answer within {REQUEST_TIMEOUT_S:g} s", target=target,
                        hint="the engine is slow or hung")
    if isinstance(error, requests.exceptions.SSLError):
        return Unauthorised(f"TLS with {where} failed: {_ssl_reason(error)}", target=target,
                            hint="check tls_ca_cert / tls_client_cert / tls_client_key")
    if isinstance(error, requests.exceptions.ConnectionError | ConnectionError | OSError):
        return _from_text(str(error), where, target)
    return BadResponse(f"{where}: {type(error).__name__}: {_short(error)}", target=target)


def _from_text(text: str, where: str, target: str) -> ProviderError:
    lowered = text.lower()
    if "permission denied" in lowered:
        return Forbidden(f"no permission to use {where}", target=target,
                         hint="the docker group, or root, may use the socket")
    if "no such file" in lowered or "connection refused" in lowered or "connection aborted" in lowered \
            or "remote end closed" in lowered or "broken pipe" in lowered or "max retries" in lowered:
        return Unreachable(f"no docker engine answers at {where}", target=target,
                           hint="is dockerd running? is the host right?")
    return Unreachable(f"cannot reach {where}: {text[:200]}", target=target)


def _ssh_failure(error: BaseException) -> Any:
    """The SshFailed somewhere inside the exception requests/urllib3 wrapped it in, if any."""
    from .docker_ssh import SshFailed

    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, SshFailed):
            return current
        pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            pending.append(reason)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return None


def _ssh_error(failure: Any, where: str, target: str) -> ProviderError:
    from .docker_ssh import classify

    said = failure.stderr.splitlines()
    last = next((line for line in reversed(said) if line.strip() and not line.startswith("@")), "")
    kind = classify(failure.stderr)
    if kind == "host-key":
        return HostKeyMismatch(
            f"{where}: the host key does not match the one in known_hosts (ssh refused to connect)",
            target=target, hint="if the host was really rebuilt, remove its old key with ssh-keygen -R; else stop",
        )
    if kind == "unknown-host-key":
        return HostKeyMismatch(f"{where}: host key unknown to known_hosts and ssh checks strictly ({last})",
                               target=target, hint="ssh to it once by hand and check the fingerprint")
    if kind == "auth":
        return Unauthorised(f"{where} refused the ssh key: {last}", target=target,
                            hint="is the key loaded (ssh-add -l) and in the remote authorized_keys?")
    if kind == "unreachable":
        return Unreachable(f"cannot reach {where} over ssh: {last}", target=target,
                           hint="check the host name, port, VPN or bastion")
    return Unreachable(f"{where}: ssh ended ({failure.returncode}): {last or 'no message'}", target=target,
                       hint="is docker installed there, and may this user run it?")


def _explanation(error: Any) -> str:
    explanation = getattr(error, "explanation", None)
    text = explanation.decode(errors="replace") if isinstance(explanation, bytes) else str(explanation or error)
    return text.strip()[:300]


def _ssl_reason(error: BaseException) -> str:
    """OpenSSL's own words (``certificate verify failed``, ``sslv3 alert bad certificate``), without the wrapping."""
    found = _SSL_REASON.search(str(error))
    return found[1].strip() if found else _short(error)


def _short(error: BaseException) -> str:
    return str(error)[:200]
