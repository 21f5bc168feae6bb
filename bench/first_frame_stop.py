"""Run a program (a script path, or a module name and its arguments) and end the process the moment Textual's main
thread hands over the frame holding FIRST_FRAME_MARKER to its writer thread: what the process executed until then
is what its first frame cost (``first_frame_instructions.py`` counts it under valgrind).

Stopping there, not when the writer thread gets to write, keeps the count free of whatever the main thread does while
the writer waits for its turn (under valgrind, threads take turns): the cockpit mounts the panes' bodies right then.
"""

from __future__ import annotations

import os
import runpy
import sys

from textual.drivers import _writer_thread  # both programs load it before their first frame anyway

MARKER = os.environ["FIRST_FRAME_MARKER"]
_write = _writer_thread.WriterThread.write


def _write_then_stop(self: _writer_thread.WriterThread, text: str) -> None:
    if MARKER in text:
        sys.__stderr__.write(text)
        sys.__stderr__.flush()
        os._exit(0)
    _write(self, text)


_writer_thread.WriterThread.write = _write_then_stop  # type: ignore[method-assign]

if __name__ == "__main__":
    target, *arguments = sys.argv[1:]
    sys.argv = [target, *arguments]
    if target.endswith(".py"):
        runpy.run_path(target, run_name="__main__")
    else:
        runpy.run_module(target, run_name="__main__", alter_sys=True)
