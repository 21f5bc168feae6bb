"""`cockpit runbook show --json` writes what ``json.dumps(runbook.to_json(), indent=2, ensure_ascii=False)`` writes.

runbook_to_json_text encodes the model's dataclasses with msgspec for speed (issue 13); the JSON shape is
``to_json()``'s, so a field added to a dataclass but not to its JSON (or the other way) fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cockpit.runbooks.model import runbook_to_json_text
from cockpit.runbooks.parser import parse_runbook
from tests.hostile.corpus import ALL_TEXT
from tests.unit.test_runbook_fuzz import FUZZ, MARKDOWNISH

BUILTIN = Path(__file__).parents[2] / "cockpit" / "runbooks" / "builtin"
DATA = Path(__file__).parents[1] / "data" / "runbooks"


def assert_as_json_module_writes_it(text: str) -> None:
    runbook = parse_runbook(text)
    assert runbook_to_json_text(runbook) == json.dumps(runbook.to_json(), indent=2, ensure_ascii=False)


@pytest.mark.parametrize("path", [*sorted(BUILTIN.glob("*.md")), *sorted(DATA.glob("*.md"))], ids=lambda p: p.name)
def test_runbook_files(path: Path) -> None:
    assert_as_json_module_writes_it(path.read_text(encoding="utf-8"))


def test_front_matter_control_characters_and_an_empty_runbook() -> None:
    assert_as_json_module_writes_it("")
    assert_as_json_module_writes_it("---\ntitle: T\ntags:\n  - a\n  - b\nempty:\n---\n# x\n")
    value = " ".join(ALL_TEXT)
    assert_as_json_module_writes_it(f"# {value}\n- [ ] {value}\n```sh\n{value}\n```\n| a |\n|---|\n| {value} |\n")


def test_a_lone_surrogate_reads_as_a_replacement_character() -> None:
    """Only a string parsed directly can hold one (a file is decoded strictly): the Rust parser cannot take it."""
    runbook = parse_runbook("# a\ud800b\n1. step \udfff\n", source="x\ud800")
    assert (runbook.sections[0].heading, runbook.sections[0].steps[0].text) == ("a\ufffdb", "step \ufffd")
    assert '"source": "x\ud800"' in runbook_to_json_text(runbook)  # the json module's way


@FUZZ
@given(st.one_of(MARKDOWNISH, st.text()))
def test_any_text(text: str) -> None:
    assert_as_json_module_writes_it(text)
