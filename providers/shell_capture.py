"""What a command leaves behind: its working directory and exported variables, read when bash exits.

Each runbook command runs in its own ``bash -c``, so ``cd /srv/app`` in one command would be forgotten by the
next. To carry it over, bash is started with ``BASH_ENV`` pointing at a small script of ours. Bash reads that
file before the command (it does for every non-interactive shell) and it sets an EXIT trap that writes ``$PWD``
and every exported variable, NUL-separated, to a private file. The command text itself is untouched: it still
runs exactly as shown. The operator's own ``BASH_ENV``, if any, is restored and read after ours, and children
of the command do not inherit ours. A command killed by a signal, or one that sets its own EXIT trap, leaves no
state: the checklist then keeps what it had.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

STATE_FILE_VARIABLE = "__COCKPIT_STATE_FILE"
USER_BASH_ENV_VARIABLE = "__COCKPIT_USER_BASH_ENV"
STATE_LIMIT = 256 * 1024
"""Bytes of state read back; an environment larger than this is not carried over."""
SHELL_OWN_VARIABLES = frozenset({"PWD", "OLDPWD", "SHLVL", "_", "BASH_ENV", STATE_FILE_VARIABLE,
                                 USER_BASH_ENV_VARIABLE})
"""Set by bash itself or by us: never part of a command's changes."""

_SCRIPT = r"""# incident cockpit: record the working directory and exported variables when the command ends
if [ -n "${__COCKPIT_USER_BASH_ENV-}" ]; then export BASH_ENV="$__COCKPIT_USER_BASH_ENV"; else unset BASH_ENV; fi
__cockpit_state_file=$__COCKPIT_STATE_FILE
unset __COCKPIT_USER_BASH_ENV __COCKPIT_STATE_FILE
__cockpit_save_state() {
  local IFS=$' \t\n' __cockpit_name
  {
    printf '%s\0' "$PWD"
    for __cockpit_name in $(compgen -e); do printf '%s=%s\0' "$__cockpit_name" "${!__cockpit_name}"; done
  } > "$__cockpit_state_file" 2>/dev/null
}
trap __cockpit_save_state EXIT
if [ -n "${BASH_ENV-}" ]; then . "$BASH_ENV"; fi
"""


@dataclass(frozen=True, slots=True)
class ShellEnding:
    """Where a command left its shell."""

    cwd: str
    variables: Mapping[str, str]
    """Every exported variable when bash exited."""


class StateCapture:
    """One private directory for the capture script and one state file per run."""

    def __init__(self) -> None:
        self._folder: Path | None = None

    def prepare(self, env: dict[str, str]) -> Path:
        """Point ``env`` (changed in place) at the capture script; the path where the state will be written."""
        folder = self._ensure_folder()
        handle, name = tempfile.mkstemp(prefix="state-", dir=folder)
        os.close(handle)
        user_bash_env = env.get("BASH_ENV")
        if user_bash_env:
            env[USER_BASH_ENV_VARIABLE] = user_bash_env
        env["BASH_ENV"] = str(folder / "capture.sh")
        env[STATE_FILE_VARIABLE] = name
        return Path(name)

    def _ensure_folder(self) -> Path:
        if self._folder is None or not (self._folder / "capture.sh").is_file():
            self._folder = Path(tempfile.mkdtemp(prefix="cockpit-shell-"))  # 0700: the state may hold secrets
            (self._folder / "capture.sh").write_text(_SCRIPT, encoding="utf-8")
            weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
        return self._folder


def read_ending(path: Path, limit: int = STATE_LIMIT) -> ShellEnding | None:
    """The state the EXIT trap wrote, then the file is removed; None when it wrote none (or too much)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
    if not data or len(data) > limit:
        return None
    cwd, *pairs = data.decode("utf-8", errors="replace").split("\0")
    variables: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if equals and name:
            variables[name] = value
    return ShellEnding(cwd, variables) if cwd else None


def variable_changes(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, str | None]:
    """What the command exported or unset, against the environment it started with (None: unset)."""
    changes: dict[str, str | None] = {
        name: value for name, value in after.items() if before.get(name) != value and name not in SHELL_OWN_VARIABLES
    }
    changes.update({name: None for name in before if name not in after and name not in SHELL_OWN_VARIABLES})
    return changes
