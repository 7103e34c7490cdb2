"""Packages that import their modules on first use (fieldride.lazy) export what they declare.

Each lazy package lists its modules' names twice: the ``from ... import`` lines under
``TYPE_CHECKING`` (what mypy and the import contracts read) and the table given to
``lazy_names`` at run time. These check that both lists agree, that every name in ``__all__``
resolves to the object of its module, and that importing the package imports none of them.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAZY = [
    "fieldride.team",
    "fieldride.debriefs",
    "fieldride.rides",
    "fieldride.store",
    "fieldride.insights",
]


def _declared(package: str) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(names imported under TYPE_CHECKING, names given to lazy_names), by module."""
    tree = ast.parse((ROOT / package.replace(".", "/") / "__init__.py").read_text("utf-8"))
    typed: dict[str, set[str]] = {}
    lazy: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.module
                typed[imp.module.removeprefix(package + ".")] = {a.name for a in imp.names}
            for stmt in ast.walk(ast.Module(body=node.orelse, type_ignores=[])):
                if isinstance(stmt, ast.Call) and ast.unparse(stmt.func) == "lazy_names":
                    table = ast.literal_eval(stmt.args[1])
                    lazy = {module: set(names) for module, names in table.items()}
    return typed, lazy


@pytest.mark.parametrize("package", LAZY)
def test_the_two_lists_agree_and_every_name_resolves(package: str) -> None:
    typed, lazy = _declared(package)
    assert typed and typed == lazy
    module = importlib.import_module(package)
    lazy_names = {n for names in typed.values() for n in names}
    assert lazy_names <= set(module.__all__)
    for name in module.__all__:  # the lazy ones and any imported eagerly (insights: rides.levels)
        assert getattr(module, name) is not None, name
    for submodule, names in typed.items():
        source = importlib.import_module(f"{package}.{submodule}")
        for name in names:
            assert getattr(module, name) is getattr(source, name), name
    assert set(module.__all__) <= set(dir(module))
    with pytest.raises(AttributeError, match="no attribute 'not_a_name'"):
        module.not_a_name  # noqa: B018 - the lookup is the test


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return done.stdout.strip()


def test_importing_the_packages_imports_only_what_is_used() -> None:
    code = (
        "import sys; import fieldride.team, fieldride.rides, fieldride.debriefs; "
        "from fieldride.team import get_seller; "
        "print(sorted(m for m in sys.modules if m.startswith(('fieldride.team.', "
        "'fieldride.rides.', 'fieldride.debriefs.', 'fieldride.tabular'))))"
    )
    # get_seller needs team.sellers only: not the roster import (tabular), no ride or debrief
    # module (not even debriefs.self_assessment, whose name is also a function's)
    assert _run(code) == "['fieldride.team.sellers']"


def test_a_name_shared_with_its_module_is_the_name_even_after_the_module() -> None:
    # debriefs.self_assessment is a function in the module of that name: importing the module
    # first (as insights.self_gap does) must not leave the package's attribute as the module.
    code = (
        "import sys, fieldride.debriefs.self_assessment; from fieldride import debriefs; "
        "m = sys.modules['fieldride.debriefs.self_assessment']; "
        "print(callable(debriefs.self_assessment) and debriefs.self_assessment is m.self_assessment)"
    )
    assert _run(code) == "True"
