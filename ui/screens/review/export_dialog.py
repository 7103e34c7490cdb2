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
        self.setWindowTitle(self.tr("Export rides, observations and commitments"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.all_time = QCheckBox(self.tr("Whole history"))
        self.all_time.setChecked(True)
        self.since = _date_edit(self.tr("From"), QDate.currentDate().addMonths(-3))
        self.until = _date_edit(self.tr("To"), QDate.currentDate())
        period = QHBoxLayout()
        period.addWidget(self.all_time)
        # "from [date] to [date]": each word labels the date field after it
        since_label, until_label = QLabel(self.tr("from")), QLabel(self.tr("to"))
        since_label.setBuddy(self.since)
        until_label.setBuddy(self.until)
        period.addWidget(since_label)
        period.addWidget(self.since)
        period.addWidget(until_label)
        period.addWidget(self.until)
        self.all_time.toggled.connect(self._sync_period)
        form.addRow(self.tr("Period"), period)
        self.csv = QRadioButton(self.tr("CSV (three files)"))
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.xlsx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.csv)
        group.addButton(self.xlsx)
        formats = QHBoxLayout()
        formats.addWidget(self.xlsx)
        formats.addWidget(self.csv)
        form.addRow(self.tr("Format"), formats)
        layout.addLayout(form)
        self.sellers = QListWidget()
        self.sellers.setAccessibleName(self.tr("Sellers to export"))
        for s in sellers.list_sellers(store, include_archived=True):
            name = self.tr("{name} (archived)").format(name=s.name) if s.archived else s.name
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sellers.addItem(item)
        sellers_label = QLabel(self.tr("Sellers"))
        sellers_label.setBuddy(self.sellers)
        layout.addWidget(sellers_label)
        layout.addWidget(self.sellers)
        toggles = QHBoxLayout()
        for text, name, state in (
            (self.tr("All"), self.tr("Select all sellers"), Qt.CheckState.Checked),
            (self.tr("None"), self.tr("Select no sellers"), Qt.CheckState.Unchecked),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, st=state: self._set_all(st))
            toggles.addWidget(button)
        toggles.addStretch(1)
        layout.addLayout(toggles)
        note = QLabel(
            self.tr(
                "Files are readable by you only. Private notes are never exported. Text that a "
                "spreadsheet would run as a formula is prefixed with an apostrophe."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
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
            self.prompts.error(self.tr("Nothing to export"), self.tr("Tick at least one seller."))
            return
        fmt = "xlsx" if self.xlsx.isChecked() else "csv"
        folder = settings.last_folder()
        chosen = self.prompts.save_file(
            self.tr("Export to"),
            str(Path(folder) / f"fieldride-export.{fmt}"),
            self.tr("Excel workbook (*.xlsx)") if fmt == "xlsx" else self.tr("CSV files (*.csv)"),
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
        self.status.setText(self.tr("Exporting…"))
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
        self.status.setText(self.tr("Exported to:\n{files}").format(files=names))
        self.export_finished.emit(paths)

    def _cancelled(self, written: list[Path] | None) -> None:
        for path in written or []:  # finished just before Cancel was clicked
            path.unlink(missing_ok=True)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export cancelled. No file was written."))
        self.export_cancelled.emit()

    def _failed(self, err: BaseException) -> None:
        self.export_button.setEnabled(True)
        message = (
            str(err) if isinstance(err, DomainError | OSError) else self.tr("The export failed.")
        )
        self.status.setText(message)
        self.prompts.error(self.tr("Export failed"), message)
        self.export_failed.emit(message)
