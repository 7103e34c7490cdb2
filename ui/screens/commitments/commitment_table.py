"""The table model and filter behind the Commitments screen.

Rows are open commitments (core ``Commitment`` records). An overdue row is marked twice, so it
reads without colour too: the Status column says "OVERDUE · N d" and the row gets a warm
background with a contrasting text colour. The proxy sorts by real values (dates as ISO text,
counts as numbers) and filters by seller, by "overdue only" and by free text over every column.
Unit-testable without a view.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from fieldride.debriefs import Commitment
from fieldride.store import rows as records
from ui.models.records import RECORD_ROLE, SORT_ROLE, Column, RecordTableModel
from ui.translation import QT_TRANSLATE_NOOP, ui_date

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BACKGROUND = QColor(255, 214, 170)
OVERDUE_TEXT = QColor(20, 20, 20)


def days_overdue(c: Commitment, today: date) -> int:
    return (today - date.fromisoformat(c.due_date)).days if c.is_overdue(today) else 0


def status_text(c: Commitment, today: date) -> str:
    """Overdue, due today or open; "carried over 2×" only on the commitments carried over (a
    column of its own was as wide as its title with a 0 on nearly every row)."""
    n = days_overdue(c, today)
    due_today = c.due_date == today.isoformat()
    if n:
        status = QCoreApplication.translate("CommitmentTable", "OVERDUE · {days} d").format(days=n)
    elif due_today:
        status = QCoreApplication.translate("CommitmentTable", "Due today")
    else:
        status = QCoreApplication.translate("CommitmentTable", "Open")
    if not c.carried_over:
        return status
    carried = QCoreApplication.translate("CommitmentTable", "{status} · carried over {times}×")
    return carried.format(status=status, times=c.carried_over)


def last_check(c: Commitment) -> str:
    v = c.last_verification
    if v is None:
        return "—"
    return QCoreApplication.translate("CommitmentTable", "{outcome} ({day})").format(
        outcome=v.outcome_label, day=ui_date(v.verified_on)
    )


def columns(today: date) -> list[Column]:
    return [
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: status_text(c, today)),
        (QT_TRANSLATE_NOOP("Columns", "Due"), lambda c: c.due_date),
        (QT_TRANSLATE_NOOP("Columns", "Seller"), lambda c: c.seller_name),
        (QT_TRANSLATE_NOOP("Columns", "Behaviour"), lambda c: c.behaviour_title),
        (QT_TRANSLATE_NOOP("Columns", "Commitment"), lambda c: c.text),
        (QT_TRANSLATE_NOOP("Columns", "Agreed on"), lambda c: c.ride_date),
        (QT_TRANSLATE_NOOP("Columns", "Last check"), last_check),
    ]


class CommitmentTableModel(RecordTableModel[Commitment]):
    def __init__(self, today: date | None = None) -> None:
        self.today = today or records.today()
        super().__init__(columns(self.today))

    def set_today(self, today: date) -> None:
        self.today = today
        self.columns = columns(today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.records[index.row()]
        overdue = c.is_overdue(self.today)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_TEXT)
        if role == SORT_ROLE and index.column() == 0:
            return -days_overdue(c, self.today)  # most overdue first
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return c.text
        return super().data(index, role)


class CommitmentFilter(QSortFilterProxyModel):
    """Seller (None = everyone), overdue only, and free text over every column."""

    def __init__(self) -> None:
        super().__init__()
        self.seller_id: int | None = None
        self.overdue_only = False
        self.today = records.today()
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_seller(self, seller_id: int | None) -> None:
        self.beginFilterChange()
        self.seller_id = seller_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.overdue_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        c = self.sourceModel().index(row, 0, parent).data(RECORD_ROLE)
        if c is None:
            return False
        if self.seller_id is not None and c.seller_id != self.seller_id:
            return False
        if self.overdue_only and not c.is_overdue(self.today):
            return False
        return super().filterAcceptsRow(row, parent)
