"""The bundled Unicode font family, registered with reportlab once per process.

The base-14 PDF fonts cannot draw Greek, Cyrillic or most accented names (missing glyphs render
as blank boxes *without an error*), so every document uses DejaVu Sans (Latin, Greek, Cyrillic;
its licence allows bundling) from ``resources/fonts``, embedded as a subset in each PDF.

``register_fonts()`` is idempotent and thread-safe (documents may be built on a worker thread);
it registers the faces the documents draw with (regular, bold, italic) and a family mapping so
``<b>`` and ``<i>`` in paragraph markup pick the bold and italic faces. Parsing a TTF costs about
10 ms, paid by every ``fieldride report`` command, so the bold-italic face (which no document
uses) is registered only on request (``register_fonts(bold_italic=True)``); until then bold
italic markup falls back to the bold face rather than failing. Raises ``FileNotFoundError``
naming the missing file if the install is broken.
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
DOCUMENT_FACES = (REGULAR, BOLD, ITALIC)  # the faces the documents draw with
_lock = threading.Lock()
_registered: set[str] = set()


def register_fonts(bold_italic: bool = False) -> str:
    """Register the document faces once (later calls cost nothing); with ``bold_italic`` also
    the bold-italic face. Returns the family name."""
    wanted = (*DOCUMENT_FACES, BOLD_ITALIC) if bold_italic else DOCUMENT_FACES
    if _registered.issuperset(wanted):
        return FAMILY
    with _lock:
        missing = [name for name in wanted if name not in _registered]
        if not missing:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name in missing:
            path = resource_path("fonts", _FILES[name])
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {path} is missing; reinstall FieldRide.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        done = _registered | set(missing)
        both = BOLD_ITALIC if BOLD_ITALIC in done else BOLD
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=both
        )
        # Bold-italic first: the last mapping of a face name wins its reverse lookup, and the
        # bold face must read back as (bold, not italic) even while it stands in for both.
        for bold, italic, name in (
            (1, 1, both),
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, ITALIC),
        ):
            addMapping(FAMILY, bold, italic, name)
        # Marked registered only now: another thread's unlocked check must not see a face
        # before the family mapping that makes <b> and <i> find it.
        _registered.update(missing)
        log.debug("registered the %s font faces: %s", FAMILY, ", ".join(missing))
    return FAMILY


@cache
def _face_maps() -> tuple[dict[int, int], ...]:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return tuple(pdfmetrics.getFont(name).face.charToGlyph for name in DOCUMENT_FACES)


def drawable(code: int) -> bool:
    """Whether every face the documents draw with has a glyph for code point ``code`` (a few
    dictionary look-ups: no set of the whole coverage is built)."""
    return all(code in glyphs for glyphs in _face_maps())


@cache
def coverage() -> frozenset[int]:
    """Code points that every face the documents draw with can draw (the intersection of their
    maps)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in DOCUMENT_FACES]
    return frozenset(set.intersection(*maps))
