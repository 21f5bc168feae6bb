"""Regenerate ``openapi_extract.json``: the few GitHub REST schemas the github provider reads, pinned.

    python tests/providers/github/make_openapi_extract.py            # runs `npm pack @octokit/openapi@23.0.2`
    python tests/providers/github/make_openapi_extract.py --tarball octokit-openapi-23.0.2.tgz

The package's ``generated/api.github.com.json`` is GitHub's own OpenAPI 3.0 description (about 13 MB). We keep
the operations the provider calls, their response schemas and every component schema they reach, and rewrite
OpenAPI 3.0's ``nullable: true`` into JSON Schema (``type: [T, "null"]``, and ``null`` added to an ``enum``) so
that plain ``jsonschema`` validates the replay fixtures the way GitHub's answers really look.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = "@octokit/openapi@23.0.2"
DESCRIPTION = "package/generated/api.github.com.json"
OUTPUT = Path(__file__).with_name("openapi_extract.json")

OPERATIONS: dict[str, tuple[str, ...]] = {
    "/repos/{owner}/{repo}/actions/runs": ("get",),
    "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs": ("get",),
    "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs": ("get",),
    "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs": ("get",),
    "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs": ("post",),
}
"""Path template -> the methods the provider calls."""
ALWAYS = ("basic-error",)
"""Schemas kept even when no kept operation names them: every GitHub error body is a basic-error."""
DROPPED_KEYS = frozenset({"example", "examples", "externalDocs"})


def load_description(tarball: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        if tarball is None:
            # npm prints the tarball's file name on its last line of stdout.
            packed = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=scratch, check=True,
                                    capture_output=True, text=True, timeout=300)
            tarball = Path(scratch) / packed.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            member = archive.extractfile(DESCRIPTION)
            if member is None:
                raise SystemExit(f"{tarball} has no {DESCRIPTION}")
            description: dict[str, Any] = json.load(member)
    return description


def json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema object -> JSON Schema: nullable folded into type/enum; examples dropped."""
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: json_schema(value) for key, value in node.items() if key not in DROPPED_KEYS}
    if converted.pop("nullable", False):
        if "type" in converted:
            converted["type"] = [converted["type"], "null"]
        if "enum" in converted and None not in converted["enum"]:
            converted["enum"] = [*converted["enum"], None]
        for combinator in ("oneOf", "anyOf"):
            if combinator in converted:
                converted[combinator] = [*converted[combinator], {"type": "null"}]
    return converted


def schema_refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                found |= schema_refs(value)
    elif isinstance(node, list):
        for item in node:
            found |= schema_refs(item)
    return found


def extract(description: dict[str, Any]) -> dict[str, Any]:
    components = description["components"]
    paths: dict[str, Any] = {}
    for template, methods in OPERATIONS.items():
        for method in methods:
            operation = description["paths"][template][method]
            responses: dict[str, Any] = {}
            for status, response in operation["responses"].items():
                if "$ref" in response:  # shared responses such as not_found
                    response = components["responses"][response["$ref"].rsplit("/", 1)[-1]]
                content = response.get("content", {}).get("application/json", {})
                responses[status] = {
                    "headers": sorted(response.get("headers", {})),
                    **({"schema": content["schema"]} if "schema" in content else {}),
                }
            paths.setdefault(template, {})[method] = {"operationId": operation["operationId"],
                                                      "responses": responses}
    wanted = [*schema_refs(paths), *(f"#/components/schemas/{name}" for name in ALWAYS)]
    schemas: dict[str, Any] = {}
    while wanted:
        ref = wanted.pop()
        name = ref.rsplit("/", 1)[-1]
        if name in schemas:
            continue
        schemas[name] = components["schemas"][name]
        wanted.extend(schema_refs(schemas[name]))
    return {
        "source": {"package": PACKAGE, "file": DESCRIPTION, "openapi": description["openapi"]},
        "paths": json_schema(paths),
        "components": {"schemas": json_schema(dict(sorted(schemas.items())))},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tarball", type=Path, help="an already packed @octokit/openapi tarball")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    pinned = extract(load_description(args.tarball))
    args.output.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.output} ({len(pinned['components']['schemas'])} schemas, {len(pinned['paths'])} paths)")


if __name__ == "__main__":
    main()
