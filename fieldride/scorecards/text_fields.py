"""Text as a scorecard stores it, the same for every file format: :func:`clean_text`,
:func:`clean_line`, :func:`split_items` (a list written in one cell) and :func:`slugify` (a
stable key from a title).

Used by :mod:`fieldride.scorecards.validation` and its field checks. Nothing
here raises: any string is cleaned into something storable (possibly empty).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile(r"\r\n|[\r\x85\u2028\u2029]")


def clean_text(value: str) -> str:
    """Multi-line text as stored: no control characters, ``\\n`` line breaks, stripped."""
    return _CONTROL.sub("", _BREAKS.sub("\n", value)).strip()


def clean_line(value: str) -> str:
    """One-line text as stored: like :func:`clean_text` with white space runs collapsed."""
    return " ".join(clean_text(value).split())


# One list marker at the start of an item, as Word pastes them: a bullet symbol (with or
# without a space), "-", "*" or a dash followed by a space, "1)", "1.", "(1)", "a)", "a.", "(a)"
# followed by a space. Words such as "e.g. ask", "-5%", "10 minutes" or "A/B" are not markers.
_MARKER = re.compile(
    r"^(?:[\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2023\u2043\u2219\u00b7\uf0b7\uf0a7\u27a2\u2794\u2192\u2713\u2714]\s*"
    r"|[-*\u2013\u2014+]\s+"
    r"|\(?(?:\d{1,2}|[a-zA-Z])[.)]\s+"
    r"|\((?:\d{1,2}|[a-zA-Z])\)\s+)"
)


def strip_list_marker(item: str) -> str:
    """``item`` without one leading list marker (``"• Asks why"`` → ``"Asks why"``): list items
    are printed with a bullet of their own, so a pasted one would print twice. Idempotent; an
    item that is only a marker (an empty bullet line) becomes empty."""
    stripped = item.lstrip()
    found = _MARKER.match(stripped)
    if found is None:
        return item
    if found.end() == len(stripped):
        return ""
    rest = stripped[found.end() :]
    return rest if _MARKER.match(rest) is None else strip_list_marker(rest)


def split_items(value: str) -> list[str]:
    """Items of a list written in one cell: one per line, else separated by ``|``; each without
    a pasted list marker (:func:`strip_list_marker`)."""
    text = _BREAKS.sub("\n", value)
    parts = text.split("\n") if "\n" in text else text.split("|")
    return [item for item in (clean_line(strip_list_marker(clean_line(p))) for p in parts) if item]


def slugify(text: str, prefix: str = "behaviour") -> str:
    """A stable key from a title: ``"Asks open, layered questions"`` → ``asks-open-layered-questions``.

    Accents are folded to ASCII; text with no Latin letters or digits (e.g. all Greek or CJK)
    gets ``<prefix>-<8 hex digits of its hash>``, still stable.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].rstrip("-")
    if not slug:
        digest = hashlib.sha1(
            text.encode("utf-8", "surrogatepass"), usedforsecurity=False
        ).hexdigest()[:8]
        slug = f"{prefix}-{digest}"
    return slug
