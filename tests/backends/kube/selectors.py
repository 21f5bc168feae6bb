"""Label and field selectors as the API server parses them (the subset kubectl and the Python client send)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Matcher = Callable[[Mapping[str, Any]], bool]

_SET = re.compile(r"^\s*([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)\s*$")


def _split(selector: str) -> list[str]:
    """Split on commas that are not inside a set's parentheses."""
    parts, depth, current = [], 0, ""
    for char in selector:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def parse_labels(selector: str | None) -> Callable[[Mapping[str, str]], bool]:
    """``app=x,tier!=db,env in (a,b),!legacy,present``: a predicate over a labels map."""
    tests: list[Callable[[Mapping[str, str]], bool]] = []
    for term in _split(selector or ""):
        matched = _SET.match(term)
        if matched:
            key, op, values = matched[1], matched[2], {v.strip() for v in matched[3].split(",")}
            if op == "in":
                tests.append(lambda labels, k=key, vs=values: labels.get(k) in vs)
            else:
                tests.append(lambda labels, k=key, vs=values: labels.get(k) not in vs)
        elif "!=" in term:
            key, value = (s.strip() for s in term.split("!=", 1))
            tests.append(lambda labels, k=key, v=value: labels.get(k) != v)
        elif "=" in term:
            key, value = (s.strip() for s in term.replace("==", "=").split("=", 1))
            tests.append(lambda labels, k=key, v=value: labels.get(k) == v)
        elif term.startswith("!"):
            tests.append(lambda labels, k=term[1:].strip(): k not in labels)
        else:
            tests.append(lambda labels, k=term: k in labels)
    return lambda labels: all(test(labels) for test in tests)


def field_value(obj: Mapping[str, Any], path: str) -> str:
    """The string value at a dotted field path ('' when absent), as field selectors compare it."""
    current: Any = obj
    for part in path.split("."):
        if not isinstance(current, Mapping):
            return ""
        current = current.get(part)
    return "" if current is None else str(current)


def parse_fields(selector: str | None) -> Matcher:
    """``metadata.name=x,involvedObject.kind=Pod,type!=Normal``: a predicate over a whole object."""
    tests: list[Matcher] = []
    for term in _split(selector or ""):
        if "!=" in term:
            key, value = term.split("!=", 1)
            tests.append(lambda obj, k=key.strip(), v=value.strip(): field_value(obj, k) != v)
        else:
            key, value = term.replace("==", "=").split("=", 1)
            tests.append(lambda obj, k=key.strip(), v=value.strip(): field_value(obj, k) == v)
    return lambda obj: all(test(obj) for test in tests)


def selector_string(match_labels: Mapping[str, str]) -> str:
    return ",".join(f"{key}={value}" for key, value in sorted(match_labels.items()))
