"""A small Kubernetes API server for the tests, kept honest by driving it with the real kubectl.

http (routing, discovery, lists, tables, watch, logs) -> cluster (verbs) -> store; controller (deployments and
ReplicaSets), pods (the kubelet's view of each image), events and rbac plug into the cluster.
"""

from tests.backends.kube.server import CONTEXT, EXPIRED_CONTEXT, KubeServer

__all__ = ["CONTEXT", "EXPIRED_CONTEXT", "KubeServer"]
