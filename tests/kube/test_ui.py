"""The cockpit on a crash-looping Deployment of the test API: live on the dashboard, rolled back by walking the
built-in Kubernetes runbook, and still answering the keyboard when the API server dies and comes back."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from cockpit.core.config import CockpitConfig, EnvironmentConfig, TargetConfig
from cockpit.core.session import make_session
from cockpit.core.timeline import EventKind, Timeline
from cockpit.providers.kubernetes import KubernetesSettings
from cockpit.providers.results import State, utcnow
from cockpit.runbooks.shipped import builtin_runbook
from cockpit.runbooks.step_state import StepState
from cockpit.screens.checklist import ChecklistScreen
from cockpit.screens.confirm import ConfirmScreen
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.logs_pane import LogsPane
from tests.backends.kube.fixtures import KubeNamespace
from tests.kube.conftest import BAD, GOOD, crash_looping
from tests.ui.conftest import FAST, make_app, until


def kube_app(kube: KubeNamespace, db: Path) -> CockpitApp:
    settings = KubernetesSettings(namespace=kube.name, deployment="checkout", kubeconfig=str(kube.kubeconfig))
    target = TargetConfig(name="checkout", provider="kubernetes", settings=settings, polling=FAST)
    env = EnvironmentConfig(name="production", protected=True, service="checkout", targets={"checkout": target},
                            runbook=builtin_runbook("kubernetes-rollback"))
    config = CockpitConfig(operator="oncall", environments={"production": env}, polling=FAST)
    return make_app(make_session(config, "production", db_path=db))


def checkout(app: CockpitApp) -> DeploymentsPane:
    return app.screen.query_one(DeploymentsPane)


async def test_the_dashboard_shows_the_failed_rollout_live(kube: KubeNamespace, tmp_path: Path) -> None:
    crash_looping(kube)
    app = kube_app(kube, tmp_path / "t.db")
    async with app.run_test(size=(120, 40)) as pilot:
        pane = checkout(app)
        await until(app, pilot, lambda: "checkout/checkout" in pane.rows)
        row = pane.rows["checkout/checkout"]
        assert row.state is State.FAILED and pane.has_class("-alert")
        assert "ProgressDeadlineExceeded" in row.message
        details = pane.details
        assert f"checkout history: {row.history[0].id} {row.history[1].id}" in details
        assert "instances: ✗3 ✓3" in details
        assert "CrashLoopBackOff · exit 1 ·" in details and "restarts · node-" in details
        assert "! " in details and "BackOff: pod/checkout-" in details
        # Logs of every pod, prefixed by pod, and the crashed runs' previous logs.
        logs = pane.screen.query_one(LogsPane)
        # (Both may come in different batches: a stream's backlog first, then a batch per [cockpit] log_flush_s.)
        await until(app, pilot, lambda: any(line.source.endswith("(previous)") for line in app.hub.all_logs())
                    and any("panic" in line.message for line in app.hub.all_logs()))
        assert logs.shown > 0
        panics = [line for line in app.hub.all_logs() if "panic" in line.message]
        assert panics and panics[0].source.startswith("checkout-") and panics[0].level == "ERROR"

        # The controller moves on (pods keep restarting): the pane follows without a key pressed.
        restarts = row.instances[0].restarts
        await until(app, pilot, lambda: pane.rows["checkout/checkout"].instances[0].restarts > restarts)


async def test_walking_the_kubernetes_runbook_rolls_back_and_kubectl_agrees(
    kube: KubeNamespace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crash_looping(kube)
    # The runbook's commands run in the cockpit's own environment, as they would on the operator's machine.
    for name, value in kube.env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("NAMESPACE", kube.name)
    monkeypatch.setenv("DEPLOYMENT", "checkout")
    app = kube_app(kube, tmp_path / "t.db")
    async with app.run_test(size=(120, 40)) as pilot:
        pane = checkout(app)
        await until(app, pilot, lambda: "checkout/checkout" in pane.rows)
        bad_revision = pane.rows["checkout/checkout"].revision
        await pilot.press("c")
        screen = app.screen
        assert isinstance(screen, ChecklistScreen)

        async def confirm(typed: str = "checkout") -> ConfirmScreen:
            await until(app, pilot, lambda: isinstance(app.screen, ConfirmScreen))
            dialog = app.screen
            assert isinstance(dialog, ConfirmScreen)
            if dialog.phrase is None:  # a read-only command: seen, then `y`
                await pilot.press("y")
                return dialog
            dialog.query_one(Input).insert_text_at_cursor(typed)
            await pilot.press("enter")
            return dialog

        # Section 2: the history, by the runbook's own kubectl command through the action runner (it only reads:
        # no typed confirmation).
        screen.select_step("s4.1")
        await pilot.press("x")
        assert (await confirm()).phrase is None
        await app.workers.wait_for_complete()
        assert "deploy 1.4.2" in screen._outputs["s4.1"]

        # The rollback step's action: the plan is kubectl's command, confirmed by typing the service.
        screen.select_step("s4.2")
        await pilot.press("a")
        dialog = await confirm()
        assert dialog.phrase == "checkout"
        assert dialog.plan.command.endswith(f"-n {kube.name} rollout undo deployment/checkout --to-revision=1")
        await app.workers.wait_for_complete()
        await until(app, pilot, lambda: pane.rows["checkout/checkout"].state is State.HEALTHY)
        await pilot.press("enter")  # its check: revision=previous, every replica ready
        status = screen.checklist.status("s4.2")
        assert status.state is StepState.DONE and not status.overridden

        screen.select_step("s4.3")
        await pilot.press("x")
        await confirm()
        await app.workers.wait_for_complete()
        assert 'deployment "checkout" successfully rolled out' in screen._outputs["s4.3"]
        row = pane.rows["checkout/checkout"]
        assert row.revision != bad_revision and row.history[0].image == GOOD

    # What the cockpit shows is what kubectl says.
    listed = kube.kubectl("rollout", "history", "deployment/checkout").stdout.splitlines()[2:]
    kubectl_says = [line.split(None, 1) for line in listed if line.strip()]
    cockpit_says = sorted([r.description.split(" · ")[0].split()[1], r.description.split(" · ")[1]]
                          for r in row.history)
    assert kubectl_says == cockpit_says == [["2", "deploy 1.4.2"], ["3", "deploy 1.4.1"]]
    assert row.history[1].image == BAD
    with Timeline(tmp_path / "t.db") as timeline:
        verified = timeline.events(1, kinds=[EventKind.ACTION_VERIFIED])
    assert [event.detail["plan"]["action"] for event in verified] == ["rollback"]


async def test_an_api_outage_shows_in_the_panes_and_they_recover(kube: KubeNamespace, tmp_path: Path) -> None:
    crash_looping(kube)
    app = kube_app(kube, tmp_path / "t.db")
    async with app.run_test(size=(120, 40)) as pilot:
        pane = checkout(app)
        await until(app, pilot, lambda: "checkout/checkout" in pane.rows and bool(app.hub.all_logs()))
        kube.server.stop_listening()  # mid-stream: every watch and log follow is cut
        await until(app, pilot, lambda: pane.has_class("-failed"))
        banner = str(pane.query_one(".banner").render())
        assert "API unreachable" in banner and "connection refused" in banner
        assert pane.rows["checkout/checkout"].state is State.FAILED  # the last good data stays on screen

        await pilot.press("question_mark")  # the keyboard still answers
        assert app.screen.__class__.__name__ == "HelpScreen"
        await pilot.press("escape")

        back = utcnow()
        kube.server.start_listening()
        await until(app, pilot, lambda: not pane.has_class("-failed"), timeout=30)
        await until(app, pilot, lambda: any(line.at > back and not line.source.endswith("(previous)")
                                            for line in app.hub.all_logs()), timeout=30)


async def test_backend_words_reach_the_screen_as_text_never_markup(kube: KubeNamespace, tmp_path: Path) -> None:
    deployment = kube.server.deployment(kube.name, "checkout", GOOD, replicas=1)
    hostile = "[bold red]not markup[/] [link=file:///etc/passwd]x[/link] \x1b[2J"
    kube.cluster.events.record(deployment, "Deployment", "Warning", "Hostile", hostile, "test")
    app = kube_app(kube, tmp_path / "t.db")
    async with app.run_test(size=(120, 40)) as pilot:
        pane = checkout(app)
        await until(app, pilot, lambda: "Hostile" in pane.details)
        shown = pane.query_one(".history").render()
        assert "[bold red]not markup[/] [link=file:///etc/passwd]x[/link]" in str(shown)
        assert "\x1b" not in str(shown)
