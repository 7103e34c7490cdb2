"""Text in other scripts inside reportlab paragraphs: fallback faces per run, HarfBuzz shaping
and right-to-left order.

reportlab 5.1 has the pieces but not the whole: it shapes words with HarfBuzz (through
``uharfbuzz``) when a paragraph style asks for it, but (1) it shapes a word with the font of its
first piece, so a word mixing two faces ("דנה," with the comma from DejaVu) is shaped with the
wrong glyphs; (2) a shaped paragraph that splits across pages is rebuilt from already shaped
glyphs and shaped a second time (a Hebrew word comes out reversed twice); (3) its own bidi
support needs ``rlbidi``, which is not published for current Pythons, and is switched off for
paragraphs with more than one style run. So FieldRide uses reportlab's shaper word by word at
*draw* time only, and python-bidi for the order:

1. :func:`fallback_frags`, once per paragraph: each run of a fallback script
   (:func:`fieldride.reports.scripts.runs`) becomes a fragment in that script's face (bold when
   the text around it is bold). Line breaking then works on logical text, so splits across
   pages stay correct.
2. :func:`visual_line`, when a line is drawn: words in shaped scripts go through HarfBuzz
   (reportlab's ``shapeFragWord``: Arabic joining, Devanagari conjuncts, Thai marks, and each
   right-to-left word in visual order); python-bidi resolves the embedding level of every piece
   of the line (Unicode bidi algorithm, rules up to I2), and the pieces are put in visual order
   by rule L2 (reverse every run at or above each odd level). Neutral text inside a
   right-to-left run is mirrored ("(" ↔ ")").

Line widths are measured on the unshaped text (reportlab measures words before drawing):
shaped Arabic and Devanagari are a little narrower than that, never much wider, so a line can
end a few points early but does not overflow its cell.
"""

from __future__ import annotations

from typing import Any

from fieldride.reports import scripts
from fieldride.reports.fonts import (
    BOLD,
    BOLD_ITALIC,
    REGULAR,
    RTL_FACES,
    fallback_draws,
    fallback_face,
)

_SHAPED_FACES: set[str] = set()  # fallback faces whose words HarfBuzz must shape
_ARABIC_FACES: set[str] = set()


def _face(script: str, bold: bool) -> str:
    name = fallback_face(script, bold)
    if script in scripts.SHAPED_SCRIPTS:
        _SHAPED_FACES.add(name)
    if script == scripts.ARABIC:
        _ARABIC_FACES.add(name)
    return name


def fallback_frags(frags: list[Any]) -> tuple[list[Any], bool, bool]:
    """``frags`` with every run of a fallback script in its own fragment and face.

    Returns (fragments, shaped, rtl): whether any fragment needs HarfBuzz at draw time, and
    whether any reads right to left. Fragments already in a fallback face (the second part of a
    split paragraph) are kept as they are.
    """
    out: list[Any] = []
    shaped = rtl = False
    for f in frags:
        text = getattr(f, "text", None)
        if (
            not isinstance(text, str)
            or hasattr(f, "cbDefn")
            or f.fontName in _SHAPED_FACES
            or not scripts.has_fallback(text)
        ):
            out.append(f)
            shaped = shaped or getattr(f, "fontName", "") in _SHAPED_FACES
            rtl = rtl or getattr(f, "fontName", "") in RTL_FACES
            continue
        bold = f.fontName in (BOLD, BOLD_ITALIC) or bool(getattr(f, "bold", 0))
        for script, piece in scripts.runs(text, fallback_draws):
            if script is None:
                out.append(f.clone(text=piece))
                continue
            shaped = shaped or script in scripts.SHAPED_SCRIPTS
            rtl = rtl or script in scripts.RTL_SCRIPTS
            out.append(f.clone(text=piece, fontName=_face(script, bold)))
    return out, shaped, rtl


def base_is_rtl(text: str) -> bool:
    """Whether a paragraph of ``text`` reads right to left (its first strong letter is
    Hebrew or Arabic: Unicode bidi rules P2-P3, by python-bidi)."""
    if not scripts.has_rtl(text):
        return False
    from bidi import get_base_level

    return bool(get_base_level(text))


def _pieces(line: Any) -> list[list[tuple[Any, str]]]:
    """The line's words (split at spaces) as lists of (fragment, text) pieces."""
    words: list[list[tuple[Any, str]]] = []
    current: list[tuple[Any, str]] = []
    for f in line.words:
        text = getattr(f, "text", None)
        if not isinstance(text, str) or hasattr(f, "cbDefn"):
            current.append((f, ""))
            continue
        for j, part in enumerate(text.split(" ")):
            if j and current:
                words.append(current)
                current = []
            if part:
                current.append((f, part))
    if current:
        words.append(current)
    return words


def _levels(proxy: str, rtl_base: bool) -> list[int]:
    """The resolved embedding level of each character of ``proxy`` (python-bidi's reference
    implementation of the Unicode bidi algorithm, rules X1-I2)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    algorithm.get_embedding_levels(proxy, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(ch["level"]) for ch in storage["chars"]]


def _mirrored(text: str) -> str:
    from bidi.mirror import MIRRORED

    return "".join(MIRRORED.get(ch, ch) for ch in reversed(text))


def visual_line(line: Any, rtl_base: bool) -> Any:
    """A copy of a laid-out line (reportlab ``FragLine``) with its words shaped and in visual
    order, for drawing only (the paragraph keeps its logical lines for splitting)."""
    from reportlab.pdfbase.ttfonts import shapeFragWord

    # (fragment, logical text, drawn text, is a space)
    units: list[tuple[Any, str, str, bool]] = []
    for n, word in enumerate(_pieces(line)):
        if n:
            f = word[0][0]
            units.append((f, " ", " ", True))
        for f, text in word:
            drawn: str = text
            if text and f.fontName in _SHAPED_FACES:
                shaped = shapeFragWord([0, (f, text)])
                drawn = shaped[1][1]
                for _, piece in shaped[2:]:
                    drawn = drawn + piece  # ShapedStr + ShapedStr keeps the glyph positions
            units.append((f, text, drawn, False))
    if not units:
        return line
    proxy: list[str] = []
    owner: list[int] = []
    for i, (f, text, _, space) in enumerate(units):
        if not space and f.fontName in RTL_FACES:
            stand_in = "\u0627" if f.fontName in _ARABIC_FACES else "\u05d0"  # one strong AL / R
        else:
            stand_in = text or "\ufffc"  # an object (image) is a neutral
        proxy.append(stand_in)
        owner += [i] * len(stand_in)
    levels_of_chars = _levels("".join(proxy), rtl_base)
    levels = [0] * len(units)
    for i, level in zip(owner, levels_of_chars, strict=True):
        levels[i] = max(levels[i], level)
    order = list(range(len(units)))
    top = max(levels)
    lowest_odd = min(lv for lv in levels) | 1
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    words: list[Any] = []
    for i in order:
        f, text, drawn, space = units[i]
        if not space and levels[i] % 2 and f.fontName not in RTL_FACES and drawn == text:
            drawn = _mirrored(drawn)  # neutral or weak text inside a right-to-left run
        if space:
            # a space of its own in the regular face (HarfBuzz's glyph strings get no spaces)
            words.append(f.clone(text=" ", fontName=REGULAR))
            continue
        words.append(f.clone(text=drawn) if hasattr(f, "clone") else f)
    return line.clone(words=words)
