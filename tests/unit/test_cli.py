"""The `cockpit` command as a user runs it: real subprocesses, real SQLite files, real HTTP servers on loopback."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from cockpit.core.config import ConfigError
from cockpit.core.formatting import STATE_MARK
from cockpit.providers.results import State

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIGS = REPO_ROOT / "tests" / "data" / "configs"
ENTRY = "from cockpit.cli import main; raise SystemExit(main())"
TIMEOUT_S = 60


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A private working directory and home, so no real config or timeline of the machine is read or written."""
    path = tmp_path / "home"
    path.mkdir()
    return path


def cli_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("COCKPIT_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        USER="tester",
        PYTHONPATH=str(REPO_ROOT),
        NO_COLOR="1",
    )
    return env


def cockpit(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *map(str, args)],
        check=False,
        cwd=home,
        env=cli_env(home),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )


def assert_clean_usage_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("cockpit: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    for fragment in fragments:
        assert fragment in result.stderr


# -- loopback HTTP services -------------------------------------------------------------------------------------


@dataclass
class Service:
    url: str
    asked: threading.Event
    """Set when the first request arrives."""
    release: threading.Event
    """Hanging services answer only once this is set."""


@pytest.fixture
def health_server() -> Iterator[Service]:
    yield from _serve(hang=False)


@pytest.fixture
def hanging_server() -> Iterator[Service]:
    yield from _serve(hang=True)


def _serve(*, hang: bool) -> Iterator[Service]:
    asked, release = threading.Event(), threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.set()
            if hang:
                release.wait(TIMEOUT_S)
            body = json.dumps({"status": "ok", "version": "v41"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Service(f"http://127.0.0.1:{server.server_address[1]}", asked, release)
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join()


def http_config(home: Path, url: str, timeout_s: float = 5) -> Path:
    path = home / "cockpit.toml"
    path.write_text(
        f'[environments.staging]\nservice = "api"\n\n[environments.staging.targets.api-health]\n'
        f'provider = "http"\nurl = "{url}"\ntimeout_s = {timeout_s}\n'
    )
    return path


# -- version and usage ------------------------------------------------------------------------------------------


def test_version_prints_the_package_version(home: Path) -> None:
    try:
        expected = version("incident-cockpit")
    except PackageNotFoundError:
        expected = "0+unknown"
    result = cockpit(home, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cockpit {expected}"


def test_malformed_arguments_exit_2(home: Path) -> None:
    assert cockpit(home, "status", "--demo", "--config", "x.toml").returncode == 2
    assert cockpit(home, "incident", "open").returncode == 2  # --title is required
    assert cockpit(home, "incident").returncode == 2


# -- status ----------------------------------------------------------------------------------------------------


def test_status_of_the_demo_is_unhealthy_and_names_its_targets(home: Path) -> None:
    result = cockpit(home, "status", "--demo", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["environment"] == "demo"
    assert set(report["targets"]) == {"checkout", "checkout-health"}
    assert report["state"] in ("degraded", "failed")
    checkout = report["targets"]["checkout"]
    assert checkout["deployments"][0]["revision"] == "v42"
    assert "rollback" in checkout["capabilities"]


def test_status_of_a_healthy_service_exits_0(home: Path, health_server: Service) -> None:
    config = http_config(home, f"{health_server.url}/health")
    as_json = cockpit(home, "status", "--config", config, "--json")
    assert as_json.returncode == 0, as_json.stdout + as_json.stderr
    report = json.loads(as_json.stdout)
    assert report["state"] == "healthy"
    assert report["targets"]["api-health"]["health"]["status_code"] == 200
    # Without --json: the config is found in the working directory, and the lines are for people.
    as_text = cockpit(home, "status")
    assert as_text.returncode == 0
    healthy = f"{STATE_MARK[State.HEALTHY]} healthy"
    assert as_text.stdout.splitlines()[0].startswith(f"staging  {healthy}  at ")
    assert re.search(rf"^  api-health  http  {healthy}\s+HTTP 200 in \d+ ms$", as_text.stdout, re.MULTILINE)


def test_status_of_an_unreachable_service_exits_1_and_says_why(home: Path, closed_port: int) -> None:
    config = http_config(home, f"http://127.0.0.1:{closed_port}/health")
    result = cockpit(home, "status", "--config", config, "--json")
    assert result.returncode == 1
    target = json.loads(result.stdout)["targets"]["api-health"]
    assert target["state"] == "unknown"
    assert target["error"]["capability"] == "health"
    assert target["error"]["message"]


def test_interrupting_a_slow_status_exits_130_quietly(home: Path, hanging_server: Service) -> None:
    config = http_config(home, f"{hanging_server.url}/health", timeout_s=60)
    # As from a terminal, where Ctrl-C interrupts: a suite started in the background (`pytest &` from a script)
    # hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt for it.
    interruptible = f"import signal; signal.signal(signal.SIGINT, signal.default_int_handler); {ENTRY}"
    process = subprocess.Popen(
        [sys.executable, "-c", interruptible, "status", "--config", str(config)],
        cwd=home,
        env=cli_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert hanging_server.asked.wait(TIMEOUT_S), "the status command never reached the service"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=TIMEOUT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, f"stdout: {stdout!r}\nstderr: {stderr!r}"
    assert "Traceback" not in stderr


# -- configuration errors ---------------------------------------------------------------------------------------


def test_bad_config_exits_2_with_file_line_and_key(home: Path) -> None:
    path = CONFIGS / "unknown_target_key.toml"
    result = cockpit(home, "status", "--config", path)
    assert_clean_usage_error(result, f"{path}:15: environments.prod.targets.api.clustr: unknown key")


def test_the_cli_says_a_cockpit_error_in_the_words_the_ui_shows(home: Path) -> None:
    """One presentation (cockpit.errors.presented): 'cockpit: error: <title>: <message> (<hint>)'."""
    from cockpit.core.config import load_config
    from cockpit.errors import presented

    path = CONFIGS / "unknown_target_key.toml"
    result = cockpit(home, "status", "--config", path)
    with pytest.raises(ConfigError) as raised:
        load_config(path, environ={})
    assert result.stderr.strip() == f"cockpit: error: {presented(raised.value).line()}"
    assert result.stderr.startswith("cockpit: error: configuration: ")


def test_no_config_anywhere_is_a_usage_error(home: Path) -> None:
    assert_clean_usage_error(cockpit(home, "status"), "no configuration found")
    assert_clean_usage_error(cockpit(home, "open"), "no configuration found")


def test_unknown_environment_is_a_usage_error(home: Path) -> None:
    config = http_config(home, "http://127.0.0.1:9/health")
    assert_clean_usage_error(
        cockpit(home, "status", "--config", config, "--env", "prod"), "unknown environment 'prod' (choices: staging)"
    )


def test_bad_environment_override_is_a_usage_error(home: Path) -> None:
    http_config(home, "http://127.0.0.1:9/health")
    env = cli_env(home) | {"COCKPIT_READ_ONLY": "perhaps"}
    result = subprocess.run(
        [sys.executable, "-c", ENTRY, "status"],
        check=False,
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert_clean_usage_error(result, "COCKPIT_READ_ONLY")


# -- incidents and export ---------------------------------------------------------------------------------------


def test_incident_open_list_note_resolve_and_export_round_trip(home: Path, tmp_path: Path) -> None:
    db = tmp_path / "incidents.db"
    opened = cockpit(
        home,
        "incident",
        "open",
        "--title",
        "Checkout 5xx after v42",
        "--env",
        "production",
        "--service",
        "checkout",
        "--severity",
        "SEV1",
        "--db",
        db,
    )
    assert opened.returncode == 0, opened.stderr
    ref = re.match(r"(INC-\d+) opened", opened.stdout)
    assert ref is not None
    ref_text = ref.group(1)

    listed = json.loads(cockpit(home, "incident", "list", "--json", "--db", db).stdout)
    assert [(i["ref"], i["title"], i["severity"], i["status"]) for i in listed] == [
        (ref_text, "Checkout 5xx after v42", "SEV1", "open")
    ]

    noted = cockpit(home, "incident", "note", ref_text, "rolled back to v41 by hand", "--db", db)
    assert noted.returncode == 0, noted.stderr

    exported = tmp_path / "out" / "review.json"
    exported.parent.mkdir()
    result = cockpit(home, "timeline", "export", ref_text, "--format", "json", "-o", exported, "--db", db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert [p.name for p in exported.parent.iterdir()] == ["review.json"]  # no temporary file left behind
    document = json.loads(exported.read_text())
    summaries = [event["summary"] for event in document["events"]]
    assert "rolled back to v41 by hand" in summaries
    notes = [event for event in document["events"] if event["kind"] == "note"]
    assert notes and notes[0]["actor"] == "tester"

    markdown = cockpit(home, "timeline", "export", ref_text.lower().replace("inc-", ""), "--format", "md", "--db", db)
    assert markdown.returncode == 0, markdown.stderr
    assert "Checkout 5xx after v42" in markdown.stdout
    assert "rolled back to v41 by hand" in markdown.stdout

    nowhere = tmp_path / "missing-dir" / "review.md"
    assert_clean_usage_error(
        cockpit(home, "timeline", "export", ref_text, "--format", "md", "-o", nowhere, "--db", db),
        f"cannot write {nowhere}",
    )

    resolved = cockpit(home, "incident", "resolve", ref_text, "--summary", "v41 serving, errors gone", "--db", db)
    assert resolved.returncode == 0, resolved.stderr
    assert cockpit(home, "incident", "list", "--status", "open", "--db", db).stdout.strip() == "no incidents"
    text = cockpit(home, "incident", "list", "--status", "resolved", "--db", db).stdout
    assert text.startswith(f"{ref_text}  resolved  SEV1  ")
    assert text.rstrip().endswith("checkout@production  Checkout 5xx after v42")

    page = cockpit(home, "timeline", "export", ref_text, "--format", "html", "--db", db)
    assert page.returncode == 0 and page.stdout.lstrip().lower().startswith("<!doctype html")
    assert "rolled back to v41 by hand" in page.stdout

    stats = json.loads(cockpit(home, "timeline", "stats", "--json", "--service", "checkout", "--db", db).stdout)
    assert stats["incidents"] == 1 and stats["open"] == 0
    assert_clean_usage_error(cockpit(home, "timeline", "stats", "--since", "yesterday", "--db", db), "not a date")


def test_incident_open_takes_environment_and_service_from_the_config(home: Path, tmp_path: Path) -> None:
    http_config(home, "http://127.0.0.1:9/health")
    db = tmp_path / "t.db"
    assert cockpit(home, "incident", "open", "--title", "API down", "--db", db).returncode == 0
    (incident,) = json.loads(cockpit(home, "incident", "list", "--json", "--db", db).stdout)
    assert (incident["environment"], incident["service"]) == ("staging", "api")


def test_incident_mistakes_are_one_line_errors(home: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    assert_clean_usage_error(cockpit(home, "incident", "note", "INC-99", "hello", "--db", db), "INC-99")
    assert_clean_usage_error(
        cockpit(home, "incident", "note", "yesterday", "hello", "--db", db), "not an incident reference"
    )
    assert_clean_usage_error(cockpit(home, "timeline", "export", "1", "--format", "pdf", "--db", db), "pdf")
    assert_clean_usage_error(cockpit(home, "incident", "open", "--title", "x", "--db", db), "--env and --service")


# -- providers --------------------------------------------------------------------------------------------------


def test_providers_lists_the_built_ins_with_their_capabilities(home: Path) -> None:
    result = cockpit(home, "providers", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert {"demo", "http"} <= set(rows)
    assert "health" in rows["http"]["capabilities"]
    assert "url" in rows["http"]["settings"]
    assert "rollback" in rows["demo"]["capabilities"]
    text = cockpit(home, "providers").stdout
    assert re.search(r"^http\s+.*health", text, re.MULTILINE)


def test_a_hung_target_costs_one_timeout_and_the_others_are_still_reported(home: Path) -> None:
    config = home / "cockpit.toml"
    config.write_text(
        '[environments.prod.targets.hung]\nprovider = "fake"\nhang_s = 120\ntimeout_s = 1\n\n'
        '[environments.prod.targets.fine]\nprovider = "fake"\nbad_revisions = []\n'
    )
    result = cockpit(home, "status", "--json")  # would take two minutes if the hang were waited for
    assert result.returncode == 1, result.stderr
    targets = json.loads(result.stdout)["targets"]
    assert targets["hung"]["error"]["title"] == "timed out"
    assert targets["hung"]["state"] == "unknown"
    assert targets["fine"]["state"] == "healthy"
    assert targets["fine"]["deployments"][0]["ready"] == targets["fine"]["deployments"][0]["desired"]


# -- runbooks ---------------------------------------------------------------------------------------------------

RUNBOOK = """# Checkout rollback

## Roll back

1. Roll back to the previous task definition <!-- cockpit: id=rollback -->

   ```bash
   aws ecs update-service --cluster prod --service checkout --task-definition checkout:41
   ```

2. Check readiness: `curl -fsS https://checkout.internal/health/ready`
"""


def test_runbook_show_outlines_steps_and_commands(home: Path) -> None:
    path = home / "rollback.md"
    path.write_text(RUNBOOK)
    outline = cockpit(home, "runbook", "show", path)
    assert outline.returncode == 0, outline.stderr
    assert "## Roll back" in outline.stdout
    assert re.search(r"^  rollback\s+ordered\s+Roll back to the previous task definition", outline.stdout, re.MULTILINE)
    assert "$ aws ecs update-service --cluster prod --service checkout --task-definition checkout:41" in outline.stdout
    as_json = json.loads(cockpit(home, "runbook", "show", path, "--json").stdout)
    (section,) = [s for s in as_json["sections"] if s["heading"] == "Roll back"]
    assert [step["id"] for step in section["steps"]] == ["rollback", "s2.2"]


def test_runbook_lint_exits_1_only_for_errors(home: Path) -> None:
    clean = home / "clean.md"
    clean.write_text(RUNBOOK)
    assert cockpit(home, "runbook", "lint", clean).returncode == 0
    broken = home / "broken.md"
    broken.write_text(RUNBOOK + "3. Tell the team <!-- cockpit: id=rollback -->\n")
    result = cockpit(home, "runbook", "lint", broken)
    assert result.returncode == 1
    assert re.search(rf"^{re.escape(str(broken))}:12: error: duplicate step id 'rollback'", result.stdout, re.MULTILINE)


def test_unreadable_runbook_is_a_usage_error(home: Path) -> None:
    assert_clean_usage_error(cockpit(home, "runbook", "show", home / "absent.md"), "absent.md")


def test_a_closed_pipe_ends_the_output_quietly(home: Path) -> None:
    runbook = home / "long.md"  # far more outline than a pipe buffer holds, so the writer meets the closed pipe
    runbook.write_text("# Long\n\n" + "".join(f"- [ ] step {n}: `kubectl get pods -n ns{n}`\n" for n in range(8000)))
    reader = subprocess.Popen(["head", "-n", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    writer = subprocess.run(
        [
            sys.executable,
            "-c",
            "from cockpit.cli import main; raise SystemExit(main())",
            "runbook",
            "show",
            str(runbook),
        ],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(10)
    assert "Traceback" not in writer.stderr and writer.returncode == 0
