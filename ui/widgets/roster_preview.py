"""Roster import, step 2: who is new, who is updated, who may be a duplicate, before anything is
written. Shows a :class:`fieldride.team.RosterPlan`'s preview: the summary, the columns ignored,
how the file was read (sheet, joined name columns), and one row per person; possible duplicates
first, marked. "Import" accepts (the caller then writes the plan in one transaction), "Cancel"
writes nothing. Open with ``.open()``; the dialog never writes itself.
"""

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

from fieldride.team import RosterChange, RosterPlan, field_labels
from ui import settings
from ui.translation import QT_TRANSLATE_NOOP
from ui.widgets.table_text import table_rows

# translated where shown (context "RosterPreview")
HEADERS = (
    QT_TRANSLATE_NOOP("RosterPreview", "Row"),
    QT_TRANSLATE_NOOP("RosterPreview", "Name"),
    QT_TRANSLATE_NOOP("RosterPreview", "What happens"),
    QT_TRANSLATE_NOOP("RosterPreview", "Details"),
)
ACTIONS = {
    "added": QT_TRANSLATE_NOOP("RosterPreview", "New seller"),
    "updated": QT_TRANSLATE_NOOP("RosterPreview", "Updated"),
    "restored": QT_TRANSLATE_NOOP("RosterPreview", "Restored from the archive"),
    "unchanged": QT_TRANSLATE_NOOP("RosterPreview", "No change"),
}
DUPLICATE_ACTIONS = {
    "added": QT_TRANSLATE_NOOP("RosterPreview", "Possible duplicate — new seller"),
    "updated": QT_TRANSLATE_NOOP("RosterPreview", "Possible duplicate — updated"),
    "restored": QT_TRANSLATE_NOOP(
        "RosterPreview", "Possible duplicate — restored from the archive"
    ),
    "unchanged": QT_TRANSLATE_NOOP("RosterPreview", "Possible duplicate — no change"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPreview", text)


def describe(change: RosterChange) -> tuple[str, str]:
    """(what happens, details) for one person, in the manager's words."""
    labels = DUPLICATE_ACTIONS if change.note else ACTIONS
    what = _tr(labels[change.action]) if change.action in labels else change.action
    details = []
    if change.fields:
        details.append(
            QCoreApplication.translate("RosterPreview", "changes {fields}").format(
                fields=field_labels(change.fields)  # named in the core, in the UI's language
            )
        )
    if change.note:
        details.append(change.note)
    return what, "; ".join(details)


class RosterPreviewDialog(QDialog):
    """The preview of one roster import; ``accepted`` means "write it"."""

    def __init__(self, plan: RosterPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        preview = plan.preview
        self.setWindowTitle(self.tr("Import {name}?").format(name=preview.path.name))
        layout = QVBoxLayout(self)
        self.summary = QLabel(
            self.tr("{name} ({source}): {summary}").format(
                name=preview.path.name,
                source=preview.source,
                summary=preview.summary(with_ignored=False),
            )
        )
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "subheading")
        layout.addWidget(self.summary)
        notes = list(preview.notes)
        if preview.ignored_columns:
            notes.append(
                self.tr("These columns are not used and will not be imported: {columns}.").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        changes = sorted(preview.changes, key=lambda c: (not c.note, c.row))
        self.table = QTableWidget(len(changes), len(HEADERS))
        settings.remember_layout(self.table)
        self.table.setAccessibleName(self.tr("Who the roster adds and updates"))
        self.table.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
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
        hint = QLabel(
            self.tr("Nothing has been written yet. Import writes all of it at once, or nothing.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 460)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests)."""
        return table_rows(self.table)
