"""The Kubernetes provider (the official ``kubernetes`` client, imported inside the calls that need it).

settings (TOML keys) · client (kubeconfig, calls, errors) · wire (JSON shapes) · reading (one poll) ·
status (objects -> DeploymentStatus) · actions (plans, kubectl-equivalent patches) · logs (followed pod logs).
"""

from .provider import KubernetesProvider
from .settings import KubernetesSettings

__all__ = ["KubernetesProvider", "KubernetesSettings"]
