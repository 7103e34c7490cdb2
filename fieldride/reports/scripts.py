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

Everything here is plain Python over code points (no reportlab). :func:`has_fallback` answers
whether a text needs any fallback at all: one C-level ``max()`` for a text with no character at
or above U+0590 (the first fallback block), else a bisection per distinct character from there
up. That is the only cost a Latin-only document pays. No regular expression over the blocks is
compiled: a character class of the CJK blocks (~60,000 code points) takes ~10 ms to compile,
which every ``fieldride report`` command paid at import, and typographic punctuation (’ – …)
lies above U+0590 too, so compiling on first need would still be paid by most documents.
"""

from __future__ import annotations

from bisect import bisect_right
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


_FIRST = "\u0590"  # the first code point of any fallback block
# (first, last, script) of every block, in code point order, for script_of's bisection
_BLOCKS = sorted((lo, hi, name) for name, ranges in RANGES.items() for lo, hi in ranges)
_STARTS = [lo for lo, _, _ in _BLOCKS]


def _scripts_in(text: str) -> set[str | None]:
    """The fallback scripts of ``text``'s distinct characters (None among them for the rest)."""
    if text.isascii() or max(text) < _FIRST:
        return set()
    return {script_of(ch) for ch in set(text) if ch >= _FIRST}


def has_fallback(text: str) -> bool:
    """Whether any character of ``text`` belongs to a fallback script."""
    return bool(_scripts_in(text) - {None})


def has_rtl(text: str) -> bool:
    """Whether any character of ``text`` is Hebrew or Arabic."""
    return not RTL_SCRIPTS.isdisjoint(_scripts_in(text))


def is_shaped(ch: str) -> bool:
    """Whether ``ch`` belongs to a script HarfBuzz shapes (Hebrew, Arabic, Devanagari, Thai)."""
    return script_of(ch) in SHAPED_SCRIPTS


def script_of(ch: str) -> str | None:
    """The fallback script of ``ch``, or None for a character DejaVu Sans draws (or none does)."""
    code = ord(ch)
    i = bisect_right(_STARTS, code) - 1
    if i < 0:
        return None
    _, hi, name = _BLOCKS[i]
    return name if code <= hi else None


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
