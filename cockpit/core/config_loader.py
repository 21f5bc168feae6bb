"""Reading one config file's tables: a located ``ConfigError`` for every mistake, named by file:line:key.

``Loader`` checks one table against a msgspec schema (unknown keys first, listing the known ones, then types and
bounds) and turns msgspec's error paths into dotted keys that ``config_locate`` maps to lines.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from cockpit.core.config_locate import KeyPath, TomlLocator, dotted
from cockpit.errors import CockpitError

_Schema = TypeVar("_Schema")

_TOML_TYPES = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "object": "table"}
_MSGSPEC_PATH = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_PATH_PART = re.compile(r"\.([^.\[]+)|\[(\d+)\]|\[\.\.\.\]")
_MISSING = re.compile(r"Object missing required field `([^`]+)`")


class ConfigError(CockpitError):
    """A configuration problem, rendered as ``file:line: key: message`` (missing parts are left out)."""

    title = "configuration"

    def __init__(self, path: Path | None, line: int | None, key: str | None, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.key = key

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        key = f"{self.key}: " if self.key else ""
        return f"{where}{key}{self.message}"


class Loader:
    """One file's text and locator, to turn a key path into a located ConfigError."""

    def __init__(self, text: str, path: Path | None, environ: Mapping[str, str]) -> None:
        self.text = text
        self.path = path
        self.environ = environ
        self._locator: TomlLocator | None = None

    def error(self, where: KeyPath, message: str) -> ConfigError:
        return ConfigError(self.path, self.line_of(where), dotted(where) or None, message)

    def line_of(self, where: KeyPath) -> int:
        if self._locator is None:
            self._locator = TomlLocator(self.text)
        return self._locator.line_of(where)

    def relative(self, value: str) -> Path:
        """A path from the file, with ``~`` expanded and relative paths taken from the file's directory."""
        resolved = Path(value).expanduser()
        if not resolved.is_absolute() and self.path is not None:
            resolved = self.path.parent / resolved
        return resolved

    def convert(self, raw: Any, schema: type[_Schema], where: KeyPath, known: Sequence[str] | None = None) -> _Schema:
        """Check ``raw`` against ``schema``: unknown keys first (listing the known ones), then types and bounds."""
        self.require_table(raw, where)
        if known is None:
            known = field_names(schema)
        if known is not None:
            for key in raw:
                if key not in known:
                    raise self.error((*where, key), f"unknown key (known: {', '.join(known)})")
        try:
            return msgspec.convert(raw, schema)
        except msgspec.ValidationError as invalid:
            raise self._invalid(invalid, where, known) from None

    def require_table(self, raw: Any, where: KeyPath) -> None:
        if not isinstance(raw, dict):
            raise self.error(where, f"expected a table, got {toml_type(raw)}")

    def _invalid(
        self, invalid: msgspec.ValidationError, where: KeyPath, known: Sequence[str] | None = None
    ) -> ConfigError:
        match = _MSGSPEC_PATH.match(str(invalid))
        assert match is not None  # the pattern accepts any text
        message, path = match["message"], list(where)
        named = message.split(" ", 1)[0]
        if match["path"] is None and known is not None and named in known:
            # A settings validator (__post_init__) has no path: its message starts with the key it refused.
            return self.error((*path, named), message[len(named) + 1:])
        for part in _PATH_PART.finditer(match["path"] or ""):
            # A dict's key is "[...]" in msgspec paths; the enclosing key is the closest line we can name.
            if part[1] is not None:
                path.append(part[1])
            elif part[2] is not None:
                path.append(int(part[2]))
        missing = _MISSING.fullmatch(message)
        if missing is not None:
            return self.error((*path, missing[1]), "required key is missing")
        for native, toml in _TOML_TYPES.items():
            message = message.replace(f"`{native}`", f"`{toml}`")
        return self.error(tuple(path), message[:1].lower() + message[1:])


def field_names(schema: type[Any]) -> tuple[str, ...] | None:
    """The TOML names of a Struct's fields; None for a Settings type that is not a Struct (msgspec still checks)."""
    try:
        return tuple(field.encode_name for field in msgspec.structs.fields(schema))
    except TypeError:
        return None


def toml_type(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a float", list: "an array"}
    return names.get(type(value), type(value).__name__)
