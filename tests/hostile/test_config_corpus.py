"""Config files as hostile input (issue 11): each is one `file:line: key: message` line and exit 2, never a
traceback, a hang or a memory blow-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cockpit.cli import main

TARGET = '[environments.prod]\nservice = "api"\n\n[environments.prod.targets.api]\nprovider = "http"\n'


def run_status(config: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["status", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cockpit: error: "), err
    return err


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/health", "", "javascript:alert(1)"])
def test_a_refused_url_scheme_is_refused_at_load_with_file_line_and_key(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text(f'{TARGET}url = "{url}"\n', encoding="utf-8")
    err = run_status(config, capsys)
    assert f"{config}:6: environments.prod.targets.api.url: must be an http:// or https:// URL" in err


def test_a_deeply_nested_array_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text(f'{TARGET}url = "http://127.0.0.1/health"\nheaders = {{ a = {"[" * 5000}{"]" * 5000} }}\n')
    assert f"{config}:7: arrays or inline tables nested deeper than 32 levels" in run_status(config, capsys)


def test_brackets_inside_strings_and_comments_do_not_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text(f'{TARGET}url = "http://127.0.0.1:1/{"[" * 100}"\n# {"{" * 100}\n', encoding="utf-8")
    assert main(["status", "--config", str(config), "--json"]) == 1  # loaded; the target is just down
    capsys.readouterr()


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "cockpit.toml"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "cockpit", "status", "--config", str(fifo)],
                          check=False, capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr == f"cockpit: error: configuration: {fifo}: is a FIFO, not a TOML file\n"


def test_dev_zero_is_refused_without_reading_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert "/dev/zero: is a device, not a TOML file" in run_status(Path("/dev/zero"), capsys)


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text("# " + "x" * (2 * 1024 * 1024) + "\n")
    assert "is larger than 1024 KiB: not a config file" in run_status(config, capsys)


def test_an_environment_variable_cannot_turn_read_only_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cockpit.cli_support import required_config
    from cockpit.core.session import make_session

    config = tmp_path / "cockpit.toml"
    config.write_text(f'[cockpit]\nread_only = true\n\n{TARGET}url = "http://127.0.0.1:1/health"\n')
    monkeypatch.setenv("COCKPIT_READ_ONLY", "0")
    loaded = required_config(config)
    assert loaded.read_only is True
    assert make_session(loaded, None, read_only=False, db_path=tmp_path / "t.db").read_only is True
