"""Picking the lines that say why a job failed out of a GitHub Actions job log."""

from __future__ import annotations

import re

MAX_ERROR_LINES = 8
MAX_LINE_CHARS = 240
ERROR_MARK = "##[error]"
_TIMESTAMP = re.compile(r"^\ufeff?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ERROR_WORDS = re.compile(
    r"\b(error|errors|failed|failure|fatal|exception|traceback|panic|denied|refused)\b|exit code [1-9]",
    re.IGNORECASE,
)
_WORKFLOW_COMMAND = re.compile(r"^##\[(group|endgroup|command|debug|section)\]")


def clean(line: str) -> str:
    """A log line as the screen may show it: no timestamp prefix, no colour codes, no control characters."""
    line = _TIMESTAMP.sub("", line)
    line = _ANSI.sub("", line)
    return _CONTROL.sub("", line.replace("\t", "  ")).rstrip()


def error_lines(log: str, limit: int = MAX_ERROR_LINES) -> tuple[str, ...]:
    """The last ``limit`` lines that GitHub marked ``##[error]`` or that read like an error, oldest first."""
    picked: list[str] = []
    for raw in log.splitlines():
        line = clean(raw)
        if line.startswith(ERROR_MARK):
            line = "error: " + line[len(ERROR_MARK):].strip()
        elif _WORKFLOW_COMMAND.match(line) or not _ERROR_WORDS.search(line):
            continue
        if line.strip():
            picked.append(line.strip()[:MAX_LINE_CHARS])
    return tuple(picked[-limit:])
