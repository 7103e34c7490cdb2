"""Plain-English wording shared by the core's and the UI's messages."""

from __future__ import annotations


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``count`` and the noun in plain English: "1 call", "3 calls", "0 problems"; ``nouns``
    gives an irregular plural ("2 entries")."""
    return f"{count} {noun if count == 1 else (nouns or noun + 's')}"
