"""Following CloudWatch Logs: the ``aws logs tail --follow`` of the service's containers.

The log groups and stream prefixes come from the task definitions' awslogs options (see ``ecs_model.log_configs``).
CloudWatch has no push API that boto3 can wait on cheaply, so this polls ``FilterLogEvents`` from a moving start
time, remembering the events already seen at that boundary millisecond so none is delivered twice. Every read is
bounded: pages per poll, lines per page, characters per line.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncGenerator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .ecs_aws import AwsClients
from .ecs_model import LogConfig, aware, cut
from .limits import visible_text
from .results import LogLine, utcnow
from .text import clean_result

POLL_S = 2.0
BACKLOG = timedelta(minutes=15)
"""Without ``since``, the backlog a tail starts with (the runbook's ``aws logs tail --since 15m``)."""
PAGE_LIMIT = 500
MAX_PAGES = 4
"""Pages read per stream and poll: a burst beyond this is read on the next poll, not all at once."""
LINE_CHARS = 4000
_LEVEL_WORD = re.compile(r"\b(FATAL|CRITICAL|ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE)\b")
_LEVEL_JSON = re.compile(r'"(?:level|severity|levelname)"\s*:\s*"(\w+)"', re.I)
LEVEL_NAMES = {"WARNING": "WARN", "ERR": "ERROR"}


def level_of(message: str) -> str:
    """The upper-case level a line carries (``ERROR``, ``WARN``...), from a JSON level field or a level word."""
    head = message[:200]
    found = _LEVEL_JSON.search(head) or _LEVEL_WORD.search(head)
    if found is None:
        return ""
    level = found.group(1).upper()
    return LEVEL_NAMES.get(level, level)


@dataclass
class Cursor:
    """Where one log destination was read up to: its newest timestamp and the events seen at exactly that time."""

    start_ms: int
    seen: set[str] = field(default_factory=set)


class CloudWatchFollower:
    def __init__(self, aws: AwsClients, poll_s: float = POLL_S) -> None:
        self.aws = aws
        self.poll_s = poll_s

    async def follow(
        self, configs: Sequence[LogConfig], since: datetime | None, contains: str | None
    ) -> AsyncGenerator[LogLine, None]:
        """Yield lines newer than ``since`` (None: the last 15 minutes) from every destination, oldest first.

        Once lines were delivered and every destination is read to its end, the iterator ends: the caller (the hub
        batches lines per stream) shows them now and reconnects with ``since`` set to the last line, so following
        goes on without a gap. Until there is a line it keeps polling.
        """
        start = since if since is not None else utcnow() - BACKLOG
        start_ms = int(start.timestamp() * 1000)
        cursors = {config: Cursor(start_ms) for config in configs}
        needle = contains.casefold() if contains else None
        while True:
            reads = await asyncio.gather(*(self._read(config, cursors[config]) for config in configs))
            lines = sorted((line for batch, _ in reads for line in batch), key=lambda line: line.at)
            fresh = [
                line for line in lines
                if (since is None or line.at > since) and (needle is None or needle in line.message.casefold())
            ]
            for line in fresh:
                yield line
            more = any(unread for _, unread in reads)
            if fresh and not more:
                return
            if not more:
                await asyncio.sleep(self.poll_s)

    async def _read(self, config: LogConfig, cursor: Cursor) -> tuple[list[LogLine], bool]:
        """New events of one destination since its cursor (at most MAX_PAGES pages), and whether more are left."""
        params: dict[str, object] = {"logGroupName": config.group, "startTime": cursor.start_ms, "limit": PAGE_LIMIT}
        if config.stream_prefix:
            params["logStreamNamePrefix"] = config.stream_prefix
        lines: list[LogLine] = []
        newest, at_newest = cursor.start_ms, set(cursor.seen)
        token: str | None = None
        for _ in range(MAX_PAGES):
            answer = await self.aws.call("logs", "filter_log_events", f"log group {config.group}",
                                         region=config.region, **params)
            for event in answer.get("events", ()):
                key = f"{event.get('logStreamName', '')}/{event.get('eventId', '')}"
                stamp = int(event.get("timestamp", 0))
                if stamp < cursor.start_ms or (stamp == cursor.start_ms and key in cursor.seen):
                    continue
                if stamp > newest:
                    newest, at_newest = stamp, set()
                if stamp == newest:
                    at_newest.add(key)
                lines.append(self._line(config, event))
            token = answer.get("nextToken")
            if not token:
                break
            params["nextToken"] = token
        cursor.start_ms, cursor.seen = newest, at_newest
        return lines, token is not None

    @staticmethod
    def _line(config: LogConfig, event: dict[str, object]) -> LogLine:
        stream = cut(event.get("logStreamName", ""), 200)
        # "ecs/api/0f3c..." -> "api/0f3c...": the container and its task, without the configured prefix's head.
        source = stream.split("/", 1)[1] if config.stream_prefix and "/" in stream else stream or config.group
        # A multi-line event (a traceback) keeps its lines; anything a terminal would obey is shown instead.
        message = visible_text(str(event.get("message", "")).rstrip("\n"))
        if len(message) > LINE_CHARS:
            message = message[: LINE_CHARS - 1] + "…"
        at = aware(int(str(event.get("timestamp", 0))) / 1000) or datetime.now(UTC)
        return clean_result(LogLine(at=at, source=source, message=message, level=level_of(message)))
