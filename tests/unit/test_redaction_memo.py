"""The cheaper redaction redacts exactly what the full one did: the one-scan trigger check and the memo of clean texts
only skip work, never a secret.

The reference below is redaction as it was before them: every rule whose trigger is in the text, in order, then the
configured values. It runs over the secrets corpus, ordinary operations text and generated text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cockpit.core.redaction import _RULES, CLEAN_MEMO_MAX_LENGTH, CLEAN_MEMO_SIZE, REDACTED, Redactor
from tests.unit.test_redaction_corpus import CONTEXTS, load_ordinary, load_samples

SAMPLES = load_samples()
CONFIGURED = [sample.value for sample in SAMPLES if sample.configured]
TEXTS = [sample.texts[context] for sample in SAMPLES for context in CONTEXTS] + load_ordinary()
GITHUB_TOKEN = "ghp_" + "Zq8kR2mN5vX9pL3wT7yB1cH6jF4dS0aE2gU8"  # fake; split so secret scanners stay quiet


def reference(text: str, configured: list[str]) -> str:
    lowered = text.lower()
    for rule in _RULES:
        if any(trigger in lowered for trigger in rule.triggers):
            text = rule.pattern.sub(rule.render, text)
    for value in sorted((v for v in configured if len(v) >= 4), key=len, reverse=True):
        text = text.replace(value, REDACTED)
    return text


def test_the_corpus_and_ordinary_text_are_redacted_as_the_full_rule_pass_does() -> None:
    redactor = Redactor(extra_values=CONFIGURED)
    for _ in range(2):  # the second pass answers clean texts from the memo
        for text in TEXTS:
            assert redactor.redact(text) == reference(text, CONFIGURED), text


# Words that trigger rules, glued together with noise, so generated text reaches the rules and their patterns.
FRAGMENTS = st.sampled_from(sorted({t for rule in _RULES for t in rule.triggers}) + [
    "=", ": ", " ", "\n", "https://", "user:", "@host", "AKIA", "Bearer ", "-----END RSA PRIVATE KEY-----", "--",
    "abcdefgh12345678", "x" * 20, "KEY=", '"', "'",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=12).map("".join))
def test_generated_text_is_redacted_as_the_full_rule_pass_does(text: str) -> None:
    redactor = Redactor(extra_values=["hunter2hunter2"])
    assert redactor.redact(text) == reference(text, ["hunter2hunter2"])
    assert redactor.redact(text) == reference(text, ["hunter2hunter2"])  # again, perhaps from the memo


def test_a_text_holding_a_secret_is_redacted_every_time() -> None:
    redactor = Redactor(extra_values=["correct-horse-battery"])
    for text in (f"GITHUB_TOKEN={GITHUB_TOKEN}", "pass correct-horse-battery along"):
        first, second = redactor.redact(text), redactor.redact(text)
        assert first == second != text and REDACTED in second


def test_a_key_naming_a_secret_hides_its_value_whether_or_not_the_name_was_seen_as_text() -> None:
    redactor = Redactor()
    assert redactor.redact_obj({"password": "pw1", "state": "up"}) == {"password": REDACTED, "state": "up"}
    assert [redactor.redact(word) for word in ("password", "note", "api_key")] == ["password", "note", "api_key"]
    detail: dict[str, Any] = {"password": "pw1", "note": "pw2", "nested": [{"api_key": "k"}], "Token": 7}
    assert redactor.redact_obj(detail) == {
        "password": REDACTED, "note": "pw2", "nested": [{"api_key": REDACTED}], "Token": REDACTED}


def test_the_memo_stays_bounded_and_right_after_it_starts_again() -> None:
    redactor = Redactor()
    for n in range(CLEAN_MEMO_SIZE + 1):
        assert redactor.redact(f"state {n}") == f"state {n}"
        assert len(redactor._clean) <= CLEAN_MEMO_SIZE
    longest, longer = "y" * CLEAN_MEMO_MAX_LENGTH, "y" * (CLEAN_MEMO_MAX_LENGTH + 1)
    assert redactor.redact(longest) == longest and longest in redactor._clean
    assert redactor.redact(longer) == longer and longer not in redactor._clean
    assert redactor.redact_obj({"password": "x", f"state {CLEAN_MEMO_SIZE}": "y"}) == {
        "password": REDACTED, f"state {CLEAN_MEMO_SIZE}": "y"}


def test_a_key_naming_a_secret_hides_its_value_when_the_key_itself_is_not_remembered() -> None:
    redactor = Redactor()
    long_name = "x" * CLEAN_MEMO_MAX_LENGTH + "_password"  # too long to remember
    holding = f"GITHUB_TOKEN={GITHUB_TOKEN}"  # holds a secret: never remembered
    assert redactor.redact_obj({long_name: "pw1", holding: "pw2", "plain": "pw3"}) == {
        long_name: REDACTED, f"GITHUB_TOKEN={REDACTED}": REDACTED, "plain": "pw3"}
