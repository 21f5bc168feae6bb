"""The wheel, not the source tree: built, installed into a fresh virtual environment, and `cockpit demo` run on a
real terminal. Catches package data (CSS, themes, runbooks, schemas) missing from the wheel."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.terminal import PtySession

ROOT = Path(__file__).resolve().parents[1]
# The first test's time includes building the wheel and installing it with its dependencies into a fresh venv:
# a minute or two on a busy 2-core machine, past the suite's 120 s default (the subprocesses keep their own limits).
pytestmark = pytest.mark.timeout(900)
LEFTOVERS = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "mutants", ".pytest_cache",
             ".mypy_cache", ".ruff_cache", ".hypothesis")
"""What a working tree holds beside its sources: setuptools copies a stale build/lib (say, from before the layout
moved) into the wheel, so the wheel is built from a copy without any of it, as from a fresh clone."""


def clean_copy(destination: Path) -> Path:
    """The sources of the working tree (committed or not), its links (cockpit/providers -> ../providers) kept."""
    shutil.copytree(ROOT, destination, symlinks=True, ignore=shutil.ignore_patterns(*LEFTOVERS))
    return destination


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with only the wheel and its declared dependencies (from the package index) installed."""
    work = tmp_path_factory.mktemp("wheel")
    source = clean_copy(work / "src")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(source)],
        check=True,
        timeout=300,
    )
    wheels = list((work / "dist").glob("incident_cockpit-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = work / "venv"
    # No pip inside: this environment's pip installs into it (--python), so nothing but the wheel and its
    # dependencies is there. --no-compile: byte-compiling every dependency (kubernetes, botocore) was a third of
    # the install; the tests' few imports compile what they use.
    venv.EnvBuilder(with_pip=False).create(env_dir)
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install", "-q", "--no-compile",
         str(wheels[0])],
        check=True,
        timeout=600,
    )
    return env_dir


def run_in(installed: Path, code: str) -> list[str]:
    """Run Python code with the installed wheel (outside the source tree); its output lines."""
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-c", code], capture_output=True, text=True, check=True, cwd=installed
    )
    return result.stdout.splitlines()


def test_the_wheel_carries_its_css_themes_and_data(installed: Path) -> None:
    out = run_in(
        installed,
        "import importlib.resources as r, json;"
        "print(json.dumps(sorted(p.name for p in r.files('cockpit.themes').iterdir() if p.name.endswith('.toml'))));"
        "print(r.files('cockpit.ui').joinpath('cockpit.tcss').is_file()"
        " and all(r.files('cockpit.screens').joinpath(n).is_file() for n in ('dialogs.tcss', 'timeline.tcss',"
        " 'checklist.tcss')));"
        "print(r.files('cockpit.schemas').joinpath('incident-export.schema.json').is_file());"
        "print(r.files('cockpit.runbooks').joinpath('builtin/health-decision-rollback.md').is_file());"
        "import cockpit; print(cockpit.__file__)",
    )
    assert out[0] == '["cockpit-contrast.toml", "cockpit-dark.toml", "cockpit-light.toml"]'
    assert out[1:4] == ["True", "True", "True"]
    assert "site-packages" in out[4], "the test must exercise the installed wheel, not the source tree"


def test_the_wheel_installs_one_namespace(installed: Path) -> None:
    """Only `cockpit` lands at the top of site-packages: `providers`, `screens` and `themes` (names other packages
    on the index already use) are cockpit.providers, cockpit.screens and cockpit.themes."""
    out = run_in(
        installed,
        "import importlib.util as u, json;"
        "print(json.dumps([u.find_spec(n) is not None for n in ('providers', 'screens', 'themes')]));"
        "import cockpit.providers.base, cockpit.screens.dashboard, cockpit.themes;"
        "from cockpit.providers import registry; print(json.dumps(sorted(registry.available())))",
    )
    assert out[0] == "[false, false, false]"
    assert {"demo", "fake", "http"} <= set(json.loads(out[1]))
    site = next((installed / "lib").glob("python3*/site-packages"))
    assert not [name for name in ("providers", "screens", "themes") if (site / name).exists()]


def test_cockpit_demo_runs_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    session = PtySession(
        [str(installed / "bin" / "cockpit"), "demo", "--db", str(tmp_path / "t.db")],
        columns=100,
        rows=30,
        env={"PYTHONPATH": ""},
        cwd=tmp_path,
    )
    try:
        session.wait_for(b"Deployments", timeout=30)
        session.wait_for(b"v42", timeout=30)  # the demo provider answered: the panes are live
        session.send("q")
        assert session.process.wait(timeout=15) == 0
    finally:
        session.close()
    assert b"Traceback" not in session.output


def test_cockpit_version_from_the_wheel(installed: Path) -> None:
    result = subprocess.run(
        [str(installed / "bin" / "cockpit"), "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("cockpit 0.1.0")
