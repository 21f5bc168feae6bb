"""Reading a config file as hostile input: a regular file of bounded size, UTF-8, and nesting TOML can parse.

``--config`` may name a FIFO (the read would wait for ever), ``/dev/zero`` (it would fill memory), a huge file, or
TOML nested thousands deep (``tomllib`` recurses and dies with a RecursionError). Each is one ConfigError line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_CONFIG_BYTES = 1024 * 1024
"""A config is a few KB; a megabyte is far past any real one and cheap to parse."""
MAX_NESTING = 32
"""Arrays and inline tables nested deeper than this are refused before tomllib recurses into them."""


class ConfigReadError(Exception):
    """Why the file cannot be read as a config, and the line when one can be named."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def read_config_text(path: Path) -> str:
    """The file's text; ConfigReadError unless it is a regular, UTF-8 file under MAX_CONFIG_BYTES."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not wait; the type check below then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ConfigReadError("no such file") from None
    except IsADirectoryError:
        raise ConfigReadError("is a directory, not a TOML file") from None
    except OSError as error:
        raise ConfigReadError(f"cannot read: {error.strerror or error}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ConfigReadError("is a directory, not a TOML file")
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else (
                "a socket" if stat.S_ISSOCK(mode) else "not a regular file")
            raise ConfigReadError(f"is {kind}, not a TOML file")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as file:
            fd = -1
            data = file.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise ConfigReadError(f"cannot read: {error.strerror or error}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigReadError(f"is larger than {MAX_CONFIG_BYTES // 1024} KiB: not a config file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigReadError("not UTF-8 text", data[: error.start].count(b"\n") + 1) from None
    check_nesting(text)
    return text


def check_nesting(text: str, limit: int = MAX_NESTING) -> None:
    """ConfigReadError naming the line where arrays/inline tables nest deeper than ``limit``.

    Brackets inside strings and comments are skipped. ``[table]`` headers and ``[[array]]`` headers open nothing
    that stays open past their line, so counting them is harmless: a line balances its own header.
    """
    if text.count("[") + text.count("{") <= limit:
        return  # the common case: too few brackets to nest that deep at all
    depth, line, quote, escaped, comment = 0, 1, "", False, False
    for char in text:
        if char == "\n":
            line += 1
            comment = False
            if quote in ("'", '"'):
                quote = ""  # a single-line string cannot span lines; tomllib will report it
            continue
        if comment:
            continue
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
            continue
        if char in "'\"":
            quote = char
        elif char == "#":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                raise ConfigReadError(f"arrays or inline tables nested deeper than {limit} levels", line)
        elif char in "]}":
            depth = max(depth - 1, 0)
