"""UI access to bundled resources (styles, icons, fonts), through the core's one resource helper."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QIcon

from fieldride.resources import resource_path


def stylesheet(name: str) -> str:
    return resource_path("styles", name).read_text(encoding="utf-8")


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


def register_fonts() -> None:
    """Bundle DejaVu Sans so text renders even on a machine without fonts."""
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
