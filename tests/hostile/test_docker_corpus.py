"""The hostile corpus through the docker provider, on the session's private dockerd: a compose service label (the
service's name), a health check's output and a container's stdout/stderr carrying escape sequences, markup,
bidi overrides, NUL, invalid UTF-8 and a 200 KB line. What the provider returns is visible, one line where a line
is expected, and bounded."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from cockpit.providers.docker import DockerProvider, DockerSettings
from cockpit.providers.docker_logs import parse_line
from cockpit.providers.results import LogLine
from tests.backends.docker.compose import compose_labels, health, wait_for
from tests.backends.docker.daemon import PrivateDockerd
from tests.backends.docker.images import BASE
from tests.hostile.corpus import ALL_TEXT, HUGE, INVALID_UTF8, MARKUP
from tests.hostile.results import all_text, problems

SERVICE = "web [b]x[/b] replica[2 \x1b[2J"
"""Compose names services sanely; a label set by hand says anything."""
HUGE_LINE_CHARS = 200_000
_projects = itertools.count(1)


def octal(data: bytes) -> str:
    """``data`` as a printf format of octal escapes: any byte (NUL, ESC, 0xff) reaches the container's output."""
    return "".join(f"\\{byte:03o}" for byte in data)


def printing(lines: list[bytes]) -> str:
    """Shell commands printing each of ``lines`` (with its newline) byte for byte."""
    return "; ".join("printf '" + octal(line + b"\n") + "'" for line in lines)


LOGGED = [text.encode() for text in ALL_TEXT] + [INVALID_UTF8]
SCRIPT = (
    f"{printing(LOGGED)}; {printing([b'to stderr ' + INVALID_UTF8])} >&2; "
    # One 200 KB line, written in pieces (an argument is limited to 128 KiB).
    f"i=0; while [ $i -lt {HUGE_LINE_CHARS // 1000} ]; do printf '{'A' * 1000}'; i=$((i+1)); done; echo; "
    "exec sleep 3600"
)
HEALTH_OUTPUT = " ".join(MARKUP[:6]).encode() + b" \x1b[2J\x1b]0;owned\x07 " + INVALID_UTF8
HEALTH = "printf '" + octal(HEALTH_OUTPUT) + "'; exit 1"


@pytest.fixture
def hostile_project(docker_client: Any) -> Iterator[str]:
    """One container whose service name, health output and logs are hostile; removed afterwards."""
    project = f"hostile{next(_projects)}"
    image_id = docker_client.api.inspect_image(BASE)["Id"]
    created = docker_client.api.create_container(
        BASE, name=f"{project}-web-1", command=["/bin/sh", "-c", SCRIPT],
        labels=compose_labels(project, SERVICE, 1, image_id),
        healthcheck={"test": ["CMD", "/bin/sh", "-c", HEALTH], "interval": 300_000_000, "retries": 1,
                     "timeout": 3_000_000_000},
        host_config=docker_client.api.create_host_config(network_mode="none"), use_config_proxy=False,
    )
    try:
        docker_client.api.start(created["Id"])
        wait_for(docker_client, f"{project}-web-1", lambda attrs: health(attrs) == "unhealthy")
        yield project
    finally:
        docker_client.api.remove_container(created["Id"], force=True)


@pytest.fixture
async def provider(hostile_project: str, dockerd: PrivateDockerd) -> AsyncIterator[DockerProvider]:
    built = DockerProvider("web", DockerSettings(project=hostile_project, host=dockerd.url))
    try:
        yield built
    finally:
        await built.aclose()


async def test_a_hostile_service_and_health_output_are_shown_safely(provider: DockerProvider) -> None:
    row = (await provider.deployments())[0]
    assert problems(row) == []
    assert row.service == "web [b]x[/b] replica[2 ␛[2J"  # the markup as written, the escape visible
    detail = row.instances[0].detail
    assert "[@click=app.quit]quit[/]" in detail and "␛]0;owned␇" in detail and "\ufffd" in detail
    assert "x[$error]y" in all_text(row)


async def test_hostile_container_output_is_one_visible_bounded_line_each(provider: DockerProvider) -> None:
    lines: list[LogLine] = []
    seen_stderr = seen_huge = False
    # stdout and stderr reach dockerd through two copiers, and it cuts a long line into 16 KiB pieces as they come:
    # the stderr line may arrive after the huge line's first piece, so read until both were seen.
    async with asyncio.timeout(60):
        async for line in provider.tail():
            lines.append(line)
            seen_stderr |= line.message.startswith("to stderr")
            seen_huge |= line.message.startswith("A" * 100)
            if seen_stderr and seen_huge:
                break
    assert [problem for line in lines for problem in problems(line)] == []
    messages = [line.message for line in lines]
    assert "[@click=app.quit]quit[/]" in messages and "ok␍FAILED" in messages and "␀nul" in messages
    assert "bad \ufffd\ufffd \ufffd( \ufffd\ufffd\ufffd utf-8" in messages
    assert any(message.startswith("to stderr bad \ufffd") for message in messages)
    assert all(len(message) < HUGE_LINE_CHARS for message in messages)
    assert {line.source for line in lines} == {"web [b]x[/b] replica[2 ␛[2J"}


def test_the_log_parser_reads_any_text() -> None:
    for raw in ("2026-12-01T16:34:42.311515316Z " + HUGE, "2026-12-01T16:34:42Z lone \udcff \x1b[2J\r"):
        line = parse_line(raw, SERVICE)
        assert line is not None and problems(line) == []
