"""Filling in a command's placeholders (``<previous-commit>``, ``POD_NAME``, ``[run-id]``...) before it runs.

The operator gives each value (the cockpit suggests one where live data knows it: the previous revision from
the deployments capability, the pod in trouble, the failed pipeline run...). A value is data, never code: it is
quoted for the place it goes in the command, so whatever it holds reaches the program as one argument text:

- outside quotes: ``shlex.quote`` (``it's`` becomes ``'it'"'"'s'``);
- inside single quotes: each ``'`` becomes ``'\\''``, the rest is literal there;
- inside double quotes: ``\\``, ``$``, `````` ` `````` and ``"`` get a backslash;
- inside a here-document: ``\\``, ``$`` and `````` ` `````` get a backslash (none needed when its delimiter is
  quoted), and a value may not hold a line break (it could end the document early);
- inside backticks: only plain values (letters, digits, ``@%+=:,./-_``) are accepted.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass

from cockpit.core.hub import Hub
from cockpit.errors import CockpitError
from cockpit.providers.results import State
from cockpit.runbooks.command_env import service_row
from cockpit.runbooks.commands import placeholders

MAX_VALUE = 4096
"""Characters in one value: a pasted log is not a placeholder's value."""
_PLAIN_VALUE = re.compile(r"[\w@%+=:,./-]+")
_HEREDOC = re.compile(r"<<(-?)[ \t]*(?:'([^'\n]*)'|\"([^\"\n]*)\"|\\?([A-Za-z_][\w.-]*))")


class PlaceholderError(CockpitError):
    """A value cannot go into the command; the message says which and why."""

    title = "placeholder"


@dataclass(frozen=True, slots=True)
class Hole:
    text: str
    """As the runbook wrote it: ``<previous-commit>``."""
    suggestion: str | None = None
    source: str = ""
    """Where the suggestion comes from, in the operator's words ('previous revision, from deployments')."""


# What a placeholder's name (lower case, '-' for '_', no brackets) asks for -> (known variable, how it is said).
_VARIABLE_HOLES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        ("previous-commit", "previous-version", "previous-revision", "previous-tag", "previous-release",
         "previous-image-tag", "old-version", "old-revision", "old-tag", "old-task-definition", "commit-hash",
         "commit", "revision", "revision-number", "good-revision", "last-good-revision", "previous",
         "task-definition"),
        ("PREVIOUS_REVISION", "the revision before the bad one")),
    **dict.fromkeys(("bad-revision", "bad-version", "bad-commit", "new-version", "new-tag", "new-revision"),
                    ("BAD_REVISION", "the revision the incident is about")),
    **dict.fromkeys(("current-revision", "current-version", "current-tag"),
                    ("CURRENT_REVISION", "the revision live now")),
    **dict.fromkeys(("service", "service-name", "app", "app-name", "unit", "unit-name"),
                    ("SERVICE", "the environment's service")),
    **dict.fromkeys(("deployment", "deployment-name"), ("DEPLOYMENT", "the kubernetes target's Deployment")),
    **dict.fromkeys(("namespace", "ns"), ("NAMESPACE", "the kubernetes target's namespace")),
    **dict.fromkeys(("cluster", "cluster-name"), ("CLUSTER", "the ecs target's cluster")),
    **dict.fromkeys(("health-url", "url"), ("HEALTH_URL", "the http target's health check")),
}
_INSTANCE_HOLES = frozenset({"task-id", "task", "pod", "pod-name", "container", "container-id", "container-name",
                             "instance", "instance-id"})
_COLOUR_HOLES = frozenset({"idle-colour", "idle-color", "other-colour", "other-color"})
_OTHER_COLOUR = {"blue": "green", "green": "blue"}


def hole_name(hole: str) -> str:
    """``<Previous_Commit>`` -> ``previous-commit``."""
    return hole.strip("<>[]{} ").strip().lower().replace("_", "-").replace(" ", "-")


def holes(command: str, known: Mapping[str, str], hub: Hub | None = None, service: str | None = None) -> list[Hole]:
    """The placeholders of ``command`` in order, each with a suggestion where the cockpit knows one."""
    return [_suggested(text, known, hub, service) for text in placeholders(command)]


def _suggested(text: str, known: Mapping[str, str], hub: Hub | None, service: str | None) -> Hole:
    name = hole_name(text)
    if name in _VARIABLE_HOLES:
        variable, said = _VARIABLE_HOLES[name]
        value = known.get(variable)
        return Hole(text, value, f"{said} (${variable})") if value else Hole(text)
    row = service_row(hub, service) if hub is not None else None
    if row is not None and name in _INSTANCE_HOLES and row.instances:
        worst = row.instances[0]  # providers list instances worst first
        return Hole(text, worst.name, f"the {worst.state.value} instance of {row.service}")
    if row is not None and name in _COLOUR_HOLES and row.live_colour in _OTHER_COLOUR:
        return Hole(text, _OTHER_COLOUR[row.live_colour], f"{row.live_colour} is live now")
    if name == "run-id" and hub is not None:
        run = _failed_run(hub)
        if run is not None:
            return Hole(text, run, "the latest failed pipeline run")
    return Hole(text)


def _failed_run(hub: Hub) -> str | None:
    for snapshot in hub.snapshots("pipeline"):
        for run in snapshot.data or ():
            if getattr(run, "state", None) in (State.FAILED, State.DEGRADED):
                return str(run.id)
    return None


def fill(command: str, values: Mapping[str, str]) -> str:
    """``command`` with each placeholder replaced by its value, quoted for where it stands (module docstring).

    PlaceholderError when a placeholder has no value or a value cannot be placed safely.
    """
    missing = [hole for hole in placeholders(command) if hole not in values]
    if missing:
        raise PlaceholderError(f"give a value for {', '.join(missing)}")
    spans = sorted(span for hole in values for span in _occurrences(command, hole))
    contexts = quoting_contexts(command)
    parts: list[str] = []
    position = 0
    for start, end, hole in spans:
        if start < position:
            continue  # overlapping spellings of the same text: the first one wins
        parts.append(command[position:start])
        parts.append(quoted_for(contexts[start], values[hole], hole))
        position = end
    parts.append(command[position:])
    return "".join(parts)


def _occurrences(command: str, hole: str) -> list[tuple[int, int, str]]:
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", hole):
        # A bare name counts only as a whole word, never as part of $NAME or ${NAME}.
        pattern = re.compile(rf"(?<![\w$])(?<!\$\{{){re.escape(hole)}(?!\w)")
    else:
        pattern = re.compile(re.escape(hole))
    return [(m.start(), m.end(), hole) for m in pattern.finditer(command)]


def quoted_for(context: str, value: str, hole: str = "the placeholder") -> str:
    """``value`` written so that the shell reads it back as that text, in ``context`` (see quoting_contexts)."""
    if not value:
        raise PlaceholderError(f"{hole} needs a value")
    if len(value) > MAX_VALUE:
        raise PlaceholderError(f"the value for {hole} is longer than {MAX_VALUE} characters")
    if "\x00" in value:
        raise PlaceholderError(f"the value for {hole} contains a NUL byte")
    if context == "single":
        return value.replace("'", "'\\''")
    if context == "double":
        return re.sub(r'([\\$`"])', r"\\\1", value)
    if context in ("heredoc", "heredoc-quoted"):
        if "\n" in value or "\r" in value:
            raise PlaceholderError(f"the value for {hole} goes into a here-document: it cannot hold a line break")
        return value if context == "heredoc-quoted" else re.sub(r"([\\$`])", r"\\\1", value)
    if context == "backtick":
        if not _PLAIN_VALUE.fullmatch(value):
            raise PlaceholderError(f"{hole} stands inside backticks: only letters, digits and @%+=:,./-_ can go there")
        return value
    return shlex.quote(value)


def quoting_contexts(command: str) -> list[str]:
    """For each character of ``command``: ``code``, ``single``, ``double``, ``backtick``, ``comment``,
    ``heredoc`` or ``heredoc-quoted`` (a body whose delimiter was quoted), as bash would read it."""
    contexts: list[str] = []
    stack: list[str] = []
    pending: list[tuple[str, bool, bool]] = []
    """Here-documents announced on the current line: (delimiter, quoted, tabs stripped)."""
    index, end = 0, len(command)
    while index < end:
        if not stack and pending and index > 0 and command[index - 1] == "\n":
            index = _heredoc_body(command, index, pending, contexts)
            continue
        char = command[index]
        top = stack[-1] if stack else "code"
        width, kind = 1, {"'": "single", '"': "double", "`": "backtick"}.get(top, "code")
        if top == "'":
            if char == "'":
                stack.pop()
        elif top in ('"', "`"):
            if char == "\\":
                width = 2
            elif char == top:
                stack.pop()
            elif command.startswith("$(", index):
                stack.append("$(")
                width = 2
            elif char == "`":
                stack.append("`")
        elif char == "\\":
            width = 2
        elif char in "'\"`":
            stack.append(char)
        elif command.startswith("$(", index):
            stack.append("$(")
            width = 2
        elif char == ")" and stack:
            stack.pop()
        elif char == "#" and (index == 0 or command[index - 1] in " \t\n;|&("):
            newline = command.find("\n", index)
            width, kind = (end if newline < 0 else newline) - index, "comment"
        elif command.startswith("<<", index) and not command.startswith("<<<", index):
            heredoc = _HEREDOC.match(command, index)
            if heredoc is not None:
                quoted = heredoc.group(2) is not None or heredoc.group(3) is not None or "\\" in heredoc.group()
                delimiter = next(group for group in heredoc.groups()[1:] if group is not None)
                pending.append((delimiter, quoted, heredoc.group(1) == "-"))
                width = heredoc.end() - index
        width = min(width, end - index)
        contexts.extend([kind] * width)
        index += width
    return contexts


def _heredoc_body(command: str, index: int, pending: list[tuple[str, bool, bool]], contexts: list[str]) -> int:
    """Mark the bodies of the here-documents announced on the line before ``index``; where code resumes."""
    end = len(command)
    while pending and index < end:
        delimiter, quoted, strip_tabs = pending[0]
        newline = command.find("\n", index)
        stop = end if newline < 0 else newline + 1
        line = command[index:stop].rstrip("\n")
        contexts.extend(["heredoc-quoted" if quoted else "heredoc"] * (stop - index))
        index = stop
        if (line.lstrip("\t") if strip_tabs else line) == delimiter:
            pending.pop(0)
    return index
