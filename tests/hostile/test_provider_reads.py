"""Every provider module, including the ones that land later, reads backend answers only through the bounded
helpers (cockpit.providers.limits / http_fetch), and puts backend strings through them too (issue 11).

A source check, because the unbounded calls are few and recognisable, and a provider's tests would only ever
exercise the answers its author thought of. An entry in ALLOWED needs a reason a reviewer can check.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PROVIDERS = Path(__file__).resolve().parents[2] / "providers"
HELPERS = {"limits.py", "http_fetch.py", "base.py", "__init__.py", "registry.py"}
UNBOUNDED = {
    "response.json()": re.compile(r"\.json\(\)"),
    "json.loads on an answer": re.compile(r"json\.loads\("),
    "a whole body read (aread/read/content/text of an httpx response)": re.compile(
        r"\b(?:response|resp|r)\.(?:aread\(\)|read\(\)|content\b|text\b)"),
    "client.get/post/request (reads the whole body)": re.compile(r"\bclient\.(?:get|post|put|patch|request)\("),
}
ALLOWED: dict[tuple[str, str], str] = {
    # (file, what): why it is bounded anyway
    ("demo.py", "a whole body read (aread/read/content/text of an httpx response)"):
        "_send() rebuilds every answer from read_capped (4 MiB) before anything reads .text/.content",
    ("kubernetes/provider.py", "json.loads on an answer"):
        "the actions decode answers of KubeClient.call, which reads at most MAX_RESPONSE (64 MiB) off the loop",
    ("kubernetes/client.py", "json.loads on an answer"):
        "_status_message parses an error body read up to MAX_ERROR_BODY (64 KiB), RecursionError caught",
    ("kubernetes/actions.py", "json.loads on an answer"):
        "a deep copy (json.loads of json.dumps) of a ReplicaSet template already decoded within the ceiling",
}


def provider_files() -> list[Path]:
    """Every provider module, in sub-packages too (providers/kubernetes/...)."""
    return sorted(path for path in PROVIDERS.rglob("*.py")
                  if path.parent != PROVIDERS or path.name not in HELPERS)


def name_of(path: Path) -> str:
    return path.relative_to(PROVIDERS).as_posix()


@pytest.mark.parametrize("path", provider_files(), ids=name_of)
def test_the_provider_reads_answers_only_through_the_bounded_helpers(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    found = [what for what, pattern in UNBOUNDED.items()
             if pattern.search(source) and (name_of(path), what) not in ALLOWED]
    assert found == [], (
        f"{name_of(path)} reads answers without a ceiling ({', '.join(found)}): use cockpit.providers.http_fetch.fetch "
        "or limits.read_capped + limits.decode_json_sync (large bodies: health_reader)"
    )


def test_the_check_sees_every_provider() -> None:
    names = {name_of(path) for path in provider_files()}
    assert {"demo.py", "http_health.py", "fake.py", "shell.py", "kubernetes/client.py", "docker.py", "ecs.py",
            "github_http.py", "prometheus_api.py"} <= names
