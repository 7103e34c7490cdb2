"""A package's public names imported from their modules on first use (PEP 562).

A package such as ``fieldride.team`` re-exports the names of its modules (``roster``,
``sellers``, ``training``). Importing them all eagerly makes every user of one name pay for all
of them: ``fieldride report summary`` needs ``team.get_seller`` and paid for the roster import
(``tabular``: csv, zipfile, difflib). With :func:`lazy_names` a package imports a module only when
one of its names is first read; ``from fieldride.team import get_seller`` works as before.

The package keeps its ``from ... import (...)`` lines under ``if TYPE_CHECKING:`` (what mypy and
the import contracts read) and passes the same names here at run time, in an ``else:`` branch so
that mypy never sees a module ``__getattr__`` (a misspelt name stays a type error).
``tests/core/test_lazy_packages.py`` checks that both lists agree.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from types import ModuleType


def _keeping(names: set[str]) -> type[ModuleType]:
    """A module class whose attributes ``names`` are never replaced by the submodule of the same
    name (the import system sets that attribute after importing a submodule): the attribute
    becomes the submodule's own object of that name."""

    class Package(ModuleType):
        def __setattr__(self, name: str, value: object) -> None:
            if name in names and isinstance(value, ModuleType):
                value = getattr(value, name)
            super().__setattr__(name, value)

    return Package


def lazy_names(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``, whose ``modules`` maps each submodule's short
    name to the names the package exports from it."""
    where = {name: f"{package}.{module}" for module, names in modules.items() for name in names}

    # A name that is also one of the modules' names (debriefs.self_assessment, the function in
    # the module of that name): importing that module sets the package's attribute to the module
    # itself, after which this hook would never be asked. The package keeps the name instead.
    shadowed = {name for name in where if name in modules}
    if shadowed:
        sys.modules[package].__class__ = _keeping(shadowed)

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name
        try:
            module = where[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # the next read is a plain attribute
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted(set(vars(sys.modules[package])) | set(where))

    return __getattr__, __dir__
