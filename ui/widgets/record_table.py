"""A sortable, read-only table of core records, with an empty state in front when there are none."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QWidget

from ui import settings
from ui.models.records import RECORD_ROLE, SORT_ROLE, Column, RecordTableModel
from ui.widgets.elided_tips import ElidedTipDelegate
from ui.widgets.empty_state import EmptyState

RESIZE_SAMPLE_ROWS = 50


class RecordTable(QStackedWidget):
    activated_record = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        empty: EmptyState,
        name: str,
        parent: QWidget | None = None,
        stretch: str | None = None,
    ) -> None:
        """``stretch``: the title of the column of free text that takes the width left over;
        every other column is as wide as its title and contents (none stretches without it:
        a short last column such as "Status" is not spread over the free width)."""
        super().__init__(parent)
        self.model: RecordTableModel[Any] = RecordTableModel(columns)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView()
        settings.remember_layout(self.view)
        self.view.setAccessibleName(name)
        self.view.setModel(self.proxy)
        # The rows keep the order the core gives them (newest ride first, sellers by name,
        # planned rides soonest first) until a title is clicked: no sort column (-1) when
        # sorting is turned on, else it sorts by the header's default, the first column
        # descending (sellers came out Z to A). The header's saved state keeps that "no sort",
        # so a restored layout sorts only what the user sorted (and shows the arrow only then).
        title_bar = self.view.horizontalHeader()
        title_bar.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        title_bar.setSortIndicatorShown(False)
        title_bar.sortIndicatorChanged.connect(
            lambda section, _order: title_bar.setSortIndicatorShown(section >= 0)
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list (arrows move in it): Qt's default walks Tab cell by cell, so a
        # keyboard user needed one Tab per cell (500 on a 100-ride list) to get past it.
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        # a cell cut short ("Acknowledged · …") shows its whole text when pointed at
        self.view.setItemDelegate(ElidedTipDelegate(self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the header and a sample of rows, not every cell (the default asks the
        # model for 1,000 rows per column, tens of thousands of data() calls on a big list).
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        header.setStretchLastSection(False)
        if stretch is not None:
            titles = [title for title, _get in columns]
            header.setSectionResizeMode(titles.index(stretch), QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda idx: self.activated_record.emit(idx.data(RECORD_ROLE)))
        self.view.doubleClicked.connect(
            lambda idx: self.activated_record.emit(idx.data(RECORD_ROLE))
        )
        self.empty = empty
        self.addWidget(self.empty)
        self.addWidget(self.view)

    def set_records(self, records: Sequence[Any]) -> None:
        self.model.set_records(records)
        self.setCurrentWidget(self.view if records else self.empty)

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None
