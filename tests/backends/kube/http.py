"""The HTTP layer: routing of API paths to the cluster's verbs, discovery, lists, tables, watches and pod logs."""

from __future__ import annotations

import json
import socket
import ssl
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import msgspec

from tests.backends.kube import discovery, tables
from tests.backends.kube.cluster import ApiError
from tests.backends.kube.discovery import BY_PATH, Resource
from tests.backends.kube.pods import EXIT
from tests.backends.kube.rbac import status
from tests.backends.kube.selectors import parse_fields, parse_labels
from tests.tls import server_context

if TYPE_CHECKING:
    from tests.backends.kube.server import KubeServer

MAX_BODY = 4 * 1024 * 1024
WATCH_DEFAULT_S = 300.0


class ApiHttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, owner: KubeServer, address: tuple[str, int], tls: tuple[Path, Path]) -> None:
        self.owner = owner
        self.open_sockets: set[socket.socket] = set()
        super().__init__(address, ApiHandler)
        # The handshake runs in the handler's thread (first read), so a slow client never blocks accept().
        self.socket = server_context(*tls).wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.open_sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up mid-TLS or mid-stream is normal here (kubectl exits, outage tests cut links)."""

    def drop_connections(self) -> None:
        """Cut every open connection, as a dying API server would (watches and log follows included)."""
        for sock in list(self.open_sockets):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class ApiHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ApiHttpServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read the server's effects, not its access log."""

    # -- plumbing ----------------------------------------------------------------------------------------------

    @property
    def owner(self) -> KubeServer:
        return self.server.owner

    def _send(self, code: int, body: Any, content_type: str = "application/json") -> None:
        if isinstance(body, bytes):
            raw = body
        else:
            with self.owner.cluster.store.lock:  # live objects: the controllers' clock must not change them mid-way
                raw = msgspec.json.encode(body)
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def _fail(self, error: ApiError) -> None:
        self._send(error.code, status(error.code, error.reason, error.message))

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            raise ApiError(413, "RequestEntityTooLarge", "request body too large")
        raw = self.rfile.read(length) if length else b"{}"
        try:
            return json.loads(raw)
        except ValueError as error:
            raise ApiError(400, "BadRequest", f"the body is not JSON: {error}") from error

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_PATCH(self) -> None:
        self._handle("PATCH")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    # -- routing -----------------------------------------------------------------------------------------------

    def _handle(self, method: str) -> None:
        if self.owner.hang_s:
            time.sleep(self.owner.hang_s)  # a hung API server, for timeout tests
        url = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        user = self.owner.cluster.rbac.user(self.headers.get("Authorization"))
        if user is None:
            self._send(401, status(401, "Unauthorized", "Unauthorized"))
            return
        try:
            if not self._discovery(url.path):
                self._resource(method, url.path, query, user)
        except ApiError as error:
            self._fail(error)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass

    def _discovery(self, path: str) -> bool:
        address = f"127.0.0.1:{self.server.server_port}"
        documents: dict[str, Any] = {"/version": discovery.VERSION, "/api": discovery.api_versions(address),
                                     "/apis": discovery.api_groups()}
        if path.rstrip("/") in documents:
            self._send(200, documents[path.rstrip("/")])
            return True
        parts = [p for p in path.split("/") if p]
        listing = None
        if parts[:1] == ["api"] and len(parts) == 2:
            listing = discovery.resource_list("", parts[1])
        elif parts[:1] == ["apis"] and len(parts) == 3:
            listing = discovery.resource_list(parts[1], parts[2])
        elif parts[:1] == ["openapi"]:  # kubectl falls back to its built-in schemas
            self._send(404, status(404, "NotFound", "the OpenAPI documents are not served"))
            return True
        elif parts[:1] in (["healthz"], ["readyz"], ["livez"]):
            self._send(200, b"ok", "text/plain")
            return True
        else:
            return False
        if listing is None:
            raise ApiError(404, "NotFound", f"the server could not find the requested resource ({path})")
        self._send(200, listing)
        return True

    def _resource(self, method: str, path: str, query: dict[str, str], user: str) -> None:
        parts = [p for p in path.split("/") if p]
        if parts[:1] == ["api"] and len(parts) >= 3:
            group, version, rest = "", parts[1], parts[2:]
        elif parts[:1] == ["apis"] and len(parts) >= 4:
            group, version, rest = parts[1], parts[2], parts[3:]
        else:
            raise ApiError(404, "NotFound", f"the server could not find the requested resource ({path})")
        namespace: str | None = None
        if rest[0] == "namespaces" and len(rest) >= 3 and (group, version, rest[2]) in BY_PATH:
            namespace, rest = rest[1], rest[2:]
        resource = BY_PATH.get((group, version, rest[0]))
        if resource is None or len(rest) > 3:
            raise ApiError(404, "NotFound", f"the server could not find the requested resource ({path})")
        name = rest[1] if len(rest) > 1 else None
        sub = rest[2] if len(rest) > 2 else None
        verb = {"GET": "get" if name else ("watch" if _flag(query, "watch") else "list"), "POST": "create",
                "PUT": "update", "PATCH": "patch", "DELETE": "delete"}[method]
        refused = self.owner.cluster.rbac.refusal(user, verb, group, f"{resource.name}/{sub}" if sub else resource.name,
                                                  namespace, name)
        if refused is not None:
            self._send(403, refused)
            return
        cluster = self.owner.cluster
        dry_run = "dryRun" in query
        if sub == "log" and resource.name == "pods" and method == "GET" and name:
            self._log(namespace or "default", name, query)
        elif sub == "scale" and name:
            if method == "GET":
                self._send(200, cluster.scale(resource, namespace, name))
            elif method in ("PUT", "PATCH"):
                kind = self.headers.get("Content-Type", "") if method == "PATCH" else None
                self._send(200, cluster.set_scale(resource, namespace, name, self._body(), kind, dry_run=dry_run))
            else:
                raise ApiError(405, "MethodNotAllowed", f"{method} is not supported on {resource.name}/scale")
        elif sub is not None and sub != "status":
            raise ApiError(404, "NotFound", f"the server could not find the requested resource ({path})")
        elif method == "GET" and name:
            self._objects(resource, [cluster.get(resource, namespace, name)], single=True)
        elif method == "GET" and _flag(query, "watch"):
            self._watch(resource, namespace, query)
        elif method == "GET":
            self._list(resource, namespace, query)
        elif method == "POST" and not name:
            self._send(201, cluster.create(resource, namespace, self._body()))
        elif method == "PUT" and name:
            self._send(200, cluster.replace(resource, namespace, name, self._body(), dry_run=dry_run))
        elif method == "PATCH" and name:
            kind = self.headers.get("Content-Type", "")
            self._send(200, cluster.patch(resource, namespace, name, kind, self._body(), dry_run=dry_run))
        elif method == "DELETE" and name:
            self._send(200, cluster.delete(resource, namespace, name))
        else:
            raise ApiError(405, "MethodNotAllowed", f"{method} {path} is not supported")

    # -- reads -------------------------------------------------------------------------------------------------

    def _list(self, resource: Resource, namespace: str | None, query: dict[str, str]) -> None:
        labels = parse_labels(query.get("labelSelector"))
        fields = parse_fields(query.get("fieldSelector"))
        store = self.owner.cluster.store
        crowd = self.owner.crowds.get(namespace or "") if resource.name == "pods" else None
        with store.lock:  # encoded under the lock: a consistent list without copying every object first
            chosen: list[Any] = [obj for obj in store.items(resource.name, namespace)
                                 if labels(obj["metadata"].get("labels") or {}) and fields(obj)]
            if crowd is not None and labels(crowd.labels) and "as=Table" not in (self.headers.get("Accept") or ""):
                chosen.append(crowd.items)  # JSON lists only: spliced in as encoded
            body = self._encode(resource, chosen, single=False)
        self._send(200, body)

    def _objects(self, resource: Resource, objects: list[dict[str, Any]], *, single: bool) -> None:
        with self.owner.cluster.store.lock:
            body = self._encode(resource, objects, single=single)
        self._send(200, body)

    def _encode(self, resource: Resource, objects: list[dict[str, Any]], *, single: bool) -> bytes:
        version = str(self.owner.cluster.store.version)
        if "as=Table" in (self.headers.get("Accept") or ""):
            return msgspec.json.encode(tables.table(resource.name, objects, version))
        if single:
            return msgspec.json.encode(objects[0])
        return msgspec.json.encode({"kind": f"{resource.kind}List", "apiVersion": resource.api_version,
                                    "metadata": {"resourceVersion": version}, "items": objects})

    def _watch(self, resource: Resource, namespace: str | None, query: dict[str, str]) -> None:
        store = self.owner.cluster.store
        labels = parse_labels(query.get("labelSelector"))
        fields = parse_fields(query.get("fieldSelector"))
        since = int(query.get("resourceVersion") or 0) or store.version
        limit_s = float(query.get("timeoutSeconds") or WATCH_DEFAULT_S)

        def wanted(kind: str, obj: dict[str, Any]) -> bool:
            return (kind == resource.name and (namespace is None or obj["metadata"].get("namespace") == namespace)
                    and labels(obj["metadata"].get("labels") or {}) and fields(obj))

        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline and not self.owner.stopping.is_set():
            with store.lock:
                checked = store.version
            for version, event, obj in store.events_after(since, wanted):
                since = version
                self._chunk(json.dumps({"type": event, "object": obj}).encode() + b"\n")
            since = max(since, checked)
            with store.lock:
                if store.version == checked:
                    store.changed.wait(min(1.0, max(0.0, deadline - time.monotonic())))
        if not self.owner.stopping.is_set():
            self._chunk(b"")

    def _log(self, namespace: str, name: str, query: dict[str, str]) -> None:
        cluster = self.owner.cluster
        with cluster.store.lock:
            pod = cluster.store.get("pods", namespace, name)
            if pod is None:
                raise ApiError(404, "NotFound", f'pods "{name}" not found')
            sim = cluster.pods.pods.get(pod["metadata"]["uid"])
            if sim is None:
                raise ApiError(400, "BadRequest", f'pod "{name}" has no containers running')
            container = sim.container(query.get("container"))
            if container is None:
                names = " ".join(c.name for c in sim.containers)
                raise ApiError(400, "BadRequest", f"a container name must be specified for pod {name}, choose one "
                                                  f"of: [{names}]")
            previous = _flag(query, "previous")
            if previous and container.restarts == 0:
                raise ApiError(400, "BadRequest",
                               f'previous terminated container "{container.name}" in pod "{name}" not found')
            if not previous and (not container.started or container.behaviour in ("pull", "unschedulable")):
                why = {"pull": "trying and failing to pull image", "unschedulable": "ContainerCreating"}
                raise ApiError(400, "BadRequest", f'container "{container.name}" in pod "{name}" is waiting to '
                                                  f'start: {why.get(container.behaviour, "ContainerCreating")}')
            lines = list(container.previous if previous else container.current)
            written, restarts = container.written, container.restarts
        since = query.get("sinceTime")
        if since:
            lines = [line for line in lines if line[0][:19] >= since[:19]]
        if "tailLines" in query:
            tail = int(query["tailLines"])
            lines = lines[-tail:] if tail > 0 else []
        stamps = _flag(query, "timestamps")

        def render(entry: tuple[str, str]) -> bytes:
            return (f"{entry[0]} {entry[1]}\n" if stamps else f"{entry[1]}\n").encode()

        if not _flag(query, "follow") or previous:
            self._send(200, b"".join(render(line) for line in lines), "text/plain")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if lines:
            self._chunk(b"".join(render(line) for line in lines))
        # Follow until the container restarts (its stream ends, as the kubelet's does), the pod goes or we stop.
        while not self.owner.stopping.is_set():
            with cluster.store.lock:
                cluster.store.changed.wait(1.0)
                alive = cluster.pods.pods.get(sim.uid) is not None and container.restarts == restarts
                fresh = list(container.current)[-(container.written - written):] if alive and \
                    container.written > written else []
                written = container.written if alive else written
            if fresh:
                self._chunk(b"".join(render(line) for line in fresh))
            if not alive or container.behaviour in EXIT and container.restarts != restarts:
                break
        if not self.owner.stopping.is_set():
            self._chunk(b"")


def _flag(query: dict[str, str], name: str) -> bool:
    return query.get(name, "").lower() in ("1", "true")
