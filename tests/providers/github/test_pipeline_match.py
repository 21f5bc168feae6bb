"""Which run deployed what is running, and the last good run before it: a pure function over held results."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cockpit.providers.pipeline_match import deployed_run, names_run
from cockpit.providers.results import DeploymentStatus, Instance, PipelineRun, Revision, State

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def run(number: int, commit: str, conclusion: str = "success", *, workflow: str = "Deploy",
        branch: str = "main") -> PipelineRun:
    state = State.HEALTHY if conclusion == "success" else State.FAILED
    return PipelineRun(id=str(7000 + number), workflow=workflow, state=state, status=f"completed/{conclusion}",
                       started_at=T0 - timedelta(hours=200 - number), branch=branch, commit=commit, number=number,
                       conclusion=conclusion)


def deployment(revision: str, *, image: str = "", instance_image: str = "") -> DeploymentStatus:
    return DeploymentStatus(
        target="api", service="finance-hub-api", state=State.DEGRADED, revision=revision, ready=1, desired=2,
        observed_at=T0,
        history=(Revision(revision, image=image or None, current=True), Revision("finance-hub:40")),
        instances=(Instance("task-1", State.FAILED, image=instance_image),) if instance_image else (),
    )


RUNS = (
    run(130, "b16b00b5deadbeef0123456789abcdef01234567", "failure"),
    run(129, "9f3c2a1e7b5d4c6f8a0b1c2d3e4f5a6b7c8d9e0f", "failure"),
    run(128, "4d2e8b7a1c3f5e6d7a8b9c0d1e2f3a4b5c6d7e8f", "success", workflow="CI"),
    run(127, "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"),
    run(126, "0000aaaa1111bbbb2222cccc3333dddd4444eeee"),
)


def test_the_running_image_tag_names_the_run_and_the_last_success_before_it() -> None:
    found = deployed_run(RUNS, [deployment("finance-hub:42", image="123.dkr.ecr.example/finance-hub:sha-9f3c2a1")])
    assert found is not None
    assert (found.run.number, found.target, found.service, found.revision) == (129, "api", "finance-hub-api",
                                                                               "finance-hub:42")
    # #128 succeeded but is another workflow: the rollback point is the last good *Deploy* run.
    assert found.previous_success is not None and found.previous_success.number == 127


def test_a_full_sha_in_the_revision_itself_matches() -> None:
    found = deployed_run(RUNS, [deployment("api@1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b")])
    assert found is not None and found.run.number == 127
    assert found.previous_success is not None and found.previous_success.number == 126


def test_an_instance_image_is_evidence_too() -> None:
    found = deployed_run(RUNS, [deployment("3", instance_image="ghcr.io/acme/api:b16b00b")])
    assert found is not None and found.run.number == 130


def test_a_version_tag_run_matches_its_image_tag_but_a_branch_never_does() -> None:
    tagged = run(131, "feedfacefeedfacefeedfacefeedfacefeedface", branch="v2.14.0")
    assert names_run("registry/finance-hub:v2.14.0", tagged)
    assert not names_run("registry/finance-hub:v2.14.01", tagged)
    assert not names_run("registry/finance-hub:main", run(132, "ab" * 20, branch="main"))


def test_short_or_embedded_hex_does_not_match_by_accident() -> None:
    commit_run = run(140, "9f3c2a1e7b5d4c6f8a0b1c2d3e4f5a6b7c8d9e0f")
    assert not names_run("finance-hub:9f3c2a", commit_run)  # 6 digits: too short to mean a commit
    assert not names_run("sha256:" + "9f3c2a1e" * 8, commit_run)  # a 64-digit image digest is not a commit
    assert names_run("finance-hub:9F3C2A1", commit_run)


def test_nothing_matches_when_the_revision_names_no_run() -> None:
    assert deployed_run(RUNS, [deployment("finance-hub:41", image="finance-hub:latest")]) is None
    assert deployed_run((), [deployment("finance-hub:9f3c2a1")]) is None
