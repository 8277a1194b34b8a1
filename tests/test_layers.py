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
    return "cli" if parts[1].startswith("cli_") else parts[1]


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


def _module_name(path: Path, package: Path) -> str:
    parts = list(path.with_suffix("").relative_to(package.parent).parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(tree: ast.Module) -> list[ast.AST]:
    """Every import node except those under ``if TYPE_CHECKING:`` (they never run)."""
    found: list[ast.AST] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_cycles(package: Path) -> list[list[str]]:
    """Groups of kpidesk modules that import each other (at any depth, lazily or not)."""
    files = {
        _module_name(p, package): p for p in package.rglob("*.py") if "migrations" not in p.parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        deps: set[str] = set()
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    deps.add(full if full in files else node.module)
            elif isinstance(node, ast.Import):
                deps.update(alias.name for alias in node.names)
        graph[name] = {d for d in deps if d in files and d != name}
    cycles, index, low, stack, on_stack = [], {}, {}, [], set()

    def strong(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return cycles


def test_no_import_cycles() -> None:
    assert import_cycles(PACKAGE) == []


def test_the_cycle_finder_sees_a_lazy_cycle(tmp_path: Path) -> None:
    fake = tmp_path / "kpidesk"
    (fake / "data").mkdir(parents=True)
    (fake / "data" / "a.py").write_text("from kpidesk.data import b\n")
    (fake / "data" / "b.py").write_text("def f():\n    from kpidesk.data.a import x\n")
    (fake / "data" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kpidesk.data import a\n"
    )
    assert import_cycles(fake) == [["kpidesk.data.a", "kpidesk.data.b"]]
