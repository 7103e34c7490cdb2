"""The core's shape, beyond what import-linter's contracts check (pyproject.toml): no import
cycle between any two core modules (a package's ``__init__`` and its modules included), and no
private name imported from another module."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp

import fieldride

CORE = Path(fieldride.__file__).parent


def test_no_import_cycles_between_core_modules() -> None:
    graph = grimp.build_graph("fieldride")
    cycles = [
        (importer, imported)
        for importer in sorted(graph.modules)
        for imported in graph.find_modules_directly_imported_by(importer)
        if graph.find_shortest_chain(importer=imported, imported=importer)
    ]
    assert cycles == []


def test_no_private_name_is_imported_from_another_module() -> None:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fieldride"):
                found += [
                    f"{path.relative_to(CORE.parent)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert found == []
