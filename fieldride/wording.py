"""Plain-English wording shared by the core's and the UI's messages."""

from __future__ import annotations

from collections.abc import Iterable


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``count`` and the noun in plain English: "1 call", "3 calls", "0 problems"; ``nouns``
    gives an irregular plural ("2 entries")."""
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"


def name_list(names: Iterable[str]) -> str:
    """People's names joined with ", ", each one isolated for the bidirectional text algorithm
    (U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, invisible). Without it two
    right-to-left names next to each other in a left-to-right sentence ("Due a ride: <Arabic
    name>, <Hebrew name>") form one right-to-left run and are shown in the opposite order, the
    comma between them moving too; isolated, every name keeps its place in the list."""
    return ", ".join(f"\u2068{name}\u2069" for name in names)
