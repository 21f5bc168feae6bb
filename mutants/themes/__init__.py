"""The cockpit's Textual themes, one TOML file each, loaded without a YAML dependency."""

from __future__ import annotations

import tomllib
from importlib.resources import files

from textual.theme import Theme

DEFAULT_THEME = "cockpit-dark"


def load_themes() -> list[Theme]:
    """Every ``*.toml`` theme shipped in this package (they travel inside the wheel)."""
    themes: list[Theme] = []
    for entry in sorted(files(__name__).iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
            variables = data.pop("variables", {})
            themes.append(Theme(**data, variables=variables))
    return themes
