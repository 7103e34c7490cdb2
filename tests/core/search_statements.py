"""What the search asks of its indexes, for the search tests."""

from __future__ import annotations

from collections.abc import Callable

from fieldride.store import Store


def match_statements(store: Store, fn: Callable[[], object]) -> list[str]:
    """The statements ``fn`` runs on the store that ask a search index (``… MATCH …``; not
    FTS5's own, traced as ``-- …``), whitespace folded."""
    seen: list[str] = []

    def trace(sql: str) -> None:
        if " MATCH " in sql and not sql.lstrip().startswith("--"):
            seen.append(" ".join(sql.split()))

    store.db.conn.set_trace_callback(trace)
    try:
        fn()
    finally:
        store.db.conn.set_trace_callback(None)
    return seen
