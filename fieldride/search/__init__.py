"""Full-text search over everything a manager writes (SQLite FTS5): :func:`search`.

Its own package, beside ``insights``, because it needs nothing but the store: ``fieldride
search`` imports the store and this package only (the insights package brings the rides,
debriefs, team and scorecard modules with it). The module ``full_text`` holds the queries and
the small query language (:func:`build_match`); ``seller_copy`` one seller's part of the index,
copied into memory for a search filtered to a seller with a small share of the store;
``reader`` a read-only connection of the search's own, for a worker thread (:class:`SearchReader`).
"""

from __future__ import annotations

from fieldride.search.full_text import (
    DEFAULT_LIMIT,
    HIT_END,
    HIT_START,
    KIND_LABELS,
    SearchHit,
    SearchResults,
    build_match,
    search,
)
from fieldride.search.reader import SearchReader

__all__ = [
    "DEFAULT_LIMIT",
    "HIT_END",
    "HIT_START",
    "KIND_LABELS",
    "SearchHit",
    "SearchReader",
    "SearchResults",
    "build_match",
    "search",
]
