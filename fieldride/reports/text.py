"""The one place user text becomes safe for reportlab.

reportlab's ``Paragraph`` parses its text as markup: an unescaped ``&`` silently corrupts text
(``AT&T`` → ``AT&T;``), ``x<y>z`` silently loses text, and a stray tag (``<b>bold``) or a huge
character reference raises. Every user string therefore goes through :func:`para` before it
becomes a Paragraph, and through :func:`clean` before it is drawn directly on a canvas.

Neither function ever raises, for any ``str`` (or ``None``): control characters and NUL are
dropped (tabs become spaces), lone surrogates are dropped, line breaks are normalised, and any
character no bundled face can draw is replaced by a visible ``□`` (a missing glyph would
otherwise print as a silent blank). Characters of the fallback scripts (Hebrew, Arabic,
Devanagari, Thai, CJK: :mod:`fieldride.reports.scripts`) are kept when their face draws them.
Every emoji sequence (a lone pictograph, pictographs joined by ZWJ, skin tones, flags, keycaps,
variation selectors) becomes one ``□``, not a row of boxes: even the few pictographs DejaVu
draws would reach the PDF's text layer as an invalid code (reportlab writes ``<1F600>`` for a
character beyond U+FFFF), so copying the text would give garbage. Zero-width joiners and
non-joiners are kept inside the complex scripts, where they change the shaping.
"""

from __future__ import annotations

import re
import unicodedata

from fieldride.i18n import Language
from fieldride.reports import scripts
from fieldride.reports.fonts import drawable, fallback_draws

MISSING = "\u25a1"  # □, drawn by the bundled font
# A no-break space. Our markup writes it as the character, not as ``&nbsp;``: reportlab's parser
# makes a fragment of every entity, so "a &nbsp;·&nbsp; b" is five fragments where "a \u00a0·\u00a0 b"
# is one, and each fragment is measured, compared and drawn on its own (same text, same place).
NBSP = "\u00a0"
# Invisible format characters that only make sense inside a sequence the font cannot shape.
_DROP = {0xFE0E, 0xFE0F, 0x200D, 0x200B, 0xFEFF, 0x2060}
_JOINERS = {0x200C, 0x200D}  # kept after a shaped-script letter (they change its form)


def _emoji_part(code: int) -> bool:
    """A code point that belongs to an emoji sequence (pictograph, skin tone, regional
    indicator, tag, keycap, joiner, variation selector)."""
    return (
        0x1F000 <= code <= 0x1FAFF
        or 0xE0020 <= code <= 0xE007F
        or code in (0x200D, 0xFE0F, 0xFE0E, 0x20E3)
    )


def _pictograph(code: int) -> bool:
    return 0x1F000 <= code <= 0x1FAFF


_KEEP: dict[str, bool] = {"\n": True}  # character -> clean() keeps it as it is (filled lazily)
_KEPT: set[str] = {"\n"}  # the characters of _KEEP that are kept (one subset test per text)


def _keeps(ch: str) -> bool:
    """Whether :func:`clean` keeps ``ch`` unchanged: drawable and not a control or format
    character (``\n`` is kept). Cached per character: a document meets a few dozen distinct
    characters, so this never builds the font's whole coverage."""
    ok = _KEEP.get(ch)
    if ok is None:
        code = ord(ch)
        ok = (
            code >= 0x20
            and not 0x7F <= code < 0xA0
            and not 0xD800 <= code <= 0xDFFF
            and code not in _DROP
            and code not in _JOINERS  # kept only after a letter they shape: the slow path decides
            and not _emoji_part(code)  # one placeholder per emoji run: the slow path decides
            and _face_draws(ch, code)
        )
        _KEEP[ch] = ok
        if ok:
            _KEPT.add(ch)
    return ok


def _face_draws(ch: str, code: int) -> bool:
    """Whether a bundled face draws ``ch``: its script's fallback face, else DejaVu Sans."""
    script = scripts.script_of(ch) if code >= 0x0590 else None
    return fallback_draws(script, ch) if script is not None else drawable(code)


def _emoji_run(run: list[int]) -> str:
    """One emoji sequence as it is printed: a single placeholder box (nothing for stray joiners
    or selectors)."""
    return MISSING if any(_pictograph(c) for c in run) else ""


def clean(value: object) -> str:
    """Plain text safe to draw: no control chars, no lone surrogates, only drawable glyphs.

    Keeps ``\\n`` (line breaks are meaningful in notes); ``\\r\\n`` and ``\\r`` become ``\\n``;
    tabs become a space. ``None`` becomes ``""``; any other object goes through ``str()``.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if not text:
        return ""
    chars = set(text)
    if chars <= _KEPT or all(map(_keeps, chars)):
        return text  # the usual case: every character passes unchanged
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    emoji: list[int] = []
    previous = ""
    for ch in text:
        code = ord(ch)
        if _emoji_part(code) and (emoji or code not in _JOINERS or not _joins(previous)):
            emoji.append(code)
            continue
        if emoji:
            out.append(_emoji_run(emoji))
            emoji = []
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif code in _JOINERS:
            if not _joins(previous):
                continue  # nothing to join: dropped
            out.append(ch)  # it changes the form of the letter before it
        elif code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or code in _DROP:
            continue
        elif _face_draws(ch, code):
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue  # an undrawable combining or format mark: dropping it keeps the base letter
        else:
            out.append(MISSING)
        previous = out[-1] if out else ""
    if emoji:
        out.append(_emoji_run(emoji))
    return "".join(out)


def _joins(previous: str) -> bool:
    """Whether a ZWJ/ZWNJ after ``previous`` shapes a complex script (else it is dropped)."""
    return bool(previous) and scripts.is_shaped(previous[-1])


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (what ``xml.sax.saxutils.escape`` does, without the
    ~20 ms of ``urllib.request`` that importing it costs every report command)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(value: object) -> str:
    """Paragraph markup for a user string: cleaned, XML-escaped, line breaks as ``<br/>``.

    The result contains no tag except ``<br/>`` and no entity except ``&amp;`` ``&lt;``
    ``&gt;`` (quotes need no escaping outside attributes): whatever the user typed appears
    literally in the PDF.
    """
    text = escape(clean(value))
    return text.strip("\n").replace("\n", "<br/>")


def one_line(value: object, limit: int = 0) -> str:
    """Cleaned text on one line (breaks become spaces), cut to ``limit`` characters with ``…``
    when ``limit`` > 0. For canvas headers and footers, which cannot wrap."""
    text = " ".join(clean(value).split())
    if limit > 0 and len(text) > limit:
        return text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def shorten(value: str, limit: int) -> str:
    """``value`` when it has at most ``limit`` characters, else its first ``limit`` characters
    cut back to the last word boundary (and trailing punctuation) with ``…``: for quotes of
    long text printed in full elsewhere. An unbroken word is cut at ``limit``."""
    text = value.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    if not (head[-1].isspace() or text[limit].isspace()):  # the limit falls inside a word
        words = head.rsplit(None, 1)
        head = words[0] if len(words) > 1 else head
    return head.rstrip().rstrip(",.;:").rstrip() + "…"


_MARKER = re.compile(r"^\s*(?:[•·▪‣◦●○■□\-–—*+>]|\(?(?:\d{1,3}|[A-Za-z])[.)])\s+")


def strip_marker(value: str) -> str:
    """``value`` without a list marker pasted at its start ("• ", "- ", "1) ", "2. ", "a) "),
    for items the document numbers or bullets itself (so "• • item" never prints)."""
    return _MARKER.sub("", value, count=1)


def day(t: Language, value: object) -> str:
    """A day in ``t``'s format that never breaks over two lines in a table cell ("Mar 24,
    2026" with no-break spaces): :meth:`fieldride.i18n.Language.date`."""
    return t.date(value if isinstance(value, str) or value is None else str(value)).replace(
        " ", "\u00a0"
    )
