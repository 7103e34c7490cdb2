"""The ride's history: what happened to it after the debrief, oldest first — finished,
acknowledged, reopened (by whom, when and why), each change made while reopened (what, before →
after), acknowledged again, summary produced. A read-only dialog from the debrief's
"History…" button (window-modal, ``open()``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldride import debriefs
from fieldride.rides import Ride
from ui import settings
from ui.translation import QT_TRANSLATE_NOOP, ui_date
from ui.widgets.table_text import table_rows

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "By"),
    QT_TRANSLATE_NOOP("Columns", "What"),
    QT_TRANSLATE_NOOP("Columns", "Why, or what changed"),
)


class RideHistoryDialog(QDialog):
    def __init__(
        self,
        ride: Ride,
        trail: list[debriefs.AuditEntry],
        parent: QWidget | None = None,
        code_note: str = "",
    ) -> None:
        """``code_note``: whether the ride still matches its acknowledgement code (the
        debrief's words, shown above the trail; '' for none)."""
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("History · {seller} · {day}").format(
                seller=ride.seller_name, day=ui_date(ride.ride_date)
            )
        )
        self.resize(820, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What happened to this ride after its debrief. Changes made after the seller's "
                "acknowledgement are listed one by one; private notes are never recorded here."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        self.code_note = QLabel(code_note)
        self.code_note.setWordWrap(True)
        self.code_note.setProperty("role", "warning")
        self.code_note.setVisible(bool(code_note))
        layout.addWidget(self.code_note)
        self.table = QTableWidget(len(trail), len(COLUMNS))
        settings.remember_layout(self.table)
        self.table.setAccessibleName(self.tr("Ride history"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Columns", c) for c in COLUMNS]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        for row, entry in enumerate(trail):
            what, detail = debriefs.entry_words(entry)
            by = debriefs.entry_by(entry, ride.manager_name, ride.seller_name)
            cells = (debriefs.local_time(entry.at), by or "—", what, detail or "—")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (what the manager reads)."""
        return table_rows(self.table)
