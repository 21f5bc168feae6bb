"""Which pipeline run deployed what is running now, and the last successful run before it.

A pure function over results the cockpit already holds: pipeline runs (newest first) and the deployments of
the other targets. A run deployed a revision when the revision (or the image of the running revision, or of
an instance) names the run's commit SHA, in full or as a prefix of at least 7 hex digits (``api:3f2a9c1``,
``registry/api:sha-3f2a9c1``), or names the run's version tag (a run for tag ``v1.4.2`` and an image
``api:v1.4.2``). Branch names never match: ``main`` or ``latest`` would name every run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import msgspec

from .results import DeploymentStatus, PipelineRun

_HEX_RUN = re.compile(r"(?<![0-9a-f])[0-9a-f]{7,40}(?![0-9a-f])")
_TOKEN = re.compile(r"[A-Za-z0-9._+-]+")
_VERSION_TAG = re.compile(r"^v?\d+(\.\d+)+([-+][0-9A-Za-z.-]+)?$")


class DeployedRun(msgspec.Struct, frozen=True):
    run: PipelineRun
    """The newest run whose commit (or tag) the running revision names."""
    target: str
    service: str
    revision: str
    """What the deployment reports running, as it reports it."""
    previous_success: PipelineRun | None
    """The newest successful run of the same workflow, for an older commit: the usual rollback point."""


def revision_names(row: DeploymentStatus) -> tuple[str, ...]:
    """Every string of a deployment that may carry the running commit or tag."""
    names = [row.revision]
    names.extend(r.image for r in row.history if (r.current or r.id == row.revision) and r.image)
    names.extend(instance.image for instance in row.instances if instance.image)
    return tuple(dict.fromkeys(names))


def names_run(text: str, run: PipelineRun) -> bool:
    commit = (run.commit or "").lower()
    if len(commit) >= 7 and any(commit.startswith(found) for found in _HEX_RUN.findall(text.lower())):
        return True
    tag = run.branch or ""
    return bool(_VERSION_TAG.match(tag)) and tag in _TOKEN.findall(text)


def deployed_run(runs: Sequence[PipelineRun], deployments: Iterable[DeploymentStatus]) -> DeployedRun | None:
    """The run behind the first deployment whose running revision names one of ``runs`` (newest first)."""
    for row in deployments:
        for text in revision_names(row):
            for index, run in enumerate(runs):
                if names_run(text, run):
                    return DeployedRun(run, row.target, row.service, row.revision,
                                       _previous_success(run, runs[index + 1:]))
    return None


def _previous_success(deployed: PipelineRun, older: Sequence[PipelineRun]) -> PipelineRun | None:
    for run in older:
        if run.workflow == deployed.workflow and run.conclusion == "success" and run.commit != deployed.commit:
            return run
    return None
