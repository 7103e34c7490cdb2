"""The one place user text becomes safe for reportlab.

reportlab's ``Paragraph`` parses its text as markup: an unescaped ``&`` silently corrupts text
(``AT&T`` → ``AT&T;``), ``x<y>z`` silently loses text, and a stray tag (``<b>bold``) or a huge
character reference raises. Every user string therefore goes through :func:`para` before it
becomes a Paragraph, and through :func:`clean` before it is drawn directly on a canvas.

Neither function ever raises, for any ``str`` (or ``None``): control characters and NUL are
dropped (tabs become spaces), lone surrogates are dropped, line breaks are normalised, and any
character the bundled font cannot draw is replaced by a visible ``□`` (a missing glyph would
otherwise print as a silent blank). Emoji variation selectors and joiners are dropped so an
unsupported emoji sequence shows as one box, not several.
"""

from __future__ import annotations

import unicodedata

from fieldride.reports.fonts import drawable

MISSING = "\u25a1"  # □, drawn by the bundled font
# Invisible format characters that only make sense inside a sequence the font cannot shape.
_DROP = {0xFE0E, 0xFE0F, 0x200D, 0x200B, 0xFEFF, 0x2060}


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
            and drawable(code)
        )
        _KEEP[ch] = ok
        if ok:
            _KEPT.add(ch)
    return ok


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
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code <= 0xDFFF or code in _DROP:
            continue
        elif drawable(code):
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue  # an undrawable combining or format mark: dropping it keeps the base letter
        else:
            out.append(MISSING)
    return "".join(out)


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
