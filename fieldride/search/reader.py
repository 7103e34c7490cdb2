"""Searching off the UI thread: :class:`SearchReader`, a read-only connection of the search's own.

The Search screen searches after each pause in typing. Most searches take a few milliseconds,
but some take longer: the first search for one seller on a director's store makes that seller's
copy of the index (``seller_copy``: 0.05-0.3 s), and a phrase of common words that never occur
together reads both words' whole match lists (~40 ms there). The screen runs them on a worker
thread, which may not use the store's connection (it belongs to the UI thread): a reader keeps
a read-only connection of its own, opened on first use and kept, so what a search keeps per
connection (a seller's copy, the words of the index's vocabulary) serves the next ones. It
sees every edit the store's connection commits (the journal is shared: WAL).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from fieldride.search.full_text import DEFAULT_LIMIT, SearchResults, search
from fieldride.store import Store
from fieldride.store.sql import StoreDb


class SearchReader:
    """Searches the store file at ``path`` on a read-only connection of its own. One search at
    a time (the connection is shared by the calls: a single worker thread); :meth:`close` once
    no search runs. Errors are raised as :func:`search` (via SQLite) raises them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store: Store | None = None
        self._lock = threading.Lock()

    def search(
        self,
        text: str,
        *,
        seller_id: int | None = None,
        limit: int = DEFAULT_LIMIT,
        include_private: bool = True,
    ) -> SearchResults:
        with self._lock:
            if self._store is None:
                conn = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
                )
                self._store = Store(StoreDb(conn), self.path.parent, self.path, check_pending=True)
            return search(
                self._store,
                text,
                seller_id=seller_id,
                limit=limit,
                include_private=include_private,
            )

    def close(self) -> None:
        """Close the connection (waits for a search still running). Safe to call twice."""
        with self._lock:
            if self._store is not None:
                self._store.db.conn.close()
                self._store = None
