"""The TOML settings of a ``docker`` target: which engine to ask, and which containers make up the target.

```toml
[environments.production.targets.shop]
provider = "docker"
project = "shop"                 # compose project (label com.docker.compose.project)
services = ["web", "worker"]     # optional: default every service of the project
host = "ssh://deploy@app-1:22"   # optional: default DOCKER_HOST, then the local socket
```
Without a compose project, ``containers`` (names) and/or ``labels`` (``key`` or ``key=value``) pick plain
containers; each container is then its own service.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

import msgspec

HOST_SCHEMES = ("unix", "tcp", "ssh")
PROJECT_LABEL = "com.docker.compose.project"
SERVICE_LABEL = "com.docker.compose.service"
ONEOFF_LABEL = "com.docker.compose.oneoff"

HealthTimeout = Annotated[float, msgspec.Meta(gt=0, le=600)]


class DockerSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, frozen=True):
    project: str | None = None
    """Compose project name (the label ``com.docker.compose.project``)."""
    services: list[str] = []
    """Services of the project to show; empty: all of them."""
    containers: list[str] = []
    """Without a project: plain containers by name."""
    labels: list[str] = []
    """Without a project: plain containers carrying every one of these labels (``key`` or ``key=value``)."""
    host: str | None = None
    """unix:///path, tcp://host:port (TLS with the tls_* keys or DOCKER_CERT_PATH) or ssh://user@host:port."""
    tls_ca_cert: str | None = None
    tls_client_cert: str | None = None
    tls_client_key: str | None = None
    tls_verify: bool = True
    health_timeout_s: HealthTimeout = 60.0
    """How long a rollback waits for the recreated container to report healthy before it restores the old one."""

    def __post_init__(self) -> None:
        # msgspec turns these ValueErrors into a located config error (file:line:key).
        if self.project is None and not (self.containers or self.labels):
            raise ValueError("name a compose `project`, or plain `containers` / `labels` to watch")
        if self.project is not None and (self.containers or self.labels):
            raise ValueError("`containers` and `labels` select plain containers: leave them out with `project`")
        if self.services and self.project is None:
            raise ValueError("`services` needs a compose `project`")
        for label in self.labels:
            if not label or label.startswith("="):
                raise ValueError(f"label {label!r} must be `key` or `key=value`")
        if self.host is not None:
            check_host(self.host)
        if (self.tls_client_cert is None) != (self.tls_client_key is None):
            raise ValueError("`tls_client_cert` and `tls_client_key` go together")

    @property
    def tls(self) -> bool:
        return any((self.tls_ca_cert, self.tls_client_cert, self.tls_client_key))


def check_host(host: str) -> None:
    """Refuse a host URL the SDK would misread; the message says what a good one looks like."""
    parts = urlsplit(host)
    if parts.scheme not in HOST_SCHEMES:
        raise ValueError(f"host {host!r} must start with unix://, tcp:// or ssh://")
    if parts.scheme == "unix" and not parts.path:
        raise ValueError(f"host {host!r} names no socket path (unix:///var/run/docker.sock)")
    if parts.scheme in ("tcp", "ssh") and not parts.hostname:
        raise ValueError(f"host {host!r} names no host")
    if parts.scheme == "tcp" and parts.port is None:
        raise ValueError(f"host {host!r} needs a port (tcp://host:2376)")
    if parts.scheme == "ssh" and (parts.path not in ("", "/") or parts.query):
        raise ValueError(f"host {host!r}: ssh:// takes user@host:port only")
