"""A cockpit.toml naming a compose project on the test engine, plus the health URL its web service serves."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

COMPOSE_RUNBOOK = Path(str(resources.files("cockpit.runbooks") / "builtin" / "docker-compose-rollback.md"))


def write_config(folder: Path, project: str, host: str, port: int) -> Path:
    path = folder / "cockpit.toml"
    path.write_text(
        f"""
[cockpit]
db = "{folder / 'timeline.db'}"
operator = "oncall"

[polling]
interval_s = 0.3
timeout_s = 8
max_backoff_s = 2

[environments.production]
protected = true
service = "web"
runbook = "{COMPOSE_RUNBOOK}"

[environments.production.targets.shop]
provider = "docker"
project = "{project}"
services = ["web"]
host = "{host}"
health_timeout_s = 30

[environments.production.targets.web-health]
provider = "http"
url = "http://127.0.0.1:{port}/health"
"""
    )
    return path
