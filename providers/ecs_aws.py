"""AWS plumbing of the ECS provider: clients from AWS's own credential chain, calls off the loop, typed failures.

Credentials come only from botocore's chain (environment, shared config and credentials files, SSO, container
and instance roles); nothing here reads, stores or prints them. boto3 is imported inside the worker thread of the
first call, so the cockpit's start-up never pays for it. Clients are built once per (service, region) and reused:
they are thread-safe, building them is not, hence the lock.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Mapping
from typing import Any

from .base import (
    ConfigurationError,
    Forbidden,
    NotFound,
    ProviderError,
    TimedOut,
    Unauthorised,
    Unreachable,
)

RETRIES: Mapping[str, Any] = {"mode": "standard", "total_max_attempts": 3}
"""botocore's standard mode retries throttling and transient errors with exponential backoff and jitter (up to 1,
then 2 s for throttling): a poll stays within its timeout, and the hub's own backoff takes over after that."""
CONNECT_TIMEOUT_S = 3.0
READ_TIMEOUT_S = 10.0
"""Short enough that a hung endpoint frees its worker thread soon after the hub's poll gave up on it."""
AWS_TEXT_CHARS = 300
"""AWS's own error messages are shown (they name the role and the policy), cut to this length."""

THROTTLING_CODES = frozenset({
    "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
    "RequestLimitExceeded", "RequestThrottled", "SlowDown", "LimitExceededException",
})
ACCESS_DENIED_CODES = frozenset({"AccessDenied", "AccessDeniedException", "UnauthorizedOperation"})
EXPIRED_CODES = frozenset({"ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired", "RequestExpired"})
BAD_CREDENTIAL_CODES = frozenset({
    "UnrecognizedClientException", "InvalidClientTokenId", "InvalidSignatureException", "SignatureDoesNotMatch",
    "IncompleteSignature", "MissingAuthenticationToken", "AuthFailure",
})
NOT_FOUND_CODES = frozenset({
    "ClusterNotFoundException", "ServiceNotFoundException", "ServiceNotActiveException", "ResourceNotFoundException",
    "RepositoryNotFoundException", "ImageNotFoundException",
})
_UNKNOWN_TASK_DEFINITION = "unable to describe task definition"
"""ECS answers a missing task definition with a plain ClientException carrying these words."""


# Messages read after their title, as every pane, report and notification shows them: "access denied:
# ecs:DescribeServices on finance-hub-production/finance-hub-api (User: ... is not authorized ...)".


class Throttled(ProviderError):
    """AWS kept refusing for rate even after botocore's backoff."""

    title = "throttled"


class AccessDenied(Forbidden):
    """The credentials are good but their policy does not allow this action on this resource."""

    title = "access denied"


class CredentialsExpired(Unauthorised):
    """The session token (SSO, assumed role, MFA session) ran out: the operator refreshes it, we retry."""

    title = "credentials expired"


class AwsClients:
    """The clients of one provider, built lazily from one boto3 session (region, profile, endpoint)."""

    def __init__(
        self, *, target: str, region: str | None, profile: str | None, endpoint_url: str | None
    ) -> None:
        self.target = target
        self.region = region
        self.profile = profile
        self.endpoint_url = endpoint_url
        self._lock = threading.Lock()
        self._session: Any = None
        self._clients: dict[tuple[str, str | None], Any] = {}

    async def call(self, api: str, operation: str, resource: str, /, *, region: str | None = None,
                   **params: Any) -> dict[str, Any]:
        """``client.operation(**params)`` in a worker thread; any failure becomes a typed ProviderError.

        ``resource`` names what the call is about (an ARN or ``cluster/service``), for messages such as
        "access denied: ecs:DescribeServices on finance-hub-production/finance-hub-api".
        """
        return await asyncio.to_thread(self.call_sync, api, operation, resource, region, params)

    def call_sync(self, api: str, operation: str, resource: str, region: str | None,
                  params: Mapping[str, Any]) -> dict[str, Any]:
        """``api`` is the boto3 client name (ecs, logs, ecr); the parameters are the operation's own."""
        try:
            client = self.client(api, region)
            answer: dict[str, Any] = getattr(client, operation)(**params)
        except ProviderError:
            raise
        except Exception as error:
            raise self.translate(error, iam_action(api, operation), resource) from error
        return answer

    def close(self) -> None:
        """Close every client's connection pool; the next call builds them again."""
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()

    def client(self, service: str, region: str | None = None) -> Any:
        key = (service, region)
        with self._lock:
            found = self._clients.get(key)
            if found is None:
                found = self._clients[key] = self._build(service, region)
            return found

    def _build(self, service: str, region: str | None) -> Any:
        import boto3
        import botocore.session
        from botocore.config import Config

        try:
            if self._session is None:
                core = botocore.session.get_session()
                core.register_component("data_loader", _shared_loader())
                self._session = boto3.session.Session(botocore_session=core, profile_name=self.profile,
                                                      region_name=self.region)
            config = Config(
                retries=dict(RETRIES),
                connect_timeout=CONNECT_TIMEOUT_S,
                read_timeout=READ_TIMEOUT_S,
                # A custom endpoint (LocalStack, moto, a VPC endpoint) serves every operation at its own host.
                inject_host_prefix=self.endpoint_url is None,
            )
            # endpoint_url=None lets botocore apply AWS_ENDPOINT_URL(_ECS...) from the environment or profile.
            return self._session.client(service, region_name=region or self.region, endpoint_url=self.endpoint_url,
                                        config=config)
        except Exception as error:
            raise self.translate(error, f"{service}:client", service) from error

    def translate(self, error: Exception, action: str, resource: str) -> ProviderError:
        """The typed error for a botocore failure, naming the action and resource and what the operator can do."""
        from botocore import exceptions as boto

        target = self.target
        if isinstance(error, boto.ClientError):
            return self._client_error(error, action, resource)
        if isinstance(error, boto.ProfileNotFound):
            return ConfigurationError(f"AWS profile {self.profile!r} is not configured", target=target,
                                      hint="check ~/.aws/config or the target's profile")
        if isinstance(error, boto.NoRegionError):
            return ConfigurationError("no AWS region: set region in the target, AWS_REGION or the profile",
                                      target=target)
        if isinstance(error, (boto.NoCredentialsError, boto.PartialCredentialsError)):
            return Unauthorised("no AWS credentials found for this target", target=target,
                                hint="AWS_PROFILE, aws sso login, environment variables or an instance role")
        if isinstance(error, (boto.TokenRetrievalError, boto.SSOTokenLoadError, boto.UnauthorizedSSOTokenError)):
            login = f"aws sso login --profile {self.profile}" if self.profile else "aws sso login"
            return CredentialsExpired(f"AWS SSO session expired or missing ({type(error).__name__})",
                                      target=target, hint=f"run: {login}")
        if isinstance(error, boto.CredentialRetrievalError):
            return Unauthorised(f"AWS credentials could not be obtained: {_cut(str(error))}", target=target)
        if isinstance(error, (boto.ConnectTimeoutError, boto.ReadTimeoutError)):
            return TimedOut(f"{action} on {resource}: no answer from AWS in time", target=target,
                            hint="network, VPN or proxy; the endpoint may be slow")
        if isinstance(error, (boto.EndpointConnectionError, boto.ConnectionClosedError)):
            return Unreachable(f"cannot reach AWS for {action}: {_cut(str(error))}", target=target,
                               hint="network, VPN, proxy or endpoint_url")
        if isinstance(error, boto.ParamValidationError):
            return ConfigurationError(f"{action} on {resource} refused its parameters: {_cut(str(error))}",
                                      target=target)
        return ProviderError(f"{action} on {resource} failed: {type(error).__name__}: {_cut(str(error))}",
                             target=target)

    def _client_error(self, error: Any, action: str, resource: str) -> ProviderError:
        details = error.response.get("Error", {})
        code = str(details.get("Code", "") or "")
        text = _cut(str(details.get("Message", "") or ""))
        attempts = error.response.get("ResponseMetadata", {}).get("RetryAttempts", 0) + 1
        target = self.target
        if code in THROTTLING_CODES:
            return Throttled(f"{action} on {resource}: {code} after {attempts} attempts", target=target,
                             hint="too many API calls in this account and region; polling backs off")
        if code in ACCESS_DENIED_CODES:
            return AccessDenied(f"{action} on {resource}", target=target,
                                hint=text or f"the role needs {action} on that resource")
        if code in EXPIRED_CODES:
            login = f"aws sso login --profile {self.profile}" if self.profile else "refresh the session"
            return CredentialsExpired(f"{code} calling {action}", target=target,
                                      hint=f"{login}; the cockpit picks the new ones up on its next call")
        if code in BAD_CREDENTIAL_CODES:
            return Unauthorised(f"AWS rejected the credentials ({code}) calling {action}", target=target,
                                hint="wrong account or region, or the keys were revoked")
        if code in NOT_FOUND_CODES or _UNKNOWN_TASK_DEFINITION in text.lower():
            return NotFound(f"{resource} not found ({code}: {text})" if text else f"{resource} not found ({code})",
                            target=target, hint=f"check the cluster, service and region ({self.region or 'default'})")
        return ProviderError(f"{action} on {resource} failed: {code}: {text}".rstrip(": "), target=target)


_loader_lock = threading.Lock()
_loader: Any = None


def _shared_loader() -> Any:
    """botocore's loader of service models, shared by every provider's session.

    The models are plain data: parsing ECS's, Logs' and ECR's once per process instead of once per target takes
    a second target's first poll from about 0.35 s to 0.02 s. Credentials and profiles stay per session.
    """
    global _loader
    with _loader_lock:
        if _loader is None:
            from botocore.loaders import create_loader

            _loader = create_loader()
        return _loader


def iam_action(service: str, operation: str) -> str:
    """``("ecs", "describe_services")`` -> ``ecs:DescribeServices``: the action name IAM policies use."""
    return f"{service}:{''.join(part.capitalize() for part in operation.split('_'))}"


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= AWS_TEXT_CHARS else text[: AWS_TEXT_CHARS - 1] + "…"
