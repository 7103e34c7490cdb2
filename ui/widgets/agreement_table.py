"""A read-only table of how two raters agree, per behaviour: how many ratings were compared,
how many were the same level, how many within one level, and each rater's lean (how much higher
or lower than the other they rated, on average, in levels). Used by the co-ride comparison
(debrief) and by solo calibration (the manager against a reference scenario)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fieldride.calibration import Agreement, BehaviourAgreement
from ui import settings
from ui.translation import ui_number
from ui.widgets.table_text import table_rows


class AgreementTable(QTableWidget):
    """Rows: one per behaviour, then "All behaviours". ``first`` and ``second`` name the raters;
    ``second_has_lean=False`` shows only the first rater's lean (the second is a reference)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings.remember_layout(self)
        self.setAccessibleName(self.tr("Agreement per behaviour"))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        # Rows follow the column widths once the table is laid out (not the widths at filling).
        self.horizontalHeader().sectionResized.connect(lambda *_args: self.resizeRowsToContents())

    def show_agreement(
        self, agreement: Agreement, first: str, second: str, *, second_has_lean: bool = True
    ) -> None:
        headers = [
            self.tr("Behaviour"),
            self.tr("Compared"),
            self.tr("Same level"),
            self.tr("Within one level"),
            self.tr("Lean of {rater}").format(rater=first),
        ]
        if second_has_lean:
            headers.append(self.tr("Lean of {rater}").format(rater=second))
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        lines = [*agreement.behaviours, agreement.overall]
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            title = line.title if line.key else self.tr("All behaviours")
            cells = [
                title,
                self._compared(line),
                self._share(line.exact, line.compared),
                self._share(line.within_one, line.compared),
                self._lean(line.lean),
            ]
            if second_has_lean:
                cells.append(self._lean(None if line.lean is None else -line.lean))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not line.key:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.resizeRowsToContents()

    def _compared(self, line: BehaviourAgreement) -> str:
        if line.one_sided:
            return self.tr("{compared} (+{one_sided})").format(
                compared=line.compared, one_sided=line.one_sided
            )
        return str(line.compared)

    def _share(self, count: int, compared: int) -> str:
        if not compared:
            return "—"
        return self.tr("{count} of {compared} ({percent}%)").format(
            count=count, compared=compared, percent=round(100 * count / compared)
        )

    def _lean(self, lean: float | None) -> str:
        if lean is None:
            return "—"
        if abs(lean) < 0.05:
            return self.tr("0.0 (the same)")
        if lean > 0:
            return self.tr("+{lean} (higher)").format(lean=ui_number(lean, 1))
        return self.tr("−{lean} (lower)").format(lean=ui_number(-lean, 1))

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (what the manager reads)."""
        return table_rows(self)
