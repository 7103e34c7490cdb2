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

Other scripts (Hebrew, Arabic, Devanagari, Thai, CJK: see :mod:`fieldride.reports.scripts`) are
drawn in fallback faces registered lazily by :func:`fallback_face`, the first time a document
meets a character of that script: a Latin-only document never parses them (the CJK face alone is
5 MB and takes ~65 ms to parse). Each face is registered once per process.
"""

from __future__ import annotations

import logging
import threading
from functools import cache

from fieldride.reports import scripts
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


# script -> (regular file, bold file or None, sub-font index in a collection)
_FALLBACK_FILES: dict[str, tuple[str, str | None, int]] = {
    scripts.HEBREW: ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", 0),
    scripts.ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", 0),
    scripts.DEVANAGARI: ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", 0),
    scripts.THAI: ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", 0),
    scripts.CJK: ("wqy-microhei.ttc", None, 0),  # one weight: bold text uses it too
}
_fallbacks: dict[tuple[str, bool], str] = {}
RTL_FACES: set[str] = set()  # names of registered faces whose script reads right to left


def fallback_name(script: str, bold: bool = False) -> str:
    """The reportlab font name of ``script``'s face (bold when it has a bold file)."""
    bold_file = _FALLBACK_FILES[script][1]
    weight = "Bold" if bold and bold_file else "Regular"
    return f"{FAMILY}-{script}-{weight}"


def fallback_face(script: str, bold: bool = False) -> str:
    """The font name of ``script``'s bundled face, registered with reportlab on first use
    (thread-safe, once per process). Raises FileNotFoundError naming a missing file."""
    key = (script, bold)
    name = _fallbacks.get(key)
    if name is not None:
        return name
    with _lock:
        name = _fallbacks.get(key)
        if name is not None:
            return name
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        regular, bold_file, index = _FALLBACK_FILES[script]
        file = bold_file if bold and bold_file else regular
        name = fallback_name(script, bold)
        if name not in pdfmetrics.getRegisteredFontNames():
            path = resource_path("fonts", file)
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {path} is missing; reinstall FieldRide.")
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=index))
            log.debug("registered the %s fallback face %s", script, file)
        if script in scripts.RTL_SCRIPTS:
            RTL_FACES.add(name)
        _fallbacks[key] = name
    return name


@cache
def _fallback_map(script: str) -> dict[int, int]:
    from reportlab.pdfbase import pdfmetrics

    glyphs: dict[int, int] = pdfmetrics.getFont(fallback_face(script)).face.charToGlyph
    return glyphs


def fallback_draws(script: str, ch: str) -> bool:
    """Whether ``script``'s fallback face has a glyph for ``ch`` (registers the face)."""
    return ord(ch) in _fallback_map(script)
