"""The text a QTableWidget shows, row by row: what a read-only table (import problems, a
roster preview, a ride's history) puts in front of the manager, for tests and the clipboard."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget


def table_rows(table: QTableWidget) -> list[tuple[str, ...]]:
    """Every row's cells as text, left to right ('' for an empty cell)."""
    out = []
    for r in range(table.rowCount()):
        items = (table.item(r, c) for c in range(table.columnCount()))
        out.append(tuple(item.text() if item is not None else "" for item in items))
    return out
