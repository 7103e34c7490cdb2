"""UI access to bundled resources (styles, icons, fonts), through the core's one resource helper."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QIcon

from fieldride.resources import resource_path


def stylesheet(name: str) -> str:
    return resource_path("styles", name).read_text(encoding="utf-8")


def window_icon(svg: bool = True) -> QIcon:
    """The app icon: the PNGs rendered from the SVG at the standard sizes, and (``svg``) the
    SVG itself through Qt's SVG icon engine for every other size. Loading that engine and
    QtSvg costs some 15-45 ms (measured under load), so start-up sets the PNGs only and the
    app swaps in the SVG once the first screen shows its data (``ui.app``)."""
    result = QIcon(str(resource_path("icons", "fieldride.svg"))) if svg else QIcon()
    hicolor = resource_path("icons", "hicolor")
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = hicolor / f"{size}x{size}" / "apps" / "app.fieldride.FieldRide.png"
        result.addFile(str(png), QSize(size, size))
    return result


def register_fonts() -> None:
    """Bundle DejaVu Sans (Latin, Greek, Cyrillic) so text renders even on a machine without
    fonts. Before the first paint: every screen needs it."""
    for path in sorted(resource_path("fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def register_fallback_fonts() -> list[str]:
    """The faces the PDFs use for the scripts DejaVu lacks (Hebrew, Arabic, Devanagari, Thai,
    Chinese/Japanese/Korean), so names in those scripts show as letters, not boxes, on a machine
    that has no such fonts. After the first screen shows its data (about 6 MB of fonts that a
    Latin-only screen does not need to paint). Returns the families Qt registered."""
    fonts = resource_path("fonts")
    families: list[str] = []
    for path in sorted([*fonts.glob("Noto*.ttf"), *fonts.glob("*.ttc")]):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
