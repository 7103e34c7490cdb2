"""Hatchling build hook: compile the translation catalogues into the wheel (docs/translating.md).

The .ts/.po sources are in resources/translations; the compiled .qm/.mo files are not committed,
so every build makes them here, before the wheel's files are collected (resources/ is mapped
into the package by pyproject's force-include). An editable install compiles them in place
for the source checkout. A failure stops the build: a wheel without catalogues would show
English to everyone without a word.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueBuildHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        path = Path(self.root) / "scripts" / "catalogues.py"
        spec = importlib.util.spec_from_file_location("fieldride_catalogues", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build()
