"""The TOML keys of a ``provider = "kubernetes"`` target."""

from __future__ import annotations

from typing import Annotated

import msgspec

Positive = Annotated[float, msgspec.Meta(gt=0, le=300)]
TailLines = Annotated[int, msgspec.Meta(ge=0, le=10_000)]


class KubernetesSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, frozen=True):
    namespace: str = "default"
    deployment: str | None = None
    """The Deployment to watch and act on (or ``selector`` for several)."""
    selector: str | None = None
    """A label selector (``app=checkout``) picking several Deployments, e.g. the blue and green ones."""
    context: str | None = None
    """kubeconfig context; default: the current context."""
    kubeconfig: str | None = None
    """kubeconfig file; default: ``KUBECONFIG``, then ``~/.kube/config``, then the in-cluster service account."""
    service: str | None = None
    """Blue-green: the Service whose selector picks the live colour."""
    colour_label: str = "color"
    """The pod label whose value is the colour (blue/green) in the Service's selector."""
    timeout_s: Positive = 10.0
    """How long one API request may take."""
    log_tail: TailLines = 100
    """Lines of each pod's log fetched when the Logs pane starts following it."""

    def __post_init__(self) -> None:
        if (self.deployment is None) == (self.selector is None):
            raise ValueError("set exactly one of `deployment` or `selector`")
        if not self.namespace:
            raise ValueError("`namespace` must not be empty")
