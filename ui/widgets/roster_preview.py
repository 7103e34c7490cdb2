"""Roster import, step 2: who is new, who is updated, who may be a duplicate, before anything is
written. Shows a :class:`fieldride.team.RosterPlan`'s preview: the summary, the columns ignored,
how the file was read (sheet, joined name columns), and one row per person; possible duplicates
first, marked. "Import" accepts (the caller then writes the plan in one transaction), "Cancel"
writes nothing. Open with ``.open()``; the dialog never writes itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from fieldride.team import RosterChange, RosterPlan
from ui.widgets.table_text import table_rows

HEADERS = ("Row", "Name", "What happens", "Details")
ACTIONS = {
    "added": "New seller",
    "updated": "Updated",
    "restored": "Restored from the archive",
    "unchanged": "No change",
}


def describe(change: RosterChange) -> tuple[str, str]:
    """(what happens, details) for one person, in the manager's words."""
    what = ACTIONS.get(change.action, change.action)
    details = []
    if change.fields:
        details.append("changes " + ", ".join(change.fields))
    if change.note:
        what = f"Possible duplicate — {what.lower()}"
        details.append(change.note)
    return what, "; ".join(details)


class RosterPreviewDialog(QDialog):
    """The preview of one roster import; ``accepted`` means "write it"."""

    def __init__(self, plan: RosterPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        preview = plan.preview
        self.setWindowTitle(f"Import {preview.path.name}?")
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            f"{preview.path.name} ({preview.source}): {preview.summary(with_ignored=False)}"
        )
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "subheading")
        layout.addWidget(self.summary)
        notes = list(preview.notes)
        if preview.ignored_columns:
            notes.append(
                "These columns are not used and will not be imported: "
                + ", ".join(preview.ignored_columns)
                + "."
            )
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        changes = sorted(preview.changes, key=lambda c: (not c.note, c.row))
        self.table = QTableWidget(len(changes), len(HEADERS))
        self.table.setAccessibleName("Who the roster adds and updates")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for r, change in enumerate(changes):
            what, details = describe(change)
            rows = ", ".join(str(n) for n in change.rows) or str(change.row)
            for c, text in enumerate((rows, change.name, what, details)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        hint = QLabel("Nothing has been written yet. Import writes all of it at once, or nothing.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText("Import")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 460)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests)."""
        return table_rows(self.table)
