"""``KubeServer``: the test Kubernetes API on 127.0.0.1, its kubeconfig, and helpers to seed a namespace.

The cluster state outlives the HTTP listener: ``stop_listening()`` kills the API (every open connection cut) and
``start_listening()`` brings it back on the same port with the same objects, for outage tests.
"""

from __future__ import annotations

import base64
import json
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from tests.backends.kube.cluster import Cluster
from tests.backends.kube.controller import CHANGE_CAUSE
from tests.backends.kube.crowd import Crowd, crowd
from tests.backends.kube.discovery import BY_PATH
from tests.backends.kube.http import ApiHttpServer
from tests.backends.kube.rbac import ADMIN_TOKEN, EXPIRED_TOKEN
from tests.backends.kube.store import clone
from tests.tls import self_signed

DEPLOYMENTS = BY_PATH[("apps", "v1", "deployments")]
SERVICES = BY_PATH[("", "v1", "services")]
NAMESPACES = BY_PATH[("", "v1", "namespaces")]
CONTEXT = "test"
EXPIRED_CONTEXT = "expired"


class KubeServer:
    def __init__(self, *, ready_after_s: float = 0.2, crash_period_s: float = 1.0,
                 chatter_s: float | None = 1.0) -> None:
        self.cluster = Cluster(ready_after_s=ready_after_s, crash_period_s=crash_period_s, chatter_s=chatter_s)
        self.stopping = threading.Event()
        self.hang_s = 0.0
        """Seconds every request waits before it is handled (a hung API server)."""
        self.port = 0
        self.crowds: dict[str, Crowd] = {}
        """Namespace -> pods of other workloads its JSON pod lists also carry (``crowd``)."""
        self._tls_dir = Path(tempfile.mkdtemp(prefix="kube-tls-"))
        self.cert, self.key = self_signed(self._tls_dir)
        self._http: ApiHttpServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> KubeServer:
        self.cluster.start()
        self.start_listening()
        return self

    def stop(self) -> None:
        self.stop_listening()
        self.cluster.stop()
        shutil.rmtree(self._tls_dir, ignore_errors=True)

    def __enter__(self) -> KubeServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def start_listening(self) -> None:
        self.stopping.clear()
        self._http = ApiHttpServer(self, ("127.0.0.1", self.port), (self.cert, self.key))
        self.port = self._http.server_port
        self._thread = threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="kube-api", daemon=True)
        self._thread.start()

    def stop_listening(self) -> None:
        if self._http is None:
            return
        self.stopping.set()
        with self.cluster.store.lock:
            self.cluster.store.changed.notify_all()
        self._http.shutdown()
        self._http.drop_connections()
        self._http.server_close()
        if self._thread is not None:
            self._thread.join()
        self._http, self._thread = None, None

    # -- client configuration ------------------------------------------------------------------------------------

    def write_kubeconfig(self, path: Path, *, current: str = CONTEXT, namespace: str = "default") -> Path:
        """A kubeconfig with the contexts ``test`` (admin) and ``expired`` (a token the server refuses)."""
        users = {CONTEXT: ADMIN_TOKEN, EXPIRED_CONTEXT: EXPIRED_TOKEN}
        config = {
            "apiVersion": "v1", "kind": "Config", "current-context": current,
            "clusters": [{"name": "test", "cluster": {
                "server": self.url, "certificate-authority-data": base64.b64encode(self.cert.read_bytes()).decode()}}],
            "users": [{"name": name, "user": {"token": token}} for name, token in users.items()],
            "contexts": [{"name": name, "context": {"cluster": "test", "user": name, "namespace": namespace}}
                         for name in users],
        }
        path.write_text(json.dumps(config, indent=2))  # JSON is YAML: every kubeconfig reader takes it
        path.chmod(0o600)
        return path

    # -- seeding (through the same verbs as the API) ------------------------------------------------------------

    def namespace(self, name: str) -> None:
        if self.cluster.store.get("namespaces", "", name) is None:
            self.cluster.create(NAMESPACES, None, {"metadata": {"name": name}})

    def deployment(self, namespace: str, name: str, image: str | list[str], *, replicas: int = 3,
                   labels: dict[str, str] | None = None, change_cause: str | None = None,
                   progress_deadline_s: int = 600) -> dict[str, Any]:
        self.namespace(namespace)
        labels = labels or {"app": name}
        images = [image] if isinstance(image, str) else image
        containers = [{"name": "app" if i == 0 else f"sidecar{i}", "image": img,
                       "ports": [{"containerPort": 8080, "protocol": "TCP"}]} for i, img in enumerate(images)]
        annotations = {CHANGE_CAUSE: change_cause} if change_cause else {}
        body = {"metadata": {"name": name, "labels": labels, "annotations": annotations},
                "spec": {"replicas": replicas, "selector": {"matchLabels": labels},
                         "progressDeadlineSeconds": progress_deadline_s,
                         "template": {"metadata": {"labels": labels}, "spec": {"containers": containers}}}}
        return self.cluster.create(DEPLOYMENTS, namespace, body)

    def set_image(self, namespace: str, name: str, image: str, *, change_cause: str | None = None) -> None:
        """What ``kubectl set image`` (with ``--record``-style change-cause) does: a new pod template."""
        patch: dict[str, Any] = {"spec": {"template": {"spec": {"containers": [{"name": "app", "image": image}]}}}}
        if change_cause is not None:
            patch["metadata"] = {"annotations": {CHANGE_CAUSE: change_cause}}
        self.cluster.patch(DEPLOYMENTS, namespace, name, "application/strategic-merge-patch+json", patch)

    def service(self, namespace: str, name: str, selector: dict[str, str]) -> dict[str, Any]:
        self.namespace(namespace)
        return self.cluster.create(SERVICES, namespace, {
            "metadata": {"name": name},
            "spec": {"selector": selector, "ports": [{"port": 80, "targetPort": 8080, "protocol": "TCP"}]}})

    def crowd(self, namespace: str, count: int, labels: dict[str, str]) -> Crowd:
        """``count`` realistic pods of another workload (labelled ``labels``) in the namespace's pod lists."""
        self.namespace(namespace)
        self.crowds[namespace] = crowd(count, namespace=namespace, labels=labels)
        return self.crowds[namespace]

    def deployment_status(self, namespace: str, name: str) -> dict[str, Any]:
        with self.cluster.store.lock:
            copied: dict[str, Any] = clone(self.cluster.get(DEPLOYMENTS, namespace, name))
            return copied
