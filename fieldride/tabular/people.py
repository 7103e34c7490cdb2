"""Names of people as files write them: :func:`clean_name` (what is stored) and
:func:`person_key` (what decides that two spellings are the same person).

Part of :mod:`fieldride.tabular`. Two names that look the same on screen must be the same
person: text is put in Unicode NFC (a decomposed "e" + combining accent equals "é"), invisible
characters that HR systems and Word leave in names are removed (zero-width space, joiners, word
joiner, BOM, soft hyphen), runs of white space become one space; the key is then case-folded.
Nothing here raises.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width space/non-joiner/joiner, LRM/RLM marks, word joiner, invisible operators, BOM,
# soft hyphen: none is visible in a name, all make two equal-looking names differ.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")


def clean_name(text: str) -> str:
    """``text`` as stored: NFC, no invisible characters, white space collapsed and stripped."""
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", text)).split())


def person_key(text: str) -> str:
    """The key two spellings of one name share: :func:`clean_name`, case-folded (then NFC
    again: folding can decompose, e.g. "İ")."""
    return unicodedata.normalize("NFC", clean_name(text).casefold())
