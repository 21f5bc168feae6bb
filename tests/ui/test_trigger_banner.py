"""Rollback triggers in the running app, against a real Prometheus: the banner, the timeline, the metrics pane."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from cockpit.core.config import parse_config
from cockpit.core.session import make_session
from cockpit.core.timeline import Event, EventKind
from cockpit.ui.app import CockpitApp
from cockpit.ui.widgets.metrics_pane import MetricsPane
from cockpit.ui.widgets.trigger_banner import TriggerBanner
from tests.prometheus_backend import JOB, STEADY_JOB, STEP_S, PrometheusBackend
from tests.ui.conftest import make_app, until


def recorded_verdicts(app: CockpitApp) -> list[Event]:
    """The advisor verdicts committed so far: the app records them without waiting (record_soon), so a test waits
    for them to land before reading them."""
    if app.incident is None:
        return []
    return [e for e in app.timeline.events(app.incident.id) if e.kind is EventKind.ADVISOR_VERDICT]


def prometheus_config(url: str, job: str, extra: str = "") -> str:
    return f"""
[polling]
interval_s = 0.5
timeout_s = 5
[environments.production]
service = "checkout"
[environments.production.targets.metrics]
provider = "prometheus"
url = "{url}"
job = "{job}"
{extra}
"""


async def test_banner_shows_the_failing_triggers_with_their_evidence(
    prometheus_backend: PrometheusBackend, tmp_path: Path
) -> None:
    config = parse_config(prometheus_config(prometheus_backend.url, JOB))
    app = make_app(make_session(config, db_path=tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        banner = app.screen.query_one(TriggerBanner)
        assert not banner.display
        await until(app, pilot, lambda: len(banner.failing) == 2)
        assert banner.display
        text = banner.plain
        assert "ROLLBACK RECOMMENDED by 2 failing triggers" in text
        # The hub holds half an hour: the breach is seen to begin on the first sample after the deploy (within
        # one step of the hub's range query: at most 3 s, 600 points over 30 minutes; one step more when that
        # sample pools with the one before it to stand on 50 requests), and to fail 2 minutes later.
        crossed = prometheus_backend.deploy_at + timedelta(seconds=STEP_S)
        if datetime.now(UTC) - crossed > timedelta(minutes=29):  # a long test session: the deploy is out of reach
            assert "✗ error rate: metrics: error_rate 60%, > 5% since before" in text
        else:
            found = re.search(r"✗ error rate: metrics: error_rate 60%, > 5% since (\S+): failing since (\S+);", text)
            assert found is not None, text
            began = datetime.combine(crossed.date(), time.fromisoformat(found[1]), UTC)
            assert timedelta(0) <= began - crossed <= timedelta(seconds=6)
            assert found[2] == f"{began + timedelta(minutes=2):%H:%M:%S}"
        assert "(rule: error_rate > 5% for 2m)" in text
        assert "✗ p95 latency: metrics: p95_latency_ms 3.75 s, > 2 s since " in text
        assert "nothing happens by itself" in text
        await until(app, pilot, lambda: len(recorded_verdicts(app)) >= len(app.triggers.verdicts))
        verdicts = recorded_verdicts(app)
        assert {(e.detail["name"], e.detail["verdict"]) for e in verdicts} == {("error rate", "fail"),
                                                                                ("p95 latency", "fail")}
        assert all(e.detail["values"] for e in verdicts)
        # The pane draws each series with the trigger's threshold beside its current value and unit.
        pane = app.screen.query_one(MetricsPane)
        await until(app, pilot, lambda: "metrics-error-rate" in pane.rows)
        row = pane.rows["metrics-error-rate"]
        assert row.value_text == "60.0%"
        assert row.threshold_text == "> 5%"
        assert pane.rows["metrics-p95-latency-ms"].value_text == "3750 ms"
        assert pane.rows["metrics-memory"].value_text == "75.0%"


async def test_no_banner_while_the_triggers_pass(prometheus_backend: PrometheusBackend, tmp_path: Path) -> None:
    config = parse_config(prometheus_config(prometheus_backend.url, STEADY_JOB))
    app = make_app(make_session(config, db_path=tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(app, pilot, lambda: {v.outcome.value for v in app.triggers.verdicts.values()} == {"pass"})
        assert not app.screen.query_one(TriggerBanner).display
        await until(app, pilot, lambda: len(recorded_verdicts(app)) >= len(app.triggers.verdicts))
        summaries = [e.summary for e in recorded_verdicts(app)]
        assert sorted(summaries)[0].startswith("rollback trigger error rate: pass: metrics: error_rate 0%, not > 5%")


async def test_markup_in_evidence_stays_text(prometheus_backend: PrometheusBackend, tmp_path: Path) -> None:
    """A series named like Rich markup shows as written, and crashes nothing."""
    extra = (f'[environments.production.targets.metrics.queries]\n"[b]x[/b]" = \'sum(rate(http_requests_total'
             f'{{job="{JOB}",status="500"}}[2m]))\'\n[[environments.production.triggers]]\nname = "[red]boom"\n'
             'metric = "[b]x[/b]"\nabove = 1\n')
    config = parse_config(prometheus_config(prometheus_backend.url, JOB, extra))
    app = make_app(make_session(config, db_path=tmp_path / "t.db"))
    async with app.run_test(size=(120, 40)) as pilot:
        banner = app.screen.query_one(TriggerBanner)
        await until(app, pilot, lambda: len(banner.failing) == 1)
        assert "✗ [red]boom: metrics: [b]x[/b] 6" in banner.plain and "(rule: [b]x[/b] > 1)" in banner.plain
