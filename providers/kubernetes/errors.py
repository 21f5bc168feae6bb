"""What can go wrong talking to a cluster, one ProviderError subclass each, with the words an operator needs."""

from __future__ import annotations

from ..base import ConfigurationError, Forbidden, NotFound, TimedOut, Unauthorised, Unreachable


class ApiUnreachable(Unreachable):
    title = "API unreachable"


class CredentialsRejected(Unauthorised):
    title = "credentials expired"


class UnknownContext(ConfigurationError):
    title = "unknown context"


class RbacForbidden(Forbidden):
    title = "RBAC forbidden"

    def __init__(self, message: str, *, verb: str, resource: str, namespace: str, target: str = "") -> None:
        super().__init__(message, target=target,
                         hint=f"ask for a Role granting {verb} on {resource} in {namespace}")
        self.verb, self.resource, self.namespace = verb, resource, namespace


class ObjectNotFound(NotFound):
    title = "not found"


class ApiTimedOut(TimedOut):
    title = "API timed out"
