"""Commitments: every open commitment across sellers, overdue ones first and marked (colour
and the word OVERDUE), sortable by any column, filterable by seller, "overdue only" and text.
Opening a row (double-click, Enter or "Open ride") shows the debrief of the ride it was agreed
on (``debrief_requested``)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldride.debriefs import Commitment, commitments
from fieldride.store import Store
from fieldride.store import rows as records
from ui import settings
from ui.models.records import RECORD_ROLE
from ui.prompts import PromptService
from ui.screens.commitments.commitment_table import CommitmentFilter, CommitmentTableModel
from ui.widgets.empty_state import EmptyState
from ui.widgets.placeholders import fit_placeholders

BEHAVIOUR_COLUMN, COMMITMENT_COLUMN = 3, 4
COMMITMENT_SHARE = 2 / 3  # of the width the other columns leave, when both texts do not fit


class CommitmentsScreen(QWidget):
    debrief_requested = Signal(int)

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        top = QHBoxLayout()
        title = QLabel(self.tr("Commitments"))
        title.setProperty("role", "heading")
        top.addWidget(title)
        self.counts = QLabel()
        self.counts.setProperty("role", "subheading")
        self.counts.setAccessibleName(self.tr("Open and overdue commitments"))
        top.addWidget(self.counts, 1)
        self.seller = QComboBox()
        self.seller.setAccessibleName(self.tr("Filter by seller"))
        # as wide as its longest entry: sized at first show, before the sellers were added, it
        # cut "Todos los comerciales" to "Todos los co…"
        self.seller.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.seller.currentIndexChanged.connect(self._seller_changed)
        top.addWidget(self.seller)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.overdue_only.setAccessibleName(self.tr("Show overdue commitments only"))
        top.addWidget(self.overdue_only)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Filter commitments"))
        self.search.setPlaceholderText(self.tr("Filter (text, behaviour…)"))
        fit_placeholders(self.search)
        top.addWidget(self.search)
        self.open_button = QPushButton(self.tr("Open ride"))
        self.open_button.setAccessibleName(self.tr("Open the ride of the selected commitment"))
        self.open_button.clicked.connect(lambda: self._open(self.selected()))
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.model = CommitmentTableModel()
        self.proxy = CommitmentFilter()
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        settings.remember_layout(self.view)
        self.view.setAccessibleName(self.tr("Open commitments"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (BEHAVIOUR_COLUMN, COMMITMENT_COLUMN):  # sized by _fit_columns
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.view.activated.connect(lambda idx: self._open(idx.data(RECORD_ROLE)))
        self.view.doubleClicked.connect(lambda idx: self._open(idx.data(RECORD_ROLE)))
        self.overdue_only.toggled.connect(self._filter_changed)
        self.search.textChanged.connect(self._text_changed)
        self.pages = QStackedWidget()
        self.empty = EmptyState(
            self.tr(
                "No open commitment. Commitments agreed in a debrief are listed here until they are "
                "checked at the next ride."
            )
        )
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)
        layout.addWidget(self.pages, 1)
        hint = QLabel(
            self.tr(
                "Overdue: past the due date and not yet checked. Unchecked commitments carry over to "
                "the next ride with the seller."
            )
        )
        hint.setProperty("role", "hint")
        layout.addWidget(hint)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Data loads when the screen is shown (each time it comes into view), not when built."""
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        today = records.today()
        items = commitments.open_commitments(self.store)
        self.model.set_today(today)
        self.proxy.today = today
        self.model.set_records(items)
        overdue = sum(1 for c in items if c.is_overdue(today))
        self.counts.setText(
            self.tr("{open} open · {overdue} overdue").format(open=len(items), overdue=overdue)
            if items
            else self.tr("Nothing open")
        )
        self._fill_sellers(items)
        self.pages.setCurrentWidget(self.view if items else self.empty)
        self.open_button.setEnabled(bool(items))
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The short columns are as wide as their contents; the commitment (the column that
        matters) and the behaviour share the rest: each its text's width when both fit, else
        the commitment two thirds and the behaviour's title wraps (never inside a word)."""
        view = self.view
        header = view.horizontalHeader()
        texts = (BEHAVIOUR_COLUMN, COMMITMENT_COLUMN)
        others = sum(header.sectionSize(c) for c in range(header.count()) if c not in texts)
        free = max(0, view.viewport().width() - others)
        behaviour_text = view.sizeHintForColumn(BEHAVIOUR_COLUMN)
        commitment_text = view.sizeHintForColumn(COMMITMENT_COLUMN)
        if behaviour_text + commitment_text <= free:
            commitment = free - behaviour_text
        else:
            commitment = min(
                commitment_text, max(int(free * COMMITMENT_SHARE), free - behaviour_text)
            )
        titles = (c.behaviour_title for c in self.model.records)
        metrics = view.fontMetrics()
        longest_word = max(
            (metrics.horizontalAdvance(w) for t in titles for w in t.split()), default=0
        )
        behaviour = max(free - commitment, longest_word + 2 * metrics.averageCharWidth())
        view.setColumnWidth(BEHAVIOUR_COLUMN, behaviour)
        view.setColumnWidth(COMMITMENT_COLUMN, max(commitment, header.minimumSectionSize()))
        view.resizeRowsToContents()

    def _fill_sellers(self, items: list[Commitment]) -> None:
        current = self.seller.currentData()
        names = sorted({(c.seller_name, c.seller_id) for c in items}, key=lambda x: x[0].lower())
        blocked = self.seller.blockSignals(True)
        self.seller.clear()
        self.seller.addItem(self.tr("All sellers"), None)
        for name, sid in names:
            self.seller.addItem(name, sid)
        index = self.seller.findData(current) if current is not None else 0
        self.seller.setCurrentIndex(max(index, 0))
        self.seller.blockSignals(blocked)
        self.proxy.set_seller(self.seller.currentData())

    def _seller_changed(self) -> None:
        self.proxy.set_seller(self.seller.currentData())

    def _filter_changed(self, on: bool) -> None:
        self.proxy.set_overdue_only(on)

    def _text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def visible_commitments(self) -> list[Commitment]:
        """The rows as shown, in order (after filter and sort)."""
        return [self.proxy.index(r, 0).data(RECORD_ROLE) for r in range(self.proxy.rowCount())]

    def selected(self) -> Commitment | None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            return rows[0].data(RECORD_ROLE)  # type: ignore[no-any-return]
        visible = self.visible_commitments()
        return visible[0] if len(visible) == 1 else None

    def _open(self, c: Commitment | None) -> None:
        if c is None:
            self.prompts.info(self.tr("Open ride"), self.tr("Select a commitment first."))
            return
        self.debrief_requested.emit(c.ride_id)
