"""Lint for shell state a runbook relies on that the cockpit cannot keep between commands.

The cockpit runs each command in its own ``bash -c`` and carries over only the working directory and exported
variables (``cockpit.runbooks.shell_state``). A runbook written for one long terminal session may count on more;
each finding says what is lost and how to write it instead:

- ``source FILE`` / ``. FILE``: what the file defines lives only in that command's shell;
- a shell function defined in one command and called in a later one;
- ``set -e`` / ``set -o pipefail`` / ``shopt`` on a line of their own, with commands after them;
- ``NAME=value`` without ``export``, then ``$NAME`` in a later command;
- ``alias``, ``trap``, ``pushd``/``popd``, ``read`` (stdin is /dev/null), and a job left in the background (``&``);
- ``cd``, ``export``, ``source`` or ``set`` in a subshell (``( )``) or a pipeline, whose state ends with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from cockpit.runbooks.commands import used_variables
from cockpit.runbooks.model import LintFinding, Runbook, Severity

_QUOTED = re.compile(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"")
_STATEMENT_BREAK = re.compile(r"&&|\|\||[;|\n]|\$\(|[()]")
_ASSIGNMENT = re.compile(r"([A-Za-z_]\w*)=")
_FUNCTION = re.compile(r"(?:^|[;&|\n])\s*(?:function\s+([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)\s*\(\s*\))")
_SUBSHELL_STATE = re.compile(r"(?:(?<!\$)\(|\|(?!\|))\s*(cd|export|source|set)\b")
"""``(cd x; ...)`` or ``... | export A``: the state lives in a subshell."""
_BACKGROUND = re.compile(r"(?<![&>|])&\s*$")
_OPTIONS = frozenset({"set", "shopt"})
_LOST = {
    "alias": "an alias lasts only for its own command",
    "unalias": "an alias lasts only for its own command",
    "trap": "a trap lasts only for its own command",
    "pushd": "the directory stack is not kept between commands (the directory itself is): use cd",
    "popd": "the directory stack is not kept between commands (the directory itself is): use cd",
    "read": "a command gets no input (stdin is /dev/null): put the value in the command or fill a placeholder",
}


@dataclass(frozen=True, slots=True)
class _Run:
    """One command of the runbook, in the order the checklist offers them."""

    step: str
    line: int
    text: str
    last_in_block: bool


def shell_state_findings(runbook: Runbook) -> list[LintFinding]:
    runs = list(_runs(runbook))
    findings: list[LintFinding] = []
    unexported: dict[str, _Run] = {}
    for index, run in enumerate(runs):
        later = runs[index + 1 :]
        for name in used_variables(run.text) & unexported.keys():
            if unexported[name] is not run:
                findings.append(_finding(unexported.pop(name), f"{name} is set without export, and a later "
                                         f"command uses ${name}: only exported variables carry over "
                                         f"(write export {name}=...)"))
        for words in _statements(run.text):
            findings += _statement_findings(run, words, later, unexported)
        findings += _function_findings(run, later)
        subshell = _SUBSHELL_STATE.search(_code(run.text))
        if subshell:
            findings.append(_finding(run, f"{subshell.group(1)} inside ( ) or a pipeline changes that subshell only, "
                                          "not the commands after it"))
        if _BACKGROUND.search(_code(run.text)):
            findings.append(_finding(run, "a job left in the background (&) is stopped when its command ends"))
    return findings


def _statement_findings(
    run: _Run, words: list[str], later: list[_Run], unexported: dict[str, _Run]
) -> list[LintFinding]:
    first = words[0]
    found: list[LintFinding] = []
    if first in ("source", "."):
        what = words[1] if len(words) > 1 else "the file"
        found.append(_finding(run, f"{first} {what} defines things in this command's shell only: the next "
                                   "command keeps just the directory and exported variables (export what it "
                                   "needs, or run it in the same command)"))
    elif first in _OPTIONS and len(words) > 1 and not run.last_in_block:
        found.append(_finding(run, f"{' '.join(words[:3])} applies to this command only, not to the lines after "
                                   "it: join them with && or put the option in each command"))
    elif first in _LOST:
        found.append(_finding(run, f"{first}: {_LOST[first]}"))
    elif all(_ASSIGNMENT.match(word) for word in words):
        for word in words:
            assignment = _ASSIGNMENT.match(word)
            assert assignment is not None  # every word is one (just checked)
            name = assignment.group(1)
            if not any(_exports(other.text, name) for other in later):
                unexported[name] = run
    return found


def _function_findings(run: _Run, later: list[_Run]) -> list[LintFinding]:
    found: list[LintFinding] = []
    for function in _FUNCTION.finditer(_code(run.text)):
        name = function.group(1) or function.group(2)
        if any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", other.text) for other in later):
            found.append(_finding(run, f"function {name} is defined here and called in a later command: each "
                                       "command runs in its own bash (define it in the same command, or make it a "
                                       "script)"))
    return found


def _runs(runbook: Runbook) -> Iterator[_Run]:
    for step in runbook.steps():
        for command in step.commands:
            if not command.shell:
                continue
            for index, text in enumerate(command.commands):
                yield _Run(step.id, command.line, text, index == len(command.commands) - 1)


def _code(text: str) -> str:
    """The command with quoted strings emptied: what is left is shell syntax."""
    return _QUOTED.sub("''", text)


def _statements(text: str) -> Iterator[list[str]]:
    for piece in _STATEMENT_BREAK.split(_code(text)):
        words = piece.split()
        while words and words[0] in ("then", "do", "else", "{", "!", "if", "while", "until", "time"):
            words = words[1:]
        if words:
            yield words


def _exports(text: str, name: str) -> bool:
    return bool(re.search(rf"\bexport\s+(?:-\w+\s+)*(?:\w+(?:=\S*)?\s+)*{re.escape(name)}\b", text))


def _finding(run: _Run, message: str) -> LintFinding:
    return LintFinding(run.line, Severity.WARNING, f"step {run.step}: {message}")
