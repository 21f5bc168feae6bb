"""The three PATCH flavours kubectl and the Python client send: JSON patch, merge patch, strategic merge patch."""

from __future__ import annotations

import copy
from typing import Any

JSON_PATCH = "application/json-patch+json"
MERGE_PATCH = "application/merge-patch+json"
STRATEGIC_MERGE_PATCH = "application/strategic-merge-patch+json"
APPLY_PATCH = "application/apply-patch+yaml"

MERGE_KEYS = {"containers": "name", "initContainers": "name", "env": "name", "ports": "containerPort",
              "volumes": "name", "volumeMounts": "mountPath", "conditions": "type"}
"""Lists strategic merge patch merges by key (the fields a deployment or service patch touches)."""


class PatchError(ValueError):
    """The patch cannot be applied (answered 422 or 400)."""


def apply(content_type: str, target: dict[str, Any], patch: Any) -> dict[str, Any]:
    base = copy.deepcopy(target)
    kind = content_type.split(";")[0].strip()
    if kind == JSON_PATCH:
        return json_patch(base, patch)
    if kind not in (MERGE_PATCH, STRATEGIC_MERGE_PATCH):
        raise PatchError(f"unsupported patch type {kind!r}")
    merged = merge_patch(base, patch, strategic=kind == STRATEGIC_MERGE_PATCH)
    if not isinstance(merged, dict):
        raise PatchError("a merge patch of an object must be an object")
    return merged


def merge_patch(target: Any, patch: Any, *, strategic: bool, key: str = "") -> Any:
    """RFC 7386 merge patch; strategic adds merging of known lists by their merge key."""
    if isinstance(patch, list) and strategic and isinstance(target, list) and key in MERGE_KEYS:
        merge_key = MERGE_KEYS[key]
        merged = [copy.deepcopy(item) for item in target]
        for item in patch:
            if not isinstance(item, dict):
                return copy.deepcopy(patch)
            if item.get("$patch") == "delete":
                merged = [m for m in merged if m.get(merge_key) != item.get(merge_key)]
                continue
            for index, existing in enumerate(merged):
                if isinstance(existing, dict) and existing.get(merge_key) == item.get(merge_key):
                    merged[index] = merge_patch(existing, item, strategic=True)
                    break
            else:
                merged.append(copy.deepcopy(item))
        return merged
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = dict(target) if isinstance(target, dict) else {}
    if strategic and patch.get("$patch") == "replace":
        return {k: copy.deepcopy(v) for k, v in patch.items() if k != "$patch"}
    for name, value in patch.items():
        if strategic and name.startswith("$"):
            continue  # directives ($retainKeys, $setElementOrder/...) only order or narrow a merge
        if value is None:
            result.pop(name, None)
        else:
            result[name] = merge_patch(result.get(name), value, strategic=strategic, key=name)
    return result


def _pointer(path: str) -> list[str]:
    if not path.startswith("/"):
        raise PatchError(f"bad JSON pointer {path!r}")
    return [part.replace("~1", "/").replace("~0", "~") for part in path[1:].split("/")] if path != "/" else [""]


def _parent(doc: Any, parts: list[str]) -> tuple[Any, str]:
    current = doc
    for part in parts[:-1]:
        if isinstance(current, list):
            current = current[int(part)]
        elif isinstance(current, dict) and part in current:
            current = current[part]
        else:
            raise PatchError(f"path segment {part!r} does not exist")
    return current, parts[-1]


def json_patch(doc: dict[str, Any], operations: Any) -> dict[str, Any]:
    """RFC 6902: add, remove, replace, test (what kubectl rollout undo and the clients send)."""
    if not isinstance(operations, list):
        raise PatchError("a JSON patch is a list of operations")
    for operation in operations:
        op, parts = operation.get("op"), _pointer(operation.get("path", ""))
        parent, last = _parent(doc, parts)
        value = copy.deepcopy(operation.get("value"))
        if op in ("add", "replace"):
            if isinstance(parent, list):
                index = len(parent) if last == "-" else int(last)
                if op == "add":
                    parent.insert(index, value)
                else:
                    parent[index] = value
            else:
                if op == "replace" and last not in parent:
                    raise PatchError(f"replace of missing {operation['path']!r}")
                parent[last] = value
        elif op == "remove":
            if isinstance(parent, list):
                parent.pop(int(last))
            elif last in parent:
                del parent[last]
            else:
                raise PatchError(f"remove of missing {operation['path']!r}")
        elif op == "test":
            actual = parent[int(last)] if isinstance(parent, list) else parent.get(last)
            if actual != value:
                raise PatchError(f"test failed at {operation['path']!r}")
        else:
            raise PatchError(f"unsupported JSON patch operation {op!r}")
    return doc
