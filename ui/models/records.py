"""A read-only table model over a list of plain records (dataclasses from the core).

Columns are declared as (header, getter) pairs; sorting and filtering go through a
QSortFilterProxyModel in the view. Unit-tested without a widget (tests/ui/test_records_model.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QStandardItemModel

from ui.qt_names import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, USER_ROLE

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], Any]]

SORT_ROLE = USER_ROLE + 1
RECORD_ROLE = USER_ROLE + 2
_ANSWERED = frozenset((DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE, SORT_ROLE, RECORD_ROLE))


def column_titles(columns: Sequence[Column], parent: QObject | None) -> QStandardItemModel:
    """The columns' titles as a model of their own, for a view's horizontal header
    (``view.horizontalHeader().setModel(...)``), rather than ``headerData()`` on the records
    model: PySide6 passes that a ``Qt.Orientation`` and builds its whole ``Qt`` namespace to do
    so (~15 ms, ``ui.qt_names``) when Today, often the first screen, draws its header."""
    titles = QStandardItemModel(0, len(columns), parent)
    titles.setHorizontalHeaderLabels([title for title, _ in columns])
    return titles


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column], records: Sequence[T] = ()) -> None:
        super().__init__()
        self.columns = list(columns)
        self.records: list[T] = list(records)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # A view asks each cell for a dozen roles (font, colours, alignment, size...) and this
        # model answers four: the others return before any getter runs.
        if role not in _ANSWERED or not index.isValid():
            return None
        record = self.records[index.row()]
        if role == RECORD_ROLE:
            return record
        value = self.columns[index.column()][1](record)
        if role == SORT_ROLE:
            return value if value is not None else ""
        return "" if value is None else str(value)

    def record(self, row: int) -> T:
        return self.records[row]
