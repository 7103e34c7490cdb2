"""The bundled Unicode font family, registered with reportlab once per process.

The base-14 PDF fonts cannot draw Greek, Cyrillic or most accented names (missing glyphs render
as blank boxes *without an error*), so every document uses DejaVu Sans (Latin, Greek, Cyrillic;
its licence allows bundling) from ``resources/fonts``, embedded as a subset in each PDF.

``register_fonts()`` is idempotent and thread-safe (documents may be built on a worker thread);
it registers the four styles and a family mapping so ``<b>`` and ``<i>`` in paragraph markup pick
the bold and italic faces. Raises ``FileNotFoundError`` naming the missing file if the install is
broken.
"""

from __future__ import annotations

import logging
import threading
from functools import cache

from fieldride.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "FieldRideSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family once (later calls cost nothing); return the family name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {path} is missing; reinstall FieldRide.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        for bold, italic, name in (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
            (1, 1, BOLD_ITALIC),
        ):
            addMapping(FAMILY, bold, italic, name)
        _registered = True
        log.debug("registered the %s font family", FAMILY)
    return FAMILY


@cache
def coverage() -> frozenset[int]:
    """Code points that every face of the family can draw (the intersection of their maps)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in _FILES]
    return frozenset(set.intersection(*maps))
