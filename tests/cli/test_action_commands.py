"""`cockpit rollback | restart | scale | switch` as an operator runs them: the real `cockpit` process against the real
demo service on 127.0.0.1, on pipes and on a pseudo-terminal, with the timeline read back from its SQLite file."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cockpit.core.timeline import EventKind, Timeline
from cockpit.demo.service import DemoService
from tests.providers.conftest import StubServer
from tests.terminal import PtySession
from tests.unit.test_cli import cli_env

TIMEOUT_S = 60
ESC = "\x1b"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A private working directory and home, so no real config or timeline of the machine is read or written."""
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def service() -> Iterator[DemoService]:
    """The demo checkout service, freshly broken at v42; rollouts take 0.3 s."""
    with DemoService(rollout_s=0.3, traffic_rps=50, seed=7) as running:
        yield running


@pytest.fixture
def healthy() -> Iterator[DemoService]:
    """The demo service at the good v41, for actions that must verify on a healthy deployment."""
    with DemoService(revision="v41", rollout_s=0.3, traffic_rps=50, seed=7) as running:
        yield running


def write_config(home: Path, service: DemoService, *, extra: str = "") -> Path:
    url = service.base_url
    path = home / "cockpit.toml"
    path.write_text(
        f"""
[cockpit]
db = "timeline.db"
operator = "ana"
{extra}

[environments.production]
protected = true
service = "checkout"

[environments.production.targets.checkout]
provider = "demo"
base_url = "{url}"

[environments.production.targets.checkout-health]
provider = "http"
url = "{url}/health/ready"

[environments.staging]
service = "checkout"

[environments.staging.targets.checkout]
provider = "demo"
base_url = "{url}"

[environments.twins]
service = "checkout"

[environments.twins.targets.blue]
provider = "demo"
base_url = "{url}"

[environments.twins.targets.green]
provider = "demo"
base_url = "{url}"
"""
    )
    return path


def cockpit(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command, stdin not a terminal (as in a script)."""
    return subprocess.run(
        [sys.executable, "-m", "cockpit", *args],
        check=False,
        cwd=home,
        env=cli_env(home),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )


def events(home: Path) -> list[tuple[str, str]]:
    """(kind, summary) of every event of the only incident in the config's timeline file."""
    with Timeline(home / "timeline.db") as timeline:
        [incident] = timeline.incidents()
        return [(str(event.kind), event.summary) for event in timeline.events(incident.id)]


def kinds(home: Path) -> list[str]:
    return [kind for kind, _ in events(home)]


# -- the whole path, scripted ----------------------------------------------------------------------------------


def test_a_confirmed_rollback_in_a_protected_environment_is_planned_executed_verified_and_recorded(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    result = cockpit(home, "rollback", "--env", "production", "--yes", "--confirm", "checkout")

    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "rollback checkout on checkout (demo) in production (protected), recorded in INC-1" in out
    assert "roll back checkout from v42 to v41" in out and "revision: v42 -> v41" in out
    [command] = [line.split("command:", 1)[1] for line in out.splitlines() if "command:" in line]
    assert shlex.split(command) == [
        "curl", "-fsS", "-X", "POST", f"{service.base_url}/admin/deploy",
        "-H", "Content-Type: application/json", "-d", '{"revision": "v41"}',
    ]
    assert "executed; verifying (up to 180 s)" in out
    assert "  … checkout at v41: progressing" in out  # progress while the rollout runs
    assert out.rstrip().endswith("✓ rollback verified: checkout serves v41, all replicas ready, health passing (INC-1)")
    assert service.revision == "v41"
    assert kinds(home) == [
        "incident.opened", "action.planned", "action.confirmed", "action.succeeded", "action.verified",
    ]
    with Timeline(home / "timeline.db") as timeline:
        [incident] = timeline.incidents()
        assert (incident.environment, incident.service, incident.status) == ("production", "checkout", "open")
        [verified] = timeline.events(incident.id, kinds=[EventKind.ACTION_VERIFIED])
        assert verified.actor == "ana" and verified.detail["plan"]["command"] == shlex.join(
            ["curl", "-fsS", "-X", "POST", f"{service.base_url}/admin/deploy",
             "-H", "Content-Type: application/json", "-d", '{"revision": "v41"}']
        )


def test_the_environments_open_incident_gets_the_record_instead_of_a_new_one(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    opened = cockpit(home, "incident", "open", "--env", "staging", "--title", "checkout 5xx")
    assert opened.returncode == 0, opened.stderr
    result = cockpit(home, "rollback", "--env", "staging", "--to", "v40", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "recorded in INC-1" in result.stdout and service.revision == "v40"
    assert kinds(home)[-2:] == ["action.succeeded", "action.verified"]


def test_rolling_back_off_a_revision_the_incident_verified_healthy_is_warned_about(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    first = cockpit(home, "rollback", "--env", "staging", "--yes")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "WARNING" not in first.stdout  # v42 was never verified healthy
    again = cockpit(home, "rollback", "--env", "staging", "--yes")
    assert again.returncode == 0, again.stdout + again.stderr
    [warning] = [line for line in again.stdout.splitlines() if "WARNING:" in line]
    assert "checkout v41 was verified healthy in this incident" in warning
    assert "(rollback v42 → v41); this rollback moves it away from v41 to v40" in warning
    assert service.revision == "v40"


def test_protected_environment_with_yes_but_no_confirm_is_refused_and_nothing_changes(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    result = cockpit(home, "rollback", "--env", "production", "--yes")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "production is protected: --yes needs --confirm checkout; nothing was changed" in result.stdout
    assert service.revision == "v42"
    assert kinds(home) == ["incident.opened", "action.planned", "action.refused"]


def test_a_wrong_confirmation_is_refused_by_the_runner_and_recorded(home: Path, service: DemoService) -> None:
    write_config(home, service)
    result = cockpit(home, "rollback", "--env", "production", "--yes", "--confirm", "payments")
    assert result.returncode == 3
    assert "confirmation did not match: type 'checkout'" in result.stdout and service.revision == "v42"
    assert kinds(home)[-1] == "action.refused" and "action.confirmed" not in kinds(home)


def test_without_a_terminal_or_yes_nothing_runs(home: Path, service: DemoService) -> None:
    write_config(home, service)
    result = cockpit(home, "rollback", "--env", "staging")
    assert result.returncode == 3
    assert "no terminal to confirm on (pass --yes" in result.stdout and service.revision == "v42"


@pytest.mark.parametrize("how", ["flag", "config"])
def test_read_only_refuses_before_anything_runs(home: Path, service: DemoService, how: str) -> None:
    write_config(home, service, extra="read_only = true" if how == "config" else "")
    flags = ["--read-only"] if how == "flag" else []
    result = cockpit(home, "rollback", "--env", "staging", "--yes", *flags)
    assert result.returncode == 3
    assert "read-only mode: rollback of checkout refused" in result.stdout
    assert "command:" not in result.stdout and service.revision == "v42"
    assert kinds(home) == ["incident.opened", "action.refused"]


# -- JSON ------------------------------------------------------------------------------------------------------


def test_json_prints_only_the_outcome_on_stdout_and_progress_on_stderr(home: Path, service: DemoService) -> None:
    write_config(home, service)
    result = cockpit(home, "rollback", "--env", "production", "--yes", "--confirm", "checkout", "--json")
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert set(outcome) == {
        "action", "status", "exit_code", "message", "environment", "target", "service", "incident", "executed",
        "verified", "verification", "plan", "result",
    }
    assert (outcome["action"], outcome["status"], outcome["exit_code"], outcome["verified"]) == (
        "rollback", "verified", 0, True)
    assert (outcome["environment"], outcome["target"], outcome["service"], outcome["incident"]) == (
        "production", "checkout", "checkout", "INC-1")
    assert outcome["plan"]["expect_revision"] == "v41" and outcome["plan"]["changes"][0] == {
        "field": "revision", "before": "v42", "after": "v41"}
    assert outcome["result"]["ok"] is True and outcome["executed"] is True
    assert "command:" in result.stderr and "verifying" in result.stderr


def test_json_of_a_refusal_says_refused_and_nothing_executed(home: Path, service: DemoService) -> None:
    write_config(home, service)
    result = cockpit(home, "restart", "--env", "production", "--yes", "--json")
    assert result.returncode == 3
    outcome = json.loads(result.stdout)
    assert (outcome["status"], outcome["exit_code"], outcome["executed"], outcome["result"]) == (
        "refused", 3, False, None)
    assert outcome["plan"]["action"] == "restart"


# -- on a terminal ---------------------------------------------------------------------------------------------


def run_on_terminal(home: Path, *args: str) -> PtySession:
    return PtySession([sys.executable, "-m", "cockpit", *args], env=cli_env(home), cwd=home)


def finish(session: PtySession, marker: bytes) -> int:
    try:
        session.wait_for(marker, timeout=TIMEOUT_S)
        return session.process.wait(TIMEOUT_S)
    finally:
        session.close()


def test_on_a_terminal_a_protected_environment_asks_for_the_typed_service_name(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    session = run_on_terminal(home, "rollback", "--env", "production")
    session.wait_for(b"production is protected: type the service name (checkout) to rollback", timeout=TIMEOUT_S)
    assert service.revision == "v42"  # nothing runs before the answer
    session.send("checkout\r")
    assert finish(session, b"rollback verified") == 0
    assert service.revision == "v41"
    assert kinds(home)[-1] == "action.verified"


def test_on_a_terminal_an_unprotected_environment_asks_yes_or_no_and_no_cancels(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    session = run_on_terminal(home, "rollback", "--env", "staging")
    session.wait_for(b"rollback checkout now? [y/N]", timeout=TIMEOUT_S)
    session.send("n\r")
    assert finish(session, b"cancelled by the operator; nothing was changed") == 4
    assert service.revision == "v42"
    assert events(home)[-1] == ("action.refused", "rollback cancelled: cancelled by the operator")


def test_on_a_terminal_yes_executes(home: Path, healthy: DemoService) -> None:
    write_config(home, healthy)
    session = run_on_terminal(home, "restart", "--env", "staging")
    session.wait_for(b"restart checkout now? [y/N]", timeout=TIMEOUT_S)
    session.send("y\r")
    assert finish(session, b"restart verified: checkout serves v41") == 0


# -- every capability, and what cannot be done -----------------------------------------------------------------


def test_scale_is_verified_when_every_new_replica_is_ready(home: Path, healthy: DemoService) -> None:
    write_config(home, healthy)
    result = cockpit(home, "scale", "5", "--env", "staging", "--yes", "--json")
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["verification"] == "checkout serves v41, runs 5 replicas, all replicas ready, health passing"
    assert healthy.simulation.state()["desired_replicas"] == 5


def test_an_action_that_never_takes_effect_exits_1_not_verified(home: Path, service: DemoService) -> None:
    write_config(home, service)
    result = cockpit(home, "scale", "6", "--env", "staging", "--yes", "--wait", "1.5")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "! scale unverified: after 1.5 s: checkout at v42: degraded, 2/6 ready" in result.stdout
    assert kinds(home)[-1] == "action.unverified"


def test_several_targets_that_can_act_and_none_chosen_is_a_usage_error_listing_them(
    home: Path, service: DemoService
) -> None:
    write_config(home, service)
    result = cockpit(home, "rollback", "--env", "twins", "--yes")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "cockpit: error: several targets in twins can roll back: choose one with --target "
        "(blue (demo: checkout), green (demo: checkout))"
    )
    assert not (home / "timeline.db").exists()  # a usage error records nothing
    chosen = cockpit(home, "rollback", "--env", "twins", "--target", "green", "--yes")
    assert chosen.returncode == 0, chosen.stdout + chosen.stderr


def test_a_capability_no_target_has_is_a_usage_error_naming_the_targets(home: Path, service: DemoService) -> None:
    write_config(home, service)
    result = cockpit(home, "switch", "green", "--env", "production", "--yes")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "cockpit: error: no target in production can switch traffic "
        "(targets: checkout (demo), checkout-health (http))"
    )
    wrong = cockpit(home, "restart", "--env", "production", "--target", "checkout-health", "--yes")
    assert wrong.returncode == 2
    assert "checkout-health cannot restart (targets that can: checkout)" in wrong.stderr


def test_control_characters_in_provider_answers_and_arguments_are_shown_not_sent(
    home: Path, stub_server: StubServer
) -> None:
    """A backend whose revisions and descriptions carry escape sequences (clear screen, set title, newline)."""
    hostile = {
        "revision": f"v42{ESC}[2J", "state": "degraded", "message": "bad", "desired_replicas": 3, "ready_replicas": 1,
        "history": [
            {"revision": f"v42{ESC}[2J", "image": "i:42", "created_at": "2026-01-01T00:00:00+00:00",
             "description": "new", "current": True},
            {"revision": f"v41{ESC}]0;pwned\a", "image": f"i:41{ESC}[31m", "created_at": "2026-01-01T00:00:00+00:00",
             "description": "old\nforged line", "current": False},
        ],
        "events": [],
    }
    url = stub_server.route("/admin/state", 200, hostile).removesuffix("/admin/state")
    (home / "cockpit.toml").write_text(
        f'[cockpit]\ndb = "timeline.db"\n'
        f'[environments.staging.targets.checkout]\nprovider = "demo"\nbase_url = "{url}"\n'
    )
    result = cockpit(home, "rollback", "--yes")
    shown = result.stdout + result.stderr
    assert ESC not in shown and "\a" not in shown and "\nforged line" not in shown
    assert "roll back checkout from v42\\x1b[2J to v41\\x1b]0;pwned\\x07 (old\\nforged line)" in result.stdout
    assert "image: i:42 -> i:41\\x1b[31m" in result.stdout
    assert result.returncode == 1 and "rollback failed" in result.stdout  # the stub refuses the POST
    target = cockpit(home, "rollback", "--target", f"x{ESC}]0;pwned\a", "--yes")
    assert target.returncode == 2 and ESC not in target.stderr and "no target 'x\\x1b]0;pwned\\x07'" in target.stderr


def test_the_demo_flag_acts_on_a_fresh_embedded_demo_service(home: Path) -> None:
    result = cockpit(home, "rollback", "--demo", "--yes", "--confirm", "checkout", "--db", str(home / "demo.db"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in demo (protected)" in result.stdout and "✓ rollback verified: checkout serves v41" in result.stdout
    with Timeline(home / "demo.db") as timeline:
        [incident] = timeline.incidents()
        assert incident.environment == "demo"


def test_demo_incidents_go_to_their_own_file_never_the_real_timeline(home: Path) -> None:
    real = home / "real.db"
    result = subprocess.run(
        [sys.executable, "-m", "cockpit", "rollback", "--demo", "--yes", "--confirm", "checkout"],
        check=False, cwd=home, env={**cli_env(home), "COCKPIT_DB": str(real)}, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not real.exists()
    assert not (home / ".local" / "share" / "cockpit" / "timeline.db").exists()
    with Timeline(home / ".local" / "share" / "cockpit" / "demo.db") as timeline:
        [incident] = timeline.incidents()
        assert incident.environment == "demo"
