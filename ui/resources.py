"""UI access to bundled resources (styles, icons, fonts), through the core's one resource helper."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontDatabase, QIcon

from fieldride.desktop import APP_ID, ICON_SIZES
from fieldride.resources import resource_path


def stylesheet(name: str) -> str:
    return resource_path("styles", name).read_text(encoding="utf-8")


def window_icon() -> QIcon:
    """The app icon: the PNGs rendered from the SVG at every size the desktop entry installs
    (16 to 512 px; a size between two is scaled down from the next larger). No SVG: a window
    hands the system its icon as bitmaps (under Xvfb, xprop showed ``_NET_WM_ICON`` at 16, 32,
    64 and 128 px with the SVG, the same PNGs; now 16 to 128 px, 24 and 48 added), so drawing
    from the SVG showed nowhere, and it cost Qt's SVG icon engine and QtSvg (15-45 ms and some
    MiB) at every start."""
    result = QIcon()
    hicolor = resource_path("icons", "hicolor")
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        result.addFile(str(png), QSize(size, size))
    return result


def register_fonts() -> bool:
    """Bundle DejaVu Sans (Latin, Greek, Cyrillic) so text renders even on a machine without
    fonts; returns whether it was registered. Before the first paint: every screen needs it.

    Not when the system has DejaVu Sans itself (most Linux desktops): the same faces twice
    change nothing on screen, and each registration parses the file and makes Qt read its font
    list again (~17 M instructions before the first paint). Asking for the family reads the
    system's fonts a moment earlier than the first paint would anyway. The check names the
    family: a machine without fonts still reports Qt's generic "Sans Serif" and the like."""
    if QFontDatabase.hasFamily("DejaVu Sans"):
        return False
    for path in sorted(resource_path("fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    return True


# Each bundled fallback face (file name prefix) and the writing systems it is there for (what
# Qt reports for it: WenQuanYi Micro Hei also covers Greek and Cyrillic, which DejaVu has).
FALLBACK_FACES: dict[str, tuple[QFontDatabase.WritingSystem, ...]] = {
    "NotoSansArabic": (QFontDatabase.WritingSystem.Arabic,),
    "NotoSansDevanagari": (QFontDatabase.WritingSystem.Devanagari,),
    "NotoSansHebrew": (QFontDatabase.WritingSystem.Hebrew,),
    "NotoSansThai": (QFontDatabase.WritingSystem.Thai,),
    "wqy-microhei": (
        QFontDatabase.WritingSystem.SimplifiedChinese,
        QFontDatabase.WritingSystem.TraditionalChinese,
        QFontDatabase.WritingSystem.Japanese,
        QFontDatabase.WritingSystem.Korean,
    ),
}


def register_fallback_fonts() -> list[str]:
    """The faces the PDFs use for the scripts DejaVu lacks (Hebrew, Arabic, Devanagari, Thai,
    Chinese/Japanese/Korean), so names in those scripts show as letters, not boxes, on a machine
    that has no such fonts. After the first screen shows its data (about 6 MB of fonts that a
    Latin-only screen does not need to paint). Returns the families Qt registered.

    Only for the scripts no font of the system covers (as :func:`register_fonts` does for
    DejaVu): the system's own faces show them already, and each registration costs fontconfig a
    scan of the file's character map (~24 M instructions for the five files) and clears Qt's font
    caches, so the next paint lays out and draws every text again (~28 M on the capture screen)."""
    fonts = resource_path("fonts")
    families: list[str] = []
    for prefix, systems in FALLBACK_FACES.items():
        if all(QFontDatabase.families(system) for system in systems):
            continue
        for path in sorted(fonts.glob(f"{prefix}*")):
            if path.suffix not in (".ttf", ".ttc"):
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families
