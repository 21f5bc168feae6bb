"""The local shell runs exactly the text it planned, with a hard timeout, bounded output and no leftovers."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from cockpit.providers.base import Executor
from cockpit.providers.shell import OUTPUT_LIMIT, CommandResult, LocalShell, ShellSettings


async def run(command: str, *, timeout_s: float | None = None, cwd: str | None = None) -> CommandResult:
    shell = LocalShell()
    return await shell.execute(shell.plan_command(command, step_id="s1.1", timeout_s=timeout_s, cwd=cwd))


def gone(pid: int, within_s: float = 5.0) -> bool:
    """Whether a real process has ended (or is a zombie waiting for init), polling briefly."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state == "Z":
            return True
        time.sleep(0.02)
    return False


def test_the_plan_states_the_exact_command_and_where_it_runs() -> None:
    shell = LocalShell()
    command = 'kubectl -n "$NS" rollout undo deployment/api'
    plan = shell.plan_command(command, step_id="s4.2", timeout_s=30)
    assert isinstance(shell, Executor)
    assert (plan.action, plan.target, plan.command, plan.service) == ("run-command", "local-shell", command, "kubectl")
    assert plan.changes == () and plan.reversible is False
    assert "step s4.2" in plan.summary and "timeout 30 s" in plan.summary
    assert shell.plan_command("FOO=1 make deploy", step_id="s1.1").service == "make"


@pytest.mark.parametrize("command", ["", "   \n", "echo a\x00b"])
def test_a_command_that_cannot_run_is_refused_at_planning(command: str) -> None:
    with pytest.raises(ValueError):
        LocalShell().plan_command(command, step_id="s1.1")


async def test_success_reports_exit_0_with_the_output_of_both_streams() -> None:
    result = await run("echo out; echo err >&2")
    assert result.ok and result.exit_code == 0
    assert result.output == "out\nerr\n"
    assert result.message.startswith("exit 0 in ")


async def test_a_failing_command_reports_its_exit_code() -> None:
    result = await run("echo nope; exit 3")
    assert not result.ok
    assert (result.exit_code, result.message.split(" in ")[0], result.output) == (3, "exit 3", "nope\n")


async def test_nothing_is_formatted_into_the_command() -> None:
    result = await run("echo '{step_id} %s {0}'")
    assert result.output == "{step_id} %s {0}\n"


async def test_stdin_is_empty_so_a_command_waiting_for_input_ends_at_once() -> None:
    result = await run("cat; echo done", timeout_s=5)
    assert result.ok and result.output == "done\n"


async def test_a_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    result = await run(f"sleep 30 & echo $! > {pid_file}; wait", timeout_s=0.5)
    assert not result.ok and result.timed_out
    assert result.message == "timed out after 0.5 s"
    assert result.duration_s < 5
    assert gone(int(pid_file.read_text()))


async def test_children_left_running_after_the_command_exits_are_ended() -> None:
    result = await run("sleep 30 & echo $!", timeout_s=10)
    assert result.ok and result.duration_s < 5
    assert gone(int(result.output))


async def test_only_the_end_of_a_huge_output_is_kept() -> None:
    result = await run("head -c 200000 /dev/zero | tr '\\0' x; echo; echo END")
    assert result.ok
    assert result.output.endswith("x\nEND\n")
    assert result.dropped_bytes == 200000 + 5 - OUTPUT_LIMIT
    assert result.output.startswith(f"[... {result.dropped_bytes} earlier bytes dropped ...]\n")


async def test_commands_run_in_the_planned_directory(tmp_path: Path) -> None:
    assert (await run("pwd", cwd=str(tmp_path))).output.strip() == str(tmp_path.resolve())
    missing = await run("pwd", cwd=str(tmp_path / "missing"))
    assert not missing.ok and missing.exit_code is None
    assert missing.message.startswith(f"could not start bash in {tmp_path / 'missing'}")


async def test_the_default_timeout_comes_from_the_settings() -> None:
    shell = LocalShell(settings=ShellSettings(timeout_s=0.3))
    result = await shell.execute(shell.plan_command("sleep 10", step_id="s1.1"))
    assert result.timed_out and result.message == "timed out after 0.3 s"


async def test_cancelling_the_run_kills_the_command(tmp_path: Path) -> None:
    pid_file = tmp_path / "pid"
    running = asyncio.create_task(run(f"echo $$ > {pid_file}; exec sleep 30", timeout_s=60))
    deadline = time.monotonic() + 5
    while not pid_file.exists() or not pid_file.read_text().strip():  # a real process writes it
        assert time.monotonic() < deadline, "the command never started"
        await asyncio.sleep(0.01)
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert gone(int(pid_file.read_text()))


async def test_pagers_are_off_and_the_environment_is_inherited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COCKPIT_TEST_MARKER", "kept")
    monkeypatch.setenv("PAGER", "less")
    before = dict(os.environ)
    result = await run('echo "$COCKPIT_TEST_MARKER $PAGER [$AWS_PAGER]"')
    assert result.output == "kept cat []\n"
    assert dict(os.environ) == before  # only the command's environment changes, not the cockpit's
