"""The pod simulator: what the kubelet would report for each container image's behaviour.

Behaviours (chosen per image by the test): ``ok`` starts and gets ready; ``crash`` exits 1 on start and loops in
CrashLoopBackOff; ``oom`` is killed with exit 137 (OOMKilled) in a loop; ``pull`` never pulls (ImagePullBackOff);
``unschedulable`` never gets a node (FailedScheduling).
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.backends.kube.events import EventRecorder
from tests.backends.kube.store import now_iso

BEHAVIOURS = ("ok", "crash", "oom", "pull", "unschedulable")
LOG_LINES = 2000
EXIT = {"crash": (1, "Error"), "oom": (137, "OOMKilled")}


def log_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f000Z")


@dataclass
class ContainerSim:
    name: str
    image: str
    behaviour: str
    started: bool = False
    started_at: str = ""
    restarts: int = 0
    next_crash: float = 0.0
    last_terminated: dict[str, Any] | None = None
    current: deque[tuple[str, str]] = field(default_factory=lambda: deque(maxlen=LOG_LINES))
    previous: deque[tuple[str, str]] = field(default_factory=lambda: deque(maxlen=LOG_LINES))
    written: int = 0
    """Lines ever written to ``current`` in this instance: followers track their position with it."""
    next_chatter: float = 0.0

    def write(self, line: str) -> None:
        self.current.append((log_stamp(), line))
        self.written += 1

    def restart(self) -> None:
        self.previous = self.current
        self.current = deque(maxlen=LOG_LINES)
        self.written = 0
        self.restarts += 1


@dataclass
class PodSim:
    namespace: str
    name: str
    uid: str
    node: str
    created: float
    containers: list[ContainerSim]
    ip: str

    def container(self, name: str | None) -> ContainerSim | None:
        if name is None:
            return self.containers[0] if len(self.containers) == 1 else None
        return next((c for c in self.containers if c.name == name), None)

    @property
    def ready(self) -> bool:
        return all(c.started and c.behaviour == "ok" for c in self.containers)


class PodSimulator:
    def __init__(self, events: EventRecorder, behaviours: dict[str, str], *, ready_after_s: float,
                 crash_period_s: float, chatter_s: float | None) -> None:
        self.events = events
        self.behaviours = behaviours
        """image -> behaviour; images not listed are ``ok``."""
        self.ready_after_s = ready_after_s
        self.crash_period_s = crash_period_s
        self.chatter_s = chatter_s
        self.pods: dict[str, PodSim] = {}
        """By pod uid."""
        self._ips = 0

    def adopt(self, pod: dict[str, Any]) -> PodSim:
        meta = pod["metadata"]
        self._ips += 1
        containers = [ContainerSim(c["name"], c.get("image", ""), self.behaviours.get(c.get("image", ""), "ok"))
                      for c in pod["spec"]["containers"]]
        sim = PodSim(meta["namespace"], meta["name"], meta["uid"], f"node-{self._ips % 2 + 1}", time.monotonic(),
                     containers, f"10.244.{self._ips // 250}.{self._ips % 250 + 1}")
        self.pods[sim.uid] = sim
        pod["status"] = self.status(sim)
        if not self._unschedulable(sim):
            pod["spec"]["nodeName"] = sim.node
            self.events.record(pod, "Pod", "Normal", "Scheduled",
                               f"Successfully assigned {sim.namespace}/{sim.name} to {sim.node}", "default-scheduler")
        return sim

    def forget(self, uid: str) -> None:
        self.pods.pop(uid, None)

    @staticmethod
    def _unschedulable(sim: PodSim) -> bool:
        return any(c.behaviour == "unschedulable" for c in sim.containers)

    def tick(self, pod: dict[str, Any], now: float) -> bool:
        """Advance one pod; True when its status changed."""
        sim = self.pods.get(pod["metadata"]["uid"])
        if sim is None:
            return False
        changed = False
        due = now - sim.created >= self.ready_after_s
        for container in sim.containers:
            behaviour = container.behaviour
            if not due:
                continue
            if behaviour == "unschedulable":
                if not container.started:
                    container.started = True
                    self.events.record(pod, "Pod", "Warning", "FailedScheduling",
                                       "0/2 nodes are available: 2 Insufficient memory. preemption: 0/2 nodes are "
                                       "available: 2 No preemption victims found for incoming pod.",
                                       "default-scheduler")
                    changed = True
                continue
            if behaviour == "pull":
                if not container.started:
                    container.started = True
                    self.events.record(pod, "Pod", "Warning", "Failed",
                                       f'Failed to pull image "{container.image}": rpc error: code = NotFound desc = '
                                       f'failed to pull and unpack image "{container.image}": not found', "kubelet")
                    self.events.record(pod, "Pod", "Normal", "BackOff", f'Back-off pulling image "{container.image}"',
                                       "kubelet")
                    changed = True
                continue
            if not container.started:
                container.started, container.started_at = True, now_iso()
                for reason, message in (("Pulled", f'Container image "{container.image}" already present on machine'),
                                        ("Created", f"Created container {container.name}"),
                                        ("Started", f"Started container {container.name}")):
                    self.events.record(pod, "Pod", "Normal", reason, message, "kubelet")
                container.write(f"starting {container.image}")
                if behaviour == "ok":
                    container.write("listening on :8080")
                    container.next_chatter = now + (self.chatter_s or 0)
                else:
                    self._crash(pod, container, now)
                changed = True
            elif behaviour in EXIT and now >= container.next_crash:
                self._crash(pod, container, now)
                changed = True
            elif behaviour == "ok" and self.chatter_s and now >= container.next_chatter:
                container.write("GET /health 200 1ms")
                container.next_chatter = now + self.chatter_s
        if changed:
            pod["status"] = self.status(sim)
        return changed

    def _crash(self, pod: dict[str, Any], container: ContainerSim, now: float) -> None:
        code, reason = EXIT[container.behaviour]
        if container.behaviour == "oom":
            container.write("allocating cache: 512Mi")
        else:
            container.write("panic: DATABASE_URL is not set")
            container.write("goroutine 1 [running]:")
        container.last_terminated = {"exitCode": code, "reason": reason, "startedAt": container.started_at,
                                     "finishedAt": now_iso(), "containerID": f"containerd://{container.restarts:064x}"}
        container.restart()
        container.started_at = now_iso()
        container.write(f"starting {container.image}")
        container.next_crash = now + self.crash_period_s
        self.events.record(pod, "Pod", "Warning", "BackOff",
                           f"Back-off restarting failed container {container.name} in pod "
                           f"{pod['metadata']['name']}_{pod['metadata']['namespace']}({pod['metadata']['uid']})",
                           "kubelet")

    def status(self, sim: PodSim) -> dict[str, Any]:
        stamp = now_iso()
        scheduled = not self._unschedulable(sim)
        statuses = []
        for c in sim.containers:
            ready = c.started and c.behaviour == "ok"
            if c.behaviour == "pull" and c.started:
                state: dict[str, Any] = {"waiting": {"reason": "ImagePullBackOff",
                                                     "message": f'Back-off pulling image "{c.image}"'}}
            elif c.behaviour in EXIT and c.started:
                state = {"waiting": {"reason": "CrashLoopBackOff", "message": f"back-off 10s restarting failed "
                                     f"container={c.name} pod={sim.name}_{sim.namespace}({sim.uid})"}}
            elif c.started:
                state = {"running": {"startedAt": c.started_at}}
            else:
                state = {"waiting": {"reason": "ContainerCreating"}}
            entry: dict[str, Any] = {"name": c.name, "image": c.image, "imageID": "", "ready": ready,
                                     "started": ready, "restartCount": c.restarts, "state": state,
                                     "lastState": {"terminated": c.last_terminated} if c.last_terminated else {}}
            statuses.append(entry)
        ready = bool(statuses) and all(s["ready"] for s in statuses)
        running = scheduled and all(c.started and c.behaviour in ("ok", *EXIT) for c in sim.containers)
        conditions = [{"type": "PodScheduled", "status": "True" if scheduled else "False",
                       "lastTransitionTime": stamp, **({} if scheduled else {
                           "reason": "Unschedulable", "message": "0/2 nodes are available: 2 Insufficient memory."})}]
        if scheduled:
            conditions += [{"type": kind, "status": "True" if ready else "False", "lastTransitionTime": stamp}
                           for kind in ("Initialized", "ContainersReady", "Ready")]
            conditions[1]["status"] = "True"
        status: dict[str, Any] = {"phase": "Running" if running else "Pending", "conditions": conditions,
                                  "qosClass": "BestEffort"}
        if scheduled:
            status.update(hostIP="192.168.49.2", podIP=sim.ip, startTime=stamp, containerStatuses=statuses)
        return status
