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


def _label_test(term: str) -> Callable[[Mapping[str, str]], bool]:
    matched = _SET.match(term)
    if matched:
        key, values = matched[1], {v.strip() for v in matched[3].split(",")}
        if matched[2] == "in":
            return lambda labels: labels.get(key) in values
        return lambda labels: labels.get(key) not in values
    if "!=" in term:
        key, value = (part.strip() for part in term.split("!=", 1))
        return lambda labels: labels.get(key) != value
    if "=" in term:
        key, value = (part.strip() for part in term.replace("==", "=").split("=", 1))
        return lambda labels: labels.get(key) == value
    if term.startswith("!"):
        absent = term[1:].strip()
        return lambda labels: absent not in labels
    return lambda labels: term in labels


def parse_labels(selector: str | None) -> Callable[[Mapping[str, str]], bool]:
    """``app=x,tier!=db,env in (a,b),!legacy,present``: a predicate over a labels map."""
    tests = [_label_test(term) for term in _split(selector or "")]
    return lambda labels: all(test(labels) for test in tests)


def field_value(obj: Mapping[str, Any], path: str) -> str:
    """The string value at a dotted field path ('' when absent), as field selectors compare it."""
    current: Any = obj
    for part in path.split("."):
        if not isinstance(current, Mapping):
            return ""
        current = current.get(part)
    return "" if current is None else str(current)


def _field_test(term: str) -> Matcher:
    if "!=" in term:
        key, value = (part.strip() for part in term.split("!=", 1))
        return lambda obj: field_value(obj, key) != value
    key, value = (part.strip() for part in term.replace("==", "=").split("=", 1))
    return lambda obj: field_value(obj, key) == value


def parse_fields(selector: str | None) -> Matcher:
    """``metadata.name=x,involvedObject.kind=Pod,type!=Normal``: a predicate over a whole object."""
    tests = [_field_test(term) for term in _split(selector or "")]
    return lambda obj: all(test(obj) for test in tests)


def selector_string(match_labels: Mapping[str, str]) -> str:
    return ",".join(f"{key}={value}" for key, value in sorted(match_labels.items()))
