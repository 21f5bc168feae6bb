"""Authentication by bearer token and RBAC refusals, configurable per test.

Tokens map to users (an expired token maps to None: 401). Everyone may do everything until a test denies a
(user, verb, resource[, namespace]); the 403 Status then reads exactly like a real API server's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ADMIN_TOKEN = "admin-token"
EXPIRED_TOKEN = "expired-token"


@dataclass(frozen=True)
class Denial:
    user: str
    verb: str
    resource: str
    """A resource or resource/subresource (``deployments/scale``, ``pods/log``)."""
    namespace: str | None = None


class Rbac:
    def __init__(self) -> None:
        self.tokens: dict[str, str | None] = {ADMIN_TOKEN: "admin", EXPIRED_TOKEN: None}
        self.denials: set[Denial] = set()

    def user(self, authorization: str | None) -> str | None:
        """The user a request runs as; None when it has no valid credentials."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        return self.tokens.get(authorization[len("Bearer "):].strip())

    def deny(self, verb: str, resource: str, namespace: str | None = None, user: str = "admin") -> None:
        self.denials.add(Denial(user, verb, resource, namespace))

    def allow_all(self) -> None:
        self.denials.clear()

    def refusal(self, user: str, verb: str, group: str, resource: str, namespace: str | None,
                name: str | None) -> dict[str, Any] | None:
        """The 403 Status for this request, or None when it is allowed."""
        if not any(d.user == user and d.verb == verb and d.resource == resource
                   and d.namespace in (None, namespace) for d in self.denials):
            return None
        plural = resource.split("/")[0]
        what = f"{plural}.{group}" if group else plural
        subject = f'{what} "{name}"' if name else what
        where = f' in the namespace "{namespace}"' if namespace else " at the cluster scope"
        message = (f'{subject} is forbidden: User "{user}" cannot {verb} resource "{resource}" in API group '
                   f'"{group}"{where}')
        details: dict[str, Any] = {"group": group, "kind": plural}
        if name:
            details["name"] = name
        return status(403, "Forbidden", message, details)


def status(code: int, reason: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                            "message": message, "reason": reason, "code": code}
    if details:
        body["details"] = details
    return body
