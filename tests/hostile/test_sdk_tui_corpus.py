"""The cockpit fed by real providers on their real backends, every one of them telling the hostile corpus: the
Kubernetes test API (change-cause, image, events, logs), the GitHub replay API (run, job and step names, the job
log) and the real Prometheus (a configured series name and unit). The panes show the data as written (markup is
text), no control character reaches the terminal, and the review exported from that session shows it as text."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt
from textual.widgets import Static

from cockpit.core.config import CockpitConfig, EnvironmentConfig, TargetConfig
from cockpit.core.session import Session
from cockpit.core.timeline import Timeline
from cockpit.providers.base import Provider
from cockpit.providers.github_actions import GitHubSettings
from cockpit.providers.kubernetes import KubernetesProvider, KubernetesSettings
from cockpit.providers.prometheus import PrometheusProvider, PrometheusSettings
from cockpit.review.export import export
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.deployments_pane import DeploymentsPane
from cockpit.ui.widgets.logs_pane import LogsPane
from cockpit.ui.widgets.metrics_pane import MetricsPane
from cockpit.ui.widgets.pipeline_pane import PipelinePane
from tests.backends.kube.fixtures import KubeNamespace
from tests.hostile.corpus import control_characters
from tests.hostile.test_github_corpus import hostile_replay
from tests.hostile.test_kube_corpus import hostile_deployment
from tests.hostile.test_prometheus_corpus import NAME, UNIT
from tests.prometheus_backend import JOB, PrometheusBackend
from tests.providers.github.conftest import make_provider
from tests.ui.conftest import FAST, make_app, until

SHOWN_NAME = "[b]error[/b] rate␛[2J␤"


def hostile_session(kube: KubeNamespace, github_url: str, prometheus_url: str, db: Path) -> Session:
    kube_settings = KubernetesSettings(namespace=kube.name, deployment="checkout", kubeconfig=str(kube.kubeconfig))
    prom_settings = PrometheusSettings(url=prometheus_url, job=JOB, queries={NAME: "vector(0.5)"}, units={NAME: UNIT})
    github_settings = GitHubSettings(repo="acme/finance-hub", workflow="deploy.yml", branch="main",
                                     api_url=github_url)
    providers: dict[str, Provider] = {
        "checkout": KubernetesProvider("checkout", kube_settings),
        "metrics": PrometheusProvider("metrics", prom_settings),
        "ci": make_provider(github_url),
    }
    settings = {"checkout": kube_settings, "metrics": prom_settings, "ci": github_settings}
    targets = {name: TargetConfig(name=name, provider=provider.kind, settings=settings[name], polling=FAST)
               for name, provider in providers.items()}
    env = EnvironmentConfig(name="production", protected=False, service="checkout", targets=targets)
    config = CockpitConfig(operator="oncall", environments={"production": env}, polling=FAST)
    return Session(config, env, providers, db, False, "oncall")


def pane_text(app: CockpitApp, pane: type[PipelinePane]) -> str:
    return "\n".join(str(static.render()) for static in app.screen.query_one(pane).query(Static))


async def test_every_pane_fed_by_hostile_backends_shows_text_and_no_control(
    kube: KubeNamespace, prometheus_backend: PrometheusBackend, tmp_path: Path
) -> None:
    hostile_deployment(kube)
    with hostile_replay() as replay:
        app = make_app(hostile_session(kube, replay.url, prometheus_backend.url, tmp_path / "t.db"))
        async with app.run_test(size=(160, 50)) as pilot:
            screen = app.screen
            deployments, logs = screen.query_one(DeploymentsPane), screen.query_one(LogsPane)
            pipeline, metrics = screen.query_one(PipelinePane), screen.query_one(MetricsPane)
            await until(app, pilot, lambda: bool(
                "checkout/checkout" in deployments.rows and pipeline.runs and metrics.latest and logs.shown
                and any(line.message == "[@click=app.quit]quit[/]" for line in app.hub.all_logs())
                and app.incident is not None  # opened after the first frame, by a worker of its own
            ))
            await pilot.pause()
            assert control_characters(app.export_screenshot()) == []
            # Markup from the backends is shown as written: interpreted, its brackets would be gone.
            assert "replica[2 [b]x[/b]: deployment/checkout: replica[2 [b]x[/b]" in deployments.details
            pipeline_shown = pane_text(app, PipelinePane)
            assert "error: <U+202E>gnp.exe" in pipeline_shown
            assert any(run.workflow.startswith("replica[2 replica[2 [b]x[/b]") for _, run in pipeline.runs)
            assert SHOWN_NAME in {series.name for series in metrics.latest.values()}
            assert "error[/b]" in app.export_screenshot()  # the series' label, as written
            assert app.incident is not None
            incident_id = app.incident.id
    with Timeline(tmp_path / "t.db") as timeline:
        markdown = export(timeline, incident_id, "md")
        html = export(timeline, incident_id, "html")
    assert control_characters(markdown) == [] and control_characters(html) == []
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    assert "<script" not in rendered and "<img" not in rendered and "<script>alert(1)</script>" not in html
    # The failed run's hostile workflow name opens the review: rendered, it reads as written.
    assert "[@click=app.quit]quit[/]" in rendered and "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "ci pipelines: replica\\[2 replica\\[2 \\[b\\]x\\[/b\\]" in markdown
