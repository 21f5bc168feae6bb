"""The cockpit's themes are data: one TOML file each, named after the theme (``cockpit-dark.toml`` is the theme
``cockpit-dark``). Adding a file adds a theme everywhere: the config check, ``--theme`` and the app.

No Textual here: the config and the command line list the names without loading the UI; the app turns the data
into ``textual.theme.Theme`` objects.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

DEFAULT_THEME = "cockpit-dark"
SUFFIX = ".toml"


def _folder(folder: Traversable | None) -> Traversable:
    return folder if folder is not None else files(__name__)


def theme_names(folder: Traversable | None = None) -> tuple[str, ...]:
    """Every theme shipped (in this package unless ``folder`` is given), sorted, without reading the files."""
    return tuple(
        sorted(entry.name[: -len(SUFFIX)] for entry in _folder(folder).iterdir() if entry.name.endswith(SUFFIX))
    )


def theme_data(folder: Traversable | None = None) -> list[dict[str, Any]]:
    """Each theme as the keyword arguments of ``textual.theme.Theme`` (name from the file, custom variables kept)."""
    themes: list[dict[str, Any]] = []
    for name in theme_names(folder):
        data = tomllib.loads(_folder(folder).joinpath(name + SUFFIX).read_text(encoding="utf-8"))
        themes.append({**data, "name": name, "variables": data.get("variables", {})})
    return themes
