"""The one namespace holds in the source tree too: nothing imports the folders by their top-level names, which
would load a second copy of every provider class (and a second ProviderError nobody catches)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINKED = ("providers", "screens", "themes")


def top_level_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        found += [f"{path.relative_to(ROOT)}:{node.lineno}: {name}" for name in names if name.split(".")[0] in LINKED]
    return found


def test_code_tests_and_bench_import_the_linked_folders_only_through_cockpit() -> None:
    files = [
        p
        for folder in ("cockpit", "providers", "screens", "themes", "tests", "bench")
        for p in (ROOT / folder).rglob("*.py")
    ]
    assert len(files) > 50
    assert [hit for path in files for hit in top_level_imports(path)] == []


def test_the_folders_are_linked_into_the_cockpit_package() -> None:
    for name in LINKED:
        link = ROOT / "cockpit" / name
        assert link.is_symlink() and link.resolve() == (ROOT / name).resolve(), name
