"""File ▸ Import bundle…: check a bundle, preview what it would merge here, then merge it
(issue 21, sharing without a server).

The preview reads only: the bundle is checked whole (format, checksum, every unit, every
verification's commitment) and each ride is put through the merge's own decision
(``fieldride.exchange.preview_bundle``) on a read-only connection in a thread
(``ui.background``); nothing is written and a bad bundle is refused with its reason before the
Import button can be pressed. The import runs as ``fieldride bundle import --progress`` in a
child process (:class:`ui.child_command.ChildCommand`: the store's writes in a process of their
own), one transaction: Cancel leaves the store as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldride.errors import DomainError
from fieldride.exchange import BundlePreview
from ui import settings
from ui.background import run_in_background
from ui.child_command import ChildCommand
from ui.dialogs.bundle_export import bundle_filter
from ui.prompts import PromptService
from ui.translation import ui_date


def preview_readonly(db_path: Path, bundle: Path) -> BundlePreview:
    """:func:`fieldride.exchange.preview_bundle` through a read-only connection of its own (for a
    background thread; the store's connection belongs to the UI thread)."""
    import sqlite3

    from fieldride.exchange import preview_bundle
    from fieldride.store import Store, StoreDb

    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return preview_bundle(Store(db=StoreDb(conn), folder=db_path.parent, path=db_path), bundle)
    finally:
        conn.close()


class BundleImportDialog(QDialog):
    preview_ready = Signal()  # a preview (or a refusal) is shown
    imported = Signal()  # the store changed: the window reloads

    def __init__(
        self, folder: Path, db_path: Path, prompts: PromptService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bundle"))
        self.prompts = prompts
        self.db_path = db_path
        self.bundle: Path | None = None
        self.command = ChildCommand(folder, self)
        self.command.progress.connect(self._progress)
        self.command.finished.connect(self._finished)
        intro = QLabel(
            self.tr(
                "A bundle is checked whole before anything is written: you see what it would "
                "add or change here first. Importing the same bundle twice changes nothing."
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No bundle chosen."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose bundle…"))
        self.choose_button.clicked.connect(self.choose)
        self.preview = QLabel("")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the bundle would change"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.command.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.preview)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    # --- preview ---------------------------------------------------------------------------
    def choose(self) -> None:
        chosen = self.prompts.open_file(
            self.tr("Import bundle"), settings.last_folder(), bundle_filter()
        )
        if chosen:
            self.check(Path(chosen))

    def check(self, bundle: Path) -> None:
        """Check ``bundle`` and show what importing it would do (in a thread; writes nothing)."""
        self.bundle = bundle
        settings.put(settings.LAST_FOLDER, str(bundle.parent))
        self.file_label.setText(str(bundle))
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.preview.setText(self.tr("Checking the bundle…"))
        self.status.setText("")
        self.progress.setRange(0, 0)
        db_path = self.db_path
        run_in_background(lambda: preview_readonly(db_path, bundle), self._previewed, self._refused)

    def _previewed(self, seen: BundlePreview) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.choose_button.setEnabled(True)
        self.preview.setText(self.describe(seen))
        self.import_button.setEnabled(seen.changes_anything)
        if not seen.changes_anything:
            self.status.setText(self.tr("Everything in this bundle is already here."))
        self.preview_ready.emit()

    def _refused(self, err: BaseException) -> None:
        self.progress.setRange(0, 1)
        self.choose_button.setEnabled(True)
        message = str(err) if isinstance(err, DomainError | OSError) else ""
        self.preview.setText(
            self.tr("This bundle cannot be imported: {reason}").format(
                reason=message or self.tr("it could not be read (see the log).")
            )
        )
        self.preview_ready.emit()

    def describe(self, seen: BundlePreview) -> str:
        stamp = str(seen.manifest.get("created_at", ""))
        made = f"{ui_date(stamp[:10])} {stamp[11:16]}".strip()  # a day and a UTC time
        rides = seen.rides
        lines = [
            self.tr("Written {when} UTC by FieldRide {version}.").format(
                when=made, version=seen.manifest.get("app_version", "?")
            ),
            self.tr("Rides: {new} new, {updated} updated, {same} already here.").format(
                new=rides["new"], updated=rides["updated"], same=rides["unchanged"]
            ),
            self.tr("Sellers: {new} new, {known} already here.").format(
                new=seen.sellers_new, known=seen.sellers_known
            ),
            self.tr("Scorecard versions: {new} new, {known} already here.").format(
                new=seen.scorecards_new, known=seen.scorecards_known
            ),
        ]
        if rides["conflict"]:
            lines.append(
                self.tr(
                    "Rides edited both here and in the bundle: {count}. For each, the version "
                    "the seller acknowledged later is kept, the other as a read-only conflict copy."
                ).format(count=rides["conflict"])
            )
        return "\n".join(lines)

    # --- import ----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.bundle is None:
            return
        if not self.command.start(["bundle", "import", str(self.bundle), "--progress"]):
            return
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))

    def _progress(self, what: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("{what}: {done} of {total}").format(what=what, done=done, total=total)
        )

    def _finished(self, ok: bool, cancelled: bool, output: list[str], refusal: str) -> None:
        self.choose_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if ok else 0)
        if cancelled:
            self.status.setText(self.tr("Import cancelled: nothing was imported."))
            self.import_button.setEnabled(True)
        elif not ok:
            self.status.setText(refusal or self.tr("The import failed (see the log)."))
            self.import_button.setEnabled(True)
        else:
            self.status.setText("\n".join(output))
            self.imported.emit()
        self.adjustSize()
