"""The parts of the API's JSON the provider reads, as msgspec shapes: decoding is the shape check, and is fast
(the SDK's own model objects cost seconds for a thousand pods)."""

from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

import msgspec

T = TypeVar("T")


class Wire(msgspec.Struct, rename="camel", kw_only=True, frozen=True):
    pass


class OwnerReference(Wire, frozen=True):
    uid: str
    kind: str = ""
    name: str = ""
    controller: bool = False


class ObjectMeta(Wire, frozen=True):
    name: str
    namespace: str = ""
    uid: str = ""
    generation: int = 0
    labels: dict[str, str] = {}
    annotations: dict[str, str] = {}
    creation_timestamp: datetime | None = None
    owner_references: list[OwnerReference] = []


class Container(Wire, frozen=True):
    name: str
    image: str = ""


class PodSpec(Wire, frozen=True):
    containers: list[Container] = []
    node_name: str = ""


class TemplateMeta(Wire, frozen=True):
    labels: dict[str, str] = {}
    annotations: dict[str, str] = {}


class PodTemplate(Wire, frozen=True):
    metadata: TemplateMeta = TemplateMeta()
    spec: PodSpec = PodSpec()


class LabelSelector(Wire, frozen=True):
    match_labels: dict[str, str] = {}


class Condition(Wire, frozen=True):
    type: str
    status: str
    reason: str = ""
    message: str = ""


class DeploymentSpec(Wire, frozen=True):
    replicas: int = 1
    selector: LabelSelector = LabelSelector()
    template: PodTemplate = PodTemplate()
    paused: bool = False
    progress_deadline_seconds: int = 600


class DeploymentState(Wire, frozen=True):
    observed_generation: int = 0
    replicas: int = 0
    updated_replicas: int = 0
    ready_replicas: int = 0
    available_replicas: int = 0
    conditions: list[Condition] = []


class Deployment(Wire, frozen=True):
    metadata: ObjectMeta
    spec: DeploymentSpec = DeploymentSpec()
    status: DeploymentState = DeploymentState()


class ReplicaSetSpec(Wire, frozen=True):
    replicas: int = 0
    template: PodTemplate = PodTemplate()


class ReplicaSetState(Wire, frozen=True):
    replicas: int = 0
    ready_replicas: int = 0


class ReplicaSet(Wire, frozen=True):
    metadata: ObjectMeta
    spec: ReplicaSetSpec = ReplicaSetSpec()
    status: ReplicaSetState = ReplicaSetState()


class Waiting(Wire, frozen=True):
    reason: str = ""
    message: str = ""


class Running(Wire, frozen=True):
    started_at: datetime | None = None


class Terminated(Wire, frozen=True):
    exit_code: int = 0
    reason: str = ""
    message: str = ""
    finished_at: datetime | None = None


class ContainerState(Wire, frozen=True):
    waiting: Waiting | None = None
    running: Running | None = None
    terminated: Terminated | None = None


class ContainerStatus(Wire, frozen=True):
    name: str
    image: str = ""
    ready: bool = False
    restart_count: int = 0
    state: ContainerState = ContainerState()
    last_state: ContainerState = ContainerState()


class PodState(Wire, frozen=True):
    phase: str = ""
    reason: str = ""
    message: str = ""
    conditions: list[Condition] = []
    container_statuses: list[ContainerStatus] = []
    start_time: datetime | None = None


class Pod(Wire, frozen=True):
    metadata: ObjectMeta
    spec: PodSpec = PodSpec()
    status: PodState = PodState()


class ObjectReference(Wire, frozen=True):
    kind: str = ""
    name: str = ""
    uid: str = ""


class Event(Wire, frozen=True):
    metadata: ObjectMeta
    involved_object: ObjectReference = ObjectReference()
    reason: str = ""
    message: str = ""
    type: str = ""
    count: int = 1
    last_timestamp: datetime | None = None
    event_time: datetime | None = None
    first_timestamp: datetime | None = None

    @property
    def at(self) -> datetime | None:
        return self.last_timestamp or self.event_time or self.first_timestamp or self.metadata.creation_timestamp


class ServiceSpec(Wire, frozen=True):
    selector: dict[str, str] = {}


class Service(Wire, frozen=True):
    metadata: ObjectMeta
    spec: ServiceSpec = ServiceSpec()


class ObjectList(Wire, Generic[T], frozen=True):
    items: list[T] = []
