"""Logs of every pod of the target, prefixed by pod, followed as they arrive; a crashed container's previous log.

Each followed container is one long HTTP stream read by its own daemon thread (never the default executor:
it has a handful of workers that polls need). Lines travel to the event loop through a queue; the pod list is
looked at again every few seconds so new pods of a rollout are followed too. Cancelling closes every stream.
"""

from __future__ import annotations

import asyncio
import math
import re
import threading
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..base import ProviderError
from ..results import LogLine, utcnow
from ..text import clean_result
from .client import KubeClient
from .wire import Pod

RESCAN_S = 5.0
STREAM_IDLE_S = 60.0
"""A followed log silent this long is closed and, if its pod still runs, opened again from its last line."""
MAX_STREAMS = 30
"""Containers followed at once (one connection and thread each): the unready ones first, then the newest."""
MAX_LINE = 16 * 1024
"""Longer lines are cut (every read has a size limit)."""
_LEVEL = re.compile(r"\b(ERROR|ERR|FATAL|PANIC|WARN|WARNING|INFO|DEBUG)\b|^(panic):", re.IGNORECASE)
_LEVELS = {"ERR": "ERROR", "FATAL": "ERROR", "PANIC": "ERROR", "WARNING": "WARN"}


def level_of(message: str) -> str:
    found = _LEVEL.search(message[:200])
    if found is None:
        return ""
    word = (found[1] or found[2]).upper()
    return _LEVELS.get(word, word)


def parse_line(raw: bytes, source: str) -> LogLine | None:
    """``<RFC3339 with nanoseconds> <message>`` (kubectl logs --timestamps) -> a LogLine."""
    text = raw[:MAX_LINE].decode("utf-8", "replace").rstrip("\r\n")
    stamp, _, message = text.partition(" ")
    try:
        # Python reads at most microseconds: cut the nanoseconds' last three digits.
        head, _, fraction = stamp.rstrip("Z").partition(".")
        at = datetime.fromisoformat(f"{head}.{(fraction + '000000')[:6]}+00:00" if fraction else f"{head}+00:00")
    except ValueError:
        return clean_result(LogLine(utcnow(), source, text, level_of(text))) if text else None
    return clean_result(LogLine(at, source, message, level_of(message)))


@dataclass
class Stream:
    """One container's followed log, read by a thread until it ends, fails or is closed."""

    pod: str
    container: str
    since: datetime | None = None
    response: Any = None
    closed: bool = False
    last_at: datetime | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def close(self) -> None:
        self.closed = True
        response = self.response
        if response is not None:
            try:
                response.shutdown() if hasattr(response, "shutdown") else response.close()
            except Exception:  # noqa: BLE001 - closing a dead stream may fail in many ways; it is dead either way
                pass


class PodLogs:
    def __init__(self, client: KubeClient, pods: Callable[[], Any]) -> None:
        self.client = client
        self.list_pods = pods
        """Coroutine function returning the target's pods now."""

    async def tail(self, since: datetime | None, contains: str | None) -> AsyncGenerator[LogLine, None]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[LogLine | ProviderError] = asyncio.Queue(maxsize=10_000)
        streams: dict[tuple[str, str], Stream] = {}
        previous_read: set[str] = set()
        needle = contains.lower() if contains else None
        api = await self.client.api()

        def put(item: LogLine | ProviderError) -> None:
            loop.call_soon_threadsafe(_offer, queue, item)

        async def scan() -> None:
            pods: list[Pod] = await self.list_pods()
            pods.sort(key=_follow_order)
            followed = sum(1 for stream in streams.values() if not stream.done.is_set())
            for pod in pods:
                names = [c.name for c in pod.spec.containers]
                for status in pod.status.container_statuses:
                    key = f"{pod.metadata.name}/{status.name}"
                    if status.restart_count > 0 and not status.ready and key not in previous_read \
                            and len(previous_read) < MAX_STREAMS:
                        previous_read.add(key)
                        for line in await self._previous(pod.metadata.name, status.name, len(names) > 1):
                            put(line)
                running = {s.name for s in pod.status.container_statuses
                           if s.state.running is not None or s.restart_count > 0}
                for name in names:
                    key2 = (pod.metadata.name, name)
                    stream = streams.get(key2)
                    if name in running and (stream is None or stream.done.is_set()) and followed < MAX_STREAMS:
                        followed += 1
                        resume = stream.last_at if stream is not None and stream.last_at else since
                        stream = Stream(pod.metadata.name, name, resume)
                        streams[key2] = stream
                        source = f"{pod.metadata.name}/{name}" if len(names) > 1 else pod.metadata.name
                        threading.Thread(target=self._follow, args=(api, stream, source, put),
                                         name=f"kube-log-{source}", daemon=True).start()

        try:
            await scan()
            while True:
                try:
                    async with asyncio.timeout(RESCAN_S):
                        item = await queue.get()
                except TimeoutError:
                    await scan()
                    continue
                if isinstance(item, ProviderError):
                    raise item
                if since is not None and item.at <= since:
                    continue
                if needle is None or needle in item.message.lower() or needle in item.source.lower():
                    yield item
        finally:
            for stream in streams.values():
                stream.close()

    async def _previous(self, pod: str, container: str, several: bool) -> list[LogLine]:
        """The last lines of the container's previous (crashed) run, marked as such."""
        try:
            data = await self.client.call("get", "pods/log", name=pod, query={
                "container": container, "previous": "true", "timestamps": "true",
                "tailLines": self.client.settings.log_tail})
        except ProviderError:
            return []  # no previous run (yet): nothing to show, the live stream still follows
        source = f"{pod}/{container} (previous)" if several else f"{pod} (previous)"
        return [line for raw in data.splitlines() if (line := parse_line(raw, source)) is not None]

    def _follow(self, api: Any, stream: Stream, source: str, put: Callable[[LogLine | ProviderError], None]) -> None:
        from urllib3.exceptions import ReadTimeoutError

        since = stream.since
        query: dict[str, Any] = {"container": stream.container, "follow": "true", "timestamps": "true"}
        if since is not None:
            query["sinceSeconds"] = max(1, math.ceil((utcnow() - since).total_seconds()) + 1)
        else:
            query["tailLines"] = self.client.settings.log_tail
        try:
            response = self.client.open(api, "GET", self.client.path("pods/log", stream.pod), query,
                                        read_timeout_s=STREAM_IDLE_S)
            stream.response = response
            if stream.closed:
                return
            pending = b""
            for chunk in response.stream(64 * 1024, decode_content=True):
                pending += chunk
                *complete, pending = pending.split(b"\n")
                for raw in complete:
                    line = parse_line(raw, source)
                    if line is not None and (since is None or line.at > since):
                        stream.last_at = line.at
                        put(line)
                if len(pending) > MAX_LINE:
                    pending = pending[:MAX_LINE]
        except ReadTimeoutError:
            pass  # idle: the next scan opens it again from its last line
        except Exception as error:  # noqa: BLE001 - reported to the tail, which raises it as a ProviderError
            if not stream.closed:
                mapped = self.client.error(error, "get", "pods/log", stream.pod)
                # A stream the pod's restart or deletion ended is not a failure: the next scan follows anew.
                if mapped.title not in ("not found", "bad response"):
                    put(mapped)
        finally:
            stream.done.set()
            if stream.response is not None:
                stream.response.release_conn()


def _follow_order(pod: Pod) -> tuple[bool, float]:
    """Unready pods first (their logs say why), then the newest (a rollout's new pods)."""
    ready = bool(pod.status.container_statuses) and all(c.ready for c in pod.status.container_statuses)
    created = pod.metadata.creation_timestamp
    return ready, -(created.timestamp() if created is not None else 0.0)


def _offer(queue: asyncio.Queue[LogLine | ProviderError], item: LogLine | ProviderError) -> None:
    """Drop lines rather than block the reader threads when nobody keeps up (errors always get through)."""
    if isinstance(item, ProviderError):
        while queue.full():
            queue.get_nowait()
    if not queue.full():
        queue.put_nowait(item)
