"""The cockpit's themes are data: one TOML file each, named after the theme (``cockpit-dark.toml`` is the theme
``cockpit-dark``). Adding a file adds a theme everywhere: the config check, ``--theme`` and the app.

No Textual here: the config and the command line list the names without loading the UI; the app turns the data
into ``textual.theme.Theme`` objects. The files sit beside this module (the package is always installed as files:
see pyproject's package data), found with ``pathlib``: every `cockpit` start lists them, and importlib.resources
with its zip support would be imported for that alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

DEFAULT_THEME = "cockpit-dark"
SUFFIX = ".toml"
FOLDER = Path(__file__).parent


def theme_names(folder: Path = FOLDER) -> tuple[str, ...]:
    """Every theme shipped (in this package unless ``folder`` is given), sorted, without reading the files."""
    return tuple(sorted(entry.name[: -len(SUFFIX)] for entry in folder.iterdir() if entry.name.endswith(SUFFIX)))


def theme_data(folder: Path = FOLDER) -> list[dict[str, Any]]:
    """Each theme as the keyword arguments of ``textual.theme.Theme`` (name from the file, custom variables kept)."""
    import tomllib  # only the app reads the files: the command line and the config check need the names alone

    themes: list[dict[str, Any]] = []
    for name in theme_names(folder):
        data = tomllib.loads((folder / (name + SUFFIX)).read_text(encoding="utf-8"))
        themes.append({**data, "name": name, "variables": data.get("variables", {})})
    return themes
