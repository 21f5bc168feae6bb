"""What a deployment must show once a plan took effect, and how far a deployment row still is from it.

Pure functions over a plan and a ``DeploymentStatus``: the runner's verification loop (``ActionRunner.verify``)
polls the live systems and asks these what is still missing.
"""

from __future__ import annotations

from collections.abc import Mapping

from cockpit.providers.results import ActionPlan, DeploymentStatus

VERIFIABLE_CHANGES = ("replicas", "colour")
"""Change fields the runner can check on a DeploymentStatus (besides ``expect_revision``): desired replicas and
the live blue-green colour. A provider names its scale and switch changes this way to have them verified."""


def expectations(plan: ActionPlan) -> dict[str, str]:
    """What the deployment must show once ``plan`` took effect: revision, replicas and/or colour."""
    expected = {"revision": plan.expect_revision} if plan.expect_revision is not None else {}
    expected.update({change.field: change.after for change in plan.changes if change.field in VERIFIABLE_CHANGES})
    return expected


def unmet(row: DeploymentStatus, expected: Mapping[str, str]) -> str:
    """The first expectation ``row`` does not meet yet, in the operator's words; empty when all are met."""
    if "revision" in expected and row.revision != expected["revision"]:
        return f"{row.service} still at {row.revision}"
    if "replicas" in expected and str(row.desired) != expected["replicas"]:
        return f"{row.service} wants {row.desired} replicas, not {expected['replicas']} yet"
    if "colour" in expected and row.live_colour != expected["colour"]:
        return f"{row.service} sends traffic to {row.live_colour or 'no colour'}, not {expected['colour']} yet"
    return ""


def described(expected: Mapping[str, str]) -> str:
    """'serves v41', 'runs 5 replicas', 'sends traffic to green', joined: what verification confirmed."""
    words = {"revision": "serves {}", "replicas": "runs {} replicas", "colour": "sends traffic to {}"}
    return ", ".join(words[name].format(value) for name, value in expected.items())
