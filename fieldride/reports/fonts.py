"""The bundled Unicode font family, each face registered with reportlab once per process, when a
document first needs it.

The base-14 PDF fonts cannot draw Greek, Cyrillic or most accented names (missing glyphs render
as blank boxes *without an error*), so every document uses DejaVu Sans (Latin, Greek, Cyrillic;
its licence allows bundling) from ``resources/fonts``, embedded as a subset in each PDF.

Parsing a TTF costs about 10 ms with reportlab's own reader (~3 ms with
:func:`fieldride.reports.truetype.load_font`, which reads its glyph tables in bulk), paid by every
``fieldride report`` command for every face it parses, so a face is parsed only when a document
uses it. The family mapping (which face ``<b>``
and ``<i>`` in paragraph markup pick) names the four faces without parsing any of them and is set
once, before the first paragraph is made. :data:`TEXT_FACES` (regular and bold) are what every
document and every user-written text is drawn in: :func:`register_fonts` registers them (the
stylesheet calls it), and :func:`drawable` checks a character against them only. The italic faces
draw only our own labels: :func:`faces_used` finds them in a document's paragraphs and the layout
registers them before building (the coaching summary uses none). ``register_fonts`` is idempotent
and thread-safe (documents may be built on a worker thread). Raises ``FileNotFoundError`` naming
the missing file if the install is broken.

Other scripts (Hebrew, Arabic, Devanagari, Thai, CJK: see :mod:`fieldride.reports.scripts`) are
drawn in fallback faces registered lazily by :func:`fallback_face`, the first time a document
meets a character of that script: a Latin-only document never parses them (the CJK face alone is
5 MB and takes ~65 ms to parse). Each face is registered once per process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from functools import cache
from typing import Any

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
TEXT_FACES = (REGULAR, BOLD)  # every document draws with these, user text only with these
_lock = threading.Lock()
_registered: set[str] = set()
_mapped = False


def _map_family() -> None:
    """Which face ``<b>``/``<i>`` pick in our family (names only: no face is parsed). Called
    with the lock held, again after each registration: reportlab maps a newly registered
    TrueType face's own name as a family of one, which would send ``<b>`` in the regular face
    back to the regular face."""
    global _mapped
    from reportlab.lib.fonts import addMapping

    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, name)
    _mapped = True


def register_fonts(*faces: str) -> str:
    """Register ``faces`` of the family (:data:`TEXT_FACES` when none are named), each parsed
    once per process (later calls cost a set look-up), and the family mapping. Returns the
    family name."""
    wanted = faces or TEXT_FACES
    if _mapped and _registered.issuperset(wanted):
        return FAMILY
    with _lock:
        missing = [name for name in wanted if name not in _registered]
        if missing:
            from reportlab.pdfbase import pdfmetrics

            from fieldride.reports.truetype import load_font

            for name in missing:
                path = resource_path("fonts", _FILES[name])
                if not path.is_file():
                    raise FileNotFoundError(f"The PDF font {path} is missing; reinstall FieldRide.")
                pdfmetrics.registerFont(load_font(name, str(path)))
            log.debug("registered the %s font faces: %s", FAMILY, ", ".join(missing))
        _map_family()
        # Marked registered only now: another thread's unlocked check must not see a face
        # before the family mapping that makes <b> and <i> find it.
        _registered.update(missing)
    return FAMILY


def faces_used(story: Iterable[Any]) -> set[str]:
    """The faces of our family that the paragraphs of ``story`` name (their styles, bullets and
    markup fragments), looking inside tables and kept-together groups."""
    found: set[str] = set()

    def walk(item: Any) -> None:
        style = getattr(item, "style", None)
        for name in (getattr(style, "fontName", None), getattr(style, "bulletFontName", None)):
            if name in _FILES:
                found.add(name)
        for frag in getattr(item, "frags", None) or ():
            name = getattr(frag, "fontName", None)
            if name in _FILES:
                found.add(name)
        for row in getattr(item, "_cellvalues", None) or ():
            for cell in row:
                for inner in cell if isinstance(cell, list | tuple) else (cell,):
                    walk(inner)
        for inner in getattr(item, "_content", None) or ():
            walk(inner)

    for flowable in story:
        walk(flowable)
    return found


@cache
def _face_maps() -> tuple[dict[int, int], ...]:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return tuple(pdfmetrics.getFont(name).face.charToGlyph for name in TEXT_FACES)


def drawable(code: int) -> bool:
    """Whether every face user text is drawn in (:data:`TEXT_FACES`) has a glyph for code point
    ``code`` (a few dictionary look-ups: no set of the whole coverage is built)."""
    return all(code in glyphs for glyphs in _face_maps())


@cache
def coverage() -> frozenset[int]:
    """Code points that every face user text is drawn in can draw (the intersection of their
    maps)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    maps = [set(pdfmetrics.getFont(name).face.charToGlyph) for name in TEXT_FACES]
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

        from fieldride.reports.truetype import load_font

        regular, bold_file, index = _FALLBACK_FILES[script]
        file = bold_file if bold and bold_file else regular
        name = fallback_name(script, bold)
        if name not in pdfmetrics.getRegisteredFontNames():
            path = resource_path("fonts", file)
            if not path.is_file():
                raise FileNotFoundError(f"The PDF font {path} is missing; reinstall FieldRide.")
            pdfmetrics.registerFont(load_font(name, str(path), index))
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
