"""Comparing a typed name with the seller's name, the way a person would read them."""

from __future__ import annotations

import unicodedata

# Characters that show nothing but make two names compare different.
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def name_key(name: str) -> str:
    """``name`` after Unicode NFC normalisation, without zero-width characters, case-folded,
    with runs of white space made one space."""
    text = unicodedata.normalize("NFC", name).translate(ZERO_WIDTH)
    return " ".join(text.casefold().split())


def same_name(typed: str, expected: str) -> bool:
    """True if ``typed`` is ``expected`` (see :func:`name_key`); an empty name never matches."""
    key = name_key(typed)
    return bool(key) and key == name_key(expected)
