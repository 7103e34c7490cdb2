"""Export dialog: period, sellers and format; the file is written in the background.

The chosen file goes through the injectable prompts (``save_file``). Writing runs off the UI
thread behind a cancellable progress dialog (``ui.widgets.progress_dialog``, through the one
background helper) with its own read-only connection (``fieldride.exports.export_readonly``),
so a ten-year XLSX does not freeze the window. Cancel leaves no file: the export stops and
removes its partial file, and a file finished just before the click is removed.
``export_finished(list_of_paths)`` / ``export_failed(message)`` / ``export_cancelled()`` tell
the outcome.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.errors import DomainError
from fieldride.exports import data_export as export
from fieldride.store import Store
from fieldride.team import sellers
from ui import settings
from ui.prompts import PromptService
from ui.translation import ui_date_format
from ui.widgets.progress_dialog import ProgressTask, run_with_progress

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(name: str, value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(ui_date_format())
    edit.setAccessibleName(name)
    return edit


class ExportDialog(QDialog):
    export_finished = Signal(list)
    export_failed = Signal(str)
    export_cancelled = Signal()

    def __init__(self, store: Store, prompts: PromptService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.prompts = prompts
        self.task: ProgressTask[list[Path]] | None = None  # the export running, if any
        self.setWindowTitle("Export rides, observations and commitments")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.all_time = QCheckBox("Whole history")
        self.all_time.setChecked(True)
        self.since = _date_edit("From", QDate.currentDate().addMonths(-3))
        self.until = _date_edit("To", QDate.currentDate())
        period = QHBoxLayout()
        period.addWidget(self.all_time)
        period.addWidget(QLabel("from"))
        period.addWidget(self.since)
        period.addWidget(QLabel("to"))
        period.addWidget(self.until)
        self.all_time.toggled.connect(self._sync_period)
        form.addRow("Period", period)
        self.csv = QRadioButton("CSV (three files)")
        self.xlsx = QRadioButton("Excel workbook (.xlsx)")
        self.xlsx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.csv)
        group.addButton(self.xlsx)
        formats = QHBoxLayout()
        formats.addWidget(self.xlsx)
        formats.addWidget(self.csv)
        form.addRow("Format", formats)
        layout.addLayout(form)
        self.sellers = QListWidget()
        self.sellers.setAccessibleName("Sellers to export")
        for s in sellers.list_sellers(store, include_archived=True):
            item = QListWidgetItem(s.name + (" (archived)" if s.archived else ""))
            item.setData(ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sellers.addItem(item)
        layout.addWidget(QLabel("Sellers"))
        layout.addWidget(self.sellers)
        toggles = QHBoxLayout()
        for text, state in (("All", Qt.CheckState.Checked), ("None", Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.setAccessibleName(f"Select {text.lower()} sellers")
            button.clicked.connect(lambda _=False, st=state: self._set_all(st))
            toggles.addWidget(button)
        toggles.addStretch(1)
        layout.addLayout(toggles)
        note = QLabel(
            "Files are readable by you only. Private notes are never exported. Text that a "
            "spreadsheet would run as a formula is prefixed with an apostrophe."
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.status = QLabel("")
        self.status.setAccessibleName("Export status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton("Export…")
        self.export_button.setAccessibleName("Export")
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sync_period()

    def _sync_period(self) -> None:
        self.since.setEnabled(not self.all_time.isChecked())
        self.until.setEnabled(not self.all_time.isChecked())

    def _set_all(self, state: Qt.CheckState) -> None:
        for i in range(self.sellers.count()):
            self.sellers.item(i).setCheckState(state)

    def selected_sellers(self) -> list[int]:
        return [
            int(self.sellers.item(i).data(ID_ROLE))
            for i in range(self.sellers.count())
            if self.sellers.item(i).checkState() == Qt.CheckState.Checked
        ]

    def start_export(self) -> None:
        ids = self.selected_sellers()
        if not ids:
            self.prompts.error("Nothing to export", "Tick at least one seller.")
            return
        fmt = "xlsx" if self.xlsx.isChecked() else "csv"
        folder = settings.last_folder()
        chosen = self.prompts.save_file(
            "Export to",
            str(Path(folder) / f"fieldride-export.{fmt}"),
            "Excel workbook (*.xlsx)" if fmt == "xlsx" else "CSV files (*.csv)",
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        settings.put(settings.LAST_FOLDER, str(out.parent))
        since = None if self.all_time.isChecked() else self.since.date().toString("yyyy-MM-dd")
        until = None if self.all_time.isChecked() else self.until.date().toString("yyyy-MM-dd")
        all_ids = self.sellers.count() == len(ids)
        db_path = self.store.path
        self.export_button.setEnabled(False)
        self.status.setText("Exporting…")
        self.task = run_with_progress(
            self,
            self.tr("Exporting"),
            self.tr("Writing {name}…").format(name=out.name),
            # replace: the save dialog already asked before returning a file that exists
            lambda progress: export.export_readonly(
                db_path,
                out,
                fmt,
                since,
                until,
                None if all_ids else ids,
                replace=True,
                progress=progress,
            ),
            self._done,
            self._failed,
            self._cancelled,
            counted=self.tr("{count} rows written"),
        )

    def _done(self, paths: list[Path]) -> None:
        self.export_button.setEnabled(True)
        names = "\n".join(str(p) for p in paths)
        self.status.setText(f"Exported to:\n{names}")
        self.export_finished.emit(paths)

    def _cancelled(self, written: list[Path] | None) -> None:
        for path in written or []:  # finished just before Cancel was clicked
            path.unlink(missing_ok=True)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export cancelled. No file was written."))
        self.export_cancelled.emit()

    def _failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(True)
        message = str(err) if isinstance(err, DomainError | OSError) else "The export failed."
        self.status.setText(message)
        self.prompts.error("Export failed", message)
        self.export_failed.emit(message)
