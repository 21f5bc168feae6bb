"""The hostile corpus through the kubernetes provider, on the test API server (checked by the real kubectl): a
change-cause, an image, event reasons and messages, container logs. What comes back is visible, one line where a
line is expected and bounded; kubectl shows the very same data raw, so the cleaning is the provider's."""

from __future__ import annotations

import json
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from cockpit.providers.base import BadResponse
from cockpit.providers.kubernetes import KubernetesProvider
from cockpit.providers.kubernetes.logs import parse_line
from cockpit.providers.results import DeploymentStatus, LogLine
from tests.backends.kube.fixtures import KubeNamespace
from tests.hostile.corpus import ALL_TEXT, HUGE, INVALID_UTF8, MARKUP, SAMPLES, control_characters
from tests.hostile.kube_stub import provider_against
from tests.hostile.results import all_text, problems
from tests.kube.conftest import wait_for
from tests.providers.bad_http import BadServer

Build = Callable[..., KubernetesProvider]
CAUSE = " ".join(ALL_TEXT) + " " + HUGE
IMAGE = "shop/checkout:1[b]x[/b]\x1b[2J\u202e"


def hostile_deployment(kube: KubeNamespace) -> None:
    """checkout with a hostile change-cause and image, hostile events on it, and hostile lines in its log."""
    kube.server.deployment(kube.name, "checkout", IMAGE, replicas=1, change_cause=CAUSE)
    wait_for(lambda: kube.server.deployment_status(kube.name, "checkout")["status"].get("readyReplicas") == 1)
    deployment = kube.server.deployment_status(kube.name, "checkout")
    for text in (*ALL_TEXT, HUGE):
        kube.cluster.events.record(deployment, "Deployment", "Warning", text[:200], text, "hostile")
    with kube.cluster.store.lock:
        sims = [sim for sim in kube.cluster.pods.pods.values() if sim.namespace == kube.name]
        for text in (*SAMPLES[:-1], HUGE):  # the server writes UTF-8: the surrogate is fed to the parser below
            sims[0].containers[0].write(text)


async def test_deployments_read_from_hostile_objects_are_shown_safely(kube: KubeNamespace,
                                                                       kube_provider: Build) -> None:
    hostile_deployment(kube)
    # The API holds the data as written: kubectl hands it back raw.
    said = json.loads(kube.kubectl("get", "deployment", "checkout", "-o", "json").stdout)
    assert said["metadata"]["annotations"]["kubernetes.io/change-cause"] == CAUSE

    row: DeploymentStatus = (await kube_provider().deployments())[0]
    assert problems(row) == []
    shown = all_text(row)
    assert "[b]bold[/b] [i]italic" in shown and "[@click=app.quit]quit[/]" in shown  # text, as written
    assert "␛[2J" in shown and "<U+202E>" in shown  # visible, not obeyed
    assert any(event.message.startswith("deployment/checkout: [b]bold[/b]") for event in row.events)


async def test_log_lines_of_a_hostile_container_are_one_visible_bounded_line_each(
    kube: KubeNamespace, kube_provider: Build
) -> None:
    hostile_deployment(kube)
    lines: list[LogLine] = []
    async for line in kube_provider().tail():
        lines.append(line)
        if line.message.startswith("A" * 100):
            break
    assert [problem for line in lines for problem in problems(line)] == []
    messages = [line.message for line in lines]
    assert "[@click=app.quit]quit[/]" in messages and "x[$error]y" in messages
    assert "␛]0;owned␇" in messages and "ok␍FAILED" in messages


def test_the_log_parser_reads_any_bytes() -> None:
    for raw in (INVALID_UTF8, b"2026-12-01T16:34:42.311515316Z " + INVALID_UTF8, b"\x00" * 10, HUGE.encode(),
                "2026-12-01T16:34:42Z lone \udcff".encode("utf-8", "surrogatepass")):
        line = parse_line(raw, "pod\x1b[2J")
        assert line is not None and problems(line) == []


async def test_a_hostile_kubeconfig_path_stays_one_argument_in_the_shown_command(
    kube: KubeNamespace, kube_provider: Build, tmp_path: Path
) -> None:
    kube.server.deployment(kube.name, "checkout", "shop/checkout:1", replicas=1, change_cause="one")
    wait_for(lambda: kube.server.deployment_status(kube.name, "checkout")["status"].get("readyReplicas") == 1)
    kube.server.set_image(kube.name, "checkout", "shop/checkout:2", change_cause="two")
    wait_for(lambda: kube.server.deployment_status(kube.name, "checkout")["status"].get("updatedReplicas") == 1)
    config = tmp_path / "kube config'; touch pwned; echo '$(id)"
    shutil.copy(kube.kubeconfig, config)
    plan = await kube_provider(kubeconfig=str(config)).plan_rollback("checkout")
    assert shlex.split(plan.command) == ["kubectl", "--kubeconfig", str(config), "-n", kube.name, "rollout", "undo",
                                         "deployment/checkout", "--to-revision=1"]
    assert MARKUP[0] not in plan.command


@pytest.mark.parametrize("body", [
    b'{"kind": "Status", "message": "' + HUGE.encode() * 100 + b'"}',  # 30 MB of message
    b'{"kind": "Status", "message": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",  # past any parser's stack
    b'{"kind": "Status", "message": "rbac \\u001b[2J [b]x[/b] \\n line two"}',
], ids=["huge", "deep", "escapes"])
async def test_an_api_server_erring_in_hostile_words_gives_a_short_visible_error(body: bytes, tmp_path: Path) -> None:
    server = BadServer()
    try:
        server.raw("/apis/apps/v1/namespaces/shop/deployments/checkout", 500, body)
        provider = provider_against(server, tmp_path)
        try:
            with pytest.raises(BadResponse) as caught:
                await provider.deployments()
        finally:
            await provider.aclose()
    finally:
        server.close()
    message = str(caught.value)
    assert "HTTP 500" in message and len(message) < 1000 and control_characters(message) == []
