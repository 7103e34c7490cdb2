"""The recovery window: shown at start when the data file is damaged, missing or lost its journal.

It says in plain words what is wrong (the store's own message; SQLite's findings only under
"Show details"), lists the backups newest first with their check result, preselects the newest
sound one and restores it on request (the damaged file is moved aside, never deleted). When the
file itself is sound (a lost journal) or gone (a lost data file), it also offers to continue as it
is. "Repair the data file" runs ``fieldride repair`` (:func:`fieldride.store.repair.repair_store`;
this process holds the single-instance lock) and shows its report; "Open FieldRide" then opens the
repaired store. :func:`recover_store` runs the window until a store opens or the user quits.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.store import (
    BackupError,
    BackupInfo,
    CorruptStoreError,
    MissingStoreError,
    Store,
    StoreError,
    check_backup,
    continue_or_restore,
    list_backups,
    open_store,
    restore_backup,
    restore_hint,
)
from fieldride.store.repair import RepairReport, repair_store
from ui.background import run_in_background
from ui.translation import QT_TRANSLATE_NOOP, ui_date, ui_number

log = logging.getLogger(__name__)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("RecoveryDialog", "{size} KB").format(
            size=ui_number(size / 1024)
        )
    return QCoreApplication.translate("RecoveryDialog", "{size} MB").format(
        size=ui_number(size / 1024 / 1024, 1)
    )


_KIND_LABELS = {  # translated where shown (context "RecoveryDialog")
    "daily": QT_TRANSLATE_NOOP("RecoveryDialog", "daily"),
    "manual": QT_TRANSLATE_NOOP("RecoveryDialog", "made by hand"),
    "pre-migration": QT_TRANSLATE_NOOP("RecoveryDialog", "before an update"),
    "pre-restore": QT_TRANSLATE_NOOP("RecoveryDialog", "before a restore"),
}


def _for_this_window(message: str) -> str:
    """The store's message points at this window and the CLI; here, point at the list below
    (both in the interface language: the store's sentence is replaced by this window's)."""
    here = {
        restore_hint(): QCoreApplication.translate(
            "RecoveryDialog", "Restore the newest sound backup listed below (it is selected)."
        ),
        continue_or_restore(): QCoreApplication.translate(
            "RecoveryDialog",
            "Either continue with the data file as it is, or restore the newest sound backup "
            "listed below (it is selected).",
        ),
    }
    for theirs, ours in here.items():
        message = message.replace(theirs, ours)
    return message


class RecoveryDialog(QDialog):
    """Explain the problem, list backups, restore one or continue as is.

    Signals: ``backup_restored(path_of_backup)`` after a successful restore,
    ``kept_as_is()`` when the user chose to continue with the file as it is. The dialog then
    closes with ``accept()``; "Quit" rejects it. Restore failures are shown in the window.
    """

    backup_restored = Signal(Path)
    kept_as_is = Signal()

    def __init__(self, folder: Path, error: StoreError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.error = error
        self.choice: str | None = None
        self.replaced_file: Path | None = None
        self.setWindowTitle(self.tr("FieldRide: the data needs attention"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("FieldRide could not open its data safely"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        self.message = QLabel(_for_this_window(str(error)))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("What is wrong"))
        layout.addWidget(self.message)
        details = getattr(error, "details", "")
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setMaximumHeight(110)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._toggle_details)
        self.details_button.setVisible(bool(details))
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        backups_label = QLabel(self.tr("&Backups in this data folder (newest first):"))
        backups_label.setProperty("role", "subheading")
        layout.addWidget(backups_label)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        backups_label.setBuddy(self.backups)
        layout.addWidget(self.backups, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("recoveryStatus")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore the selected backup"))
        self.restore_button.setObjectName("primaryButton")
        self.restore_button.setDefault(True)
        self.keep_button = QPushButton(
            self.tr("Start with an empty data file")
            if isinstance(error, MissingStoreError)
            else self.tr("Continue with the file as it is")
        )
        self.keep_button.setVisible(isinstance(error, CorruptStoreError) and error.can_accept)
        self.repair_button = QPushButton(self.tr("Repair the data file"))
        self.repair_button.setVisible(isinstance(error, CorruptStoreError))
        self.open_button = QPushButton(self.tr("Open FieldRide"))
        self.open_button.setVisible(False)
        self.report: RepairReport | None = None
        self.quit_button = QPushButton(self.tr("Quit"))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.repair_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        note = QLabel(
            self.tr(
                "Restoring moves the current data file aside (it is kept, never deleted) and "
                "puts the chosen backup in its place. Data folder: {folder}"
            ).format(folder=folder)
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.restore_button.clicked.connect(self.restore_selected)
        self.keep_button.clicked.connect(self.keep_as_is)
        self.repair_button.clicked.connect(self.repair)
        self.open_button.clicked.connect(self._open_repaired)
        self.quit_button.clicked.connect(self.reject)
        self.backups.currentRowChanged.connect(self._selection_changed)
        self.backups.itemActivated.connect(lambda _item: self.restore_selected())
        self.load_backups()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))

    def load_backups(self) -> None:
        """List the backups with their check; select the newest sound one."""
        self.backups.clear()
        first_good = -1
        for row, info in enumerate(list_backups(self.folder)):
            sound = check_backup(info.path)
            local = info.taken_at.astimezone()
            taken = self.tr("{day}, {time}").format(
                day=ui_date(local.date()),
                time=QLocale().toString(
                    QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
                ),
            )
            kind = self.tr(_KIND_LABELS[info.kind]) if info.kind in _KIND_LABELS else info.kind
            values = {"when": taken, "kind": kind, "size": _size(info.size)}
            text = (
                self.tr("{when} · {kind} · {size}")
                if sound
                else self.tr("{when} · {kind} · {size} · DAMAGED")
            ).format(**values)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info)
            if not sound:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first_good < 0:
                first_good = row
            self.backups.addItem(item)
        if self.backups.count() == 0:
            self.backups.addItem(QListWidgetItem(self.tr("No backups yet.")))
            self.backups.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.backups.setCurrentRow(first_good)
        self._selection_changed(first_good)
        # The keyboard starts on the list: arrows choose a backup, Enter restores it (the
        # default button). It started on "Show details", so Enter opened the details instead.
        self.backups.setFocus()

    def selected_backup(self) -> BackupInfo | None:
        item = self.backups.currentItem()
        info = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return info if isinstance(info, BackupInfo) else None

    def _selection_changed(self, _row: int) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            self._show_status(self.tr("Choose a sound backup to restore."))
            return
        try:
            aside = restore_backup(self.folder, info.path)
        except BackupError as err:
            self._show_status(str(err))
            self.load_backups()
            return
        log.info("user restored a backup from the recovery window")
        self.choice = "restored"
        self.replaced_file = aside
        self.backup_restored.emit(info.path)
        self.accept()

    def repair(self) -> None:
        """Run the repair off the UI thread (this process holds the lock, so ``lock_held``); the
        buttons wait until its report is shown. A large file takes a while to copy and check."""
        self._busy(True)
        self._show_status(
            self.tr("Repairing the data file… This can take a minute for a large data file.")
        )
        folder = self.folder
        run_in_background(
            lambda: repair_store(folder, lock_held=True), self._repaired, self._repair_failed
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.repair_button, self.keep_button, self.quit_button):
            button.setEnabled(not busy)
        if not busy:
            self._selection_changed(self.backups.currentRow())

    def _repair_failed(self, err: BaseException) -> None:
        self._busy(False)
        if not isinstance(err, StoreError | OSError | sqlite3.Error):
            log.error("repair failed: %s", type(err).__name__)
        text = self.tr("The repair did not run, and nothing was changed: {reason}")
        self._show_status(text.format(reason=str(err)))

    def _repaired(self, report: RepairReport) -> None:
        self._busy(False)
        log.info("user repaired the data file from the recovery window")
        self.report = report
        self.details.setPlainText("\n".join(report.lines()))
        self.details.setMaximumHeight(16777215)
        self.details.setVisible(True)
        self.details_button.setVisible(False)
        if report.replaced is None and report.exit_code == 0:
            text = self.tr("Nothing to repair was found: the data file was not changed.")
        elif report.replaced is None:
            text = self.tr(
                "Nothing could be repaired: the data file was left as it was. What was found is "
                "listed below. A copy of the files is in {folder}."
            )
        elif report.exit_code == 0:
            text = self.tr(
                "Repaired; nothing was lost. What was done is listed below. A copy of the files "
                "as they were is in {folder}."
            )
        else:
            text = self.tr(
                "Repaired, but not everything could be recovered: what is lost is listed below. "
                "A copy of the files as they were is in {folder}."
            )
        self._show_status(text.format(folder=str(report.aside)))
        if report.replaced is not None:
            for button in (self.restore_button, self.repair_button, self.keep_button):
                button.setVisible(False)
            self.open_button.setVisible(True)
            self.open_button.setDefault(True)
            self.open_button.setFocus()

    def _open_repaired(self) -> None:
        self.choice = "repaired"
        self.accept()

    def keep_as_is(self) -> None:
        self.choice = "as-is"
        self.kept_as_is.emit()
        self.accept()


def recover_store(folder: Path, error: StoreError, parent: QWidget | None = None) -> Store | None:
    """Show the recovery window until the store opens (restored or kept as is) or the user quits.

    Returns the open store, or None if the user chose Quit.
    """
    while True:
        dialog = RecoveryDialog(folder, error, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return open_store(folder, accept_loss=dialog.choice == "as-is")
        except StoreError as err:  # e.g. the restored backup is from a newer version
            log.warning("store still cannot be opened after recovery")
            error = err
