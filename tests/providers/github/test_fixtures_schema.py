"""Every recorded GitHub answer the replay server serves is checked against GitHub's own OpenAPI description
(the pinned extract of @octokit/openapi), so the provider is tested against answers GitHub could really give."""

from __future__ import annotations

import copy
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.providers.github.replay import NOT_MODIFIED, SCENARIOS, all_fixtures, fixture

EXTRACT = Path(__file__).with_name("openapi_extract.json")
BASE = "urn:github-openapi-extract"


@cache
def extract() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(EXTRACT.read_text(encoding="utf-8"))
    return loaded


def validator(schema: dict[str, Any]) -> jsonschema.Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        BASE, Resource.from_contents(extract(), default_specification=DRAFT202012)
    )
    # The extract's refs are local ("#/components/..."): resolve them inside the extract document.
    rooted = json.loads(json.dumps(schema).replace('"#/components/', f'"{BASE}#/components/'))
    return jsonschema.Draft202012Validator(rooted, registry=registry)


def operation(method: str, path: str) -> dict[str, Any] | None:
    for template, methods in extract()["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path) and method.lower() in methods:
            found: dict[str, Any] = methods[method.lower()]
            return found
    return None


def response_schema(recorded: dict[str, Any]) -> dict[str, Any] | None:
    """The schema GitHub documents for this request and status (every error body is a basic-error)."""
    request, status = recorded["request"], recorded["response"]["status"]
    op = operation(request["method"], request["path"])
    assert op is not None, f"no operation in the extract for {request['method']} {request['path']}"
    documented = op["responses"].get(str(status))
    if documented is not None:
        schema: dict[str, Any] | None = documented.get("schema")
        return schema
    if status >= 400:
        return {"$ref": "#/components/schemas/basic-error"}
    return None


def signed_log_paths() -> set[str]:
    """Paths the log API's redirects point at: not API paths, served as plain text."""
    paths = set()
    for name in all_fixtures():
        location = fixture(name)["response"]["headers"].get("Location")
        if location:
            paths.add(location.replace("{base}", "").split("?", 1)[0])
    return paths


@pytest.mark.parametrize("name", all_fixtures())
def test_fixture_is_an_answer_github_documents(name: str) -> None:
    recorded = fixture(name)
    response = recorded["response"]
    status = response["status"]
    if recorded["request"]["path"] in signed_log_paths():
        assert status == 200 and response["headers"]["Content-Type"].startswith("text/plain")
        assert "text" in response and "body" not in response
        return
    op = operation(recorded["request"]["method"], recorded["request"]["path"])
    assert op is not None
    if status == 304:
        assert "body" not in response and "text" not in response, "a 304 has no body"
        assert response["headers"]["ETag"]
        return
    documented = op["responses"].get(str(status), {})
    for header in documented.get("headers", []):
        if header != "Link":  # Link is there only when there is another page
            assert header in response["headers"], f"GitHub documents a {header} header for HTTP {status}"
    schema = response_schema(recorded)
    if schema is None:
        assert "body" not in response
        return
    validator(schema).validate(response["body"])


@pytest.mark.parametrize("name", all_fixtures())
def test_rate_limit_headers_are_numbers(name: str) -> None:
    headers = fixture(name)["response"]["headers"]
    for header in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-used", "x-ratelimit-reset"):
        if header in headers:
            assert re.fullmatch(r"\d+|\{now\+\d+\}", headers[header]), (header, headers[header])


def test_every_fixture_is_served_by_a_scenario() -> None:
    served = {name for names in SCENARIOS.values() for name in names} | {NOT_MODIFIED}
    assert served == set(all_fixtures())


@pytest.mark.parametrize(
    ("damage", "complaint"),
    [
        (lambda run: run.pop("head_sha"), "'head_sha' is a required property"),
        (lambda run: run.update(run_number="128"), "'128' is not of type 'integer'"),
        (lambda run: run["repository"].pop("full_name"), "'full_name' is a required property"),
    ],
)
def test_the_schema_check_rejects_a_damaged_run(damage: Any, complaint: str) -> None:
    """The check has teeth: a run GitHub could not have sent fails it."""
    recorded = copy.deepcopy(fixture("runs_failed"))
    damage(recorded["response"]["body"]["workflow_runs"][0])
    schema = response_schema(recorded)
    assert schema is not None
    with pytest.raises(jsonschema.ValidationError, match=re.escape(complaint)):
        validator(schema).validate(recorded["response"]["body"])


def test_the_schema_check_rejects_an_unknown_job_status() -> None:
    recorded = copy.deepcopy(fixture("jobs_failed_run"))
    recorded["response"]["body"]["jobs"][2]["status"] = "failed"  # GitHub says completed + conclusion failure
    schema = response_schema(recorded)
    assert schema is not None
    with pytest.raises(jsonschema.ValidationError, match="'failed' is not one of"):
        validator(schema).validate(recorded["response"]["body"])


def test_the_extract_is_pinned_to_the_package_it_names() -> None:
    source = extract()["source"]
    assert source == {"package": "@octokit/openapi@23.0.2", "file": "package/generated/api.github.com.json",
                      "openapi": "3.0.3"}
    assert {"workflow-run", "job", "basic-error", "empty-object"} <= set(extract()["components"]["schemas"])
    assert '"nullable":' not in EXTRACT.read_text(encoding="utf-8"), "OpenAPI 3.0 nullable must be JSON Schema here"
