"""Property tests: the parser's rules hold for any input, and generated runbooks come back exactly as built.

Arbitrary text and Markdown-ish soup must never raise and must keep the invariants (unique ids, lines inside
the file, one command per fence). Structured documents built from headings, task items at any depth, fences in
and out of list items and block quotes, and tables must parse to exactly the counts they were built with.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from cockpit.runbooks.commands import split_commands
from cockpit.runbooks.lint import lint_runbook
from cockpit.runbooks.model import Runbook
from cockpit.runbooks.notation import parse_attributes
from cockpit.runbooks.parser import parse_runbook
from cockpit.runbooks.walker import MAX_NESTING

STEP_KINDS = {"checkbox", "ordered", "bullet", "command"}
DATA = Path(__file__).parents[1] / "data" / "runbooks"
FUZZ = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])


def assert_runbook_invariants(runbook: Runbook, text: str) -> None:
    """What must hold for every parse: used by the seed tests too."""
    normalized = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    line_count = normalized.count("\n") + 1
    steps = list(runbook.steps())
    assert len({step.id for step in steps}) == len(steps), "step ids must be unique"
    for index, section in enumerate(runbook.sections):
        assert 1 <= section.line <= line_count
        if section.level == 0:
            assert (index, section.heading, section.line) == (0, "", 1), "only the text before any heading"
        assert 0 <= section.level <= 6
        for table in section.tables:
            assert 1 <= table.line <= line_count
            assert all(len(row) == len(table.header) for row in table.rows)
    for step in steps:
        assert step.kind in STEP_KINDS
        assert 1 <= step.line <= line_count
        assert not step.checked or step.kind == "checkbox"
        assert step.kind != "command" or step.commands, "a command step holds its code"
        for command in step.commands:
            assert 1 <= command.line <= line_count
            assert command.shell or command.commands == ()
            assert all(single and single == single.strip() for single in command.commands)
    for finding in lint_runbook(runbook):
        assert 1 <= finding.line <= line_count
    json.dumps(runbook.to_json())
    if runbook.front_matter is None:
        tokens = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table").parse(normalized)
        fences = sum(token.type == "fence" for token in tokens)
        assert fences == sum(command.fenced for step in steps for command in step.commands)


# -- arbitrary input ---------------------------------------------------------------------------------------------

FRAGMENTS = [
    "```",
    "~~~",
    "````",
    "```bash",
    "```console",
    "``` {verify=health target=a}",
    "- [ ] ",
    "- [x] ",
    "* [X] ",
    "1. ",
    "1) ",
    "- ",
    "  ",
    "    ",
    "\t",
    "> ",
    ">",
    "# ",
    "## ",
    "###### ",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "===",
    "---",
    "***",
    "|",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "<!--",
    "-->",
    "<!-- cockpit: id=x -->",
    "<!-- cockpit: verify=metric below=x -->",
    "<!-- cockpit: decision -->",
    "<details>",
    "</details>",
    "<table><tr><td>x</td></tr></table>",
    "!!! warning",
    "> [!NOTE]",
    "$ ",
    "\\",
    "'",
    '"',
    "`",
    "<<EOF",
    "EOF",
    "if",
    "fi",
    "do",
    "done",
    "{",
    "}",
    "$(",
    ")",
    "curl http://x",
    "kubectl get pods",
    "[link](#x)",
    "**b**",
    "_e_",
    "&amp;",
    "\x00",
    "\ufeff",
    "\u2028",
    "text",
    "[ ]",
    "[x]",
]
MARKDOWNISH = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join)


@FUZZ
@given(st.text())
def test_any_text_parses_and_keeps_the_invariants(text: str) -> None:
    assert_runbook_invariants(parse_runbook(text), text)


@FUZZ
@given(MARKDOWNISH)
def test_markdown_soup_parses_and_keeps_the_invariants(text: str) -> None:
    assert_runbook_invariants(parse_runbook(text), text)


@FUZZ
@given(st.sampled_from(sorted(DATA.glob("*.md"))), st.lists(st.tuples(st.floats(0, 1), MARKDOWNISH), max_size=6))
def test_mangled_runbooks_keep_the_invariants(path: Path, edits: list[tuple[float, str]]) -> None:
    text = path.read_bytes().decode()
    for where, insert in edits:
        cut = int(where * len(text))
        text = text[:cut] + insert + text[cut:]
    assert_runbook_invariants(parse_runbook(text), text)


@FUZZ
@given(st.text(), st.sampled_from([None, "bash", "console"]))
def test_shell_splitting_never_fails(code: str, language: str | None) -> None:
    for command in split_commands(code, language):
        assert command
        assert command == command.strip()


KEYS = st.from_regex(r"[a-z_][a-z0-9_.-]{0,8}", fullmatch=True)
VALUES = st.text(alphabet=string.ascii_letters + string.digits + " .:/-_=", max_size=12)


@FUZZ
@given(st.dictionaries(KEYS, VALUES, max_size=5))
def test_attributes_round_trip_through_a_comment(attrs: dict[str, str]) -> None:
    comment = " ".join(f'{key}="{value}"' for key, value in attrs.items())
    assert parse_attributes(comment) == (attrs, [])
    (step,) = parse_runbook(f"<!-- cockpit: {comment} -->\n1. step\n").steps()
    assert step.attrs == attrs


@FUZZ
@given(st.text())
def test_attribute_parsing_never_fails(text: str) -> None:
    attrs, bad = parse_attributes(text)
    assert all(not token.isspace() for token in bad)
    assert all(key for key in attrs)


# -- generated runbooks with known contents ----------------------------------------------------------------------

WORD = st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=7)
PHRASE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
CODE_LINE = st.from_regex(r"[a-z0-9$'\"|#=./-]+( [a-z0-9$'\"|#=./-]+)*", fullmatch=True)
LANGUAGE = st.sampled_from(["", "bash", "console", "python", "sh {verify=health target=api}"])


@dataclass
class Built:
    """A runbook being generated, and what it must parse to."""

    lines: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    tasks: int = 0
    checked: int = 0
    fences: list[str] = field(default_factory=list)
    """The code of every fence, as the parser must give it back."""
    tables: int = 0
    indents: list[int] = field(default_factory=list)
    """Content columns of the open list items, outermost first."""


@st.composite
def task_marker(draw: st.DrawFn, built: Built, *, optional: bool) -> str:
    marker = draw(st.sampled_from(["", "[ ] ", "[x] ", "[X] "] if optional else ["[ ] ", "[x] ", "[X] "]))
    built.tasks += bool(marker)
    built.checked += marker in ("[x] ", "[X] ")
    return marker


@st.composite
def fence(draw: st.DrawFn, built: Built, indent: int, quote: bool) -> list[str]:
    marker = draw(st.sampled_from(["```", "~~~", "````"]))
    body = draw(st.lists(CODE_LINE, max_size=4))
    built.fences.append("".join(line + "\n" for line in body))
    lines = [marker + draw(LANGUAGE), *body, marker]
    return [("> " if quote else "") + " " * indent + line for line in lines]


@st.composite
def list_item(draw: st.DrawFn, built: Built) -> list[str]:
    depth = draw(st.integers(0, len(built.indents)))
    indent = built.indents[depth - 1] if depth else 0
    marker = draw(st.sampled_from(["-", "*", "+", "1.", "2)"]))
    task = draw(task_marker(built, optional=True))
    content = indent + len(marker) + 1
    built.indents = [*built.indents[:depth], content]
    lines = [" " * indent + f"{marker} {task}{draw(PHRASE)}"]
    if draw(st.booleans()):
        lines += ["", *draw(fence(built, content, quote=False))]
    return lines


@st.composite
def block(draw: st.DrawFn, built: Built) -> list[str]:
    kind = draw(
        st.sampled_from(["atx", "setext", "paragraph", "item", "item", "item", "fence", "quote", "table", "comment"])
    )
    if kind == "item":
        return draw(list_item(built))
    built.indents = []  # anything at column 0 ends the open lists
    if kind == "atx":
        built.headings.append(draw(PHRASE))
        return ["#" * draw(st.integers(1, 6)) + " " + built.headings[-1]]
    if kind == "setext":
        built.headings.append(draw(PHRASE))
        return [built.headings[-1], draw(st.sampled_from(["===", "---", "======"]))]
    if kind == "paragraph":
        return draw(st.lists(PHRASE, min_size=1, max_size=3))
    if kind == "fence":
        return draw(fence(built, 0, quote=False))
    if kind == "quote":
        if draw(st.booleans()):
            return draw(fence(built, 0, quote=True))
        lines = [f"> - {draw(task_marker(built, optional=False))}{draw(PHRASE)}"]
        if draw(st.booleans()):  # a quote in the item in the quote
            lines.append(f">   > - {draw(task_marker(built, optional=False))}{draw(PHRASE)}")
        return lines
    if kind == "table":
        built.tables += 1
        width = draw(st.integers(1, 3))
        rows = draw(st.lists(st.lists(WORD, min_size=width, max_size=width), max_size=3))
        header = draw(st.lists(WORD, min_size=width, max_size=width))
        return ["| " + " | ".join(header) + " |", "|" + "---|" * width, *("| " + " | ".join(r) + " |" for r in rows)]
    return [
        draw(
            st.sampled_from(
                ["<!-- cockpit: verify=health target=api -->", "<!-- a note -->", "<!-- cockpit: decision -->"]
            )
        )
    ]


@st.composite
def runbooks(draw: st.DrawFn) -> tuple[str, Built]:
    built = Built()
    for _ in range(draw(st.integers(0, 25))):
        built.lines += [*draw(block(built)), ""]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(built.lines), built


@FUZZ
@given(runbooks())
def test_generated_runbooks_come_back_exactly(case: tuple[str, Built]) -> None:
    text, built = case
    runbook = parse_runbook(text)
    assert_runbook_invariants(runbook, text)
    assert [s.heading for s in runbook.sections if s.level] == built.headings
    checkboxes = [s for s in runbook.steps() if s.kind == "checkbox"]
    assert len(checkboxes) == built.tasks
    assert sum(s.checked for s in checkboxes) == built.checked
    fenced = [c.code for s in runbook.steps() for c in s.commands if c.fenced]
    assert sorted(fenced) == sorted(built.fences)
    assert sum(len(s.tables) for s in runbook.sections) == built.tables
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for step in checkboxes:
        assert "[" in lines[step.line - 1]
    for section in runbook.sections[1 if runbook.sections and not runbook.sections[0].level else 0 :]:
        assert section.heading in lines[section.line - 1]
