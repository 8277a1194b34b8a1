"""Imports go one way: ui/cli → services → data, excel → core.  This test fails otherwise."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kpidesk"

ALLOWED = {
    "core": {"core"},
    "data": {"core", "data"},
    "excel": {"core", "excel"},
    "services": {"core", "data", "excel", "services"},
    "ui": {"core", "services", "ui"},
    "cli": {"core", "services", "cli"},
    "__main__": {"cli"},
    "__init__": set(),
}
THIRD_PARTY_FORBIDDEN = {
    "core": {"sqlalchemy", "PySide6", "pyqtgraph", "openpyxl", "alembic", "platformdirs"},
    "data": {"PySide6", "pyqtgraph", "openpyxl"},
    "excel": {"sqlalchemy", "PySide6", "pyqtgraph"},
    "services": {"PySide6", "pyqtgraph"},
    "cli": {"PySide6", "pyqtgraph"},
}


def layer_of_module(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "kpidesk":
        return None
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def imports(path: Path, *, top_level_only: bool) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def violations() -> list[str]:
    problems = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        layer = rel.parts[0].removesuffix(".py")
        if layer.startswith("cli_"):
            layer = "cli"  # the command line's helper modules (cli_kpis.py) are the cli layer
        if layer not in ALLOWED or "migrations" in rel.parts:
            continue
        # The command line opens the window lazily inside run(); only top-level imports count.
        for name in imports(path, top_level_only=layer == "cli"):
            target = layer_of_module(name)
            if target not in (None, layer, "__init__") and target not in ALLOWED[layer]:
                problems.append(f"{rel}: {layer} imports {name}")
            root = name.split(".")[0]
            if root in THIRD_PARTY_FORBIDDEN.get(layer, set()):
                problems.append(f"{rel}: {layer} imports {name}")
    return problems


def test_no_layer_imports_upward() -> None:
    assert violations() == []


def test_every_module_is_checked() -> None:
    layers = {
        path.relative_to(PACKAGE).parts[0].removesuffix(".py") for path in PACKAGE.rglob("*.py")
    }
    unchecked = {layer for layer in layers if layer not in ALLOWED and not layer.startswith("cli_")}
    assert unchecked == set()


def test_the_checker_sees_a_violation(tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "kpidesk"
    (fake / "core").mkdir(parents=True)
    (fake / "core" / "bad.py").write_text("from kpidesk.services import deals\nimport PySide6\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert len(violations()) == 2


def test_command_line_path_loads_no_qt() -> None:
    code = (
        "import sys, kpidesk.cli, kpidesk.services.demo; "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
