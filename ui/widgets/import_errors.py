"""A readable list of the problems that stopped an import: where, what is wrong, what to do.

``ImportErrorsPanel`` sits inside a screen (hidden until there is something to show);
``ImportErrorsDialog`` wraps the same panel in a window for screens without room. Both take the
:class:`fieldride.tabular.Problem` records that every importer raises (scorecards, rosters), so
the user sees the same kind of list everywhere. Never shows a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldride.tabular import Problem
from ui import settings
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.table_text import table_rows

HEADERS = (  # translated where shown (context "ImportErrorsPanel")
    QT_TRANSLATE_NOOP("ImportErrorsPanel", "Where"),
    QT_TRANSLATE_NOOP("ImportErrorsPanel", "Column or field"),
    QT_TRANSLATE_NOOP("ImportErrorsPanel", "What is wrong"),
    QT_TRANSLATE_NOOP("ImportErrorsPanel", "What would be right"),
)


class ImportErrorsPanel(QFrame):
    """Title line, one table row per problem, "Copy list" and "Close" buttons."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importErrors")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "subheading")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Import problems title"))
        top.addWidget(self.title, 1)
        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.copy_button.setToolTip(
            self.tr("Copy every problem as text, e.g. to send to the file's author")
        )
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self._dismiss)
        top.addWidget(self.copy_button)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.hint = QLabel(
            self.tr("Nothing was imported. Fix these in the file, save it, and import it again.")
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, len(HEADERS))
        settings.remember_layout(self.table)
        self.table.setAccessibleName(self.tr("Import problems"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.problems: list[Problem] = []
        self.hide()

    def show_problems(self, title: str, problems: Sequence[Problem]) -> None:
        """Show ``problems`` under ``title`` (e.g. "discovery.xlsx was not imported")."""
        self.problems = list(problems)
        count = len(self.problems)
        self.title.setText(self.tr("{title} — %n problem(s)", "", count).format(title=title))
        self.table.setRowCount(count)
        for row, p in enumerate(self.problems):
            # the core words the place (sheet, row, cell) in the interface language
            where = p.location(field=False) if p.sheet or p.where else self.tr("Whole file")
            cells = (where, p.field, p.message, p.fix)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.show()

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and the clipboard)."""
        return table_rows(self.table)

    def as_text(self) -> str:
        lines = [self.title.text()] + [str(p) for p in self.problems]
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def clear(self) -> None:
        self.problems = []
        self.table.setRowCount(0)
        self.hide()

    def _dismiss(self) -> None:
        self.clear()
        self.dismissed.emit()


class ImportErrorsDialog(QDialog):
    """The panel in its own window; open with ``.open()`` (never exec in the constructor)."""

    def __init__(self, title: str, problems: Sequence[Problem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import problems"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.panel = ImportErrorsPanel(self)
        self.panel.dismissed.connect(self.accept)
        layout.addWidget(self.panel)
        self.panel.show_problems(title, problems)
