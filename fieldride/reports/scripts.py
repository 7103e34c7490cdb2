"""Which bundled face draws which character, and in which direction it reads.

DejaVu Sans (the documents' own family) draws Latin, Greek and Cyrillic. Text in another script
is drawn, run by run, in a fallback face bundled in ``resources/fonts`` (TrueType outlines, so
reportlab can embed it; licences in the same folder):

=========== ============================== ==========================================
script      face                           needs
=========== ============================== ==========================================
Hebrew      Noto Sans Hebrew (+ Bold)      right to left (python-bidi), HarfBuzz
Arabic      Noto Sans Arabic (+ Bold)      right to left, HarfBuzz (joining forms)
Devanagari  Noto Sans Devanagari (+ Bold)  HarfBuzz (conjuncts, vowel signs)
Thai        Noto Sans Thai (+ Bold)        HarfBuzz (mark positioning)
CJK         WenQuanYi Micro Hei            nothing (one glyph per character)
=========== ============================== ==========================================

Hebrew goes to Noto even though DejaVu has the letters: one face per script keeps a name's
letters alike wherever it is printed, and Noto has the bold weight the headings use.

Everything here is plain Python over code points (no reportlab): :data:`FALLBACK_RE` finds in
one C-level search whether a text needs any fallback at all, which is the only cost a
Latin-only document pays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

HEBREW = "hebrew"
ARABIC = "arabic"
DEVANAGARI = "devanagari"
THAI = "thai"
CJK = "cjk"

# Code point ranges of each fallback script (blocks, including presentation forms).
RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    HEBREW: ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)),
    ARABIC: (
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
    ),
    DEVANAGARI: ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF)),
    THAI: ((0x0E00, 0x0E7F),),
    CJK: (
        (0x1100, 0x11FF),  # Hangul Jamo
        (0x2E80, 0x2FDF),  # radicals
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3040, 0x30FF),  # kana
        (0x3100, 0x31FF),  # bopomofo, Hangul compatibility jamo, kanbun, kana extensions
        (0x3200, 0x33FF),  # enclosed and compatibility
        (0x3400, 0x4DBF),  # extension A
        (0x4E00, 0x9FFF),  # unified ideographs
        (0xAC00, 0xD7AF),  # Hangul syllables
        (0xF900, 0xFAFF),  # compatibility ideographs
        (0xFE30, 0xFE4F),  # compatibility forms
        (0xFF00, 0xFFEF),  # half- and full-width forms
        (0x20000, 0x2FFFF),  # extensions B and later
    ),
}
RTL_SCRIPTS = frozenset({HEBREW, ARABIC})
SHAPED_SCRIPTS = frozenset({HEBREW, ARABIC, DEVANAGARI, THAI})  # HarfBuzz changes the glyphs


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)


FALLBACK_RE = re.compile("[" + "".join(_class(r) for r in RANGES.values()) + "]")
RTL_RE = re.compile("[" + _class(RANGES[HEBREW]) + _class(RANGES[ARABIC]) + "]")
SHAPED_RE = re.compile("[" + "".join(_class(RANGES[s]) for s in sorted(SHAPED_SCRIPTS)) + "]")
_SCRIPT_RES = [(name, re.compile("[" + _class(r) + "]")) for name, r in RANGES.items()]


def script_of(ch: str) -> str | None:
    """The fallback script of ``ch``, or None for a character DejaVu Sans draws (or none does)."""
    for name, pattern in _SCRIPT_RES:
        if pattern.match(ch):
            return name
    return None


# Characters that may continue the run before them (when its face draws them) rather than start
# a DejaVu run: spaces, joiners and common punctuation. Keeping "דנה כהן" or "(أحمد)" in one face
# lets HarfBuzz shape the word as one piece in one direction.
_NEUTRAL = frozenset(" .,:;!?'\"()[]-\u2013\u2014/\u200c\u200d\u00a0")


def runs(text: str, has: Callable[[str, str], bool]) -> list[tuple[str | None, str]]:
    """``text`` cut into (script, piece) runs in logical order; script None for text DejaVu
    draws. A neutral character (space, common punctuation) continues a fallback run when that
    run's face draws it (``has(script, ch)``), else it is DejaVu text."""
    out: list[tuple[str | None, str]] = []
    current: str | None = None
    start = 0
    for i, ch in enumerate(text):
        if ch in _NEUTRAL:
            script = current if current is not None and has(current, ch) else None
        else:
            script = script_of(ch) if ord(ch) >= 0x0590 else None
        if script != current:
            if i > start:
                out.append((current, text[start:i]))
            start, current = i, script
    if start < len(text):
        out.append((current, text[start:]))
    return out
