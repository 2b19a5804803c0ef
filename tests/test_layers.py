"""The house's layers, checked: Qt only in desktop/ui, SQL only in desktop/storage, HTTP only in desktop/api."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"

# Modules that may start the UI on demand (they import it inside a function, never at module level).
UI_LAUNCHERS = {"desktop/cli.py", "desktop/self_test.py"}


def _imports(path: Path, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules() -> list[Path]:
    return sorted(DESKTOP.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", _modules(), ids=_rel)
def test_layer_rules(path: Path) -> None:
    rel = _rel(path)
    imports = _imports(path)
    in_ui = rel.startswith("desktop/ui/")
    if not in_ui:
        qt = {name for name in imports if name.split(".")[0] in {"PySide6", "shiboken6"}}
        assert not qt, f"{rel} imports Qt ({qt}); Qt belongs in desktop/ui"
        ui = {name for name in _imports(path, top_level_only=True) if name.startswith("desktop.ui")}
        assert not ui, f"{rel} imports the UI at module level"
        if rel not in UI_LAUNCHERS:
            assert not {n for n in imports if n.startswith("desktop.ui")}, f"{rel} imports the UI"
    if not rel.startswith("desktop/storage/"):
        sql = {name for name in imports if name.split(".")[0] in {"sqlite3", "sqlcipher3"}}
        assert not sql, f"{rel} uses SQL ({sql}); SQL belongs in desktop/storage"
    if not rel.startswith("desktop/api/"):
        http = {name for name in imports if name.split(".")[0] in {"httpx", "urllib3", "requests"}}
        assert not http, f"{rel} uses HTTP ({http}); HTTP belongs in the API client (desktop/api)"
