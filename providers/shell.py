"""The local shell: runs a runbook step's command on this machine, exactly as it was shown to the operator.

``plan_command`` states the command; ``execute`` runs that text and nothing else with ``bash -c``: no template, no
provider data, nothing is ever interpolated into it. The command runs in its own session (process group) with stdin
from /dev/null, stdout and stderr merged as a terminal shows them, and only the last 64 KiB of output kept (the
timeline stores it, and a runaway ``kubectl logs -f`` must not fill the disk). On timeout the whole process group
gets SIGTERM, then SIGKILL after a short grace. When bash exits, anything it left running in its group is killed
too once the output has drained: nothing keeps running unseen after the cockpit reports an exit code, so a
backgrounded ``kubectl port-forward ... &`` does not outlive its step (run such helpers outside the cockpit).

The environment is the cockpit's own (kubeconfig, AWS profile, DOCKER_HOST...), with pagers switched off
(``PAGER=cat``, ``GIT_PAGER=cat``, ``AWS_PAGER=``) because nobody can press ``q`` in a captured pager, plus the
plan's variables (what the cockpit knows of the environment, what earlier commands of the checklist exported).
When bash exits, the result says where the command left its working directory and which variables it exported
or unset (``cockpit.providers.shell_capture``), so the next command can start from there.

A plan says ``changes_nothing`` when the command only reads (``cockpit.providers.shell_readonly``).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import time
from collections.abc import Mapping

import msgspec

from .base import Provider
from .results import ActionPlan, ActionResult, utcnow
from .shell_capture import StateCapture, read_ending, variable_changes
from .shell_readonly import is_read_only

RUN_COMMAND = "run-command"
"""The ``ActionPlan.action`` of a shell command."""
DEFAULT_TARGET = "local-shell"
OUTPUT_LIMIT = 64 * 1024
"""Bytes of output kept: the end of it, where the error usually is."""
KILL_GRACE_S = 2.0
"""Between SIGTERM and SIGKILL on timeout: time for kubectl or aws to let go of a connection cleanly."""
DRAIN_S = 0.5
"""After bash exits, how long its leftover children may keep the output open before they are killed."""
QUIET_PAGERS = {"PAGER": "cat", "GIT_PAGER": "cat", "AWS_PAGER": ""}

_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")


class ShellSettings(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    timeout_s: float = 120.0
    """Default hard limit of one command; a step can set its own (``timeout=10m``)."""
    cwd: str | None = None
    """Where commands run; None: the directory the cockpit was started in."""
    output_limit: int = OUTPUT_LIMIT


class CommandResult(ActionResult, frozen=True):  # frozen as its base (msgspec inherits it; said for type checkers)
    """An ``ActionResult`` that also says how the process ended."""

    exit_code: int | None = None
    """bash's exit status; negative: killed by that signal; None: it never started."""
    timed_out: bool = False
    dropped_bytes: int = 0
    """Output bytes dropped from the start to keep within the limit."""
    cwd_after: str | None = None
    """Where the command left its working directory when it moved it; None: it stayed where it started, or that
    is not known (killed by SIGKILL, or it replaced our EXIT trap)."""
    variables_after: Mapping[str, str | None] = msgspec.field(default_factory=dict)
    """Variables the command exported (name -> value) or unset (name -> None)."""


class LocalShell(Provider):
    kind = "shell"
    Settings = ShellSettings

    def __init__(self, target: str = DEFAULT_TARGET, settings: ShellSettings | None = None) -> None:
        resolved = settings if settings is not None else ShellSettings()
        super().__init__(target, resolved)
        self.settings: ShellSettings = resolved
        self._capture = StateCapture()

    def describe(self) -> str:
        return f"{self.kind}:{self.target} (bash on this machine)"

    def plan_command(
        self,
        command: str,
        *,
        step_id: str,
        timeout_s: float | None = None,
        cwd: str | None = None,
        variables: Mapping[str, str | None] | None = None,
    ) -> ActionPlan:
        """The plan for running ``command`` as it is; ValueError for a command that cannot run at all.

        ``variables`` are set (or, with None, unset) in the command's environment on top of the cockpit's own.
        """
        if not command.strip():
            raise ValueError("the command is empty: nothing to run")
        if "\x00" in command:
            raise ValueError("the command contains a NUL byte, which no shell can run")
        timeout = self.settings.timeout_s if timeout_s is None else timeout_s
        if not timeout > 0:
            raise ValueError(f"the timeout must be more than 0 s (got {timeout:g})")
        first_line, _, rest = command.strip().partition("\n")
        where = cwd or self.settings.cwd
        reads_only = is_read_only(command)
        return ActionPlan(
            action=RUN_COMMAND,
            target=self.target,
            service=_program(command) or step_id,
            command=command,
            changes=(),
            reversible=reads_only,  # nothing to undo
            summary=f"run for step {step_id}{f' in {where}' if where else ''} (timeout {timeout:g} s): "
                    f"{first_line}{' ...' if rest else ''}",
            params={"step_id": step_id, "timeout_s": timeout, "cwd": where, "variables": dict(variables or {})},
            changes_nothing=reads_only,
        )

    async def execute(self, plan: ActionPlan) -> CommandResult:
        timeout = float(plan.params.get("timeout_s", self.settings.timeout_s))
        cwd = plan.params.get("cwd")
        started, clock = utcnow(), time.monotonic()
        # Our own pipe rather than asyncio's PIPE: asyncio's wait() also waits for every pipe to close, and a child
        # left in the background would hold it open long after bash exited.
        env = command_environment(plan.params.get("variables") or {})
        started_with = dict(env)
        state_file = self._capture.prepare(env)
        read_fd, write_fd = os.pipe()
        try:
            process = await asyncio.create_subprocess_exec(
                "bash", "-c", plan.command,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=write_fd,
                stderr=write_fd,
                cwd=cwd,
                env=env,
                start_new_session=True,
            )
        except OSError as error:
            os.close(read_fd)
            read_ending(state_file)  # removes it
            where = f" in {cwd}" if cwd else ""
            return CommandResult(plan, False, f"could not start bash{where}: {error.strerror or error}", started,
                                 utcnow())
        finally:
            os.close(write_fd)
        output = _Tail(self.settings.output_limit)
        stream = asyncio.StreamReader()
        transport: asyncio.ReadTransport | None = None
        reader: asyncio.Task[None] | None = None
        timed_out = False
        try:
            transport, _ = await asyncio.get_running_loop().connect_read_pipe(
                lambda: asyncio.StreamReaderProtocol(stream), os.fdopen(read_fd, "rb", buffering=0)
            )
            reader = asyncio.create_task(output.read_all(stream))
            try:
                async with asyncio.timeout(timeout):
                    await process.wait()
            except TimeoutError:
                timed_out = True
                await _stop_group(process)
            elapsed = time.monotonic() - clock
            await _drain(process, reader)
        except asyncio.CancelledError:
            # The runner gave up or the cockpit is quitting, at whatever await: the command must not keep running
            # unseen.
            _signal_group(process, signal.SIGKILL)
            if reader is not None:
                reader.cancel()
            raise
        finally:
            if transport is not None:
                transport.close()
        code = process.returncode
        if timed_out:
            message = f"timed out after {timeout:g} s"
        elif code is not None and code < 0:
            message = f"killed by {_signal_name(-code)} after {elapsed:.1f} s"
        else:
            message = f"exit {code} in {elapsed:.1f} s"
        ending = read_ending(state_file)
        return CommandResult(plan, code == 0 and not timed_out, message, started, utcnow(), output.text(),
                             exit_code=code, timed_out=timed_out, dropped_bytes=output.dropped,
                             cwd_after=ending.cwd if ending and not _same_directory(ending.cwd, cwd) else None,
                             variables_after=variable_changes(started_with, ending.variables) if ending else {})


def command_environment(variables: Mapping[str, str | None]) -> dict[str, str]:
    """The cockpit's environment, pagers off, with ``variables`` set (or unset where None)."""
    env = {**os.environ, **QUIET_PAGERS}
    for name, value in variables.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


def _same_directory(path: str, started_in: str | None) -> bool:
    try:
        return os.path.samefile(path, started_in or os.getcwd())
    except OSError:  # gone or unreadable since: it is not where the command started
        return False


def _program(command: str) -> str | None:
    """The program a command starts with, past ``NAME=value`` prefixes: what the plan is 'about'."""
    for word in command.split():
        if not _ASSIGNMENT.match(word):
            return word
    return None


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:  # a real-time signal has no name
        return f"signal {number}"


class _Tail:
    """The last ``limit`` bytes of a stream, and how many were dropped before them."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.dropped = 0
        self._data = bytearray()

    async def read_all(self, stream: asyncio.StreamReader) -> None:
        while chunk := await stream.read(65536):
            self._data += chunk
            excess = len(self._data) - self.limit
            if excess > 0:
                del self._data[:excess]
                self.dropped += excess

    def text(self) -> str:
        # errors="replace": the cut may split a UTF-8 sequence, and commands print any bytes they like.
        body = self._data.decode("utf-8", errors="replace")
        return f"[... {self.dropped} earlier bytes dropped ...]\n{body}" if self.dropped else body


async def _stop_group(process: asyncio.subprocess.Process) -> None:
    _signal_group(process, signal.SIGTERM)
    try:
        async with asyncio.timeout(KILL_GRACE_S):
            await process.wait()
    except TimeoutError:
        _signal_group(process, signal.SIGKILL)
        await process.wait()


async def _drain(process: asyncio.subprocess.Process, reader: asyncio.Task[None]) -> None:
    """Read what is left; children still holding the output open after bash exited are killed."""
    for last_resort in (False, True):
        try:
            async with asyncio.timeout(DRAIN_S):
                await asyncio.shield(reader)
            return
        except TimeoutError:
            if not last_resort:
                _signal_group(process, signal.SIGKILL)
    # Something left the process group (setsid) and kept the pipe open: stop reading rather than hang.
    reader.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await reader


def _signal_group(process: asyncio.subprocess.Process, sig: signal.Signals) -> None:
    # start_new_session made bash the leader of its own group, whose id is bash's pid.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, sig)
