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


def split_items(value: str) -> list[str]:
    """Items of a list written in one cell: one per line, else separated by ``|``."""
    text = _BREAKS.sub("\n", value)
    parts = text.split("\n") if "\n" in text else text.split("|")
    return [item for item in (clean_line(p) for p in parts) if item]


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
