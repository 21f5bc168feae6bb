"""Variables the cockpit knows about the environment, set in every runbook command it runs.

A runbook written for any environment says ``curl "${HEALTH_URL:?}"``; the cockpit fills in what its
configuration and live data say (README: "Command variables"):

- ``COCKPIT_ENVIRONMENT``: the environment's name; ``SERVICE``: the service incidents there are about.
- ``HEALTH_URL``: the health check of the first ``http`` target.
- ``NAMESPACE``, ``DEPLOYMENT``, ``LIVE_SERVICE``: the first ``kubernetes`` target's namespace, Deployment and
  blue-green Service; ``CLUSTER``: the first ``ecs`` target's cluster.
- ``CURRENT_REVISION``: the revision the service runs now; ``BAD_REVISION``: the one it ran when the checklist
  started (the revision the incident is about); ``PREVIOUS_REVISION``: the one before that (what a rollback goes
  back to), from the deployments capability.

A value the cockpit does not know is left out, so ``${NAME:?}`` still stops with the shell's own message. These
override the variables of the shell the cockpit was started from (they are specific to the environment being
worked on); a variable a checklist command exported overrides both.
"""

from __future__ import annotations

from collections.abc import Mapping

from cockpit.core.hub import Hub
from cockpit.providers.base import Provider
from cockpit.providers.results import DeploymentStatus
from cockpit.runbooks.baseline import Baseline

__all__ = ["KNOWN_VARIABLES", "known_variables", "service_row"]

KNOWN_VARIABLES = (
    "COCKPIT_ENVIRONMENT", "SERVICE", "HEALTH_URL", "NAMESPACE", "DEPLOYMENT", "LIVE_SERVICE", "CLUSTER",
    "CURRENT_REVISION", "BAD_REVISION", "PREVIOUS_REVISION",
)

# (provider kind, settings attribute) -> variable; the first target of that kind that sets it wins.
_FROM_SETTINGS = (
    ("http", "url", "HEALTH_URL"),
    ("kubernetes", "namespace", "NAMESPACE"),
    ("kubernetes", "deployment", "DEPLOYMENT"),
    ("kubernetes", "service", "LIVE_SERVICE"),
    ("ecs", "cluster", "CLUSTER"),
)


def known_variables(
    providers: Mapping[str, Provider],
    hub: Hub,
    baseline: Baseline,
    *,
    environment: str | None,
    service: str | None,
) -> dict[str, str]:
    """The variables above that have a value now (live data changes: ask again for each command)."""
    known: dict[str, str] = {}
    if environment:
        known["COCKPIT_ENVIRONMENT"] = environment
    if service:
        known["SERVICE"] = service
    for kind, attribute, name in _FROM_SETTINGS:
        for provider in providers.values():
            value = getattr(provider.settings, attribute, None) if provider.kind == kind else None
            if isinstance(value, str) and value and name not in known:
                known[name] = value
    known.update(revisions(hub, baseline, service))
    return known


def revisions(hub: Hub, baseline: Baseline, service: str | None) -> dict[str, str]:
    """CURRENT_, BAD_ and PREVIOUS_REVISION of ``service`` (or of the only service reporting deployments)."""
    row = service_row(hub, service)
    if row is None:
        return {}
    found = {"CURRENT_REVISION": row.revision}
    entry = baseline.entry(row.target, row.service)
    if entry is not None:
        found["BAD_REVISION"] = entry.revision
        if entry.previous:
            found["PREVIOUS_REVISION"] = entry.previous
    else:
        previous = row.previous_revision()
        if previous is not None:
            found["PREVIOUS_REVISION"] = previous.id
    return found


def service_row(hub: Hub, service: str | None) -> DeploymentStatus | None:
    """The deployment of ``service``, else the only one reported; None when there is none or no telling which."""
    rows: list[DeploymentStatus] = [row for snapshot in hub.snapshots("deployments") for row in snapshot.data or ()]
    named = [row for row in rows if row.service == service]
    if named:
        return named[0]
    return rows[0] if len(rows) == 1 else None
