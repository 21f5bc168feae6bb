"""A replay proxy in front of moto's server: moto's real answers, plus recorded ones where moto has no model.

moto keeps the real state (clusters, task definitions, the service's task definition, ECR images, log events)
and answers on the real wire protocol. It does not model what happens after an update: deployments never move,
service events stay empty, no task ever runs or stops. For those, a *story* names recorded answers (in
``recordings/``, each checked against botocore's service model by ``test_recordings.py``):

- ``DescribeServices``: moto answers, then the fields moto cannot know (``MOTO_GAPS``) come from the recording
  whose own ``taskDefinition`` is the one moto says the service names now, in the story's order (the last one
  repeats). So a rollback through the real ``UpdateService`` moves the story on.
- ``ListTasks`` with ``desiredStatus=STOPPED`` and ``DescribeTasks`` of those tasks: served from recordings.
- Errors: a recording served to the next N calls of its operation (None: every call), then moto answers again.

Everything else goes to moto untouched. It binds 127.0.0.1 only and counts the calls it sees, per operation.
"""

from __future__ import annotations

import http.client
import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, cast

RECORDINGS = Path(__file__).parent / "recordings"
Reply = tuple[int, dict[str, str], bytes]
"""Status, headers, body."""
MOTO_GAPS = ("deployments", "events", "runningCount", "pendingCount", "deploymentConfiguration")
"""Service fields moto does not keep up to date (or at all)."""
TARGET_SERVICES = {
    "AmazonEC2ContainerServiceV20141113": "ecs",
    "Logs_20140328": "logs",
    "AmazonEC2ContainerRegistry_V20150921": "ecr",
}


def recording(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((RECORDINGS / f"{name}.json").read_text())
    return loaded


@dataclass(frozen=True)
class Failure:
    recording: str
    times: int | None = 1
    """Served to this many calls of the recording's operation; None: to every call."""


@dataclass(frozen=True)
class Story:
    name: str
    services: tuple[str, ...] = ()
    """DescribeServices recordings, in the order they happen."""
    stopped_tasks: tuple[str, str] | None = None
    """(ListTasks recording, DescribeTasks recording) of the service's stopped tasks."""
    failures: tuple[Failure, ...] = ()

    def recordings(self) -> set[str]:
        names = set(self.services) | {failure.recording for failure in self.failures}
        return names | set(self.stopped_tasks or ())


FAILING_DEPLOY = Story(
    "failing-deploy",
    services=("describe-services.failing-deploy", "describe-services.rolling-back", "describe-services.rolled-back"),
    stopped_tasks=("list-tasks.stopped", "describe-tasks.stopped"),
)
CIRCUIT_BREAKER_ROLLBACK = Story(
    "circuit-breaker-rollback",
    services=("describe-services.failing-deploy", "describe-services.circuit-breaker-rollback"),
)
STORIES = (FAILING_DEPLOY, CIRCUIT_BREAKER_ROLLBACK)


@dataclass
class _Played:
    story: Story | None = None
    failures: list[list[Any]] = field(default_factory=list)
    """[Failure, calls left] pairs still to serve."""
    positions: Counter[str] = field(default_factory=Counter)
    """Per task definition: how many of its recordings were served already."""


class AwsReplay:
    def __init__(self, moto_url: str) -> None:
        host, port = moto_url.removeprefix("http://").split(":")
        self.moto = (host, int(port))
        self.calls: Counter[str] = Counter()
        """``ecs:DescribeServices`` -> calls seen (answered by moto or by a recording)."""
        self._played = _Played()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        cast(Any, self._server).replay = self
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="aws-replay", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def play(self, story: Story | None = None, *failures: Failure) -> None:
        """Serve ``story`` (None: moto only) and ``failures`` from now on, from their beginnings."""
        with self._lock:
            self._played = _Played(story, [[f, f.times] for f in failures])

    def reset(self) -> None:
        self.play(None)
        self.calls.clear()
        self._forward("POST", "/moto-api/reset", b"", {})

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    # -- answering ----------------------------------------------------------------------------------------------

    def answer(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        target = headers.get("x-amz-target", "")
        prefix, _, operation = target.partition(".")
        name = f"{TARGET_SERVICES.get(prefix, prefix or 'other')}:{operation or path}"
        with self._lock:
            self.calls[name] += 1
            failure = self._take_failure(name)
        if failure is not None:
            return _recorded(failure)
        request = json.loads(body) if body else {}
        story = self._played.story
        if story is not None and story.stopped_tasks is not None:
            served = self._stopped_tasks(name, request, story.stopped_tasks)
            if served is not None:
                return served
        status, reply_headers, reply = self._forward(method, path, body, headers)
        if name == "ecs:DescribeServices" and status == 200 and story is not None:
            reply = self._overlay_services(reply, story)
        return status, reply_headers, reply

    def _take_failure(self, name: str) -> dict[str, Any] | None:
        for pending in self._played.failures:
            failure, left = pending
            loaded = recording(failure.recording)
            if f"{loaded['service']}:{loaded['operation']}" != name or left == 0:
                continue
            if left is not None:
                pending[1] = left - 1
            return loaded
        return None

    def _stopped_tasks(self, name: str, request: dict[str, Any], names: tuple[str, str]) -> Reply | None:
        listed, described = (recording(n) for n in names)
        if name == "ecs:ListTasks" and request.get("desiredStatus") == "STOPPED":
            return _recorded(listed)
        if name == "ecs:DescribeTasks":
            tasks = {t["taskArn"]: t for t in described["body"]["tasks"]}
            asked = request.get("tasks", [])
            if asked and all(arn in tasks for arn in asked):
                return _recorded({**described, "body": {"tasks": [tasks[a] for a in asked], "failures": []}})
        return None

    def _overlay_services(self, reply: bytes, story: Story) -> bytes:
        answer = json.loads(reply)
        for service in answer.get("services", ()):
            revision = _short(service.get("taskDefinition", ""))
            chapter = [n for n in story.services if _recorded_revision(n) == revision]
            if not chapter:
                continue
            with self._lock:
                position = min(self._played.positions[revision], len(chapter) - 1)
                self._played.positions[revision] += 1
            recorded = recording(chapter[position])["body"]["services"][0]
            for key in MOTO_GAPS:
                if key in recorded:
                    service[key] = recorded[key]
                else:
                    service.pop(key, None)
        return json.dumps(answer).encode()

    def _forward(self, method: str, path: str, body: bytes, headers: dict[str, str]) -> Reply:
        connection = http.client.HTTPConnection(*self.moto, timeout=10)
        try:
            sent = {k: v for k, v in headers.items() if k not in ("host", "connection", "content-length")}
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            keep = ("content-type", "x-amzn-requestid", "x-amzn-errortype")
            return response.status, {k: v for k, v in response.getheaders() if k.lower() in keep}, response.read()
        finally:
            connection.close()


def _short(reference: str) -> str:
    """``arn:...:task-definition/api:3`` or ``api:3`` -> ``api:3`` (moto keeps what update-service was given)."""
    return reference.rsplit("/", 1)[-1]


def _recorded_revision(name: str) -> str:
    return _short(recording(name)["body"]["services"][0]["taskDefinition"])


def _recorded(loaded: dict[str, Any]) -> Reply:
    return loaded["status"], {"Content-Type": "application/x-amz-json-1.1"}, json.dumps(loaded["body"]).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet test output."""

    def _serve(self) -> None:
        replay: AwsReplay = cast(Any, self.server).replay
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, reply_headers, reply = replay.answer(self.command, self.path, body, headers)
        self.send_response(status)
        for key, value in reply_headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_GET = do_POST = _serve
