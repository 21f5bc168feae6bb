"""A kubernetes provider pointed at a BadServer (answers we choose byte for byte), through a kubeconfig of its own."""

from __future__ import annotations

import json
from pathlib import Path

from cockpit.providers.kubernetes import KubernetesProvider, KubernetesSettings
from tests.providers.bad_http import BadServer


def provider_against(server: BadServer, directory: Path) -> KubernetesProvider:
    """Deployment ``shop/checkout`` with no events: the test routes the deployment's answer itself."""
    server.json("/api/v1/namespaces/shop/events", 200, {"kind": "EventList", "items": []})
    config = directory / "kubeconfig"
    config.write_text(json.dumps({
        "apiVersion": "v1", "kind": "Config", "current-context": "stub",
        "clusters": [{"name": "stub", "cluster": {"server": server.url("")}}],
        "users": [{"name": "stub", "user": {"token": "t"}}],
        "contexts": [{"name": "stub", "context": {"cluster": "stub", "user": "stub"}}],
    }))
    settings = KubernetesSettings(namespace="shop", deployment="checkout", kubeconfig=str(config), timeout_s=10)
    return KubernetesProvider("checkout", settings)
