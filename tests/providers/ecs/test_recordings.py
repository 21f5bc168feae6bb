"""The recorded AWS answers the replay serves where moto has no model, checked against botocore's own service model.

A recording that drifts from the real API shape (a renamed field, a string where AWS sends a number, a key AWS
does not have) fails here, before any provider test could be fooled by it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.providers.ecs.replay import RECORDINGS, STORIES, recording
from tests.providers.ecs.world import ACCOUNT, CLUSTER, FAMILY, REGION, SERVICE, TAGS

NAMES = sorted(path.stem for path in RECORDINGS.glob("*.json"))


def operation_model(loaded: dict[str, Any]) -> Any:
    import botocore.session

    model = botocore.session.get_session().get_service_model(loaded["service"])
    return model.operation_model(loaded["operation"])


def parse(loaded: dict[str, Any]) -> dict[str, Any]:
    """The recording read back by botocore's own response parser, exactly as the provider's client reads it."""
    from botocore.parsers import create_parser

    operation = operation_model(loaded)
    response = {
        "status_code": loaded["status"],
        "headers": {"content-type": "application/x-amz-json-1.1"},
        "body": json.dumps(loaded["body"]).encode(),
    }
    parsed: dict[str, Any] = create_parser(operation.metadata["protocol"]).parse(response, operation.output_shape)
    return parsed


def test_there_are_recordings_and_each_says_what_it_is() -> None:
    assert len(NAMES) >= 8
    for name in NAMES:
        loaded = recording(name)
        assert set(loaded) == {"about", "service", "operation", "status", "body"}, name
        assert loaded["about"].strip(), name


@pytest.mark.parametrize("name", [n for n in NAMES if recording(n)["status"] == 200])
def test_an_answer_has_exactly_the_shape_of_the_operations_output(name: str) -> None:
    """Validated twice: the raw wire JSON against the output shape (unknown keys, wrong types, bad enums), and the
    parsed answer through ``botocore.stub.Stubber``, which refuses any response its model does not allow."""
    import boto3
    from botocore.stub import Stubber
    from botocore.validate import ParamValidator

    loaded = recording(name)
    report = ParamValidator().validate(loaded["body"], operation_model(loaded).output_shape)
    assert not report.has_errors(), report.generate_report()

    client = boto3.client(loaded["service"], region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x")
    parsed = {key: value for key, value in parse(loaded).items() if key != "ResponseMetadata"}
    assert parsed, "the parser read nothing"
    with Stubber(client) as stubber:
        stubber.add_response(_python_name(loaded["operation"]), parsed)


def test_the_validation_would_catch_a_drifted_recording() -> None:
    from botocore.validate import ParamValidator

    loaded = recording("describe-services.failing-deploy")
    drifted = json.loads(json.dumps(loaded["body"]))
    drifted["services"][0]["deployments"][0]["rolloutStatus"] = "FAILED"  # not rolloutState
    drifted["services"][0]["desiredCount"] = "2"
    report = ParamValidator().validate(drifted, operation_model(loaded).output_shape).generate_report()
    assert "rolloutStatus" in report and "desiredCount" in report


@pytest.mark.parametrize("name", [n for n in NAMES if recording(n)["status"] != 200])
def test_an_error_reads_back_as_its_aws_error_code(name: str) -> None:
    loaded = recording(name)
    assert set(loaded["body"]) == {"__type", "message"}
    error = parse(loaded)["Error"]
    assert error["Code"] == loaded["body"]["__type"]
    assert error["Message"] == loaded["body"]["message"]


def test_the_throttling_recording_is_what_botocore_retries_as_throttling() -> None:
    from botocore.retries.standard import ThrottledRetryableChecker

    code = recording("error.throttling")["body"]["__type"]
    assert code in ThrottledRetryableChecker._THROTTLED_ERROR_CODES  # noqa: SLF001 - botocore's own list


def test_access_denied_is_an_error_the_ecs_model_declares() -> None:
    loaded = recording("error.access-denied")
    assert loaded["body"]["__type"] in {shape.name for shape in operation_model(loaded).error_shapes}


def test_every_recording_is_played_and_every_story_names_real_recordings() -> None:
    """Answers belong to a story; errors are played by name in the tests (``Failure("error....")``)."""
    used = set().union(*(story.recordings() for story in STORIES))
    assert used <= set(NAMES)
    here = Path(__file__)
    tests = "".join(path.read_text() for path in here.parent.glob("test_*.py") if path != here)
    played = {name for name in NAMES if name.startswith("error.") and f'Failure("{name}"' in tests}
    assert used | played == set(NAMES)


def test_recordings_speak_of_the_seeded_world() -> None:
    """Same account, region, cluster, service and task-definition family as ``world.seed`` creates in moto."""
    revisions = {f"arn:aws:ecs:{REGION}:{ACCOUNT}:task-definition/{FAMILY}:{n}" for n in range(1, len(TAGS) + 1)}
    for name in NAMES:
        body = recording(name)["body"]
        for service in body.get("services", ()):
            assert service["serviceName"] == SERVICE
            assert service["clusterArn"].endswith(f":{ACCOUNT}:cluster/{CLUSTER}")
            assert {service["taskDefinition"], *(d["taskDefinition"] for d in service["deployments"])} <= revisions
        for task in body.get("tasks", ()):
            assert task["taskDefinitionArn"] in revisions
            assert task["group"] == f"service:{SERVICE}"


def _python_name(operation: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in operation).lstrip("_")
