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
}


def provider_files() -> list[Path]:
    return sorted(path for path in PROVIDERS.glob("*.py") if path.name not in HELPERS)


@pytest.mark.parametrize("path", provider_files(), ids=lambda path: path.name)
def test_the_provider_reads_answers_only_through_the_bounded_helpers(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    found = [what for what, pattern in UNBOUNDED.items()
             if pattern.search(source) and (path.name, what) not in ALLOWED]
    assert found == [], (
        f"{path.name} reads answers without a ceiling ({', '.join(found)}): use cockpit.providers.http_fetch.fetch "
        "or limits.read_capped + limits.decode_json (see /work/coord/NOTES.md)"
    )


def test_the_check_sees_every_provider() -> None:
    names = {path.name for path in provider_files()}
    assert {"demo.py", "http_health.py", "fake.py", "shell.py"} <= names
