"""A read-only table model over a list of plain records (dataclasses from the core).

Columns are declared as (header, getter) pairs; sorting and filtering go through a
QSortFilterProxyModel in the view. Unit-tested without a widget (tests/ui/test_records_model.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.translation import ui_date

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
# (title, getter): the title is the English source, marked with
# QT_TRANSLATE_NOOP("Columns", ...) and shown translated (docs/translating.md)
Column = tuple[str, Callable[[Any], Any]]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the value to sort by (not its text)
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole record
_ANSWERED = frozenset(
    (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE, RECORD_ROLE)
)


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

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate("Columns", self.columns[section][0])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
        if isinstance(value, str) and ISO_DAY.fullmatch(value):
            return ui_date(value)  # a day in the UI's locale; sorted by its ISO form above
        return "" if value is None else str(value)

    def record(self, row: int) -> T:
        return self.records[row]
