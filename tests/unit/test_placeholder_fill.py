"""Placeholder values are data: whatever a value holds, the real bash hands it to the program as that text."""

from __future__ import annotations

import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cockpit.runbooks.placeholders import PlaceholderError, fill, hole_name, holes, quoting_contexts

# Each template prints the value between markers, from a different quoting context.
TEMPLATES = {
    "plain": "printf '[%s]' <value>",
    "single quotes": "printf '[%s]' 'NEW_TAG'",
    "double quotes": 'printf "[%s]" "{{value}}"',
    "inside $( )": "x=$(printf '%s' <value>); printf '[%s]' \"$x\"",
    "here-document": "cat <<EOF\n[{{value}}]\nEOF",
    "quoted here-document": "cat <<'EOF'\n[{{value}}]\nEOF",
}
HOSTILE = ["v41", "", "it's", 'say "hi"', "$(touch pwned)", "`id`", "a b\tc", "x;rm -rf /tmp/none", "\\", "$HOME",
           "-rf", "*", "~", "line\nbreak", "'\"'\"'", "${HOME:?}", "!!", "#not a comment"]


def printed(command: str) -> str:
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=10, check=True)
    return done.stdout.strip("\n")


def hole_of(template: str) -> str:
    (found,) = [hole.text for hole in holes(template, {})]
    return found


@pytest.mark.parametrize("context", TEMPLATES)
@pytest.mark.parametrize("value", [v for v in HOSTILE if v])
def test_every_value_arrives_as_itself_from_every_quoting_context(context: str, value: str, tmp_path: object) -> None:
    template = TEMPLATES[context]
    if "here-document" in context and "\n" in value:
        with pytest.raises(PlaceholderError, match="here-document: it cannot hold a line break"):
            fill(template, {hole_of(template): value})
        return
    command = fill(template, {hole_of(template): value})
    assert printed(command) == f"[{value}]"


@settings(max_examples=40, deadline=None)
@given(value=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n"),
                     min_size=1, max_size=30))
def test_arbitrary_text_arrives_unchanged(value: str) -> None:
    for template in (TEMPLATES["plain"], TEMPLATES["single quotes"], TEMPLATES["double quotes"],
                     TEMPLATES["here-document"]):
        assert printed(fill(template, {hole_of(template): value})) == f"[{value}]"


def test_a_missing_or_empty_value_is_refused() -> None:
    with pytest.raises(PlaceholderError, match="give a value for <previous-commit>"):
        fill("git checkout <previous-commit>", {})
    with pytest.raises(PlaceholderError, match="needs a value"):
        fill("git checkout <previous-commit>", {"<previous-commit>": ""})
    with pytest.raises(PlaceholderError, match="NUL"):
        fill("git checkout <previous-commit>", {"<previous-commit>": "a\x00b"})


def test_inside_backticks_only_plain_values_go() -> None:
    assert fill("echo `echo <tag>`", {"<tag>": "v41"}) == "echo `echo v41`"
    with pytest.raises(PlaceholderError, match="backticks"):
        fill("echo `echo <tag>`", {"<tag>": "v41; id"})


def test_an_upper_case_placeholder_is_replaced_as_a_word_never_inside_a_variable() -> None:
    command = "kubectl logs POD_NAME -n x; echo $POD_NAME ${POD_NAME} pod_name"
    assert fill(command, {"POD_NAME": "api-1"}) == "kubectl logs api-1 -n x; echo $POD_NAME ${POD_NAME} pod_name"


def test_quoting_contexts_follow_bash() -> None:
    command = "a 'b' \"c$(d 'e')\" # f\ncat <<X\ng\nX\nh"
    contexts = quoting_contexts(command)
    at = {char: contexts[command.index(char)] for char in "abcdefgh"}
    assert at == {"a": "code", "b": "single", "c": "double", "d": "code", "e": "single", "f": "comment",
                  "g": "heredoc", "h": "code"}


@pytest.mark.parametrize(
    ("hole", "name"),
    [("<previous-commit>", "previous-commit"), ("OLD_VERSION", "old-version"), ("[run-id]", "run-id"),
     ("{{ Service }}", "service"), ("<env name>", "env-name")],
)
def test_hole_names_are_normalised(hole: str, name: str) -> None:
    assert hole_name(hole) == name


def test_suggestions_come_from_the_variables_the_cockpit_knows() -> None:
    known = {"PREVIOUS_REVISION": "v41", "BAD_REVISION": "v42", "NAMESPACE": "shop", "SERVICE": "checkout"}
    found = holes("git checkout <previous-commit> && kubectl -n <namespace> get pods <pod> && echo NEW_VERSION", known)
    assert [(hole.text, hole.suggestion) for hole in found] == [
        ("<previous-commit>", "v41"), ("<namespace>", "shop"), ("<pod>", None), ("NEW_VERSION", "v42")]
    assert "PREVIOUS_REVISION" in found[0].source
